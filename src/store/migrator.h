// The migrator: brings an archive's schema up to date with the migrations compiled into this
// binary (migrations/NNNN_name.sql, see store/migrations_embedded.h), and refuses a database it
// cannot safely touch. Each applied migration is a row of
//   schema_migrations(version, name, sha256, applied_at)
// holding the SHA-256 of the migration's text, so a migration edited after it shipped, or one
// the database knows and this binary does not (a newer binary wrote it), is detected.
#ifndef NEWSARCHIVE_STORE_MIGRATOR_H_
#define NEWSARCHIVE_STORE_MIGRATOR_H_

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "store/migrations_embedded.h"

namespace SQLite {
class Database;
}  // namespace SQLite

namespace newsarchive {

// The table the migrator keeps its history in; the migrator creates it (it is not a migration).
extern const char* const kSchemaMigrationsSql;

// One migration of this binary and whether the database has it.
struct MigrationState {
  int version = 0;
  std::string name;        // "0001_initial.sql"
  std::string sha256;      // of the migration's text
  bool applied = false;
  std::string applied_at;  // "2024-05-01T12:00:00Z", empty when pending
};

class Migrator {
 public:
  // `db` and `migrations` (ordered by version) must outlive the migrator. `display_path` names
  // the database in messages.
  Migrator(SQLite::Database& db, std::string display_path,
           const std::vector<EmbeddedMigration>& migrations = EmbeddedMigrations());

  // Reads the database's history, writing nothing. kRefused (naming the path) when the file is
  // not a SQLite database or is corrupt, holds tables but no schema_migrations (not an archive),
  // has a migration this binary does not know (newer binary, or one removed), has one whose text
  // changed since it was applied, or skips one (applied 3 but not 2). Otherwise every migration
  // of this binary, in order, with whether and when it was applied.
  Result<std::vector<MigrationState>> ReadStates();

  // How many migrations are pending; the same refusals as ReadStates.
  Result<int> CountPending();

  // Applies every pending migration in order, each in its own BEGIN IMMEDIATE transaction
  // together with its schema_migrations row (so a concurrent migrator waits, then finds it done).
  // Returns how many it applied; the same refusals as ReadStates, checked before writing anything.
  Result<int> ApplyPending();

 private:
  SQLite::Database& db_;
  std::string display_path_;
  const std::vector<EmbeddedMigration>& migrations_;
};

// One row of schema_migrations.
struct AppliedMigration {
  std::string name;
  std::string sha256;
  std::string applied_at;
};

// The history a database records (`applied`, by version) against the migrations of this binary,
// whatever the database: every migration with whether and when it was applied, or kRefused
// (naming `path`) for a migration this binary does not know (a newer binary wrote it, or one was
// removed), one whose text changed since it was applied, or one skipped. Migrator::ReadStates and
// the PostgreSQL archive both decide with it.
Result<std::vector<MigrationState>> CompareHistory(
    const std::map<int, AppliedMigration>& applied,
    const std::vector<EmbeddedMigration>& migrations, const std::string& path);

// The migration checksum: SHA-256 of its text.
std::string MigrationChecksum(const EmbeddedMigration& migration);

// The schema of `db` as sorted "type|name|tbl_name|sql" lines, one per object except SQLite's
// internal ones (named sqlite_%), with `sql` normalized by NormalizeSql. Two databases with the
// same lines have the same tables, columns, indexes, triggers and virtual tables.
std::vector<std::string> NormalizedSchema(SQLite::Database& db);

// SQL text with formatting made irrelevant: comments dropped, runs of white space turned into one
// space, no space beside ( ) , ; and no trailing ';'. Quoted strings and names are kept as written.
std::string NormalizeSql(const std::string& sql);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_MIGRATOR_H_
