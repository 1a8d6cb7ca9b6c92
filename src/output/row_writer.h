// The output formats: choosing one by name or extension, and the RowWriter (model/row.h) for
// each, so any query or report can be written as a table, CSV, TSV, JSON, JSON Lines or Markdown.
#ifndef NEWSARCHIVE_OUTPUT_ROW_WRITER_H_
#define NEWSARCHIVE_OUTPUT_ROW_WRITER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/row.h"

namespace newsarchive {

enum class OutputFormat { kTable, kCsv, kTsv, kJson, kJsonl, kMarkdown };

// "table", "csv", "tsv", "json", "jsonl" (or "ndjson"), "markdown" (or "md"); error names the
// choices.
Result<OutputFormat> ParseOutputFormat(const std::string& name);
// The format a file name's extension implies (.csv .tsv .json .jsonl .ndjson .md .txt), if any.
std::optional<OutputFormat> FormatFromExtension(const std::string& path);
const char* OutputFormatName(OutputFormat format);
// Every name ParseOutputFormat accepts, aliases included, canonical name first ("table", "csv",
// "tsv", "json", "jsonl", "ndjson", "markdown", "md"): what shell completion offers.
std::vector<std::string> OutputFormatNames();

struct WriterOptions {
  bool bom = false;         // UTF-8 byte order mark first (CSV/TSV), for spreadsheet programs
  bool excel_safe = false;  // neutralize cells starting with = + - @ (CSV/TSV); on with bom
  int max_width = 0;        // table: total width to fit, 0 for no limit
};

// The writer for `format`, writing to `out` (which must outlive it).
std::unique_ptr<RowWriter> MakeRowWriter(OutputFormat format, std::ostream& out,
                                         const WriterOptions& options);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_OUTPUT_ROW_WRITER_H_
