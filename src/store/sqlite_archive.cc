// SQLite's exceptions stop here: every entry point runs its work through Guarded, which turns an
// SQLite::Exception into a DatabaseError, so the layers above catch one type and include no
// database library.
#include "store/sqlite_archive.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <utility>

#include "store/archive_db.h"
#include "store/bulk_load.h"
#include "store/pg_archive.h"
#include "store/query_runner.h"
#include "store/store.h"

namespace newsarchive {
namespace {

}  // namespace

std::string SqliteLibraryVersion() { return sqlite3_libversion(); }

int SchemaVersion() {
  const std::vector<EmbeddedMigration>& migrations = EmbeddedMigrations();
  return migrations.empty() ? 0 : migrations.back().version;
}

Result<std::unique_ptr<Archive>> Archive::Open(const std::string& path, ArchiveMode mode) {
  if (IsPostgresUrl(path)) return PgArchive::Open(path, mode);
  return Guarded([&]() -> Result<std::unique_ptr<Archive>> {
    // A read-only connection creates -wal and -shm files it may not remove: tidy them on close.
    const bool tidy = mode == ArchiveMode::kReadOnly && SideFilesAbsent(path);
    Result<std::unique_ptr<SQLite::Database>> db = OpenArchive(path, mode);
    if (!db.ok()) return db.status();
    auto archive = std::make_unique<SqliteArchive>(std::move(*db));
    if (tidy) archive->TidyOnClose(path);
    return std::unique_ptr<Archive>(std::move(archive));
  });
}

Result<std::vector<MigrationState>> Archive::ReadMigrationStates(const std::string& path) {
  if (IsPostgresUrl(path)) return PgArchive::ReadMigrationStates(path);
  return Guarded([&]() -> Result<std::vector<MigrationState>> {
    const bool tidy = SideFilesAbsent(path);
    Result<std::vector<MigrationState>> states = std::vector<MigrationState>();
    {
      Result<std::unique_ptr<SQLite::Database>> db = OpenArchiveFile(path);
      if (!db.ok()) return db.status();
      try {
        states = Migrator(**db, path).ReadStates();
      } catch (const SQLite::Exception& e) {
        if (IsLockedError(e)) throw;  // another process's lock: exit 5, not "cannot read"
        states = Status::Error(Status::Code::kIoError, "cannot read " + path + ": " + e.what());
      }
    }
    if (tidy) TidySideFiles(path);
    return states;
  });
}

Result<CheckReport> Archive::CheckFile(const std::string& path) {
  return Guarded([&] { return CheckArchiveFile(path); });
}

Result<std::vector<Row>> Archive::Rows(const std::string& sql, const SqlParams& params) {
  class Collect : public RowWriter {
   public:
    explicit Collect(std::vector<Row>* rows) : rows_(rows) {}
    void Begin(const std::vector<std::string>&) override {}
    void Write(const Row& row) override { rows_->push_back(row); }
    void End() override {}

   private:
    std::vector<Row>* rows_;
  };
  std::vector<Row> rows;
  Collect collect(&rows);
  RunOptions options;
  options.timeout_seconds = 0;  // lookups are the tool's own, bounded SQL
  Result<RunStats> ran = Query(sql, params, collect, options);
  if (!ran.ok()) return ran.status();
  return rows;
}

SqliteArchive::SqliteArchive(std::unique_ptr<SQLite::Database> db) : db_(std::move(db)) {}

SqliteArchive::~SqliteArchive() {
  store_.reset();
  db_.reset();
  if (!tidy_path_.empty()) TidySideFiles(tidy_path_);
}

Store& SqliteArchive::store() {
  if (store_ == nullptr) store_ = std::make_unique<Store>(*db_);
  return *store_;
}

Result<RunStats> SqliteArchive::Query(const std::string& sql, const SqlParams& params,
                                      RowWriter& writer, const RunOptions& options) {
  return Guarded([&] { return RunQuery(*db_, sql, params, writer, options); });
}

Status SqliteArchive::CheckReadOnly(const std::string& sql) {
  return Guarded([&] { return newsarchive::CheckReadOnly(*db_, sql); });
}

Result<StoreResult> SqliteArchive::ImportArticle(const Article& article, const SourceInfo& source,
                                                 bool replace) {
  std::lock_guard<std::mutex> lock(mutex_);
  return Guarded([&] { return store().ImportArticle(article, source, replace); });
}

int64_t SqliteArchive::FindBySha256(const std::string& sha256) {
  std::lock_guard<std::mutex> lock(mutex_);
  return Guarded([&] { return store().FindBySha256(sha256); });
}

void SqliteArchive::BeginBatch() {
  std::lock_guard<std::mutex> lock(mutex_);
  Guarded([&] { store().BeginBatch(); });
}

void SqliteArchive::CommitBatch() {
  std::lock_guard<std::mutex> lock(mutex_);
  Guarded([&] { store().CommitBatch(); });
}

void SqliteArchive::RollbackBatch() {
  std::lock_guard<std::mutex> lock(mutex_);
  Guarded([&] { store().RollbackBatch(); });
}

bool SqliteArchive::InBatch() {
  std::lock_guard<std::mutex> lock(mutex_);
  return store_ != nullptr && store_->InBatch();
}

// EXCLUSIVE locking mode: once this connection writes it keeps the database lock until the mode
// is set back and the database read again, so no other connection reads an archive without its
// indexes, and one that can open it knows the bulk import that set them aside is gone.
bool SqliteArchive::BeginBulkLoad() {
  std::lock_guard<std::mutex> lock(mutex_);
  return Guarded([&] {
    db_->exec("PRAGMA locking_mode = EXCLUSIVE");
    if (!SetAside(*db_)) {
      db_->exec("PRAGMA locking_mode = NORMAL");
      return false;
    }
    store().set_bulk(true);
    bulk_ = true;
    return true;
  });
}

void SqliteArchive::FinishBulkLoad() {
  std::lock_guard<std::mutex> lock(mutex_);
  Guarded([&] {
    RestoreSetAside(*db_);
    store().set_bulk(false);
    bulk_ = false;
    db_->exec("PRAGMA locking_mode = NORMAL");
    db_->exec("SELECT 1 FROM sqlite_schema LIMIT 1");  // releases the lock
  });
}

int64_t SqliteArchive::ArticleCount() {
  std::lock_guard<std::mutex> lock(mutex_);
  return Guarded([&] { return db_->execAndGet("SELECT count(*) FROM articles").getInt64(); });
}

CheckReport SqliteArchive::Check() {
  return Guarded([&] { return CheckArchive(*db_); });
}

Result<BackupReport> SqliteArchive::Backup(const std::string& dest_path,
                                           const BackupOptions& options) {
  return Guarded([&] { return BackupArchive(*db_, dest_path, options); });
}

}  // namespace newsarchive
