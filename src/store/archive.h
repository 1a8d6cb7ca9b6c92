// The archive, as every layer above the store sees it: open it, write parsed articles into it,
// read it through read-only SQL, check it, back it up, migrate it. Which database holds it stays
// behind this interface (SQLite today: store/sqlite_archive.h), so nothing above src/store
// includes a database library.
#ifndef NEWSARCHIVE_STORE_ARCHIVE_H_
#define NEWSARCHIVE_STORE_ARCHIVE_H_

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/article.h"
#include "model/row.h"
#include "store/archive_backup.h"
#include "store/archive_check.h"
#include "store/migrator.h"
#include "store/sql_dialect.h"

namespace newsarchive {

class CopySink;  // store/archive_copy.h

enum class ArchiveMode {
  kReadWrite,  // creates the file if missing, applies pending migrations, WAL, foreign keys on
  kReadOnly,   // the file must exist and be current; opened read-only, query_only on
};

// An unexpected failure of the database itself (disk full, locked past the busy timeout, I/O
// error) during an operation that started well. Thrown, never returned; `main` turns it into one
// line and kExitDatabase. Whatever transaction was open has been rolled back.
class DatabaseError : public std::runtime_error {
 public:
  explicit DatabaseError(const std::string& what, bool locked = false)
      : std::runtime_error(what), locked_(locked) {}
  // Another process held the archive locked past the busy timeout (SQLITE_BUSY/SQLITE_LOCKED):
  // nothing is wrong with the file, and running the command again will do.
  bool locked() const { return locked_; }

 private:
  bool locked_ = false;
};

// Values for the named parameters of a query (`:name`, `@name` or `$name`), keyed by the name
// without its prefix. A Cell of type kInteger or kReal is bound as a number, kText as text.
using SqlParams = std::map<std::string, Cell>;

// The value `--param name=TEXT` stands for: an integer when TEXT is a canonical one ("12", "-3";
// not "012" or "1e3"), text otherwise.
Cell ParamValueFromText(const std::string& text);

// The longest string or blob a query may make or read (SQLITE_LIMIT_LENGTH): above the largest
// transcript an archive holds (64 MiB), far below what would exhaust memory.
constexpr int64_t kQueryMaxValueBytes = int64_t{128} << 20;
// The memory SQLite may use for one query (sqlite3_hard_heap_limit64; the soft limit is half).
constexpr int64_t kQueryMemoryLimitBytes = int64_t{512} << 20;

struct RunOptions {
  // Stop the query after this long, wherever it is (a watchdog thread interrupts even one long
  // function call); 0 or less for no limit, and so is anything above 1e9 s (31 years).
  double timeout_seconds = 30;
  // When it becomes true (a SIGINT handler sets it) the query stops at once, as at the deadline.
  const std::atomic<bool>* interrupt = nullptr;
  int64_t max_rows = -1;  // write at most this many rows; -1 for all
  int64_t max_value_bytes = kQueryMaxValueBytes;  // 0: SQLite's own limit (1e9)
  // SQLite's heap while the query runs, and the text of one row; past it the query stops with a
  // message. 0 for no limit. The heap limit is process-wide while the query runs.
  int64_t memory_limit_bytes = kQueryMemoryLimitBytes;
};

struct RunStats {
  int64_t rows = 0;        // rows written
  bool truncated = false;  // max_rows stopped the output while more rows were available
};

// What the importer knows of the file an article was parsed from.
struct SourceInfo {
  std::string file_name;      // as named on the command line; its base name is in the story key
  std::string original_text;  // the decoded text, kept verbatim in articles.original_text
  std::string sha256;         // of the file's bytes: the article's identity for "already imported"
  std::string encoding;       // what the bytes were read as ("utf-8", "windows-1252"); may be empty
};

enum class StoreOutcome {
  kImported,         // a new article
  kReplaced,         // --replace: an older version of the story was replaced, keeping its id
  kAlreadyImported,  // these very bytes are already in the archive: nothing changed
  kOtherVersion,     // another version of the story is there and replace was not asked for
};
const char* StoreOutcomeName(StoreOutcome outcome);  // "imported", "replaced", ...

struct StoreResult {
  StoreOutcome outcome = StoreOutcome::kImported;
  int64_t article_id = 0;  // the article written, or the one already there
  std::string message;     // for kAlreadyImported and kOtherVersion: what happened, in words
};

// The version of the SQLite library this process runs on (sqlite3_libversion(): the shared library
// loaded at run time, which may be newer than the headers it was built with), e.g. "3.40.1".
std::string SqliteLibraryVersion();

// The schema this binary writes: the number of its newest migration (migrations/NNNN_*.sql).
int SchemaVersion();

class Archive {
 public:
  // Opens (kReadWrite: creates and migrates) the archive at `path`. Expected failures are
  // values: kNotFound (no archive yet), kRefused (newer schema than this binary, not a
  // newsarchive database, corrupt file, a directory), kIoError, each naming the path.
  static Result<std::unique_ptr<Archive>> Open(const std::string& path, ArchiveMode mode);

  // The migrations of this binary as the archive at `path` has them, read without writing
  // anything (the file is not created, migrated or switched to WAL). Refusals as Open.
  static Result<std::vector<MigrationState>> ReadMigrationStates(const std::string& path);

  // Every check of `newsarchive check` on the file at `path`, opened read-only whatever it holds
  // (see CheckArchiveFile): an empty, foreign, damaged or unmigrated file is reported, never
  // created, migrated or written. kNotFound when nothing is there; a directory or FIFO refused.
  static Result<CheckReport> CheckFile(const std::string& path);

  virtual ~Archive() = default;

  // --- Reading. Every query, predefined or typed by a user, goes through Query.

  // Runs the single read-only statement `sql` with `params` bound, streaming its rows into
  // `writer`. A statement that would write, change the schema or the connection is refused
  // before anything runs. Expected failures are values: kRefused (a write; the time limit; an
  // interrupt), kInvalidInput (SQL errors, several statements, a parameter missing or unknown).
  virtual Result<RunStats> Query(const std::string& sql, const SqlParams& params, RowWriter& writer,
                                 const RunOptions& options = RunOptions()) = 0;

  // How this backend's SQL differs where the commands' queries need it (store/sql_dialect.h):
  // src/query builds every statement it hands to Query with these pieces.
  virtual const SqlDialect& Dialect() const = 0;

  // Only the read-only guard: why `sql` would be refused, or Ok.
  virtual Status CheckReadOnly(const std::string& sql) = 0;

  // Every row of a small read-only lookup (the same guard and errors as Query).
  Result<std::vector<Row>> Rows(const std::string& sql, const SqlParams& params = SqlParams());

  // --- Writing (an archive opened kReadWrite). One thread writes; FindBySha256 alone may also
  // be called from one other thread at the same time (the importer's parsing thread).

  // Writes `article` (see Store::ImportArticle): in a transaction of its own, or inside the open
  // batch in a savepoint of its own. The same bytes again change nothing, another version of the
  // same story is kOtherVersion unless `replace`. kInvalidInput, writing nothing, for an article
  // that is not self-consistent or that the schema refuses.
  virtual Result<StoreResult> ImportArticle(const Article& article, const SourceInfo& source,
                                            bool replace) = 0;

  // The article holding exactly the bytes with this sha256, or 0; inside a batch, the batch's
  // stories count too.
  virtual int64_t FindBySha256(const std::string& sha256) = 0;

  // Batches: the ImportArticle calls between BeginBatch and CommitBatch are one transaction, so
  // many stories cost one commit; each story is still all or nothing (a savepoint), and a crash
  // loses the open batch only. RollbackBatch undoes the open batch (harmless when the database
  // already did, after an error). InBatch: whether a batch is open.
  virtual void BeginBatch() = 0;
  virtual void CommitBatch() = 0;
  virtual void RollbackBatch() = 0;
  virtual bool InBatch() = 0;

  // Bulk loading, for a large import into a small archive: BeginBulkLoad sets the secondary
  // indexes and the full-text index upkeep aside (recording in the archive that they are owed,
  // committed at once) and keeps every other connection out until FinishBulkLoad, which rebuilds
  // them all in one transaction. If the process dies in between, the next Open for writing
  // rebuilds them and a read-only Open is refused until then. BeginBulkLoad returns false, and
  // changes nothing, when the archive cannot (an older schema).
  virtual bool BeginBulkLoad() = 0;
  virtual void FinishBulkLoad() = 0;

  // How many articles the archive holds.
  virtual int64_t ArticleCount() = 0;

  // --- Keeping it sound.

  // Every check of `newsarchive check` (see CheckArchive); never changes the archive.
  virtual CheckReport Check() = 0;

  // A consistent copy at `dest_path` while others go on reading (see BackupArchive).
  virtual Result<BackupReport> Backup(const std::string& dest_path,
                                      const BackupOptions& options) = 0;

  // --- Moving between backends (`newsarchive copy`, store/archive_copy.h).

  // Opens the one transaction a copy into this archive (opened for writing) writes in, keeping
  // other writers out until it commits or rolls back.
  virtual std::unique_ptr<CopySink> BeginCopy() = 0;

  // Where the archive lives, the same string for two handles on the same archive however they
  // were named (SQLite: the file's real path; PostgreSQL: server, port and database), so a copy
  // can refuse to copy an archive onto itself.
  virtual std::string Location() = 0;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_ARCHIVE_H_
