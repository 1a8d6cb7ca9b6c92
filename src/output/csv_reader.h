// A strict reader for the CSV and TSV that CsvWriter writes, and for RFC 4180 CSV in general:
// used by tests and fuzzers to prove that what is written reads back unchanged.
#ifndef NEWSARCHIVE_OUTPUT_CSV_READER_H_
#define NEWSARCHIVE_OUTPUT_CSV_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace newsarchive {

struct CsvField {
  std::string text;
  bool quoted = false;  // written in double quotes: `""` is an empty string, an empty field NULL
};
using CsvRecord = std::vector<CsvField>;

// Parses RFC 4180 CSV. A leading UTF-8 BOM is skipped; records end in CRLF or LF (the last one
// may have no line end); a quoted field may hold commas, doubled quotes, CR and LF. Returns
// kInvalidInput naming the 1-based line for a quote inside an unquoted field, text after a
// closing quote, or an unterminated quoted field.
Result<std::vector<CsvRecord>> ParseCsv(std::string_view text);

// Parses the TSV dialect of CsvWriter: records end in LF, fields split on tabs, and the escapes
// \t \n \r \\ are undone. Any other backslash escape is kInvalidInput naming the line.
Result<std::vector<std::vector<std::string>>> ParseTsv(std::string_view text);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_OUTPUT_CSV_READER_H_
