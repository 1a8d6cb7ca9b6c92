// Opening the archive: the one way every command gets a database connection.
#ifndef NEWSARCHIVE_STORE_ARCHIVE_DB_H_
#define NEWSARCHIVE_STORE_ARCHIVE_DB_H_

#include <SQLiteCpp/Database.h>

#include <memory>
#include <string>

#include "base/status.h"

namespace newsarchive {

enum class ArchiveMode {
  kReadWrite,  // creates the file if missing, applies pending migrations, WAL, foreign keys on
  kReadOnly,   // the file must exist and be current; SQLITE_OPEN_READONLY, query_only on
};

// Opens (and for kReadWrite creates and migrates) the archive at `path`. Expected failures are
// values: kNotFound (no archive yet), kRefused (newer schema than this binary, not a newsarchive
// database, corrupt file), each with a message naming the path.
Result<std::unique_ptr<SQLite::Database>> OpenArchive(const std::string& path, ArchiveMode mode);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_ARCHIVE_DB_H_
