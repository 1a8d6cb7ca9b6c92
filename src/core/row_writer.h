// Rows out: the one interface every output format implements, so any query or report can be
// written as a table, CSV, TSV, JSON, JSON Lines or Markdown without knowing which.
#ifndef NEWSARCHIVE_CORE_ROW_WRITER_H_
#define NEWSARCHIVE_CORE_ROW_WRITER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/status.h"

namespace newsarchive {

// One value of a result row. Numbers keep their printed form in `text` so writers never reformat.
struct Cell {
  enum class Type { kNull, kInteger, kReal, kText };
  Type type = Type::kNull;
  std::string text;

  static Cell Null() { return Cell(); }
  static Cell Integer(int64_t v) { return Cell{Type::kInteger, std::to_string(v)}; }
  static Cell Real(double v);
  static Cell Text(std::string v) { return Cell{Type::kText, std::move(v)}; }
  bool is_null() const { return type == Type::kNull; }
};
using Row = std::vector<Cell>;

enum class OutputFormat { kTable, kCsv, kTsv, kJson, kJsonl, kMarkdown };

// "table", "csv", "tsv", "json", "jsonl" (or "ndjson"), "markdown" (or "md"); error names the choices.
Result<OutputFormat> ParseOutputFormat(const std::string& name);
// The format a file name's extension implies (.csv .tsv .json .jsonl .ndjson .md .txt), if any.
std::optional<OutputFormat> FormatFromExtension(const std::string& path);
const char* OutputFormatName(OutputFormat format);

struct WriterOptions {
  bool bom = false;         // UTF-8 byte order mark first (CSV/TSV), for spreadsheet programs
  bool excel_safe = false;  // neutralize cells starting with = + - @ (CSV/TSV); on with bom
  int max_width = 0;        // table: total width to fit, 0 for no limit
};

// Streams rows to an ostream in one format. Call Begin once, Write per row, End once.
class RowWriter {
 public:
  virtual ~RowWriter() = default;
  virtual void Begin(const std::vector<std::string>& columns) = 0;
  virtual void Write(const Row& row) = 0;
  virtual void End() = 0;
};

// The writer for `format`, writing to `out` (which must outlive it).
std::unique_ptr<RowWriter> MakeRowWriter(OutputFormat format, std::ostream& out,
                                         const WriterOptions& options);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_CORE_ROW_WRITER_H_
