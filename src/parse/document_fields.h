// What a format states about its story outright (a page's meta tags, a dataset record's fields:
// Document's kField blocks) put into the Article. Stated facts win over what the parser reads
// from loose text: they are applied before the parse (a stated title makes the page's repeat of
// it no headline to find) and again after it (the parser's guesses fill only what is left).
#ifndef NEWSARCHIVE_PARSE_DOCUMENT_FIELDS_H_
#define NEWSARCHIVE_PARSE_DOCUMENT_FIELDS_H_

#include "model/article.h"
#include "model/document.h"

namespace newsarchive {

// Sets title, summary, source, program, url and published_on (the first YYYY-MM-DD date in
// the field, FindIsoDate) from the fields `document` states; leaves the others as they are.
void ApplyDocumentFields(const Document& document, Article* article);

// Gives each "byline" field's author (several joined by "and" or commas are split) the role
// Byline: to the speaker of that name, or to a new speaker who says nothing in the story.
void ApplyDocumentBylines(const Document& document, Article* article);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_DOCUMENT_FIELDS_H_
