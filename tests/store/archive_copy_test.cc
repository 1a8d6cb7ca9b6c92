#include "store/archive_copy.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "store/archive.h"
#include "store/sqlite_archive.h"
#include "test_util.h"

namespace newsarchive {
namespace {

using testing_util::MigratedMemoryDb;
using testing_util::TempDir;

// Every table of the schema is copied or deliberately left out, with every one of its columns:
// a migration that adds a table or a column fails here until the copy knows it.
TEST(ArchiveCopy, TablesCoverTheSchema) {
  MigratedMemoryDb db;
  std::set<std::string> named(CopyTablesLeftOut().begin(), CopyTablesLeftOut().end());
  for (const CopyTable& table : CopyTables()) {
    named.insert(table.name);
    std::vector<std::string> columns;
    SQLite::Statement info(db.db(), "SELECT name FROM pragma_table_info(?)");
    info.bind(1, table.name);
    while (info.executeStep()) columns.push_back(info.getColumn(0).getString());
    EXPECT_EQ(columns, table.columns) << table.name;
  }
  SQLite::Statement tables(db.db(),
                           "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
                           "'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%_fts_%'");
  while (tables.executeStep()) {
    EXPECT_EQ(named.count(tables.getColumn(0).getString()), 1u) << tables.getColumn(0).getString();
  }
}

void Fill(SQLite::Database& db) {
  db.exec(
      "BEGIN; PRAGMA defer_foreign_keys = ON;"
      "INSERT INTO articles (id, title, story_key, original_text, sha256) "
      "VALUES (7, 'Ferry strike', 'k7', 'text', 'aa');"
      "INSERT INTO people (id, name, name_key) VALUES (3, 'Linnea Szabo', 'linnea szabo');"
      "INSERT INTO person_aliases VALUES (3, 'SZABO', 'szabo');"
      // The reported quote has the lower id, but points into the turn (found_in = 1).
      "INSERT INTO quotes (id, article_id, person_id, kind, text, found_in, start_offset, "
      "end_offset) VALUES (5, 7, 3, 'reported', 'the ferries stop', 1, 0, 16);"
      "INSERT INTO quotes (id, article_id, person_id, position, kind, text) "
      "VALUES (9, 7, 3, 1, 'turn', 'The ferries stop on Monday.');"
      "INSERT INTO mentions VALUES (2, 7, 3, 1, 4, 9);"
      "INSERT INTO person_counts (person_id, stories, turns) VALUES (3, 1, 1); COMMIT;");
}

TEST(ArchiveCopy, CopiesEveryRowWithItsIdsAndBuildsSearch) {
  TempDir dir;
  MigratedMemoryDb from;
  Fill(from.db());
  auto to = Archive::Open(dir.Path("to.db"), ArchiveMode::kReadWrite);
  ASSERT_TRUE(to.ok()) << to.status().ToString();
  std::vector<int64_t> progress;
  CopyOptions options;
  options.progress = [&](int64_t done, int64_t) { progress.push_back(done); };
  Result<CopyReport> report = CopyArchive(from.archive(), **to, options);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->rows, 7);  // 1 article, person, alias and mention, 2 quotes, 1 count
  EXPECT_EQ(progress.back(), 7);
  for (const CopyTableCount& count : report->tables) EXPECT_EQ(count.source, count.destination);
  std::vector<Row> rows = *(*to)->Rows(
      "SELECT q.id, q.found_in FROM quotes_fts f JOIN quotes q ON q.id = f.rowid "
      "WHERE quotes_fts MATCH 'ferries' ORDER BY q.id");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0][0].text, "5");
  EXPECT_EQ(rows[0][1].text, "1");
  EXPECT_EQ(rows[1][0].text, "9");
  EXPECT_EQ((*(*to)->Rows("SELECT alias FROM person_aliases"))[0][0].text, "SZABO");
}

TEST(ArchiveCopy, RefusesANonEmptyDestinationUnlessReplaceChangingNothing) {
  MigratedMemoryDb from, to;
  Fill(from.db());
  to.db().exec("INSERT INTO people (id, name, name_key) VALUES (40, 'Other', 'other')");
  Result<CopyReport> refused = CopyArchive(from.archive(), to.archive(), CopyOptions());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), Status::Code::kRefused);
  EXPECT_NE(refused.status().message().find("people has 1 rows"), std::string::npos);
  EXPECT_EQ(to.Count("people"), 1);
  EXPECT_EQ(to.Count("articles"), 0);

  CopyOptions replace;
  replace.replace = true;
  Result<CopyReport> replaced = CopyArchive(from.archive(), to.archive(), replace);
  ASSERT_TRUE(replaced.ok()) << replaced.status().ToString();
  EXPECT_EQ(replaced->rows_replaced, 1);
  EXPECT_EQ(to.Count("people", "id = 40"), 0);
  EXPECT_EQ(to.Count("quotes"), 2);
}

TEST(ArchiveCopy, RefusesAnArchiveOntoItselfAndRollsBackWhenInterrupted) {
  TempDir dir;
  {
    auto made = Archive::Open(dir.Path("a.db"), ArchiveMode::kReadWrite);
    ASSERT_TRUE(made.ok());
    Fill(static_cast<SqliteArchive&>(**made).db());
  }
  auto a = Archive::Open(dir.Path("a.db"), ArchiveMode::kReadOnly);
  auto same = Archive::Open(dir.Path("./a.db"), ArchiveMode::kReadWrite);
  ASSERT_TRUE(a.ok() && same.ok());
  Result<CopyReport> self = CopyArchive(**a, **same, CopyOptions());
  ASSERT_FALSE(self.ok());
  EXPECT_NE(self.status().message().find("same archive"), std::string::npos);

  MigratedMemoryDb to;
  std::atomic<bool> stop{false};
  CopyOptions options;
  options.interrupt = &stop;
  options.progress = [&](int64_t done, int64_t) { stop = done > 0; };
  Result<CopyReport> stopped = CopyArchive(**a, to.archive(), options);
  ASSERT_FALSE(stopped.ok());
  EXPECT_NE(stopped.status().message().find("interrupted"), std::string::npos);
  EXPECT_EQ(to.Count("articles"), 0);
}

}  // namespace
}  // namespace newsarchive
