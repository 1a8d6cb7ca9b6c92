// libFuzzer target: random result rows written as CSV, TSV, JSON and JSON Lines must read back
// as the same rows. CSV and TSV are read with core/csv_reader; JSON with the strict parser in
// strict_json.h. Any difference aborts with the row, column and both values.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/strict_json.h"
#include "output/csv_reader.h"
#include "output/csv_writer.h"
#include "output/json_writer.h"
#include "output/row_writer.h"

namespace newsarchive {
namespace {

[[noreturn]] void Fail(const std::string& what, const std::string& output) {
  std::fprintf(stderr, "writers_fuzzer: %s\n--- output ---\n%s\n", what.c_str(), output.c_str());
  std::abort();
}

void Expect(bool ok, const std::string& what, const std::string& output) {
  if (!ok) Fail(what, output);
}

std::string Where(size_t row, size_t col) {
  return "row " + std::to_string(row) + " column " + std::to_string(col);
}

struct Table {
  std::vector<std::string> columns;
  std::vector<Row> rows;
};

Table MakeTable(FuzzedDataProvider& in) {
  Table t;
  const size_t ncols = in.ConsumeIntegralInRange<size_t>(1, 6);
  for (size_t c = 0; c < ncols; ++c) t.columns.push_back(in.ConsumeRandomLengthString(24));
  const size_t nrows = in.ConsumeIntegralInRange<size_t>(0, 12);
  for (size_t r = 0; r < nrows && in.remaining_bytes() > 0; ++r) {
    Row row;
    for (size_t c = 0; c < ncols; ++c) {
      switch (in.ConsumeIntegralInRange<int>(0, 3)) {
        case 0: row.push_back(Cell::Null()); break;
        case 1: row.push_back(Cell::Integer(in.ConsumeIntegral<int64_t>())); break;
        case 2: row.push_back(Cell::Real(in.ConsumeFloatingPoint<double>())); break;
        default: row.push_back(Cell::Text(in.ConsumeRandomLengthString(64))); break;
      }
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::string Write(const Table& t, OutputFormat format, const WriterOptions& options) {
  std::ostringstream out;
  std::unique_ptr<RowWriter> writer = MakeRowWriter(format, out, options);
  writer->Begin(t.columns);
  for (const Row& row : t.rows) writer->Write(row);
  writer->End();
  return out.str();
}

// What a spreadsheet-bound text cell becomes.
std::string Guarded(const std::string& text, bool excel_safe) {
  return excel_safe && StartsLikeFormula(text) ? "'" + text : text;
}

void CheckCsv(const Table& t, const WriterOptions& options) {
  const bool safe = options.excel_safe || options.bom;
  const std::string out = Write(t, OutputFormat::kCsv, options);
  Result<std::vector<CsvRecord>> parsed = ParseCsv(out);
  Expect(parsed.ok(), "CSV does not parse: " + parsed.status().ToString(), out);
  const std::vector<CsvRecord>& records = *parsed;
  Expect(records.size() == t.rows.size() + 1, "CSV record count", out);
  for (size_t c = 0; c < t.columns.size(); ++c) {
    Expect(records[0].size() == t.columns.size(), "CSV header width", out);
    Expect(records[0][c].text == Guarded(t.columns[c], safe), "CSV header " + std::to_string(c),
           out);
  }
  for (size_t r = 0; r < t.rows.size(); ++r) {
    const CsvRecord& rec = records[r + 1];
    Expect(rec.size() == t.columns.size(), "CSV width of row " + std::to_string(r), out);
    for (size_t c = 0; c < rec.size(); ++c) {
      const Cell& cell = t.rows[r][c];
      if (cell.is_null()) {
        // A row of one NULL is written `""` so it is not a blank line; that is its only form.
        const bool lone = t.columns.size() == 1;
        Expect(rec[c].text.empty() && rec[c].quoted == lone, "CSV NULL at " + Where(r, c), out);
      } else if (cell.type == Cell::Type::kText) {
        Expect(rec[c].text == Guarded(cell.text, safe), "CSV text at " + Where(r, c), out);
        if (cell.text.empty()) Expect(rec[c].quoted, "CSV empty string vs NULL at " + Where(r, c), out);
      } else {
        Expect(rec[c].text == cell.text, "CSV number at " + Where(r, c), out);
      }
    }
  }
}

void CheckTsv(const Table& t, const WriterOptions& options) {
  const bool safe = options.excel_safe || options.bom;
  const std::string out = Write(t, OutputFormat::kTsv, options);
  Result<std::vector<std::vector<std::string>>> parsed = ParseTsv(out);
  Expect(parsed.ok(), "TSV does not parse: " + parsed.status().ToString(), out);
  Expect(parsed->size() == t.rows.size() + 1, "TSV record count", out);
  for (size_t r = 0; r < t.rows.size(); ++r) {
    const std::vector<std::string>& rec = (*parsed)[r + 1];
    Expect(rec.size() == t.columns.size(), "TSV width of row " + std::to_string(r), out);
    for (size_t c = 0; c < rec.size(); ++c) {
      const Cell& cell = t.rows[r][c];
      const std::string want = cell.type == Cell::Type::kText ? Guarded(cell.text, safe)
                                                               : cell.text;
      Expect(rec[c] == want, "TSV value at " + Where(r, c), out);
    }
  }
}

// The JSON form of one cell, compared with what the strict parser read.
void CheckJsonValue(const Cell& cell, const strict_json::Value& v, const std::string& where,
                    const std::string& out) {
  using Kind = strict_json::Value::Kind;
  switch (cell.type) {
    case Cell::Type::kNull:
      Expect(v.kind == Kind::kNull, "JSON null at " + where, out);
      break;
    case Cell::Type::kInteger:
      Expect(v.kind == Kind::kNumber && v.text == cell.text, "JSON integer at " + where, out);
      break;
    case Cell::Type::kReal:
      if (IsJsonNumber(cell.text)) {
        Expect(v.kind == Kind::kNumber && v.text == cell.text, "JSON real at " + where, out);
      } else {
        Expect(v.kind == Kind::kNull, "JSON non-finite real at " + where, out);
      }
      break;
    case Cell::Type::kText:
      Expect(v.kind == Kind::kString, "JSON string at " + where, out);
      if (strict_json::IsValidUtf8(cell.text)) {
        Expect(v.text == cell.text, "JSON text at " + where, out);
      }
      break;
  }
}

void CheckJsonObject(const Table& t, size_t r, const strict_json::Value& obj,
                     const std::string& out) {
  Expect(obj.kind == strict_json::Value::Kind::kObject, "JSON row is not an object", out);
  Expect(obj.members.size() == t.columns.size(), "JSON key count of row " + std::to_string(r),
         out);
  for (size_t c = 0; c < obj.members.size(); ++c) {
    // A name's first use keeps its spelling; later repeats get a suffix (checked unique above).
    const std::string& name = t.columns[c];
    bool first = true;
    for (size_t k = 0; k < c; ++k) first = first && t.columns[k] != name;
    if (first && strict_json::IsValidUtf8(name)) {
      Expect(obj.members[c].first == name, "JSON key " + std::to_string(c), out);
    }
    CheckJsonValue(t.rows[r][c], obj.members[c].second, Where(r, c), out);
  }
}

void CheckJson(const Table& t) {
  const std::string out = Write(t, OutputFormat::kJson, WriterOptions());
  std::optional<strict_json::Value> doc = strict_json::Parse(out);
  Expect(doc.has_value(), "JSON output is not valid JSON (or repeats a key)", out);
  Expect(doc->kind == strict_json::Value::Kind::kArray && doc->items.size() == t.rows.size(),
         "JSON array length", out);
  for (size_t r = 0; r < t.rows.size(); ++r) CheckJsonObject(t, r, doc->items[r], out);

  const std::string lines = Write(t, OutputFormat::kJsonl, WriterOptions());
  size_t start = 0;
  size_t r = 0;
  for (size_t nl; (nl = lines.find('\n', start)) != std::string::npos; start = nl + 1, ++r) {
    std::optional<strict_json::Value> obj = strict_json::Parse(lines.substr(start, nl - start));
    Expect(obj.has_value(), "JSON Lines line " + std::to_string(r + 1) + " is not valid JSON",
           lines);
    Expect(r < t.rows.size(), "JSON Lines has too many lines", lines);
    CheckJsonObject(t, r, *obj, lines);
  }
  Expect(start == lines.size() && r == t.rows.size(), "JSON Lines line count", lines);
}

}  // namespace
}  // namespace newsarchive

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsarchive;
  FuzzedDataProvider in(data, size);
  WriterOptions options;
  options.bom = in.ConsumeBool();
  options.excel_safe = in.ConsumeBool();
  const Table t = MakeTable(in);
  CheckCsv(t, options);
  CheckTsv(t, options);
  CheckJson(t);
  return 0;
}
