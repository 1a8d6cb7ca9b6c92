// Checking an archive: is the file sound, do references resolve, are the full-text indexes in
// step with the tables, and is anything left over that belongs to nothing? Reads only; never
// changes the archive, even when it is opened read-write.
#ifndef NEWSARCHIVE_STORE_ARCHIVE_CHECK_H_
#define NEWSARCHIVE_STORE_ARCHIVE_CHECK_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"

namespace SQLite {
class Database;
}  // namespace SQLite

namespace newsarchive {

// An error means the archive is damaged (answers from it may be wrong); a warning means it holds
// something useless but harmless, such as a person nobody quotes.
enum class CheckSeverity { kError, kWarning };
const char* CheckSeverityName(CheckSeverity severity);  // "error", "warning"

// One problem found: which check found it, the table and row concerned (0 when none) and what is
// wrong, in words a user can act on.
struct CheckFinding {
  CheckSeverity severity = CheckSeverity::kError;
  std::string table;
  int64_t row_id = 0;
  std::string message;
};

// The outcome of one check. `findings` holds at most kMaxFindingsPerCheck entries; `errors` and
// `warnings` count them all.
struct CheckResult {
  std::string name;         // "integrity", "foreign_keys", "fts", "articles_complete",
                            // "prose_places", "orphans", "person_counts"
  std::string description;  // what was checked, e.g. "PRAGMA integrity_check"
  std::vector<CheckFinding> findings;
  int64_t errors = 0;
  int64_t warnings = 0;
  bool ok() const { return errors == 0 && warnings == 0; }
};

struct CheckReport {
  std::vector<CheckResult> checks;  // in the order they ran
  int64_t errors() const;
  int64_t warnings() const;
};

constexpr int kMaxFindingsPerCheck = 100;

// Counts a finding in `result` and keeps it while fewer than kMaxFindingsPerCheck are kept.
void AddFinding(CheckResult* result, CheckSeverity severity, std::string table, int64_t row_id,
                std::string message);

// Runs every check on `db` (an archive opened by OpenArchive, read-write or read-only) and
// reports what each found. A check that cannot run because the file is damaged is itself an
// error finding, never an exception; the other checks still run.
//  - integrity: PRAGMA integrity_check.
//  - foreign_keys: PRAGMA foreign_key_check, each violation named by table, row and column
//    (quotes or roles pointing to no article or person).
//  - fts: the FTS5 'integrity-check' command on quotes_fts and articles_fts, comparing each index
//    with its content table. On a read-only connection, where that command cannot run, the
//    indexed row ids are compared with the table's instead (the description says which).
//  - articles_complete: every article's turns and blocks are numbered 1..n with no gap (a gap
//    means a half-written article); an article with no quotes at all is a warning.
//  - prose_places: every direct or reported quote and every mention points to a turn or block
//    of its article and starts inside its text.
//  - orphans: people with no quotes, no roles and no mentions (warnings).
//  - person_counts: every person's row of person_counts equals a recount (CheckPersonCounts).
CheckReport CheckArchive(SQLite::Database& db);

// `newsarchive check` on the file at `path`: opened read-only (OpenArchiveFile), never created,
// migrated or written. Two checks come first:
//  - file: the SQLite header (magic string, page size, the page count it states against the
//    file's size): an empty, foreign or truncated file is an error, and nothing else is run on a
//    file that is not a SQLite database;
//  - schema: the migration history (Migrator::ReadStates): a refusal is an error, pending
//    migrations a warning (the archive is checked as it is);
// then every check of CheckArchive. kNotFound when nothing is at `path`; the refusals of
// LookAtArchivePath (a directory, a FIFO, a device) as values.
Result<CheckReport> CheckArchiveFile(const std::string& path);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_ARCHIVE_CHECK_H_
