// Writers for people rather than programs: an aligned plain-text table for the terminal, and a
// GitHub Markdown pipe table for notes and reports.
//
// Table: column headers, a rule of dashes, then the rows with columns two spaces apart; numeric
// columns (every value an integer or real) are right-aligned. NULL is shown as `NULL`; an empty
// string as nothing. In cells, a line break (LF, CR or CRLF) is shown as `⏎`, a tab as a space,
// and other control characters as their Unicode control pictures (ESC as `␛`) so data can never
// move the cursor or recolour the terminal; bytes that are not UTF-8 show as U+FFFD. Widths are
// display widths: East Asian wide characters count 2, combining marks 0. With `max_width` set
// and the table too wide, the widest column keeps at least a third of the width (or
// kMinWrapWidth), the others are shrunk to fit the rest, widest first (never below
// kMinColumnWidth, or kMinWrappedWidth for text with spaces; numbers never), and the text of every
// shrunk column is wrapped onto as many lines as it needs, so nothing is lost; only a header too
// long for its column is cut, ending in `…`.
// To measure, the writer buffers up to kMaxBufferedRows rows (or kMaxBufferedBytes of text);
// past that it prints them and keeps their widths for the rest, so memory stays bounded (a
// later, longer cell is wrapped in a shrunk column, cut to fit in another when there is a
// `max_width`, else printed whole). The
// table ends with `(N rows)`; an empty result prints the header, the rule and `(0 rows)`.
//
// Markdown: `| a | b |` lines with a `| --- | ---: |` alignment row (numeric columns as in the
// table, judged from the first row). `|` is escaped `\|`, `\` as `\\`, and line breaks become
// `<br>`; NULL is an empty cell. Rows are streamed: only the first row waits for the header.
#ifndef NEWSARCHIVE_OUTPUT_TABLE_WRITER_H_
#define NEWSARCHIVE_OUTPUT_TABLE_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "output/row_writer.h"

namespace newsarchive {

// Columns a code point takes on a terminal: 0 for combining marks and zero-width characters, 2
// for East Asian wide and fullwidth characters and most emoji, 1 otherwise.
int CodePointWidth(uint32_t cp);
// The sum of CodePointWidth over the UTF-8 text (invalid bytes count 1, as U+FFFD).
int DisplayWidth(std::string_view text);
// `text` made safe and one-line for a terminal cell (see above).
std::string TerminalCellText(std::string_view text);
// `text` cut to at most `width` display columns, ending in `…` when cut.
std::string TruncateToWidth(std::string_view text, int width);
// `text` broken into lines of at most `width` display columns, at spaces where it can be (the
// spaces at a break are dropped), inside a word longer than a line where it must. A character
// wider than `width` still gets a line of its own. At least one line, "" for empty text.
std::vector<std::string> WrapToWidth(std::string_view text, int width);

class TableWriter : public RowWriter {
 public:
  static constexpr size_t kMaxBufferedRows = 10000;
  static constexpr size_t kMaxBufferedBytes = 32 << 20;
  static constexpr int kMinColumnWidth = 10;      // a column of single words: dates stay whole
  static constexpr int kMinWrappedWidth = 8;      // a column of text with spaces
  static constexpr int kMinNumberHeaderWidth = 4;  // "pos…"
  static constexpr int kMinWrapWidth = 16;

  TableWriter(std::ostream& out, const WriterOptions& options);
  void Begin(const std::vector<std::string>& columns) override;
  void Write(const Row& row) override;
  void End() override;
  void Abort(const std::string& reason) override;

 private:
  struct Shown {
    std::string text;  // already made terminal-safe
    int width;
  };
  void Layout();
  void PrintLine(const std::vector<Shown>& cells);
  void PrintRow(const std::vector<Shown>& cells);
  void PrintBuffered();

  std::ostream& out_;
  int max_width_;
  std::vector<Shown> header_;
  std::vector<std::vector<Shown>> buffer_;
  std::vector<bool> seen_number_;  // per column, in the rows measured for the layout
  std::vector<bool> seen_text_;
  std::vector<bool> right_align_;
  size_t buffered_bytes_ = 0;
  std::vector<int> widths_;  // empty until the layout is fixed
  std::vector<bool> wrapped_;  // per column: shrunk to fit max_width, its cells wrapped
  int64_t rows_ = 0;
  std::string line_;
};

class MarkdownWriter : public RowWriter {
 public:
  explicit MarkdownWriter(std::ostream& out);
  void Begin(const std::vector<std::string>& columns) override;
  void Write(const Row& row) override;
  void End() override;
  void Abort(const std::string& reason) override;

 private:
  void WriteHeader(const Row* first_row);

  std::ostream& out_;
  std::vector<std::string> columns_;
  bool header_written_ = false;
  std::string line_;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_OUTPUT_TABLE_WRITER_H_
