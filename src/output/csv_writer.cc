// Each record is built in one reused string and written with a single ostream call, so a large
// export costs one buffer append per field and no per-row allocation.
#include "output/csv_writer.h"

namespace newsarchive {

namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

bool StartsWithBom(std::string_view text) { return text.substr(0, 3) == kBom; }

bool CsvNeedsQuotes(std::string_view text) {
  if (text.empty()) return false;
  if (IsBlank(text.front()) || IsBlank(text.back())) return true;
  // Readers drop a U+FEFF that starts the file as a byte order mark; quoted, it stays data.
  if (StartsWithBom(text)) return true;
  return text.find_first_of(",\"\r\n") != std::string_view::npos;
}

}  // namespace

bool StartsLikeFormula(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

void AppendCsvField(std::string_view text, std::string* out) {
  if (!CsvNeedsQuotes(text)) {
    out->append(text);
    return;
  }
  out->push_back('"');
  for (char c : text) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendTsvField(std::string_view text, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '\t':
        out->append("\\t");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\\':
        out->append("\\\\");
        break;
      default:
        out->push_back(c);
    }
  }
}

CsvWriter::CsvWriter(std::ostream& out, const WriterOptions& options, Dialect dialect)
    : out_(out),
      dialect_(dialect),
      bom_(options.bom),
      excel_safe_(options.excel_safe || options.bom) {}

void CsvWriter::AppendText(std::string_view text) {
  if (excel_safe_ && StartsLikeFormula(text)) {
    // The apostrophe is part of the value, so it goes through the same quoting as the rest.
    std::string guarded = "'";
    guarded.append(text);
    AppendText(guarded);
    return;
  }
  if (dialect_ == Dialect::kTsv) {
    AppendTsvField(text, &line_);
  } else if (text.empty()) {
    line_.append("\"\"");  // the empty string, as opposed to NULL
  } else {
    AppendCsvField(text, &line_);
  }
}

void CsvWriter::EndRecord() {
  line_.append(dialect_ == Dialect::kTsv ? "\n" : "\r\n");
  out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  line_.clear();
}

void CsvWriter::Begin(const std::vector<std::string>& columns) {
  // TSV cannot quote a first column name that starts with U+FEFF, so it gets a real byte order
  // mark in front: readers drop that one and keep the name's.
  const bool name_starts_with_bom =
      dialect_ == Dialect::kTsv && !columns.empty() && StartsWithBom(columns[0]);
  if (bom_ || name_starts_with_bom) out_ << kBom;
  const char separator = dialect_ == Dialect::kTsv ? '\t' : ',';
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) line_.push_back(separator);
    AppendText(columns[i]);
  }
  EndRecord();
}

void CsvWriter::Write(const Row& row) {
  const char separator = dialect_ == Dialect::kTsv ? '\t' : ',';
  for (size_t i = 0; i < row.size(); ++i) {
    if (i > 0) line_.push_back(separator);
    const Cell& cell = row[i];
    switch (cell.type) {
      case Cell::Type::kNull:
        break;
      case Cell::Type::kInteger:
      case Cell::Type::kReal:
        // Numbers are never neutralized: -3 is a number, not a formula.
        if (dialect_ == Dialect::kTsv) {
          AppendTsvField(cell.text, &line_);
        } else {
          AppendCsvField(cell.text, &line_);
        }
        break;
      case Cell::Type::kText:
        AppendText(cell.text);
        break;
    }
  }
  // A lone NULL would make a blank line, which readers skip: keep the row as "".
  if (dialect_ == Dialect::kCsv && row.size() == 1 && row[0].is_null()) line_.append("\"\"");
  EndRecord();
}

void CsvWriter::End() { out_.flush(); }

void CsvWriter::Abort(const std::string& reason) {
  // A last record of one field, which no reader can take for a row of the query's columns.
  line_.clear();
  AppendText("incomplete: " + reason);
  EndRecord();
  out_.flush();
}

}  // namespace newsarchive
