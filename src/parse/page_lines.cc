#include "parse/page_lines.h"

namespace newsarchive {

PageLines::PageLines(const Document& document) {
  size_t size = 0;
  for (const Block& b : document.blocks) size += b.text.size() + 1 + b.blank_before;
  text_.reserve(size);
  for (const Block& b : document.blocks) {
    for (int k = 0; k < b.blank_before; ++k) {
      text_ += '\n';
      source_line_.push_back(0);
    }
    text_ += b.text;
    text_ += '\n';
    source_line_.push_back(b.line);
  }
  if (!text_.empty()) text_.pop_back();
  // Blocks are trimmed single lines, so each line is a view of the text as it stands.
  const std::string_view all = text_;
  for (size_t start = 0; start <= all.size();) {
    size_t end = all.find('\n', start);
    if (end == std::string_view::npos) end = all.size();
    lines_.push_back(all.substr(start, end - start));
    start = end + 1;
  }
}

int PageLines::SourceLine(int line) const {
  return line >= 1 && static_cast<size_t>(line) <= source_line_.size() ? source_line_[line - 1]
                                                                       : line;
}

}  // namespace newsarchive
