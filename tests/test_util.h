// Shared test fixtures: a migrated in-memory archive and a scoped temporary directory.
#ifndef NEWSARCHIVE_TESTS_TEST_UTIL_H_
#define NEWSARCHIVE_TESTS_TEST_UTIL_H_

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "store/migrator.h"
#include "store/sqlite_archive.h"

namespace newsarchive {
namespace testing_util {

// An in-memory archive with foreign keys on and every embedded migration applied through the real
// Migrator (so schema_migrations is filled as in a file archive). Usable as a member or a local.
class MigratedMemoryDb {
 public:
  MigratedMemoryDb() {
    auto db = std::make_unique<SQLite::Database>(":memory:",
                                                 SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db->exec("PRAGMA foreign_keys = ON");
    Migrator migrator(*db, ":memory:");
    Result<int> applied = migrator.ApplyPending();
    EXPECT_TRUE(applied.ok()) << applied.status().ToString();
    archive_ = std::make_unique<SqliteArchive>(std::move(db));
    db_ = &archive_->db();
  }
  SQLite::Database& db() { return *db_; }
  // The same database as the Archive the layers above the store see.
  SqliteArchive& archive() { return *archive_; }

  // SELECT count(*) FROM `table` [WHERE `where`].
  int64_t Count(const std::string& table, const std::string& where = "") {
    std::string sql = "SELECT count(*) FROM " + table;
    if (!where.empty()) sql += " WHERE " + where;
    return db_->execAndGet(sql).getInt64();
  }

 private:
  std::unique_ptr<SqliteArchive> archive_;
  SQLite::Database* db_ = nullptr;
};

// A fresh directory under the test temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::path(::testing::TempDir()) / "newsarchive_XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed for " << pattern;
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // `relative` under the directory (not created).
  std::string Path(const std::string& relative) const { return path_ + "/" + relative; }
  // Writes `bytes` to `relative` (creating parent directories) and returns the full path.
  std::string Write(const std::string& relative, const std::string& bytes) const {
    std::filesystem::path full = Path(relative);
    std::filesystem::create_directories(full.parent_path());
    std::ofstream out(full, std::ios::binary);
    out << bytes;
    return full.string();
  }

 private:
  std::string path_;
};

// The whole content of a file, or "" when it cannot be read.
inline std::string ReadFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace testing_util
}  // namespace newsarchive

#endif  // NEWSARCHIVE_TESTS_TEST_UTIL_H_
