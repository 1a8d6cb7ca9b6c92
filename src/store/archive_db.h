// Opening the SQLite file of an archive: the one way SqliteArchive gets its connection.
#ifndef NEWSARCHIVE_STORE_ARCHIVE_DB_H_
#define NEWSARCHIVE_STORE_ARCHIVE_DB_H_

#include <SQLiteCpp/Database.h>

#include <memory>
#include <string>

#include "base/status.h"
#include "store/archive.h"

namespace newsarchive {

// Opens (and for kReadWrite creates and migrates) the archive at `path`. Expected failures are
// values: kNotFound (no archive yet), kRefused (newer schema than this binary, not a newsarchive
// database, corrupt file), each with a message naming the path.
Result<std::unique_ptr<SQLite::Database>> OpenArchive(const std::string& path, ArchiveMode mode);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_ARCHIVE_DB_H_
