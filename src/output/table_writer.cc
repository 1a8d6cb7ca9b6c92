// How the table is laid out: rows are turned into terminal-safe text as they arrive and kept
// with their display widths. At End, or once the buffer is full, each column's natural width is
// the widest of its header and cells; when they do not fit `max_width`, the widest column gets
// what the others leave at their natural widths, but at least its share (a third of the width,
// or kMinWrapWidth). When the others do not fit what is left, a binary search finds the largest
// cap C such that capping each of them at C (but not below its minimum) fits, which is the same
// as shrinking the widest columns first. Every column left narrower than its text wraps it. Those
// widths then hold for every later row.
#include "output/table_writer.h"

#include <algorithm>

#include "base/text_util.h"

namespace newsarchive {

namespace {

constexpr char kEllipsis[] = "\xE2\x80\xA6";    // …
constexpr char kReturnSign[] = "\xE2\x8F\x8E";  // ⏎
constexpr char kNullShown[] = "NULL";
constexpr int kGap = 2;  // spaces between columns

struct Range {
  uint32_t first;
  uint32_t last;
};

// Zero-width: combining marks, zero-width spaces and joiners, variation selectors.
constexpr Range kZeroWidth[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A},
    {0x064B, 0x065F}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x1AB0, 0x1AFF},
    {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x2060, 0x2064}, {0x20D0, 0x20FF},
    {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xE0100, 0xE01EF},
};

// Wide: Hangul Jamo, CJK, kana, Hangul syllables, fullwidth forms, most emoji.
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2E80, 0x303E},   {0x3041, 0x33FF},
    {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},   {0xFE30, 0xFE4F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},
    {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

template <size_t N>
bool InRanges(const Range (&ranges)[N], uint32_t cp) {
  for (const Range& range : ranges) {
    if (cp < range.first) return false;  // the tables are sorted
    if (cp <= range.last) return true;
  }
  return false;
}

bool IsNumber(const Cell& cell) {
  return cell.type == Cell::Type::kInteger || cell.type == Cell::Type::kReal;
}

void AppendSpaces(int n, std::string* out) {
  if (n > 0) out->append(static_cast<size_t>(n), ' ');
}

}  // namespace

int CodePointWidth(uint32_t cp) {
  if (cp < 0x300) return 1;
  if (InRanges(kZeroWidth, cp)) return 0;
  if (InRanges(kWide, cp)) return 2;
  return 1;
}

int DisplayWidth(std::string_view text) {
  int width = 0;
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++width;
      ++i;
    } else {
      width += CodePointWidth(DecodeCodePoint(text, i));
    }
  }
  return width;
}

std::string TerminalCellText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const size_t start = i;
      uint32_t cp = DecodeCodePoint(text, i);
      // C1 controls (U+0080..U+009F) include CSI, which some terminals obey; a bidi control
      // would show the rest of the cell (and line) in another order than it is stored.
      if (IsBidiControl(cp)) {
        out.append(TerminalSafe(std::string_view(text).substr(start, i - start)));
        continue;
      }
      if (cp >= 0x80 && cp < 0xA0) cp = 0xFFFD;
      AppendUtf8(cp, &out);
      continue;
    }
    ++i;
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i < text.size() && text[i] == '\n') ++i;  // CRLF is one break
      out.append(kReturnSign);
    } else if (c == '\t') {
      out.push_back(' ');
    } else if (c < 0x20) {
      AppendUtf8(0x2400 + c, &out);  // control pictures: ␀ ␁ ... ␛ ...
    } else if (c == 0x7F) {
      AppendUtf8(0x2421, &out);  // ␡
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string TruncateToWidth(std::string_view text, int width) {
  if (DisplayWidth(text) <= width) return std::string(text);
  if (width <= 0) return std::string();
  std::string out;
  int used = 0;
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    const int w = CodePointWidth(DecodeCodePoint(text, i));
    if (used + w > width - 1) break;  // keep one column for the ellipsis
    out.append(text.substr(start, i - start));
    used += w;
  }
  out.append(kEllipsis);
  return out;
}

std::vector<std::string> WrapToWidth(std::string_view text, int width) {
  std::vector<std::string> lines;
  std::string line;
  int used = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(i, end - i);
    const int word_width = DisplayWidth(word);
    const int gap = line.empty() ? 0 : 1;
    if (used + gap + word_width <= width) {
      if (gap) line.push_back(' ');
      line.append(word);
      used += gap + word_width;
      i = end;
      continue;
    }
    if (!line.empty()) {  // the word starts the next line
      lines.push_back(std::move(line));
      line.clear();
      used = 0;
      continue;
    }
    // A word longer than a line: cut into pieces a line long.
    size_t at = i;
    while (at < end) {
      size_t next = at;
      const int w = CodePointWidth(DecodeCodePoint(text, next));
      if (used + w > width && used > 0) break;
      line.append(text.substr(at, next - at));
      used += w;
      at = next;
    }
    lines.push_back(std::move(line));
    line.clear();
    used = 0;
    i = at;
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
  return lines;
}

TableWriter::TableWriter(std::ostream& out, const WriterOptions& options)
    : out_(out), max_width_(options.max_width) {}

void TableWriter::Begin(const std::vector<std::string>& columns) {
  header_.clear();
  for (const std::string& name : columns) {
    std::string text = TerminalCellText(name);
    const int width = DisplayWidth(text);
    header_.push_back({std::move(text), width});
  }
  seen_number_.assign(columns.size(), false);
  seen_text_.assign(columns.size(), false);
  widths_.clear();
  buffer_.clear();
  buffered_bytes_ = 0;
  rows_ = 0;
}

void TableWriter::Write(const Row& row) {
  std::vector<Shown> cells;
  cells.reserve(header_.size());
  for (size_t i = 0; i < header_.size(); ++i) {
    const Cell& cell = i < row.size() ? row[i] : Cell();
    std::string text = cell.is_null() ? kNullShown : TerminalCellText(cell.text);
    if (widths_.empty()) {
      if (IsNumber(cell)) seen_number_[i] = true;
      if (cell.type == Cell::Type::kText) seen_text_[i] = true;
      buffered_bytes_ += text.size();
    }
    const int width = DisplayWidth(text);
    cells.push_back({std::move(text), width});
  }
  ++rows_;
  if (!widths_.empty()) {
    PrintRow(cells);
    return;
  }
  buffer_.push_back(std::move(cells));
  if (buffer_.size() >= kMaxBufferedRows || buffered_bytes_ >= kMaxBufferedBytes) {
    Layout();
    PrintBuffered();
  }
}

void TableWriter::End() {
  if (widths_.empty()) {
    Layout();
    PrintBuffered();
  }
  out_ << "(" << rows_ << (rows_ == 1 ? " row)\n" : " rows)\n");
  out_.flush();
}

void TableWriter::Abort(const std::string& reason) {
  if (widths_.empty()) {
    Layout();
    PrintBuffered();
  }
  out_ << "(incomplete: " << reason << "; " << rows_ << (rows_ == 1 ? " row" : " rows")
       << " shown)\n";
  out_.flush();
}

void TableWriter::Layout() {
  const size_t n = header_.size();
  std::vector<int> natural(n), minimum(n);
  right_align_.assign(n, false);
  for (size_t i = 0; i < n; ++i) {
    int widest_cell = 0;
    bool has_space = false;  // a column of single words (ids, dates) is not worth wrapping
    for (const std::vector<Shown>& cells : buffer_) {
      widest_cell = std::max(widest_cell, cells[i].width);
      has_space = has_space || cells[i].text.find(' ') != std::string::npos;
    }
    natural[i] = std::max({header_[i].width, widest_cell, 1});
    right_align_[i] = seen_number_[i] && !seen_text_[i];
    if (right_align_[i]) {  // numbers stay whole; their header may be cut
      minimum[i] = std::max(widest_cell, std::min(header_[i].width, kMinNumberHeaderWidth));
    } else {
      minimum[i] = std::min(natural[i], has_space ? kMinWrappedWidth : kMinColumnWidth);
    }
  }
  widths_ = natural;
  wrapped_.assign(n, false);
  if (max_width_ <= 0 || n == 0) return;
  const int64_t gaps = kGap * static_cast<int64_t>(n - 1);
  int64_t natural_total = gaps;
  for (int width : natural) natural_total += width;
  if (natural_total <= max_width_) return;

  const size_t wrap = static_cast<size_t>(std::max_element(natural.begin(), natural.end()) -
                                          natural.begin());
  const int share = std::min(natural[wrap], std::max(kMinWrapWidth, max_width_ / 3));
  // The others' total when each is capped at `cap` (never below its minimum).
  const auto others_with_cap = [&](int cap) {
    int64_t total = 0;
    for (size_t i = 0; i < n; ++i) {
      if (i != wrap) total += std::max(minimum[i], std::min(natural[i], cap));
    }
    return total;
  };
  const int64_t budget = max_width_ - gaps - share;
  int low = 0;
  int high = natural[wrap];  // no other column is wider
  if (others_with_cap(high) > budget) {
    while (low < high) {  // the largest cap that fits, or 0 when even the minimums do not
      const int mid = low + (high - low + 1) / 2;
      if (others_with_cap(mid) <= budget) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    for (size_t i = 0; i < n; ++i) {
      if (i != wrap) widths_[i] = std::max(minimum[i], std::min(natural[i], low));
    }
  }
  int64_t left = max_width_ - gaps;
  for (size_t i = 0; i < n; ++i) {
    if (i != wrap) left -= widths_[i];
  }
  widths_[wrap] = static_cast<int>(std::clamp<int64_t>(left, minimum[wrap], natural[wrap]));
  for (size_t i = 0; i < n; ++i) wrapped_[i] = widths_[i] < natural[i];
}

void TableWriter::PrintRow(const std::vector<Shown>& cells) {
  const size_t n = cells.size();
  std::vector<std::vector<std::string>> wrapped(n);
  size_t height = 1;
  for (size_t i = 0; i < n; ++i) {
    if (!wrapped_[i] || cells[i].width <= widths_[i]) continue;
    wrapped[i] = WrapToWidth(cells[i].text, widths_[i]);
    height = std::max(height, wrapped[i].size());
  }
  if (height == 1) {
    PrintLine(cells);
    return;
  }
  std::vector<Shown> line(n);
  for (size_t k = 0; k < height; ++k) {
    for (size_t i = 0; i < n; ++i) {
      if (wrapped[i].empty()) {  // not wrapped: on the first line only
        line[i] = k == 0 ? cells[i] : Shown{std::string(), 0};
      } else if (k < wrapped[i].size()) {
        const int width = DisplayWidth(wrapped[i][k]);
        line[i] = {std::move(wrapped[i][k]), width};
      } else {
        line[i] = {std::string(), 0};
      }
    }
    PrintLine(line);
  }
}

void TableWriter::PrintLine(const std::vector<Shown>& cells) {
  line_.clear();
  const size_t n = cells.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) AppendSpaces(kGap, &line_);
    const int width = widths_[i];
    // Without a width to fit (output to a file or pipe) nothing is ever cut: a row past the
    // measured block may then stick out, but no text is lost.
    const bool cut = cells[i].width > width && max_width_ > 0;
    const std::string truncated = cut ? TruncateToWidth(cells[i].text, width) : std::string();
    const std::string& text = cut ? truncated : cells[i].text;
    const int padding = width - (cut ? DisplayWidth(text) : cells[i].width);
    if (right_align_[i]) {
      AppendSpaces(padding, &line_);
      line_.append(text);
    } else {
      line_.append(text);
      if (i + 1 < n) AppendSpaces(padding, &line_);  // no trailing spaces
    }
  }
  if (!widths_.empty() && max_width_ > 0) {  // empty cells of wrapped lines leave no trailing spaces
    line_.erase(line_.find_last_not_of(' ') + 1);
  }
  line_.push_back('\n');
  out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
}

void TableWriter::PrintBuffered() {
  if (rows_ == static_cast<int64_t>(buffer_.size())) {  // the first block: header and rule
    PrintLine(header_);
    std::vector<Shown> rule;
    for (int width : widths_) rule.push_back({std::string(static_cast<size_t>(width), '-'), width});
    PrintLine(rule);
  }
  for (const std::vector<Shown>& cells : buffer_) PrintRow(cells);
  buffer_.clear();
  buffer_.shrink_to_fit();
  buffered_bytes_ = 0;
}

namespace {

// A Markdown cell: pipes and backslashes escaped, line breaks as <br>, other controls as spaces.
void AppendMarkdownCell(std::string_view text, std::string* out) {
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) {
      AppendUtf8(DecodeCodePoint(text, i), out);  // invalid bytes become U+FFFD
      continue;
    }
    const char c = text[i++];
    switch (c) {
      case '|':
        out->append("\\|");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\r':
        if (i < text.size() && text[i] == '\n') ++i;
        out->append("<br>");
        break;
      case '\n':
        out->append("<br>");
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          out->push_back(' ');
        } else {
          out->push_back(c);
        }
    }
  }
}

}  // namespace

MarkdownWriter::MarkdownWriter(std::ostream& out) : out_(out) {}

void MarkdownWriter::Begin(const std::vector<std::string>& columns) {
  columns_ = columns;
  header_written_ = false;
}

void MarkdownWriter::WriteHeader(const Row* first_row) {
  line_ = "|";
  for (const std::string& name : columns_) {
    line_.push_back(' ');
    AppendMarkdownCell(name, &line_);
    line_.append(" |");
  }
  line_.append("\n|");
  for (size_t i = 0; i < columns_.size(); ++i) {
    const bool right = first_row && i < first_row->size() && IsNumber((*first_row)[i]);
    line_.append(right ? " ---: |" : " --- |");
  }
  line_.push_back('\n');
  out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  header_written_ = true;
}

void MarkdownWriter::Write(const Row& row) {
  if (!header_written_) WriteHeader(&row);
  line_ = "|";
  for (size_t i = 0; i < columns_.size(); ++i) {
    line_.push_back(' ');
    if (i < row.size()) AppendMarkdownCell(row[i].text, &line_);  // NULL's text is empty
    line_.append(" |");
  }
  line_.push_back('\n');
  out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
}

void MarkdownWriter::End() {
  if (!header_written_) WriteHeader(nullptr);
  out_.flush();
}

void MarkdownWriter::Abort(const std::string& reason) {
  if (!header_written_) WriteHeader(nullptr);
  // After a blank line, so no Markdown reader takes it for a row of the table.
  line_ = "\n*Incomplete: ";
  AppendMarkdownCell(reason, &line_);
  line_.append("*\n");
  out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  out_.flush();
}

}  // namespace newsarchive
