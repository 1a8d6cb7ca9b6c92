// Backing up an archive: a consistent copy taken with SQLite's online backup while other
// connections go on reading (and, in WAL mode, writing).
#ifndef NEWSARCHIVE_STORE_ARCHIVE_BACKUP_H_
#define NEWSARCHIVE_STORE_ARCHIVE_BACKUP_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"

namespace SQLite {
class Database;
}  // namespace SQLite

namespace newsarchive {

struct BackupOptions {
  bool force = false;  // replace an existing file at the destination
};

struct BackupReport {
  int64_t pages = 0;  // pages copied
  int64_t bytes = 0;  // size of the finished copy
  // Temporary files of earlier backups to the same destination that were killed before they
  // finished (their process is gone), removed before this copy began.
  std::vector<std::string> removed_stale;
};

// Copies the database `source` is connected to into a new file at `dest_path`, as it stood at
// one moment. The copy is written to a temporary file beside `dest_path`, checked
// (PRAGMA quick_check), synced and then renamed into place, so `dest_path` is either absent, its
// old self, or the complete copy; never half written. The copy is a single file (rollback
// journal mode; the archive switches it back to WAL when next opened read-write).
// A temporary file `dest_path.tmp-PID` (and its side files) left by a backup that was killed is
// removed first, but only when process PID no longer exists and no process holds a lock on the
// file: never the file of a backup still running.
// Expected failures are values naming the path: kAlreadyExists (dest exists and not `force`),
// kRefused (dest is the source itself), kIoError (cannot create, write, sync or rename).
Result<BackupReport> BackupArchive(SQLite::Database& source, const std::string& dest_path,
                                   const BackupOptions& options);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_ARCHIVE_BACKUP_H_
