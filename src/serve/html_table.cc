#include "serve/html_table.h"

#include "serve/html.h"

namespace newsarchive {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
// Text this long (in bytes) is shown as a paragraph cell that keeps its line breaks.
constexpr size_t kLongText = 80;

size_t IndexOf(const std::vector<std::string>& columns, const std::string& name) {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == name) return i;
  }
  return kNone;
}

}  // namespace

void HtmlTableWriter::Begin(const std::vector<std::string>& columns) {
  columns_ = columns;
  links_.clear();
  rows_ = 0;
  position_column_ = IndexOf(columns, "position");
  struct Pair {
    const char* name;
    const char* id;
    const char* prefix;
  };
  static const Pair kPairs[] = {
      {"speaker", "person_id", "/people/"}, {"name", "id", "/people/"},
      {"person_a", "id_a", "/people/"},     {"person_b", "id_b", "/people/"},
      {"article", "article_id", "/articles/"}, {"title", "id", "/articles/"},
  };
  for (const Pair& pair : kPairs) {
    const size_t column = IndexOf(columns, pair.name);
    const size_t id = IndexOf(columns, pair.id);
    if (column == kNone || id == kNone) continue;
    const bool article = std::string(pair.prefix) == "/articles/";
    links_.push_back({column, id, pair.prefix, article && position_column_ != kNone});
  }
  *out_ += "<table>\n<thead><tr>";
  for (const std::string& name : columns) *out_ += "<th>" + Escape(name) + "</th>";
  *out_ += "</tr></thead>\n<tbody>\n";
}

std::string HtmlTableWriter::CellHtml(const Row& row, size_t i) const {
  const Cell& cell = row[i];
  if (cell.is_null()) return "<td class=\"null\">NULL</td>";
  if (cell.type == Cell::Type::kInteger || cell.type == Cell::Type::kReal) {
    return "<td class=\"number\">" + Escape(cell.text) + "</td>";
  }
  std::string shown = columns_[i] == "snippet" ? MarkedSnippet(cell.text) : Escape(cell.text);
  for (const LinkRule& rule : links_) {
    if (rule.column != i || row[rule.id_column].type != Cell::Type::kInteger) continue;
    std::string url = rule.prefix + row[rule.id_column].text;
    if (rule.with_position && row[position_column_].type == Cell::Type::kInteger) {
      url += "#q" + row[position_column_].text;
    }
    shown = "<a href=\"" + Escape(url) + "\">" + shown + "</a>";
  }
  const bool long_text = cell.text.size() >= kLongText || cell.text.find('\n') != std::string::npos;
  return std::string(long_text ? "<td class=\"long\">" : "<td>") + shown + "</td>";
}

void HtmlTableWriter::Write(const Row& row) {
  *out_ += "<tr>";
  for (size_t i = 0; i < columns_.size(); ++i) {
    *out_ += i < row.size() ? CellHtml(row, i) : "<td></td>";
  }
  *out_ += "</tr>\n";
  ++rows_;
}

void HtmlTableWriter::End() { *out_ += "</tbody>\n</table>\n"; }

}  // namespace newsarchive
