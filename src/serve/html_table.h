// HtmlTableWriter: rows as an HTML <table>, the web's counterpart of the terminal table. Every
// cell is escaped; NULL shows as a grey "NULL"; numbers are right-aligned; long text keeps its
// paragraph breaks; a `snippet` column shows its [marks] highlighted. Names and titles link to
// their pages when the row holds their id: speaker + person_id, name + id (people), person_a +
// id_a, person_b + id_b -> /people/ID; article + article_id (with #qPOSITION when there is a
// position), title + id (stories) -> /articles/ID. Which columns are people and which are stories
// is read from the column names, so every query and report gets the same links.
#ifndef NEWSARCHIVE_SERVE_HTML_TABLE_H_
#define NEWSARCHIVE_SERVE_HTML_TABLE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/row.h"

namespace newsarchive {

class HtmlTableWriter : public RowWriter {
 public:
  // Appends the table to *out, which must outlive the writer.
  explicit HtmlTableWriter(std::string* out) : out_(out) {}
  void Begin(const std::vector<std::string>& columns) override;
  void Write(const Row& row) override;
  void End() override;

  int64_t rows() const { return rows_; }

 private:
  struct LinkRule {
    size_t column;     // the cell that becomes a link
    size_t id_column;  // the cell holding the id
    std::string prefix;  // "/people/" or "/articles/"
    bool with_position = false;
  };
  std::string CellHtml(const Row& row, size_t i) const;

  std::string* out_;
  std::vector<std::string> columns_;
  std::vector<LinkRule> links_;
  size_t position_column_ = static_cast<size_t>(-1);
  int64_t rows_ = 0;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_SERVE_HTML_TABLE_H_
