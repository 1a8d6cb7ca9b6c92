// Where the sentences of a paragraph begin and end: ICU's sentence break iterator (which knows
// quotation marks, ellipses and "?" inside quotes), with no break after the abbreviations news
// copy writes before a capital ("Gov. Tina Marsh", "Sen.", "U.S. Army", "5 p.m. Tuesday", "St.
// Louis", an initial as in "George W. Bush"). Pure text; no state kept between calls.
#ifndef NEWSARCHIVE_ATTRIBUTE_SENTENCE_BREAKS_H_
#define NEWSARCHIVE_ATTRIBUTE_SENTENCE_BREAKS_H_

#include <string_view>
#include <vector>

namespace newsarchive {

// Byte offsets [begin, end) of a piece of text.
struct TextSpan {
  size_t begin = 0;
  size_t end = 0;
};

// The sentences of `text` in order, covering it (the spaces after a sentence belong to it). A
// line break inside is read as a space: the text of one paragraph may be wrapped.
std::vector<TextSpan> SentenceSpans(std::string_view text);

// True for the abbreviations after which no sentence ends: "Gov.", "Mr.", "U.S.", "p.m.",
// "Calif.", "Jan.", and single capitals with a period ("W."). The word as printed, with its
// period.
bool IsAbbreviation(std::string_view word);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_ATTRIBUTE_SENTENCE_BREAKS_H_
