// Reported speech in one sentence (prose_text.h tokens): "X said (that) ...", "X says ...",
// "X told reporters (that) ...", "X said in a statement that ...", "X asked whether ...",
// "According to X, ...", "..., according to X.", "..., X said." The reported clause runs to the
// sentence's end (or, for an attribution that closes the sentence, from its start to the
// attribution). Not reported speech: a clause that is only a quotation ("X said: '...'"), an
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
};

// The reported speech of the sentence, if any (at most one: the first that reads).
bool FindReportedSpeech(const std::vector<Token>& tokens, ReportedClause* out);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_ATTRIBUTE_REPORTED_SPEECH_H_
