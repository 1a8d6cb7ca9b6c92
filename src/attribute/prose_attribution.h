// The attribution stage: who said what inside a story's prose. Reads an Article as the parser
// made it (its turns and unattributed blocks in Article::quotes, its speakers) and fills in
// Article::prose_quotes (direct quotes and reported speech, with their speaker or the unnamed
// source's description, and where each stands), Article::mentions (every place the text names
// one of the story's people) and adds to Article::speakers the people the prose names who do
// not speak, with the roles it gives them (RoleSource::kText). Pure: no I/O. Precision first:
// when it is not clear who said something, no one is credited.
//
// The stage, file by file: prose_text (runs, paragraphs, sentences, tokens) over quote_spans and
// sentence_breaks; name_phrases and prose_roles read names, titles and roles; prose_people
// keeps one row per person; attribution_cues and speech_verbs read who a verb of saying
// credits; reported_speech finds "X said (that) ..."; pronoun_resolution says whom "she"
// means; quote_attribution puts it together for one run.
#ifndef NEWSARCHIVE_ATTRIBUTE_PROSE_ATTRIBUTION_H_
#define NEWSARCHIVE_ATTRIBUTE_PROSE_ATTRIBUTION_H_

#include "model/article.h"

namespace newsarchive {

// Replaces article->prose_quotes and article->mentions with what the prose says, and appends
// the people it names to article->speakers. Running it twice gives the same result.
void AttributeProse(Article* article);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_ATTRIBUTE_PROSE_ATTRIBUTION_H_
