// CSV (RFC 4180) and TSV writers, and the field encoders they use (shared with tests and fuzzers).
//
// CSV: a header row, then one record per row; records end in CRLF as RFC 4180 says (every CSV
// reader, Python's csv module and spreadsheets included, also accepts it). A field is quoted when
// it holds a comma, a double quote, CR or LF, begins or ends with a space or tab, or begins with
// U+FEFF (which a reader would take for a byte order mark at the start of the file); quotes inside
// are doubled. NULL is an empty field; an empty string is a quoted empty field `""`, so the two can
// be told apart (as PostgreSQL's COPY does). A row of one NULL column is written `""` too, because
// readers skip blank lines and the row would be lost.
//
// TSV: a header row, then one line per row, fields separated by tabs, lines ended by LF. In values
// a tab is written `\t`, LF `\n`, CR `\r` and a backslash `\\` (the escaping of PostgreSQL's and
// MySQL's text format). NULL and the empty string are both an empty field. When the first column
// name begins with U+FEFF a byte order mark is written first, so readers keep the name's own.
//
// Both: `bom` writes a UTF-8 byte order mark first. `excel_safe` (on whenever `bom` is) puts an
// apostrophe before a text cell (header included) that begins with = + - @ tab or CR, so a
// spreadsheet shows it as text instead of running it as a formula; cells typed as numbers are
// never changed.
#ifndef NEWSARCHIVE_OUTPUT_CSV_WRITER_H_
#define NEWSARCHIVE_OUTPUT_CSV_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "output/row_writer.h"

namespace newsarchive {

// Appends `text` to `out` as one CSV field, quoted only when it must be.
void AppendCsvField(std::string_view text, std::string* out);
// Appends `text` to `out` as one TSV field with tab, LF, CR and backslash escaped.
void AppendTsvField(std::string_view text, std::string* out);
// True when a text value would start a formula in a spreadsheet (= + - @ tab CR first).
bool StartsLikeFormula(std::string_view text);

// Writes rows as CSV or TSV (the dialect), as described above.
class CsvWriter : public RowWriter {
 public:
  enum class Dialect { kCsv, kTsv };
  CsvWriter(std::ostream& out, const WriterOptions& options, Dialect dialect = Dialect::kCsv);
  void Begin(const std::vector<std::string>& columns) override;
  void Write(const Row& row) override;
  void End() override;
  void Abort(const std::string& reason) override;

 private:
  void AppendText(std::string_view text);
  void EndRecord();

  std::ostream& out_;
  Dialect dialect_;
  bool bom_;
  bool excel_safe_;
  std::string line_;  // reused per record: no allocation per row
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_OUTPUT_CSV_WRITER_H_
