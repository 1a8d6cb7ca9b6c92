// Who said the quotes of one run, and what it reports people said (prose_text.h). A quote is
// credited by the cue after it ("'...,' said X", "'...,' she said"), else the cue before it
// ("X said: '...'"), else the reported speech it stands in ("X said the plan was 'a disaster'"),
// else, when it is a sentence of its own, whoever the sentence before credited words to. The two
// halves of a split quote ("'A,' she said, 'B.'") are one quote. Pronouns are resolved by
// pronoun_resolution.h, names by prose_people.h; "the mayor" is the one person whose role is
// mayor. A quote no cue credits is kept only when it is a sentence of its own; scare quotes and
// quoted titles are dropped. Words a turn's own speaker is credited with are no prose quote.
#ifndef NEWSARCHIVE_ATTRIBUTE_QUOTE_ATTRIBUTION_H_
#define NEWSARCHIVE_ATTRIBUTE_QUOTE_ATTRIBUTION_H_

#include <vector>

#include "attribute/prose_people.h"
#include "attribute/prose_text.h"
#include "model/article.h"

namespace newsarchive {

// Appends the direct quotes (QuoteKind::kDirect) and reported speech credited to a named person
// (QuoteKind::kReported) of `run` to `out`, with where they stand (Quote::found_in, begin,
// end) and who said them (Quote::speaker, or -1 and Quote::source).
void AttributeRun(const ProseRun& run, ProsePeople* people, std::vector<Quote>* out);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_ATTRIBUTE_QUOTE_ATTRIBUTION_H_
