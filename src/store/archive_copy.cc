// The copy itself, backend-neutral: it reads through Archive::Rows (the read-only Query) and writes through the
// destination's CopySink (archive_copy_sqlite.cc, pg_copy.cc). The column lists below are the
// schema's (schema/schema.sql, migrations/pg/); tests/store/archive_copy_test.cc fails when a
// migration adds a table or a column they do not name.
#include "store/archive_copy.h"

#include <memory>
#include <utility>

#include "store/archive.h"

namespace newsarchive {
namespace {

std::string Joined(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// SELECT columns FROM table WHERE key > (:k0, :k1...) [AND pass] ORDER BY key LIMIT page.
std::string PageSql(const CopyTable& table, const std::string& pass) {
  std::vector<std::string> after;
  for (size_t i = 0; i < table.key.size(); ++i) after.push_back(":k" + std::to_string(i));
  std::string sql = "SELECT " + Joined(table.columns, ", ") + " FROM " + table.name + " WHERE ";
  if (table.key.size() == 1) {
    sql += table.key[0] + " > " + after[0];
  } else {
    sql += "(" + Joined(table.key, ", ") + ") > (" + Joined(after, ", ") + ")";
  }
  if (!pass.empty()) sql += " AND (" + pass + ")";
  return sql + " ORDER BY " + Joined(table.key, ", ") + " LIMIT " +
         std::to_string(table.page_rows);
}

// Where each key column sits in table.columns.
std::vector<size_t> KeyIndexes(const CopyTable& table) {
  std::vector<size_t> indexes;
  for (const std::string& key : table.key) {
    for (size_t i = 0; i < table.columns.size(); ++i) {
      if (table.columns[i] == key) indexes.push_back(i);
    }
  }
  return indexes;
}

// Before the first row: every key is an integer id (>= 1) or an id then a text.
SqlParams FirstKey(const CopyTable& table) {
  SqlParams params;
  params["k0"] = Cell::Integer(-1);
  for (size_t i = 1; i < table.key.size(); ++i) params["k" + std::to_string(i)] = Cell::Text("");
  return params;
}

int64_t CountRows(Archive& archive, const std::string& table) {
  Result<std::vector<Row>> rows = archive.Rows("SELECT count(*) AS n FROM " + table);
  if (!rows.ok() || rows->empty()) {
    throw DatabaseError("copy: cannot count the rows of " + table + ": " +
                        (rows.ok() ? "no result" : rows.status().message()));
  }
  return (*rows)[0][0].AsInteger();
}

Status Interrupted() { return Status::Error(Status::Code::kRefused, "copy interrupted"); }

}  // namespace

const std::vector<CopyTable>& CopyTables() {
  static const std::vector<CopyTable> tables = {
      {"articles",
       {"id", "title", "summary", "source", "program", "url", "published_on", "dateline",
        "copyright", "story_key", "file_name", "original_text", "encoding", "sha256",
        "imported_at", "form"},
       {"id"},
       {},
       50},  // whole transcripts: a small page
      {"people", {"id", "name", "name_key", "is_unidentified"}, {"id"}, {}, 1000},
      {"person_aliases", {"person_id", "alias", "alias_key"}, {"person_id", "alias"}, {}, 1000},
      {"roles",
       {"id", "person_id", "article_id", "title", "organization", "source"},
       {"id"},
       {},
       1000},
      {"quotes",
       {"id", "article_id", "person_id", "position", "kind", "text", "via_interpreter",
        "annotation", "label", "line", "word_count", "found_in", "start_offset", "end_offset",
        "source", "start_time"},
       {"id"},
       {"position IS NOT NULL", "position IS NULL"},
       1000},
      {"mentions",
       {"id", "article_id", "person_id", "found_in", "start_offset", "end_offset"},
       {"id"},
       {},
       1000},
      {"person_counts",
       {"person_id", "stories", "turn_stories", "turns", "words", "quotes", "mentions",
        "first_date", "last_date"},
       {"person_id"},
       {},
       1000},
  };
  return tables;
}

const std::vector<std::string>& CopyTablesLeftOut() {
  static const std::vector<std::string> tables = {"schema_migrations", "set_aside"};
  return tables;
}

Result<CopyReport> CopyArchive(Archive& from, Archive& to, const CopyOptions& options) {
  const std::string source_location = from.Location();
  if (source_location == to.Location()) {
    return Status::Error(Status::Code::kRefused,
                         "copy: the source and the destination are the same archive (" +
                             source_location + "); nothing copied");
  }
  auto interrupted = [&] { return options.interrupt != nullptr && options.interrupt->load(); };

  std::unique_ptr<CopySink> sink = to.BeginCopy();
  CopyReport report;
  for (const CopyTable& table : CopyTables()) {
    const int64_t held = sink->Count(table.name);
    if (held == 0) continue;
    if (!options.replace) {
      return Status::Error(Status::Code::kRefused,
                           "copy: the destination is not empty (" + table.name + " has " +
                               std::to_string(held) +
                               " rows); copy into an empty archive, or give --replace to "
                               "delete what it holds first; nothing copied");
    }
    report.rows_replaced += held;
  }
  if (report.rows_replaced > 0) sink->Clear();

  int64_t total = 0;
  for (const CopyTable& table : CopyTables()) {
    report.tables.push_back({table.name, CountRows(from, table.name), 0});
    total += report.tables.back().source;
  }
  if (options.progress) options.progress(0, total);

  for (const CopyTable& table : CopyTables()) {
    const std::vector<size_t> key_at = KeyIndexes(table);
    const std::vector<std::string> passes =
        table.passes.empty() ? std::vector<std::string>{""} : table.passes;
    for (const std::string& pass : passes) {
      const std::string sql = PageSql(table, pass);
      SqlParams params = FirstKey(table);
      for (;;) {
        if (interrupted()) return Interrupted();
        Result<std::vector<Row>> page = from.Rows(sql, params);
        if (!page.ok()) {
          throw DatabaseError("copy: reading " + table.name + " failed: " +
                              page.status().message());
        }
        const std::vector<Row>& rows = *page;
        if (rows.empty()) break;
        sink->Insert(table, rows);
        report.rows += static_cast<int64_t>(rows.size());
        if (options.progress) options.progress(report.rows, total);
        for (size_t i = 0; i < key_at.size(); ++i) {
          params["k" + std::to_string(i)] = rows.back()[key_at[i]];
        }
        if (static_cast<int>(rows.size()) < table.page_rows) break;
      }
    }
  }
  if (interrupted()) return Interrupted();
  sink->Finish();

  for (CopyTableCount& count : report.tables) {
    count.destination = sink->Count(count.table);
    if (count.destination != count.source) {
      return Status::Error(Status::Code::kIoError,
                           "copy: " + count.table + " has " + std::to_string(count.source) +
                               " rows on the source but " + std::to_string(count.destination) +
                               " on the destination (did the source change during the copy?); "
                               "nothing copied");
    }
  }
  sink->Commit();
  return report;
}

}  // namespace newsarchive
