// Lines and paragraphs of a transcript's text: whether a page is hard-wrapped, whether a line
// carries on the sentence of the line before, and the notes that open or close a paragraph.
#ifndef NEWSARCHIVE_PARSE_PARAGRAPH_TEXT_H_
#define NEWSARCHIVE_PARSE_PARAGRAPH_TEXT_H_

#include <string_view>
#include <vector>

#include "model/article.h"

namespace newsarchive {

// True when the text is hard-wrapped, so that the lines of one paragraph must be joined.
// `chrome` and `label_at` (-1: no label) are per line, as StoryLabels gives them.
bool IsHardWrapped(const std::vector<std::string_view>& lines, const std::vector<bool>& chrome,
                   const std::vector<int>& label_at);

// True when `line` ends with a sentence's closing punctuation (or a closing quote or bracket).
bool EndsSentence(std::string_view line);

// True when `next` carries on the sentence `line` broke off: `line` ends mid-sentence and
// `next` opens with a lower-case letter.
bool ContinuesSentence(std::string_view line, std::string_view next);

// Removes non-speech markers at the start and end of a paragraph and applies the notes that
// open a quote ("(Through interpreter)", "(as Stu Price)") to it; returns what is left.
std::string_view StripNotes(std::string_view para, Quote* quote, bool opening);

// Appends a paragraph to the quote's text; `last_begin` keeps where the last paragraph starts.
void AppendParagraph(std::string_view para, Quote* quote, size_t* last_begin);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_PARAGRAPH_TEXT_H_
