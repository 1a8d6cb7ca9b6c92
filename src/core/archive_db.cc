// Opening order matters for "left untouched": the file is opened and its history read (which
// writes nothing) before any PRAGMA that writes, such as journal_mode=WAL, so a refused file keeps
// every byte. Only then are the connection settings applied and pending migrations run.
#include "core/archive_db.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "core/migrator.h"

namespace newsarchive {
namespace {

constexpr int kBusyTimeoutMs = 5000;

}  // namespace

Result<std::unique_ptr<SQLite::Database>> OpenArchive(const std::string& path, ArchiveMode mode) {
  struct stat info;
  const bool exists = ::stat(path.c_str(), &info) == 0;
  if (exists && S_ISDIR(info.st_mode)) {
    return Status::Error(Status::Code::kRefused, path + " is a directory, not an archive file");
  }
  if (!exists && mode == ArchiveMode::kReadOnly) {
    return Status::Error(Status::Code::kNotFound,
                         "no archive at " + path + " (import something first)");
  }

  int flags = mode == ArchiveMode::kReadOnly ? SQLite::OPEN_READONLY : SQLite::OPEN_READWRITE;
  if (!exists && mode == ArchiveMode::kReadWrite) flags |= SQLite::OPEN_CREATE;
  std::unique_ptr<SQLite::Database> db;
  try {
    db = std::make_unique<SQLite::Database>(path, flags, kBusyTimeoutMs);
  } catch (const SQLite::Exception& e) {
    return Status::Error(Status::Code::kIoError,
                         std::string(exists ? "cannot open " : "cannot create ") + path + ": " +
                             e.what());
  }

  Migrator migrator(*db, path);
  if (mode == ArchiveMode::kReadOnly) {
    db->exec("PRAGMA query_only = ON");
    Result<int> pending = migrator.CountPending();
    if (!pending.ok()) return pending.status();
    if (*pending > 0) {
      return Status::Error(Status::Code::kRefused,
                           path + " needs " + std::to_string(*pending) +
                               " schema migration(s) before it can be read: run `newsarchive "
                               "migrate`");
    }
    return db;
  }

  // SQLite quietly opens a write-protected file read-only; say so before anything fails later.
  if (sqlite3_db_readonly(db->getHandle(), "main") == 1) {
    return Status::Error(Status::Code::kRefused,
                         path + " is read-only (no permission to write it); nothing was changed");
  }
  Result<std::vector<MigrationState>> states = migrator.ReadStates();
  if (!states.ok()) return states.status();
  db->exec("PRAGMA journal_mode = WAL");
  db->exec("PRAGMA synchronous = NORMAL");
  db->exec("PRAGMA foreign_keys = ON");
  Result<int> applied = migrator.ApplyPending();
  if (!applied.ok()) return applied.status();
  return db;
}

}  // namespace newsarchive
