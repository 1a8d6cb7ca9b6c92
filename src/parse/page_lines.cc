#include "parse/page_lines.h"

#include "parse/line_gutter.h"

namespace newsarchive {

namespace {

const std::string kNoTime;

}  // namespace

PageLines::PageLines(const Document& document) {
  size_t size = 0;
  for (const Block& b : document.blocks) {
    size += b.text.size() + b.label.size() + 3 + b.blank_before;
    any_given_ = any_given_ || b.kind == Block::Kind::kTurn;
  }
  text_.reserve(size);
  bool in_given_turn = false;
  for (const Block& b : document.blocks) {
    if (b.kind == Block::Kind::kField) continue;  // stated metadata: see ApplyDocumentFields
    for (int k = 0; k < b.blank_before; ++k) {
      text_ += '\n';
      source_line_.push_back(0);
    }
    uint32_t given = 0;
    if (b.kind == Block::Kind::kTurn && !b.label.empty()) {
      text_ += b.label;
      text_ += b.text.empty() ? ":" : ": ";
      given = static_cast<uint32_t>(b.label.size());
      in_given_turn = true;
    } else if (b.kind == Block::Kind::kTurn) {
      given = in_given_turn ? kSpeech : 0;
    } else {
      in_given_turn = false;
    }
    text_ += b.text;
    text_ += '\n';
    source_line_.push_back(b.line);
    if (any_given_ || !b.start.empty()) {
      start_.resize(source_line_.size(), nullptr);
      given_.resize(source_line_.size(), 0);
      start_.back() = b.start.empty() ? nullptr : &b.start;
      given_.back() = given;
    }
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
  // A format that names its speakers prints no pleading paper; a text page may.
  if (!any_given_) StripLineNumberGutter(&lines_);
}

const std::string& PageLines::StartTime(int line) const {
  if (line < 1 || static_cast<size_t>(line) > start_.size() || start_[line - 1] == nullptr) {
    return kNoTime;
  }
  return *start_[line - 1];
}

int PageLines::SourceLine(int line) const {
  return line >= 1 && static_cast<size_t>(line) <= source_line_.size() ? source_line_[line - 1]
                                                                       : line;
}

}  // namespace newsarchive
