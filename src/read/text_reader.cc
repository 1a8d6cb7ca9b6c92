#include "read/text_reader.h"

#include <string_view>
#include <utility>

#include "base/text_util.h"

namespace newsarchive {

Document TextDocument(const std::string& text, const std::string& name) {
  Document document;
  document.name = name;
  document.reader = "text";
  int blank = 0;
  int line = 0;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    ++line;
    const std::string_view trimmed = Trim(std::string_view(text).substr(start, end - start));
    if (trimmed.empty()) {
      ++blank;
    } else {
      Block block;
      block.line = line;
      block.blank_before = blank;
      block.text = std::string(trimmed);
      document.blocks.push_back(std::move(block));
      blank = 0;
    }
    start = end + 1;
  }
  return document;
}

}  // namespace newsarchive
