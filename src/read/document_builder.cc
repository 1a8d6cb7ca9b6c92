#include "read/document_builder.h"

#include <utility>

#include "base/text_util.h"

namespace newsarchive {
namespace {

// The byte length of a white-space character at s[i] (0 when there is none there); *invisible
// is set for the zero-width ones, which vanish instead of becoming a space.
size_t SpaceAt(std::string_view s, size_t i, bool* invisible) {
  *invisible = false;
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c != 0xE2 && c != 0xE3 && c != 0xEF) return 0;
  if (i + 2 >= s.size()) return 0;
  const unsigned char b = static_cast<unsigned char>(s[i + 1]);
  const unsigned char d = static_cast<unsigned char>(s[i + 2]);
  if (c == 0xE2 && b == 0x80) {
    if (d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF) return 3;  // U+2000..200A, 2028/9, 202F
    if (d == 0x8B || d == 0x8C || d == 0x8D) {                          // zero-width space, joiners
      *invisible = true;
      return 3;
    }
  }
  if (c == 0xE2 && b == 0x81 && d == 0x9F) return 3;  // U+205F
  if (c == 0xE3 && b == 0x80 && d == 0x80) return 3;  // U+3000
  if (c == 0xEF && b == 0xBB && d == 0xBF) {          // U+FEFF
    *invisible = true;
    return 3;
  }
  return 0;
}

}  // namespace

void AppendCollapsed(std::string_view text, std::string* out) {
  bool space = out->empty() || out->back() == ' ';
  for (size_t i = 0; i < text.size();) {
    bool invisible = false;
    const size_t n = SpaceAt(text, i, &invisible);
    if (n == 0) {
      out->push_back(text[i++]);
      space = false;
      continue;
    }
    i += n;
    if (invisible) continue;
    if (!space) out->push_back(' ');
    space = true;
  }
}

std::string CollapsedText(std::string_view text) {
  std::string out;
  AppendCollapsed(text, &out);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void DocumentBuilder::Field(const std::string& field, std::string_view value, int line) {
  std::string text = CollapsedText(value);
  if (text.empty()) return;
  Block block;
  block.kind = Block::Kind::kField;
  block.field = field;
  block.text = std::move(text);
  block.line = line;
  document_->blocks.push_back(std::move(block));
}

void DocumentBuilder::Text(Block::Kind kind, std::string_view text, int line, int blank_before,
                           const std::string& start) {
  Block block;
  block.kind = kind;
  block.text = CollapsedText(text);
  if (block.text.empty()) return;
  block.line = line;
  block.start = start;
  Push(std::move(block), blank_before);
}

void DocumentBuilder::Turn(std::string_view label, std::string_view text, int line,
                           int blank_before, const std::string& start) {
  Block block;
  block.kind = Block::Kind::kTurn;
  block.label = CollapsedText(label);
  block.text = CollapsedText(text);
  if (block.text.empty() && block.label.empty()) return;
  block.line = line;
  block.start = start;
  Push(std::move(block), blank_before);
}

void DocumentBuilder::Push(Block block, int blank_before) {
  block.blank_before = content_blocks_ == 0 ? 0 : blank_before;
  ++content_blocks_;
  document_->blocks.push_back(std::move(block));
}

}  // namespace newsarchive
