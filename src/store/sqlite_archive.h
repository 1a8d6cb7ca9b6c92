// The Archive kept in one SQLite file. Only the store folder sees this header: the layers above
// hold an Archive.
#ifndef NEWSARCHIVE_STORE_SQLITE_ARCHIVE_H_
#define NEWSARCHIVE_STORE_SQLITE_ARCHIVE_H_

#include <memory>
#include <mutex>
#include <string>

#include "store/archive.h"

namespace SQLite {
class Database;
}  // namespace SQLite

namespace newsarchive {

class Store;

class SqliteArchive : public Archive {
 public:
  // Takes over `db`, an archive opened by OpenArchive (or, in tests, a migrated database with
  // foreign keys on).
  explicit SqliteArchive(std::unique_ptr<SQLite::Database> db);
  ~SqliteArchive() override;

  Result<RunStats> Query(const std::string& sql, const SqlParams& params, RowWriter& writer,
                         const RunOptions& options) override;
  Status CheckReadOnly(const std::string& sql) override;
  const SqlDialect& Dialect() const override { return SqliteDialect(); }
  Result<StoreResult> ImportArticle(const Article& article, const SourceInfo& source,
                                    bool replace) override;
  int64_t FindBySha256(const std::string& sha256) override;
  void BeginBatch() override;
  void CommitBatch() override;
  void RollbackBatch() override;
  bool InBatch() override;
  bool BeginBulkLoad() override;
  void FinishBulkLoad() override;
  int64_t ArticleCount() override;
  CheckReport Check() override;
  Result<BackupReport> Backup(const std::string& dest_path, const BackupOptions& options) override;
  // A copy writes in one IMMEDIATE transaction (store/archive_copy_sqlite.cc).
  std::unique_ptr<CopySink> BeginCopy() override;
  std::string Location() override;

  // After the connection closes, remove the -wal and -shm files it left (see TidySideFiles).
  void TidyOnClose(const std::string& path) { tidy_path_ = path; }

  // The connection itself, for the store's own code and tests.
  SQLite::Database& db() { return *db_; }

 private:
  Store& store();  // prepared on first write

  std::mutex mutex_;  // the connection is used by one thread at a time
  std::unique_ptr<SQLite::Database> db_;
  std::unique_ptr<Store> store_;
  std::string tidy_path_;
  bool bulk_ = false;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_SQLITE_ARCHIVE_H_
