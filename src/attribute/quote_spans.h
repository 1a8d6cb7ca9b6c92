// The passages in quotation marks of a run of paragraphs: straight (") and curly (“ ”) double
// marks, „ and « », a quote within a quote left inside the outer one (single marks are never
// looked at: they are apostrophes as often as quotes), and quotes that run over paragraphs by
// the printer's rule: a paragraph that ends inside a quote and a next paragraph that opens with a
// quotation mark are one quote. Pure text.
#ifndef NEWSARCHIVE_ATTRIBUTE_QUOTE_SPANS_H_
#define NEWSARCHIVE_ATTRIBUTE_QUOTE_SPANS_H_

#include <string_view>
#include <vector>

namespace newsarchive {

// The part of a quote in one paragraph; offsets into that paragraph's text.
struct QuotePiece {
  size_t paragraph = 0;  // index into the paragraphs given
  size_t open = 0;       // the opening mark
  size_t begin = 0;      // [begin, end): the quoted words, marks left out
  size_t end = 0;
  size_t close = 0;     // just past the closing mark; the paragraph's end when it has none
  bool closed = false;  // false when the quote goes on in the next paragraph or never closes
};

// One quote: one piece, or one per paragraph it runs over.
struct QuoteSpan {
  std::vector<QuotePiece> pieces;
};

// Every quote of `paragraphs`, in order. A mark that can neither open nor close (an inch sign
// after a digit, a stray closing mark) is skipped.
std::vector<QuoteSpan> FindQuoteSpans(const std::vector<std::string_view>& paragraphs);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_ATTRIBUTE_QUOTE_SPANS_H_
