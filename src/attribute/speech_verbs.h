// The verbs of saying news copy attributes words with ("said", "told", "added", "asked",
// "wrote", "explained", "recalled", "warned", "insisted"...), in the past and the present, with
// what each allows: standing before its subject ("..., said Harlow"), taking a person told
// ("told reporters"), and introducing reported speech ("said (that) ..."). Pure text.
#ifndef NEWSARCHIVE_ATTRIBUTE_SPEECH_VERBS_H_
#define NEWSARCHIVE_ATTRIBUTE_SPEECH_VERBS_H_

#include <string_view>

namespace newsarchive {

struct SpeechVerb {
  bool inverts = false;    // "'...,' said Harlow", "'...?' asked Ortiz"
  bool object = false;     // "told reporters", "asked the council", "assured residents"
  bool reports = false;    // "said (that) ...", "warned that ...": a reported clause may follow
  bool that_only = false;  // "announced that ...", never "announced the plan ...": the clause
                           // needs its "that"
  bool question = false;   // "asked whether ...": its clause is a question
  // "pointed out that ...": the word that must follow the verb for it to be one of saying
  std::string_view particle;
  // "He spoke to reporters, saying, '...'": a participle after a comma, whose subject is the
  // sentence's
  bool participle = false;
};

// The verb's properties when `word` (any case, as printed) is a verb of saying, else null.
// Participles count ("has said", "had told", "has written").
const SpeechVerb* FindSpeechVerb(std::string_view word);

// "has", "had", "have", "would", "will", "also", "later"...: words that may stand between a
// subject and its verb of saying ("she has also said").
bool IsWordBeforeSpeechVerb(std::string_view word);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_ATTRIBUTE_SPEECH_VERBS_H_
