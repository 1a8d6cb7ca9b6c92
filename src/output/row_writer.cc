// The format names, the extension table and the factory; each format lives in its own file.
#include "output/row_writer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "base/text_util.h"
#include "output/csv_writer.h"
#include "output/json_writer.h"
#include "output/table_writer.h"

namespace newsarchive {

namespace {

struct FormatName {
  const char* name;
  OutputFormat format;
};

// Every accepted spelling; the first spelling of each format is its canonical name.
constexpr FormatName kFormatNames[] = {
    {"table", OutputFormat::kTable},       {"csv", OutputFormat::kCsv},
    {"tsv", OutputFormat::kTsv},           {"json", OutputFormat::kJson},
    {"jsonl", OutputFormat::kJsonl},       {"ndjson", OutputFormat::kJsonl},
    {"markdown", OutputFormat::kMarkdown}, {"md", OutputFormat::kMarkdown},
};

constexpr FormatName kExtensions[] = {
    {".csv", OutputFormat::kCsv},           {".tsv", OutputFormat::kTsv},
    {".json", OutputFormat::kJson},         {".jsonl", OutputFormat::kJsonl},
    {".ndjson", OutputFormat::kJsonl},      {".md", OutputFormat::kMarkdown},
    {".markdown", OutputFormat::kMarkdown}, {".txt", OutputFormat::kTable},
};

}  // namespace

Result<OutputFormat> ParseOutputFormat(const std::string& name) {
  for (const FormatName& entry : kFormatNames) {
    if (EqualsIgnoreCase(name, entry.name)) return entry.format;
  }
  return Status::InvalidInput("unknown output format '" + name +
                              "' (choose table, csv, tsv, json, jsonl, ndjson, markdown or md)");
}

std::optional<OutputFormat> FormatFromExtension(const std::string& path) {
  for (const FormatName& entry : kExtensions) {
    if (EndsWithIgnoreCase(path, entry.name)) return entry.format;
  }
  return std::nullopt;
}

const char* OutputFormatName(OutputFormat format) {
  for (const FormatName& entry : kFormatNames) {
    if (entry.format == format) return entry.name;
  }
  return "table";
}

std::vector<std::string> OutputFormatNames() {
  std::vector<std::string> names;
  for (const FormatName& entry : kFormatNames) names.push_back(entry.name);
  return names;
}

std::unique_ptr<RowWriter> MakeRowWriter(OutputFormat format, std::ostream& out,
                                         const WriterOptions& options) {
  switch (format) {
    case OutputFormat::kTable:
      return std::make_unique<TableWriter>(out, options);
    case OutputFormat::kCsv:
      return std::make_unique<CsvWriter>(out, options);
    case OutputFormat::kTsv:
      return std::make_unique<CsvWriter>(out, options, CsvWriter::Dialect::kTsv);
    case OutputFormat::kJson:
      return std::make_unique<JsonWriter>(out, JsonWriter::Style::kArray);
    case OutputFormat::kJsonl:
      return std::make_unique<JsonWriter>(out, JsonWriter::Style::kLines);
    case OutputFormat::kMarkdown:
      return std::make_unique<MarkdownWriter>(out);
  }
  return std::make_unique<TableWriter>(out, options);
}

}  // namespace newsarchive
