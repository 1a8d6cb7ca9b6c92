#include "store/sqlite_archive.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <string>

#include "test_util.h"

namespace newsarchive {
namespace {

TEST(SqliteLibraryVersionTest, IsTheVersionTheDatabaseReports) {
  testing_util::MigratedMemoryDb db;
  Result<std::vector<Row>> rows = db.archive().Rows("SELECT sqlite_version()");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(SqliteLibraryVersion(), (*rows)[0][0].text);
  EXPECT_TRUE(std::regex_match(SqliteLibraryVersion(), std::regex(R"(3\.\d+\.\d+)")))
      << SqliteLibraryVersion();
}

TEST(SchemaVersionTest, IsTheNewestMigrationInTheSourceTree) {
  int newest = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(NEWSARCHIVE_SOURCE_DIR) + "/migrations")) {
    const std::string name = entry.path().filename().string();
    std::smatch match;
    if (std::regex_match(name, match, std::regex(R"((\d{4})_.*\.sql)"))) {
      newest = std::max(newest, std::stoi(match[1]));
    }
  }
  ASSERT_GT(newest, 0);
  EXPECT_EQ(SchemaVersion(), newest);
}

TEST(SchemaVersionTest, IsWhatAFreshArchiveRecordsLast) {
  testing_util::MigratedMemoryDb db;
  EXPECT_EQ(db.db().execAndGet("SELECT max(version) FROM schema_migrations").getInt(),
            SchemaVersion());
}

}  // namespace
}  // namespace newsarchive
