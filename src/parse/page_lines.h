// A Document laid out as the lines of one page: each block on its own line after its blank
// lines, so the parser's passes see the layout a reader kept (a wrapped sentence, a paragraph
// break), and each line maps back to the source line it came from.
#ifndef NEWSARCHIVE_PARSE_PAGE_LINES_H_
#define NEWSARCHIVE_PARSE_PAGE_LINES_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace newsarchive {

class PageLines {
 public:
  explicit PageLines(const Document& document);
  PageLines(const PageLines&) = delete;
  PageLines& operator=(const PageLines&) = delete;

  // The whole page, lines joined by '\n'; the views of lines() point into it.
  const std::string& text() const { return text_; }
  // Every line, trimmed; blank ones empty. Index i is page line i + 1.
  const std::vector<std::string_view>& lines() const { return lines_; }
  // The source line of page line `line` (1-based); 0 for a blank line the layout added, and
  // `line` itself when out of range (0 stays 0: "the whole file").
  int SourceLine(int line) const;

 private:
  std::string text_;
  std::vector<std::string_view> lines_;
  std::vector<int> source_line_;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_PAGE_LINES_H_
