// Opening order matters for "left untouched": the file is opened and its history read (which
// writes nothing) before any PRAGMA that writes, such as journal_mode=WAL, so a refused file keeps
// every byte. Only then are the connection settings applied and pending migrations run.
#include "store/archive_db.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "store/bulk_load.h"
#include "store/migrator.h"

namespace newsarchive {
namespace {

constexpr int kBusyTimeoutMs = 5000;

// A file: URI naming `path`, with the characters URIs reserve escaped.
std::string FileUri(const std::string& path, const char* query) {
  std::string uri = "file:";
  for (unsigned char c : path) {
    if (c == '%' || c == '?' || c == '#' || c < 0x20) {
      static const char kHex[] = "0123456789ABCDEF";
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 0xF];
    } else {
      uri += static_cast<char>(c);
    }
  }
  return uri + "?" + query;
}

// Whether SQLite failed because it could not create the -shm/-wal files a WAL archive needs
// beside it (a read-only directory or mount), rather than for a reason reopening cannot fix.
bool IsReadOnlyMediaError(const SQLite::Exception& e) {
  int code = e.getErrorCode() & 0xFF;
  return code == SQLITE_CANTOPEN || code == SQLITE_READONLY;
}

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

  if (mode == ArchiveMode::kReadOnly) {
    Result<int> pending = 0;
    try {
      db->exec("PRAGMA query_only = ON");
      pending = Migrator(*db, path).CountPending();
    } catch (const SQLite::Exception& e) {
      if (!IsReadOnlyMediaError(e)) throw;
      // A WAL archive on read-only media: nothing can write it while we read, so SQLite may
      // read it as immutable, without the shared-memory file it cannot create there.
      db = std::make_unique<SQLite::Database>(FileUri(path, "immutable=1"),
                                              SQLite::OPEN_READONLY | SQLite::OPEN_URI,
                                              kBusyTimeoutMs);
      db->exec("PRAGMA query_only = ON");
      pending = Migrator(*db, path).CountPending();
    }
    if (!pending.ok()) return pending.status();
    if (*pending > 0) {
      return Status::Error(Status::Code::kRefused,
                           path + " needs " + std::to_string(*pending) +
                               " schema migration(s) before it can be read: run `newsarchive "
                               "migrate`");
    }
    if (HasSetAside(*db)) {
      return Status::Error(Status::Code::kRefused,
                           path + " lacks the indexes a bulk import set aside (it was stopped "
                                  "before it rebuilt them): run `newsarchive migrate` to rebuild "
                                  "them");
    }
    return db;
  }

  Migrator migrator(*db, path);
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
  // A bulk import stopped before it finished left its indexes set aside: bring them back before
  // anything else, migrations included, sees the schema.
  RestoreSetAside(*db);
  Result<int> applied = migrator.ApplyPending();
  if (!applied.ok()) return applied.status();
  return db;
}

}  // namespace newsarchive
