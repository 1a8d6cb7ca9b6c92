#include "store/archive_db.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>

#include "store/migrator.h"
#include "test_util.h"

namespace newsarchive {
namespace {

using testing_util::ReadFileBytes;
using testing_util::TempDir;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

bool Exists(const std::string& path) { return ::access(path.c_str(), F_OK) == 0; }

// Opens `path`, which must be refused, and checks it is byte-for-byte as before, with no
// journal and no WAL content beside it. (A read-only connection to a WAL archive may leave an
// empty -wal and a -shm file behind: it may not delete them. That is SQLite's way, and harmless.)
// Returns the refusal's message.
std::string ExpectRefusedAndUntouched(const std::string& path, ArchiveMode mode) {
  const std::string before = ReadFileBytes(path);
  Result<std::unique_ptr<SQLite::Database>> db = OpenArchive(path, mode);
  EXPECT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Status::Code::kRefused) << db.status().ToString();
  EXPECT_TRUE(Contains(db.status().message(), path)) << db.status().message();
  EXPECT_EQ(ReadFileBytes(path), before) << path << " changed";
  EXPECT_EQ(ReadFileBytes(path + "-wal"), "");
  if (mode == ArchiveMode::kReadWrite) {
    EXPECT_FALSE(Exists(path + "-wal"));
  }
  EXPECT_FALSE(Exists(path + "-journal"));
  return db.status().message();
}

TEST(OpenArchive, ReadOnlyOnAMissingFileIsNotFound) {
  TempDir dir;
  const std::string path = dir.Path("none.db");
  Result<std::unique_ptr<SQLite::Database>> db = OpenArchive(path, ArchiveMode::kReadOnly);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(db.status().message(), "no archive at " + path + " (import something first)");
  EXPECT_FALSE(Exists(path)) << "a read-only open must not create the file";
}

TEST(OpenArchive, ReadWriteCreatesMigratesAndConfiguresTheConnection) {
  TempDir dir;
  Result<std::unique_ptr<SQLite::Database>> db =
      OpenArchive(dir.Path("a.db"), ArchiveMode::kReadWrite);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  SQLite::Database& conn = **db;
  EXPECT_EQ(conn.execAndGet("PRAGMA journal_mode").getString(), "wal");
  EXPECT_EQ(conn.execAndGet("PRAGMA foreign_keys").getInt(), 1);
  EXPECT_EQ(conn.execAndGet("PRAGMA synchronous").getInt(), 1) << "NORMAL";
  EXPECT_EQ(conn.execAndGet("PRAGMA busy_timeout").getInt(), 5000);
  EXPECT_EQ(conn.execAndGet("SELECT count(*) FROM schema_migrations").getInt(),
            static_cast<int>(EmbeddedMigrations().size()));
}

TEST(OpenArchive, ReopeningAppliesNothingAndKeepsTheHistory) {
  TempDir dir;
  const std::string path = dir.Path("a.db");
  std::string history;
  {
    auto db = OpenArchive(path, ArchiveMode::kReadWrite);
    ASSERT_TRUE(db.ok());
    history = (*db)->execAndGet("SELECT group_concat(version || applied_at) FROM schema_migrations")
                  .getString();
  }
  auto again = OpenArchive(path, ArchiveMode::kReadWrite);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(
      (*again)->execAndGet("SELECT group_concat(version || applied_at) FROM schema_migrations")
          .getString(),
      history);
}

TEST(OpenArchive, ReadOnlyConnectionRefusesWrites) {
  TempDir dir;
  const std::string path = dir.Path("a.db");
  ASSERT_TRUE(OpenArchive(path, ArchiveMode::kReadWrite).ok());
  auto db = OpenArchive(path, ArchiveMode::kReadOnly);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  EXPECT_EQ((*db)->execAndGet("PRAGMA query_only").getInt(), 1);
  EXPECT_THROW((*db)->exec("DELETE FROM people"), SQLite::Exception);
}

TEST(OpenArchive, ReadOnlyWithPendingMigrationsSaysRunMigrate) {
  ASSERT_GE(EmbeddedMigrations().size(), 2u) << "this test needs two migrations to leave one out";
  TempDir dir;
  const std::string path = dir.Path("old.db");
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    std::vector<EmbeddedMigration> first = {EmbeddedMigrations()[0]};
    ASSERT_TRUE(Migrator(db, path, first).ApplyPending().ok());
  }
  auto db = OpenArchive(path, ArchiveMode::kReadOnly);
  ASSERT_FALSE(db.ok());
  EXPECT_TRUE(Contains(db.status().message(), "run `newsarchive migrate`"))
      << db.status().message();
  // Opening read-write brings it up to date.
  {
    auto rw = OpenArchive(path, ArchiveMode::kReadWrite);
    ASSERT_TRUE(rw.ok()) << rw.status().ToString();
  }
  EXPECT_TRUE(OpenArchive(path, ArchiveMode::kReadOnly).ok());
}

TEST(OpenArchive, NewerArchiveIsRefusedAndLeftByteForByteUntouched) {
  TempDir dir;
  const std::string path = dir.Path("newer.db");
  {
    auto db = OpenArchive(path, ArchiveMode::kReadWrite);
    ASSERT_TRUE(db.ok());
    (*db)->exec(
        "INSERT INTO schema_migrations VALUES (9999, '9999_from_the_future.sql', 'x', "
        "'2099-01-01T00:00:00Z')");
  }
  ASSERT_FALSE(Exists(path + "-wal")) << "the last close checkpoints and removes the WAL";
  for (ArchiveMode mode : {ArchiveMode::kReadWrite, ArchiveMode::kReadOnly}) {
    std::string message = ExpectRefusedAndUntouched(path, mode);
    EXPECT_TRUE(Contains(message, "newer newsarchive")) << message;
  }
}

TEST(OpenArchive, SqliteFileThatIsNotAnArchiveIsRefusedUntouched) {
  TempDir dir;
  const std::string path = dir.Path("contacts.db");
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ana')");
  }
  for (ArchiveMode mode : {ArchiveMode::kReadWrite, ArchiveMode::kReadOnly}) {
    std::string message = ExpectRefusedAndUntouched(path, mode);
    EXPECT_TRUE(Contains(message, "not a newsarchive archive")) << message;
  }
}

TEST(OpenArchive, GarbageFileIsRefusedUntouched) {
  TempDir dir;
  std::string text;
  for (int i = 0; i < 400; ++i) text += "These are notes about a harbor bridge, not a database.\n";
  const std::string path = dir.Write("notes.db", text);
  for (ArchiveMode mode : {ArchiveMode::kReadWrite, ArchiveMode::kReadOnly}) {
    std::string message = ExpectRefusedAndUntouched(path, mode);
    EXPECT_TRUE(Contains(message, "not a SQLite database")) << message;
  }
}

TEST(OpenArchive, CorruptArchiveIsRefusedUntouched) {
  TempDir dir;
  const std::string path = dir.Path("corrupt.db");
  ASSERT_TRUE(OpenArchive(path, ArchiveMode::kReadWrite).ok());
  // Scribble over the b-tree page header of sqlite_schema (page 1, after the 100-byte file header).
  std::string bytes = ReadFileBytes(path);
  ASSERT_GT(bytes.size(), 300u);
  for (size_t i = 100; i < 300; ++i) bytes[i] = static_cast<char>(0xA5);
  dir.Write("corrupt.db", bytes);
  for (ArchiveMode mode : {ArchiveMode::kReadWrite, ArchiveMode::kReadOnly}) {
    ExpectRefusedAndUntouched(path, mode);
  }
}

TEST(OpenArchive, DirectoryIsRefused) {
  TempDir dir;
  auto db = OpenArchive(dir.path(), ArchiveMode::kReadWrite);
  ASSERT_FALSE(db.ok());
  EXPECT_TRUE(Contains(db.status().message(), "is a directory")) << db.status().message();
}

TEST(OpenArchive, MissingDirectoryIsAnIoErrorNamingThePath) {
  TempDir dir;
  const std::string path = dir.Path("no/such/dir/a.db");
  auto db = OpenArchive(path, ArchiveMode::kReadWrite);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Status::Code::kIoError);
  EXPECT_TRUE(Contains(db.status().message(), path)) << db.status().message();
}

}  // namespace
}  // namespace newsarchive
