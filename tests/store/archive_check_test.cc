#include "store/archive_check.h"
#include "store/person_counts.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "store/migrator.h"
#include "test_util.h"

namespace newsarchive {
namespace {

// A migrated file archive in a temporary directory.
class ArchiveCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    SQLite::Database db(path_, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    Result<int> applied = Migrator(db, path_).ApplyPending();
    ASSERT_TRUE(applied.ok()) << applied.status().ToString();
  }

  SQLite::Database Open(int flags = SQLite::OPEN_READWRITE) {
    SQLite::Database db(path_, flags);
    db.exec("PRAGMA foreign_keys = ON");
    return db;
  }

  // One article with two turns by one person who also has a role, and that person's counts: a
  // sound archive.
  void AddArticle(SQLite::Database& db, int id) {
    const std::string n = std::to_string(id);
    db.exec("INSERT INTO articles (id, title, story_key, original_text, sha256) VALUES (" + n +
            ", 'Story " + n + "', 'key" + n + "', 'text', 'sha" + n + "')");
    db.exec("INSERT INTO people (id, name, name_key) VALUES (" + n + ", 'Person " + n +
            "', 'person " + n + "')");
    db.exec("INSERT INTO roles (person_id, article_id, title, source) VALUES (" + n + ", " + n +
            ", 'Host', 'label')");
    db.exec("INSERT INTO quotes (article_id, person_id, position, kind, text) VALUES (" + n +
            ", " + n + ", 1, 'turn', 'Good morning from the valley.'), (" + n + ", " + n +
            ", 2, 'turn', 'The river rose overnight.')");
    // What the store keeps beside those rows: one story, two turns (no word counts given).
    db.exec("INSERT INTO person_counts (person_id, stories, turn_stories, turns) VALUES (" + n +
            ", 1, 1, 2)");
  }

  std::string FileBytes() const { return testing_util::ReadFileBytes(path_); }

  testing_util::TempDir dir_;
  const std::string path_ = dir_.Path("archive.db");
};

const CheckResult& Find(const CheckReport& report, const std::string& name) {
  for (const CheckResult& c : report.checks) {
    if (c.name == name) return c;
  }
  static CheckResult missing;
  ADD_FAILURE() << "no check named " << name;
  return missing;
}

std::string Messages(const CheckResult& result) {
  std::string all;
  for (const CheckFinding& f : result.findings) all += f.message + "\n";
  return all;
}

TEST_F(ArchiveCheckTest, SoundArchivePassesEveryCheck) {
  SQLite::Database db = Open();
  AddArticle(db, 1);
  AddArticle(db, 2);
  const CheckReport report = CheckArchive(db);
  ASSERT_EQ(report.checks.size(), 7u);
  for (const CheckResult& c : report.checks) {
    EXPECT_TRUE(c.ok()) << c.name << ":\n" << Messages(c);
  }
  EXPECT_EQ(report.errors(), 0);
  EXPECT_EQ(report.warnings(), 0);
}

TEST_F(ArchiveCheckTest, QuotesAndMentionsInTheProseMustStandInsideTheirBlock) {
  SQLite::Database db = Open();
  AddArticle(db, 1);
  db.exec("INSERT INTO people (id, name, name_key) VALUES (7, 'Ines Koval', 'ines koval')");
  // Sound: a quote and a mention inside block 2 ("The river rose overnight."), and Ines Koval,
  // only mentioned, is no orphan.
  db.exec("INSERT INTO quotes (article_id, person_id, kind, text, found_in, start_offset, "
          "end_offset) VALUES (1, 1, 'reported', 'river rose', 2, 4, 14)");
  db.exec("INSERT INTO mentions (article_id, person_id, found_in, start_offset, end_offset) "
          "VALUES (1, 7, 2, 0, 3)");
  RecountAllPersonCounts(db);  // rows written without the store
  CheckReport sound = CheckArchive(db);
  EXPECT_EQ(sound.errors() + sound.warnings(), 0) << Messages(Find(sound, "orphans"));
  db.exec("PRAGMA foreign_keys = OFF");
  db.exec("INSERT INTO quotes (id, article_id, person_id, kind, text, found_in, start_offset, "
          "end_offset) VALUES (50, 1, 1, 'direct', 'Lost words.', 9, 0, 11)");
  db.exec("INSERT INTO mentions (id, article_id, person_id, found_in, start_offset, end_offset) "
          "VALUES (60, 1, 7, 1, 400, 410)");
  const CheckReport report = CheckArchive(db);
  const CheckResult& places = Find(report, "prose_places");
  ASSERT_EQ(places.errors, 2) << Messages(places);
  EXPECT_EQ(places.findings[0].message,
            "quotes row 50: found in block 9 of article 1, which it does not have");
  EXPECT_EQ(places.findings[1].table, "mentions");
  EXPECT_EQ(places.findings[1].message, "mentions row 60: starts past the end of block 1 of article 1");
  EXPECT_EQ(Find(report, "articles_complete").errors, 0) << "quotes in the prose have no position";
}

TEST_F(ArchiveCheckTest, PersonWithNoQuotesAndNoRolesIsAnOrphanWarning) {
  SQLite::Database db = Open();
  AddArticle(db, 1);
  db.exec("INSERT INTO people (id, name, name_key) VALUES (7, 'Nobody Special', 'nobody special')");
  const CheckReport orphans_report = CheckArchive(db);
  const CheckResult& orphans = Find(orphans_report, "orphans");
  ASSERT_EQ(orphans.warnings, 1);
  EXPECT_EQ(orphans.errors, 0);
  EXPECT_EQ(orphans.findings[0].table, "people");
  EXPECT_EQ(orphans.findings[0].row_id, 7);
  EXPECT_NE(orphans.findings[0].message.find("Nobody Special"), std::string::npos);
}

TEST_F(ArchiveCheckTest, KeptCountsThatDifferFromARecountAreErrorsNamingBoth) {
  SQLite::Database db = Open();
  AddArticle(db, 1);
  AddArticle(db, 2);
  db.exec("UPDATE person_counts SET turns = 5, last_date = '2020-01-01' WHERE person_id = 1");
  db.exec("DELETE FROM person_counts WHERE person_id = 2");
  const CheckReport report = CheckArchive(db);
  const CheckResult& counts = Find(report, "person_counts");
  ASSERT_EQ(counts.errors, 2) << Messages(counts);
  EXPECT_EQ(counts.findings[0].row_id, 1);
  EXPECT_NE(counts.findings[0].message.find("turns 5 (counted: 2)"), std::string::npos)
      << counts.findings[0].message;
  EXPECT_NE(counts.findings[0].message.find("last_date 2020-01-01 (counted: none)"),
            std::string::npos)
      << counts.findings[0].message;
  EXPECT_EQ(counts.findings[1].row_id, 2);
  EXPECT_NE(counts.findings[1].message.find("has no counts row"), std::string::npos);
}

TEST_F(ArchiveCheckTest, QuotePointingToNoPersonIsAForeignKeyError) {
  SQLite::Database db = Open();
  AddArticle(db, 1);
  db.exec("PRAGMA foreign_keys = OFF");
  db.exec("INSERT INTO quotes (id, article_id, person_id, position, kind, text) "
          "VALUES (40, 1, 99, 3, 'turn', 'Who said this?')");
  const CheckReport report = CheckArchive(db);
  const CheckResult& fk = Find(report, "foreign_keys");
  ASSERT_EQ(fk.errors, 1) << Messages(fk);
  EXPECT_EQ(fk.findings[0].table, "quotes");
  EXPECT_EQ(fk.findings[0].row_id, 40);
  EXPECT_EQ(fk.findings[0].message, "quotes row 40: person_id 99 points to no row of people");
  EXPECT_GE(report.errors(), 1);
}

TEST_F(ArchiveCheckTest, RolePointingToNoArticleIsAForeignKeyError) {
  SQLite::Database db = Open();
  AddArticle(db, 1);
  db.exec("PRAGMA foreign_keys = OFF");
  db.exec("INSERT INTO roles (id, person_id, article_id, title, source) "
          "VALUES (8, 1, 55, 'Guest', 'label')");
  const CheckReport fk_report = CheckArchive(db);
  const CheckResult& fk = Find(fk_report, "foreign_keys");
  ASSERT_EQ(fk.errors, 1) << Messages(fk);
  EXPECT_EQ(fk.findings[0].message, "roles row 8: article_id 55 points to no row of articles");
}

TEST_F(ArchiveCheckTest, QuoteMissingFromTheFullTextIndexIsAnError) {
  {
    SQLite::Database db = Open();
    AddArticle(db, 1);
    db.exec("DROP TRIGGER quotes_fts_insert");
    db.exec("INSERT INTO quotes (article_id, person_id, position, kind, text) "
            "VALUES (1, 1, 3, 'turn', 'Never indexed.')");
    const CheckReport fts_report = CheckArchive(db);
    const CheckResult& fts = Find(fts_report, "fts");
    EXPECT_EQ(fts.errors, 1) << Messages(fts);
    ASSERT_FALSE(fts.findings.empty());
    EXPECT_NE(fts.findings[0].message.find("quotes_fts"), std::string::npos);
    EXPECT_NE(fts.findings[0].message.find("rebuild"), std::string::npos);
  }
  // A read-only connection cannot run the FTS5 command; the row-id comparison still sees it.
  SQLite::Database ro = Open(SQLite::OPEN_READONLY);
  const CheckReport fts_report = CheckArchive(ro);
  const CheckResult& fts = Find(fts_report, "fts");
  ASSERT_EQ(fts.errors, 1) << Messages(fts);
  EXPECT_EQ(fts.findings[0].table, "quotes");
  EXPECT_EQ(fts.findings[0].row_id, 3);
  EXPECT_NE(fts.description.find("row ids only"), std::string::npos);
}

TEST_F(ArchiveCheckTest, IndexEntryForADeletedQuoteIsAnError) {
  SQLite::Database db = Open();
  AddArticle(db, 1);
  db.exec("DROP TRIGGER quotes_fts_delete");
  db.exec("DELETE FROM quotes WHERE position = 2");
  EXPECT_GE(Find(CheckArchive(db), "fts").errors, 1);
  SQLite::Database ro = Open(SQLite::OPEN_READONLY);
  const CheckReport fts_report = CheckArchive(ro);
  const CheckResult& fts = Find(fts_report, "fts");
  ASSERT_EQ(fts.errors, 1) << Messages(fts);
  EXPECT_EQ(fts.findings[0].table, "quotes_fts");
  EXPECT_EQ(fts.findings[0].row_id, 2);
}

TEST_F(ArchiveCheckTest, GapInQuotePositionsMeansAHalfWrittenArticle) {
  SQLite::Database db = Open();
  AddArticle(db, 1);
  AddArticle(db, 2);
  db.exec("DELETE FROM quotes WHERE article_id = 2 AND position = 1");
  const CheckReport complete_report = CheckArchive(db);
  const CheckResult& complete = Find(complete_report, "articles_complete");
  ASSERT_EQ(complete.errors, 1) << Messages(complete);
  EXPECT_EQ(complete.findings[0].row_id, 2);
  EXPECT_EQ(complete.findings[0].message,
            "article 2 has 1 quotes but positions run to 2: some of its turns are missing");
}

TEST_F(ArchiveCheckTest, ArticleWithNoQuotesIsAWarning) {
  SQLite::Database db = Open();
  AddArticle(db, 1);
  db.exec("INSERT INTO articles (id, title, story_key, original_text, sha256) "
          "VALUES (9, 'Empty Story', 'k9', 't', 's9')");
  const CheckReport complete_report = CheckArchive(db);
  const CheckResult& complete = Find(complete_report, "articles_complete");
  EXPECT_EQ(complete.errors, 0);
  ASSERT_EQ(complete.warnings, 1);
  EXPECT_EQ(complete.findings[0].row_id, 9);
}

TEST_F(ArchiveCheckTest, FindingsAreCappedButAllCounted) {
  SQLite::Database db = Open();
  AddArticle(db, 1);
  db.exec("WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n WHERE i < 249) "
          "INSERT INTO people (id, name, name_key) SELECT i, 'P' || i, 'p' || i FROM n");
  const CheckReport report = CheckArchive(db);
  const CheckResult& orphans = Find(report, "orphans");
  EXPECT_EQ(orphans.warnings, 150);
  EXPECT_EQ(orphans.findings.size(), static_cast<size_t>(kMaxFindingsPerCheck));
  EXPECT_EQ(report.warnings(), 150);
}

TEST_F(ArchiveCheckTest, CheckingNeverChangesTheFile) {
  {
    SQLite::Database db = Open();
    AddArticle(db, 1);
  }
  const std::string before = FileBytes();
  {
    SQLite::Database db = Open();
    CheckArchive(db);
  }
  EXPECT_EQ(FileBytes(), before);
}

TEST_F(ArchiveCheckTest, DamagedPagesAreReportedNotThrown) {
  {
    SQLite::Database db = Open();
    for (int i = 1; i <= 40; ++i) AddArticle(db, i);
  }
  // Overwrite the middle of the file (past the header and schema page) with noise.
  std::string bytes = FileBytes();
  ASSERT_GT(bytes.size(), 8u * 4096);
  for (size_t i = 3 * 4096; i < bytes.size() - 4096; i += 7) bytes[i] = static_cast<char>(i);
  std::ofstream(path_, std::ios::binary | std::ios::trunc) << bytes;

  SQLite::Database db = Open();
  CheckReport report;
  ASSERT_NO_THROW(report = CheckArchive(db));
  EXPECT_EQ(report.checks.size(), 7u);
  EXPECT_GE(Find(report, "integrity").errors, 1);
}

}  // namespace
}  // namespace newsarchive
