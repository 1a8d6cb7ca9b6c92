// Each row is built in one reused string and written with a single ostream call; nothing but the
// column names is kept between rows.
#include "output/json_writer.h"

#include <cmath>
#include <cstdlib>
#include <set>

#include "base/text_util.h"

namespace newsarchive {

namespace {

constexpr char kHex[] = "0123456789abcdef";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// `text` with every byte that is not valid UTF-8 replaced by U+FFFD, as AppendJsonString does.
std::string RepairUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      out.push_back(text[i++]);
    } else {
      AppendUtf8(DecodeCodePoint(text, i), &out);
    }
  }
  return out;
}

// Column names made unique as JSON keys. The first use of a valid UTF-8 name keeps it; a repeat
// ("id" from two tables), or a name that only matches another once its invalid bytes became
// U+FFFD, gets the first free suffix ("id_2", "id_3"...), never one another column is named.
std::vector<std::string> UniqueKeys(const std::vector<std::string>& columns) {
  std::set<std::string> reserved;  // names that keep their spelling wherever they come
  for (const std::string& name : columns) {
    if (RepairUtf8(name) == name) reserved.insert(name);
  }
  std::set<std::string> used;
  std::vector<std::string> keys;
  keys.reserve(columns.size());
  for (const std::string& name : columns) {
    std::string key = RepairUtf8(name);
    const bool keeps_name = key == name && used.count(key) == 0;
    if (!keeps_name && (used.count(key) > 0 || reserved.count(key) > 0)) {
      const std::string base = key;
      for (int n = 2;; ++n) {
        key = base + "_" + std::to_string(n);
        if (used.count(key) == 0 && reserved.count(key) == 0) break;
      }
    }
    used.insert(key);
    keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace

bool IsJsonNumber(std::string_view text) {
  size_t i = 0;
  const size_t n = text.size();
  if (i < n && text[i] == '-') ++i;
  if (i >= n || !IsDigit(text[i])) return false;
  if (text[i] == '0') {
    ++i;
  } else {
    while (i < n && IsDigit(text[i])) ++i;
  }
  if (i < n && text[i] == '.') {
    ++i;
    if (i >= n || !IsDigit(text[i])) return false;
    while (i < n && IsDigit(text[i])) ++i;
  }
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
    if (i >= n || !IsDigit(text[i])) return false;
    while (i < n && IsDigit(text[i])) ++i;
  }
  return i == n;
}

void AppendJsonString(std::string_view text, std::string* out) {
  out->push_back('"');
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      // Re-encoding a valid sequence gives back the same bytes; an invalid one becomes U+FFFD.
      AppendUtf8(DecodeCodePoint(text, i), out);
      continue;
    }
    ++i;
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\f':
        out->append("\\f");
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 0xF]);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

void AppendJsonValue(const Cell& cell, std::string* out) {
  switch (cell.type) {
    case Cell::Type::kNull:
      out->append("null");
      return;
    case Cell::Type::kInteger:
      if (IsJsonNumber(cell.text)) {
        out->append(cell.text);
      } else {
        AppendJsonString(cell.text, out);  // never emit something that is not JSON
      }
      return;
    case Cell::Type::kReal: {
      if (IsJsonNumber(cell.text)) {
        out->append(cell.text);
        return;
      }
      // "nan", "inf", or a form JSON does not allow (".5", "1.") that strtod still reads.
      char* end = nullptr;
      const double v = std::strtod(cell.text.c_str(), &end);
      if (end != cell.text.c_str() && *end == '\0' && std::isfinite(v)) {
        out->append(Cell::Real(v).text);
      } else {
        out->append("null");
      }
      return;
    }
    case Cell::Type::kText:
      AppendJsonString(cell.text, out);
      return;
  }
}

JsonWriter::JsonWriter(std::ostream& out, Style style) : out_(out), style_(style) {}

void JsonWriter::Begin(const std::vector<std::string>& columns) {
  keys_.clear();
  for (const std::string& key : UniqueKeys(columns)) {
    std::string quoted;
    AppendJsonString(key, &quoted);
    quoted.push_back(':');
    keys_.push_back(std::move(quoted));
  }
  rows_ = 0;
}

void JsonWriter::Write(const Row& row) {
  line_.clear();
  if (style_ == Style::kArray) line_.append(rows_ == 0 ? "[\n" : ",\n");
  line_.push_back('{');
  for (size_t i = 0; i < row.size() && i < keys_.size(); ++i) {
    if (i > 0) line_.push_back(',');
    line_.append(keys_[i]);
    AppendJsonValue(row[i], &line_);
  }
  line_.push_back('}');
  if (style_ == Style::kLines) line_.push_back('\n');
  out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  ++rows_;
}

void JsonWriter::End() {
  if (style_ == Style::kArray) out_ << (rows_ == 0 ? "[]\n" : "\n]\n");
  out_.flush();
}

void JsonWriter::Abort(const std::string& reason) {
  line_.clear();
  if (style_ == Style::kArray) line_.append(rows_ == 0 ? "[\n" : ",\n");
  line_.append("{\"complete\":false,\"error\":");
  AppendJsonString(reason, &line_);
  line_.push_back('}');
  line_.append(style_ == Style::kArray ? "\n]\n" : "\n");
  out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  out_.flush();
}

}  // namespace newsarchive
