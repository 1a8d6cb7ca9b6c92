// A small state machine over bytes. It is strict on purpose: a round trip through CsvWriter must
// parse cleanly, so anything RFC 4180 does not allow is an error rather than a guess.
#include "output/csv_reader.h"

namespace newsarchive {

namespace {

std::string_view SkipBom(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text;
}

Status LineError(const std::string& message, int line) {
  return Status::InvalidInput(message, "", line);
}

}  // namespace

Result<std::vector<CsvRecord>> ParseCsv(std::string_view text) {
  text = SkipBom(text);
  std::vector<CsvRecord> records;
  CsvRecord record;
  size_t i = 0;
  int line = 1;
  while (i < text.size()) {
    CsvField field;
    if (text[i] == '"') {
      field.quoted = true;
      const int start_line = line;
      ++i;
      bool closed = false;
      while (i < text.size()) {
        const char c = text[i++];
        if (c == '"') {
          if (i < text.size() && text[i] == '"') {
            field.text.push_back('"');
            ++i;
          } else {
            closed = true;
            break;
          }
        } else {
          if (c == '\n') ++line;
          field.text.push_back(c);
        }
      }
      if (!closed) return LineError("unterminated quoted field", start_line);
      if (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        return LineError("text after the closing quote of a field", line);
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        if (text[i] == '"') return LineError("quote inside an unquoted field", line);
        field.text.push_back(text[i++]);
      }
    }
    record.push_back(std::move(field));
    if (i >= text.size()) break;
    if (text[i] == ',') {
      ++i;
      // A comma at the very end still opens one last, empty field.
      if (i == text.size()) record.emplace_back();
      continue;
    }
    if (text[i] == '\r') {
      ++i;
      if (i < text.size() && text[i] != '\n') return LineError("CR not followed by LF", line);
    }
    ++i;  // the LF
    ++line;
    records.push_back(std::move(record));
    record.clear();
  }
  if (!record.empty()) records.push_back(std::move(record));
  return records;
}

Result<std::vector<std::vector<std::string>>> ParseTsv(std::string_view text) {
  text = SkipBom(text);
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record(1);
  int line = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\t') {
      record.emplace_back();
    } else if (c == '\n') {
      records.push_back(std::move(record));
      record.assign(1, std::string());
      ++line;
    } else if (c == '\\') {
      if (i + 1 >= text.size()) return LineError("backslash at the end of the text", line);
      switch (text[++i]) {
        case 't':
          record.back().push_back('\t');
          break;
        case 'n':
          record.back().push_back('\n');
          break;
        case 'r':
          record.back().push_back('\r');
          break;
        case '\\':
          record.back().push_back('\\');
          break;
        default:
          return LineError("unknown escape in a TSV field", line);
      }
    } else {
      record.back().push_back(c);
    }
  }
  if (record.size() > 1 || !record.back().empty()) records.push_back(std::move(record));
  return records;
}

}  // namespace newsarchive
