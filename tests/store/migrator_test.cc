#include "store/migrator.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_util.h"

namespace newsarchive {
namespace {

using testing_util::MigratedMemoryDb;
using testing_util::ReadFileBytes;

SQLite::Database MemoryDb() {
  return SQLite::Database(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(Migrator, FreshDatabaseGetsEveryMigrationRecordedWithItsChecksum) {
  MigratedMemoryDb archive;
  const std::vector<EmbeddedMigration>& all = EmbeddedMigrations();
  ASSERT_FALSE(all.empty());
  SQLite::Statement rows(archive.db(),
                         "SELECT version, name, sha256, applied_at FROM schema_migrations "
                         "ORDER BY version");
  size_t i = 0;
  for (; rows.executeStep(); ++i) {
    ASSERT_LT(i, all.size());
    EXPECT_EQ(rows.getColumn(0).getInt(), all[i].version);
    EXPECT_EQ(rows.getColumn(1).getString(), all[i].name);
    EXPECT_EQ(rows.getColumn(2).getString(), MigrationChecksum(all[i]));
    EXPECT_EQ(rows.getColumn(3).getString().size(), 20u) << "applied_at is YYYY-MM-DDTHH:MM:SSZ";
  }
  EXPECT_EQ(i, all.size());
  EXPECT_EQ(archive.Count("articles"), 0);
}

TEST(Migrator, ReapplyingIsANoOp) {
  MigratedMemoryDb archive;
  std::vector<std::string> before = NormalizedSchema(archive.db());
  Migrator migrator(archive.db(), ":memory:");
  Result<int> again = migrator.ApplyPending();
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(*again, 0);
  EXPECT_EQ(NormalizedSchema(archive.db()), before);
  Result<std::vector<MigrationState>> states = migrator.ReadStates();
  ASSERT_TRUE(states.ok());
  for (const MigrationState& s : *states) EXPECT_TRUE(s.applied) << s.name;
}

TEST(Migrator, ListsPendingMigrationsThenAppliesOnlyThose) {
  std::vector<EmbeddedMigration> first = {{1, "0001_a.sql", "CREATE TABLE a (x);"}};
  std::vector<EmbeddedMigration> both = {first[0], {2, "0002_b.sql", "CREATE TABLE b (y);"}};
  SQLite::Database db = MemoryDb();
  ASSERT_EQ(*Migrator(db, "t.db", first).ApplyPending(), 1);

  Migrator migrator(db, "t.db", both);
  Result<std::vector<MigrationState>> states = migrator.ReadStates();
  ASSERT_TRUE(states.ok()) << states.status().ToString();
  ASSERT_EQ(states->size(), 2u);
  EXPECT_TRUE((*states)[0].applied);
  EXPECT_FALSE((*states)[0].applied_at.empty());
  EXPECT_FALSE((*states)[1].applied);
  EXPECT_TRUE((*states)[1].applied_at.empty());
  EXPECT_EQ(*migrator.CountPending(), 1);
  EXPECT_EQ(*migrator.ApplyPending(), 1);
  EXPECT_EQ(*migrator.CountPending(), 0);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'b'").getInt(), 1);
}

TEST(Migrator, ChangedChecksumIsRefused) {
  std::vector<EmbeddedMigration> shipped = {{1, "0001_a.sql", "CREATE TABLE a (x);"}};
  std::vector<EmbeddedMigration> edited = {{1, "0001_a.sql", "CREATE TABLE a (x, y);"}};
  SQLite::Database db = MemoryDb();
  ASSERT_EQ(*Migrator(db, "t.db", shipped).ApplyPending(), 1);

  Result<int> applied = Migrator(db, "t.db", edited).ApplyPending();
  ASSERT_FALSE(applied.ok());
  EXPECT_EQ(applied.status().code(), Status::Code::kRefused);
  EXPECT_TRUE(Contains(applied.status().message(), "0001_a.sql changed after it was applied"))
      << applied.status().message();
  EXPECT_TRUE(Contains(applied.status().message(), "t.db")) << applied.status().message();
}

TEST(Migrator, NewerDatabaseIsRefusedNamingBothVersions) {
  std::vector<EmbeddedMigration> newer = {{1, "0001_a.sql", "CREATE TABLE a (x);"},
                                          {2, "0002_b.sql", "CREATE TABLE b (y);"}};
  SQLite::Database db = MemoryDb();
  ASSERT_EQ(*Migrator(db, "t.db", newer).ApplyPending(), 2);

  std::vector<EmbeddedMigration> older = {newer[0]};
  Result<int> applied = Migrator(db, "t.db", older).ApplyPending();
  ASSERT_FALSE(applied.ok());
  EXPECT_EQ(applied.status().code(), Status::Code::kRefused);
  EXPECT_TRUE(Contains(applied.status().message(), "newer newsarchive"))
      << applied.status().message();
  EXPECT_TRUE(Contains(applied.status().message(), "schema version 2"))
      << applied.status().message();
}

TEST(Migrator, MigrationMissingFromTheBinaryIsRefused) {
  std::vector<EmbeddedMigration> recorded = {{1, "0001_a.sql", "CREATE TABLE a (x);"},
                                             {2, "0002_b.sql", "CREATE TABLE b (y);"}};
  SQLite::Database db = MemoryDb();
  ASSERT_EQ(*Migrator(db, "t.db", recorded).ApplyPending(), 2);

  std::vector<EmbeddedMigration> renumbered = {recorded[0],
                                               {3, "0003_b.sql", "CREATE TABLE b (y);"}};
  Result<int> applied = Migrator(db, "t.db", renumbered).ApplyPending();
  ASSERT_FALSE(applied.ok());
  EXPECT_TRUE(Contains(applied.status().message(), "0002_b.sql"));
  EXPECT_TRUE(Contains(applied.status().message(), "does not have"))
      << applied.status().message();
}

TEST(Migrator, SkippedMigrationIsRefusedNotAppliedOutOfOrder) {
  std::vector<EmbeddedMigration> gap = {{1, "0001_a.sql", "CREATE TABLE a (x);"},
                                        {3, "0003_c.sql", "CREATE TABLE c (z);"}};
  SQLite::Database db = MemoryDb();
  ASSERT_EQ(*Migrator(db, "t.db", gap).ApplyPending(), 2);

  std::vector<EmbeddedMigration> full = {gap[0], {2, "0002_b.sql", "CREATE TABLE b (y);"}, gap[1]};
  Result<int> applied = Migrator(db, "t.db", full).ApplyPending();
  ASSERT_FALSE(applied.ok());
  EXPECT_TRUE(Contains(applied.status().message(), "skipped migration 0002_b.sql"))
      << applied.status().message();
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'b'").getInt(), 0);
}

TEST(Migrator, DatabaseWithTablesButNoHistoryIsRefused) {
  SQLite::Database db = MemoryDb();
  db.exec("CREATE TABLE contacts (name TEXT)");
  Result<int> applied = Migrator(db, "contacts.db").ApplyPending();
  ASSERT_FALSE(applied.ok());
  EXPECT_EQ(applied.status().code(), Status::Code::kRefused);
  EXPECT_TRUE(Contains(applied.status().message(), "not a newsarchive archive"))
      << applied.status().message();
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt(), 1);
}

TEST(Migrator, FailingMigrationLeavesNoTraceOfItself) {
  std::vector<EmbeddedMigration> broken = {
      {1, "0001_a.sql", "CREATE TABLE a (x);"},
      {2, "0002_bad.sql", "CREATE TABLE b (y); INSERT INTO no_such_table VALUES (1);"}};
  SQLite::Database db = MemoryDb();
  EXPECT_THROW(Migrator(db, "t.db", broken).ApplyPending(), SQLite::Exception);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'a'").getInt(), 1)
      << "0001 was committed in its own transaction";
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'b'").getInt(), 0)
      << "0002's first statement was rolled back with it";
  EXPECT_EQ(db.execAndGet("SELECT group_concat(version) FROM schema_migrations").getString(), "1");
}

// The migrations, applied to an empty database, give exactly schema/schema.sql.
TEST(Migrator, MigrationsProduceSchemaSnapshot) {
  const std::string snapshot = ReadFileBytes(std::string(NEWSARCHIVE_SOURCE_DIR) +
                                             "/schema/schema.sql");
  ASSERT_FALSE(snapshot.empty()) << "schema/schema.sql is missing";
  SQLite::Database from_snapshot = MemoryDb();
  from_snapshot.exec(snapshot);
  MigratedMemoryDb migrated;

  std::vector<std::string> want = NormalizedSchema(from_snapshot);
  std::vector<std::string> got = NormalizedSchema(migrated.db());
  for (const std::string& line : want) {
    EXPECT_TRUE(std::find(got.begin(), got.end(), line) != got.end())
        << "in schema/schema.sql but not made by the migrations:\n  " << line;
  }
  for (const std::string& line : got) {
    EXPECT_TRUE(std::find(want.begin(), want.end(), line) != want.end())
        << "made by the migrations but not in schema/schema.sql:\n  " << line;
  }
  EXPECT_GT(got.size(), 10u);
}

TEST(Migrator, NormalizeSqlIgnoresFormattingButNotContent) {
  struct Case {
    const char* name;
    const char* sql;
    const char* want;
  };
  const Case cases[] = {
      {"whitespace runs", "CREATE  TABLE\n  t (\n  a INTEGER ,\n  b TEXT\n)",
       "CREATE TABLE t(a INTEGER,b TEXT)"},
      {"line comments", "CREATE TABLE t (a, -- the a\n b -- the b\n)", "CREATE TABLE t(a,b)"},
      {"block comments", "CREATE /* x */ TABLE t (a)", "CREATE TABLE t(a)"},
      {"trailing semicolon", "DROP TABLE t;", "DROP TABLE t"},
      {"strings kept", "SELECT 'a  -- b', \"c  d\"", "SELECT 'a  -- b',\"c  d\""},
      {"escaped quote in string", "SELECT 'it''s  here'", "SELECT 'it''s  here'"},
  };
  for (const Case& c : cases) EXPECT_EQ(NormalizeSql(c.sql), c.want) << c.name;
}

}  // namespace
}  // namespace newsarchive
