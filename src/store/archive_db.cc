// Opening order matters for "left untouched": the path is looked at without blocking (a FIFO or
// a device is refused before SQLite could hang opening it), the file is opened and its history
// read (which writes nothing) before any PRAGMA that writes, such as journal_mode=WAL, so a
// refused file keeps every byte. Only then are the connection settings applied and pending
// migrations run. Two processes opening a fresh archive at once both try the WAL switch; SQLite
// answers the second with SQLITE_BUSY at once (it holds a read transaction while upgrading, so
// the busy handler is not called), which SwitchToWal waits out.
#include "store/archive_db.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <random>
#include <thread>

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

const char* FileKind(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// PRAGMA journal_mode = WAL, retried while another process holds the lock it needs (see the
// note at the top), for as long as the busy timeout.
void SwitchToWal(SQLite::Database& db) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point give_up = Clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
  std::minstd_rand jitter(static_cast<unsigned>(::getpid()));
  for (int wait_ms = 1;; wait_ms = std::min(wait_ms * 2, 50)) {
    try {
      db.exec("PRAGMA journal_mode = WAL");
      return;
    } catch (const SQLite::Exception& e) {
      if (!IsLockedError(e) || Clock::now() >= give_up) throw;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1 + jitter() % wait_ms));
  }
}

}  // namespace

bool IsLockedError(const SQLite::Exception& e) {
  const int primary = e.getErrorCode() & 0xFF;
  return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

Result<ArchivePath> LookAtArchivePath(const std::string& path) {
  if (path.empty()) {
    return Status::Error(Status::Code::kRefused,
                         "the archive's file name is empty (give --db FILE)");
  }
  if (path == ":memory:") {
    return Status::Error(Status::Code::kRefused,
                         ":memory: is no archive: nothing would be kept (give --db FILE)");
  }
  ArchivePath looked;
  struct stat info;
  // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  const bool known = fd >= 0 ? ::fstat(fd, &info) == 0 : ::stat(path.c_str(), &info) == 0;
  if (fd >= 0) ::close(fd);
  if (!known) {
    if (errno != ENOENT) {
      return Status::Error(Status::Code::kIoError,
                           "cannot open " + path + ": " + std::strerror(errno));
    }
    return looked;
  }
  looked.exists = true;
  if (!S_ISREG(info.st_mode)) {
    return Status::Error(Status::Code::kRefused,
                         path + " is " + FileKind(info.st_mode) + ", not an archive file");
  }
  looked.size = info.st_size;
  return looked;
}

Result<std::unique_ptr<SQLite::Database>> OpenArchiveFile(const std::string& path) {
  Result<ArchivePath> looked = LookAtArchivePath(path);
  if (!looked.ok()) return looked.status();
  if (!looked->exists) {
    return Status::Error(Status::Code::kNotFound,
                         "no archive at " + path + " (import something first)");
  }
  std::unique_ptr<SQLite::Database> db;
  try {
    db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY, kBusyTimeoutMs);
    db->exec("PRAGMA query_only = ON");
  } catch (const SQLite::Exception& e) {
    return Status::Error(Status::Code::kIoError, "cannot open " + path + ": " + e.what());
  }
  try {
    db->execAndGet("PRAGMA schema_version");
  } catch (const SQLite::Exception& e) {
    // Not a database, or damaged: the caller's first read says so in its own words.
    if (!IsReadOnlyMediaError(e)) return db;
    // A WAL archive on read-only media: nothing can write it while we read, so SQLite may
    // read it as immutable, without the shared-memory file it cannot create there.
    db = std::make_unique<SQLite::Database>(FileUri(path, "immutable=1"),
                                            SQLite::OPEN_READONLY | SQLite::OPEN_URI,
                                            kBusyTimeoutMs);
    db->exec("PRAGMA query_only = ON");
  }
  return db;
}

bool SideFilesAbsent(const std::string& path) {
  return ::access((path + "-wal").c_str(), F_OK) != 0 &&
         ::access((path + "-shm").c_str(), F_OK) != 0;
}

void TidySideFiles(const std::string& path) {
  // Only an empty -wal: closing then checkpoints nothing, so the archive's bytes stay as they are.
  struct stat wal;
  if (::stat((path + "-wal").c_str(), &wal) != 0 || wal.st_size != 0 ||
      ::access(path.c_str(), W_OK) != 0) {
    return;
  }
  try {
    // The last connection to close a WAL database removes its -wal and -shm files, but only a
    // connection that may write does; SQLite checks it is the last one under its own locks.
    SQLite::Database db(path, SQLite::OPEN_READWRITE, 0);
    db.exec("PRAGMA query_only = ON");
    db.execAndGet("PRAGMA schema_version");
  } catch (const SQLite::Exception&) {
    // Another process holds the archive: it will tidy up when it closes.
  }
}

Result<std::unique_ptr<SQLite::Database>> OpenArchive(const std::string& path, ArchiveMode mode) {
  Result<ArchivePath> looked = LookAtArchivePath(path);
  if (!looked.ok()) return looked.status();
  const bool exists = looked->exists;
  if (mode == ArchiveMode::kReadOnly) {
    Result<std::unique_ptr<SQLite::Database>> db = OpenArchiveFile(path);
    if (!db.ok()) return db.status();
    Result<int> pending = Migrator(**db, path).CountPending();
    if (!pending.ok()) return pending.status();
    if (*pending > 0) {
      return Status::Error(Status::Code::kRefused,
                           path + " needs " + std::to_string(*pending) +
                               " schema migration(s) before it can be read: run `newsarchive "
                               "migrate`");
    }
    if (HasSetAside(**db)) {
      return Status::Error(Status::Code::kRefused,
                           path + " lacks the indexes a bulk import set aside (it was stopped "
                                  "before it rebuilt them): run `newsarchive migrate` to rebuild "
                                  "them");
    }
    return db;
  }

  int flags = SQLite::OPEN_READWRITE;
  if (!exists) flags |= SQLite::OPEN_CREATE;
  std::unique_ptr<SQLite::Database> db;
  try {
    db = std::make_unique<SQLite::Database>(path, flags, kBusyTimeoutMs);
  } catch (const SQLite::Exception& e) {
    return Status::Error(Status::Code::kIoError,
                         std::string(exists ? "cannot open " : "cannot create ") + path + ": " +
                             e.what());
  }

  Migrator migrator(*db, path);
  // SQLite quietly opens a write-protected file read-only; say so before anything fails later.
  if (sqlite3_db_readonly(db->getHandle(), "main") == 1) {
    return Status::Error(Status::Code::kRefused,
                         path + " is read-only (no permission to write it); nothing was changed");
  }
  Result<std::vector<MigrationState>> states = migrator.ReadStates();
  if (!states.ok()) return states.status();
  SwitchToWal(*db);
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
