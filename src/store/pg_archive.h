// The Archive kept in a PostgreSQL database, for a newsroom or a group sharing one archive:
// `--db postgresql://user@host/dbname` (or postgres://) selects it in Archive::Open. Only the
// store folder sees this header; docs/postgresql.md says when and how to use it.
#ifndef NEWSARCHIVE_STORE_PG_ARCHIVE_H_
#define NEWSARCHIVE_STORE_PG_ARCHIVE_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/archive.h"

// pqxx::connection is an alias in libpqxx 6, so it cannot be declared ahead.
#include <pqxx/connection>

namespace newsarchive {

// Whether `path` names a PostgreSQL database (starts with postgresql:// or postgres://).
bool IsPostgresUrl(const std::string& path);

// `url` with any password replaced by "***", for messages.
std::string RedactedUrl(const std::string& url);

// Rewrites the named parameters of `sql` (:name or $name, outside strings, quoted names and
// comments; `::` is a cast) into PostgreSQL's $1, $2 ... with a cast saying each value's type
// (NULL is written as a literal), and collects the values to send, as text, in order.
// kInvalidInput for a parameter with no value, a value for no parameter, or a positional one.
Result<std::string> PgBindNamed(const std::string& sql, const SqlParams& params,
                                std::vector<std::string>* values);

class PgArchive : public Archive {
 public:
  // Connects to `url`; kReadWrite applies pending migrations (migrations/pg/), kReadOnly refuses
  // an archive that needs one. Refusals as Archive::Open.
  static Result<std::unique_ptr<Archive>> Open(const std::string& url, ArchiveMode mode);
  static Result<std::vector<MigrationState>> ReadMigrationStates(const std::string& url);

  PgArchive(std::unique_ptr<pqxx::connection> connection, std::string url);
  ~PgArchive() override;

  // Runs in a READ ONLY transaction with statement_timeout, behind the same keyword guard as
  // SQLite's (store/sql_text.h): one statement, starting SELECT, WITH, VALUES or TABLE.
  Result<RunStats> Query(const std::string& sql, const SqlParams& params, RowWriter& writer,
                         const RunOptions& options) override;
  Status CheckReadOnly(const std::string& sql) override;
  const SqlDialect& Dialect() const override { return PostgresDialect(); }
  // Each story in a transaction of its own, retried on a serialization failure or a deadlock;
  // people and articles deduplicated by their unique keys (store/pg_import.cc).
  Result<StoreResult> ImportArticle(const Article& article, const SourceInfo& source,
                                    bool replace) override;
  int64_t FindBySha256(const std::string& sha256) override;
  // Not yet batched on PostgreSQL: every story commits on its own (so a batch's stories are
  // found at once, and a crash loses at most the story being written).
  void BeginBatch() override { in_batch_ = true; }
  void CommitBatch() override { in_batch_ = false; }
  void RollbackBatch() override { in_batch_ = false; }
  bool InBatch() override { return in_batch_; }
  // Bulk loading sets nothing aside on PostgreSQL: always false, changing nothing.
  bool BeginBulkLoad() override { return false; }
  void FinishBulkLoad() override {}
  int64_t ArticleCount() override;
  CheckReport Check() override;
  Result<BackupReport> Backup(const std::string& dest_path, const BackupOptions& options) override;
  // A copy writes in one transaction holding the tables in EXCLUSIVE mode, and sets the id
  // sequences past the copied ids (store/pg_copy.cc). Location: server, port and database.
  std::unique_ptr<CopySink> BeginCopy() override;
  std::string Location() override;

 private:
  std::mutex mutex_;  // the connection is used by one thread at a time
  std::unique_ptr<pqxx::connection> connection_;
  std::string url_;
  bool in_batch_ = false;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_PG_ARCHIVE_H_
