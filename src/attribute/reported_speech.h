// Reported speech in one sentence (prose_text.h tokens): "X said (that) ...", "X says ...",
// "X told reporters (that) ...", "X said in a statement that ...", "X asked whether ...",
// "According to X, ...", "..., according to X.", "..., X said." The reported clause runs to the
// sentence's end (or, for an attribution that closes the sentence, from its start to the
// attribution; or around a parenthetical one: "..., she says, ..."). Not reported speech: a clause that is only a quotation ("X said: '...'"), an
// infinitive ("told him to leave"), a passive ("was told"), fewer than three words of the
// reporter's own. Who X is, is for the caller.
#ifndef NEWSARCHIVE_ATTRIBUTE_REPORTED_SPEECH_H_
#define NEWSARCHIVE_ATTRIBUTE_REPORTED_SPEECH_H_

#include <vector>

#include "attribute/attribution_cues.h"
#include "attribute/prose_text.h"

namespace newsarchive {

struct ReportedClause {
  SourcePhrase source;
  size_t verb = 0;   // the verb's token ("according" for "according to")
  size_t first = 0;  // [first, last): the reported clause's tokens
  size_t last = 0;
  // "The catch limits, she says, were left to a commission": the attribution inside the clause,
  // tokens [gap_first, gap_last) (its commas included), left out of its words; both 0 if none.
  size_t gap_first = 0;
  size_t gap_last = 0;
};

// The reported speech of the sentence, if any (at most one: the first that reads).
bool FindReportedSpeech(const std::vector<Token>& tokens, ReportedClause* out);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_ATTRIBUTE_REPORTED_SPEECH_H_
