// Opening the SQLite file of an archive: the one way SqliteArchive gets its connection.
#ifndef NEWSARCHIVE_STORE_ARCHIVE_DB_H_
#define NEWSARCHIVE_STORE_ARCHIVE_DB_H_

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "base/status.h"
#include "store/archive.h"

namespace newsarchive {

// What is at an archive's path, looked at without blocking (a FIFO with no writer is not waited
// for). kRefused for an empty name, ":memory:" (which would keep nothing) and anything that is
// not a regular file (a directory, FIFO, device, socket); kIoError when it cannot be looked at.
struct ArchivePath {
  bool exists = false;
  int64_t size = 0;  // bytes, when it exists
};
Result<ArchivePath> LookAtArchivePath(const std::string& path);

// Whether SQLite failed because another connection held a lock past the busy timeout
// (SQLITE_BUSY or SQLITE_LOCKED): nothing is wrong with the file, and a retry will do. Such a
// failure is never a finding about the archive; it goes up as DatabaseError::locked().
bool IsLockedError(const SQLite::Exception& e);

// Runs `work`, turning an SQLite::Exception into the DatabaseError the layers above catch (its
// message after `context`, a lock kept as locked()): SQLite's exceptions stop in the store.
template <typename F>
auto Guarded(std::string_view context, F&& work) -> decltype(work()) {
  try {
    return work();
  } catch (const SQLite::Exception& e) {
    throw DatabaseError(std::string(context) + e.what(), IsLockedError(e));
  }
}
template <typename F>
auto Guarded(F&& work) -> decltype(work()) {
  return Guarded(std::string_view(), std::forward<F>(work));
}

// Opens (and for kReadWrite creates and migrates) the archive at `path`. Expected failures are
// values: kNotFound (no archive yet), kRefused (see LookAtArchivePath; newer schema than this
// binary, not a newsarchive database, corrupt file), each with a message naming the path.
Result<std::unique_ptr<SQLite::Database>> OpenArchive(const std::string& path, ArchiveMode mode);

// A read-only connection (query_only on) to the existing file at `path`, whatever it holds: no
// schema or migration check, nothing created or written. On read-only media, where SQLite cannot
// create the -shm file a WAL archive needs, the file is read as immutable. Refusals as
// LookAtArchivePath, kNotFound when there is no file. A file that is not a database opens; its
// first read throws.
Result<std::unique_ptr<SQLite::Database>> OpenArchiveFile(const std::string& path);

// Whether neither `path`-wal nor `path`-shm exists (a read-only connection would create them).
bool SideFilesAbsent(const std::string& path);

// Removes the -wal and -shm files a read-only connection left beside `path`, when the -wal is
// empty (it holds nothing to lose), no other connection uses them and the file may be written.
void TidySideFiles(const std::string& path);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_ARCHIVE_DB_H_
