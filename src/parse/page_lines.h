// A Document laid out as the lines of one page: each block on its own line after its blank
// lines, so the parser's passes see the layout a reader kept (a wrapped sentence, a paragraph
// break), and each line maps back to the source line it came from. A turn whose speaker the
// format names is laid out as "LABEL: text" and remembered as such (GivenLabel), its further
// paragraphs as lines no label is looked for in (GivenSpeech); fields take no line. A text
// page's pleading-paper line numbers are not part of its lines (line_gutter.h).
#ifndef NEWSARCHIVE_PARSE_PAGE_LINES_H_
#define NEWSARCHIVE_PARSE_PAGE_LINES_H_

#include <cstdint>
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
  // When page line `line` (1-based) starts in the recording, as its block says; "" if unknown.
  const std::string& StartTime(int line) const;
  // The length of the label the format named at the start of line index `i` (0-based, as
  // lines()), the label's colon excluded; 0 when the format named none there.
  size_t GivenLabel(size_t i) const {
    return i < given_.size() && given_[i] != kSpeech ? given_[i] : 0;
  }
  // True when line index `i` is a further paragraph of a turn whose speaker the format named.
  bool GivenSpeech(size_t i) const { return i < given_.size() && given_[i] == kSpeech; }
  bool any_given() const { return any_given_; }

 private:
  static constexpr uint32_t kSpeech = ~uint32_t{0};

  std::string text_;
  std::vector<std::string_view> lines_;
  std::vector<int> source_line_;
  std::vector<const std::string*> start_;  // by page line index; null for none
  std::vector<uint32_t> given_;            // by page line index: label length, kSpeech or 0
  bool any_given_ = false;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_PAGE_LINES_H_
