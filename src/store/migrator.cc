// How the migrator decides: it reads sqlite_schema and schema_migrations first, writing nothing,
// and compares the recorded history with the migrations compiled in. Only a history that is a
// prefix of this binary's list (same versions, same checksums) may be extended; anything else is
// refused before the first write, so a database from a newer binary or a foreign file stays
// byte-for-byte as it was.
#include "store/migrator.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "base/sha256.h"

namespace newsarchive {

const char* const kSchemaMigrationsSql =
    "CREATE TABLE IF NOT EXISTS schema_migrations (\n"
    "  version    INTEGER PRIMARY KEY,\n"
    "  name       TEXT NOT NULL,\n"
    "  sha256     TEXT NOT NULL,\n"
    "  applied_at TEXT NOT NULL\n"
    ")";

namespace {

std::string Short(const std::string& sha) { return sha.substr(0, 12); }

Status Refused(const std::string& message) {
  return Status::Error(Status::Code::kRefused, message);
}

}  // namespace

std::string MigrationChecksum(const EmbeddedMigration& migration) {
  return Sha256Hex(migration.sql);
}

Result<std::vector<MigrationState>> CompareHistory(
    const std::map<int, AppliedMigration>& applied,
    const std::vector<EmbeddedMigration>& migrations, const std::string& path) {
  const int newest_known = migrations.empty() ? 0 : migrations.back().version;
  int newest_applied = 0;
  for (const auto& [version, row] : applied) {
    newest_applied = std::max(newest_applied, version);
    auto known = std::find_if(migrations.begin(), migrations.end(),
                              [v = version](const EmbeddedMigration& m) { return m.version == v; });
    if (known == migrations.end()) {
      if (version > newest_known) {
        return Refused(path + " has schema version " + std::to_string(version) + " (" + row.name +
                       ") but this newsarchive knows versions up to " +
                       std::to_string(newest_known) +
                       ": it was written by a newer newsarchive. Use that version or a later one; "
                       "the archive was left untouched");
      }
      return Refused(path + " records migration " + row.name +
                     " that this newsarchive does not have (was it removed or renumbered?); the "
                     "archive was left untouched");
    }
    std::string checksum = MigrationChecksum(*known);
    if (checksum != row.sha256) {
      return Refused("migration " + std::string(known->name) + " changed after it was applied to " +
                     path + " (checksum " + Short(row.sha256) + " in the archive, " +
                     Short(checksum) +
                     " in this binary). Migrations are forward-only: restore the original and add "
                     "a new migration instead");
    }
  }

  std::vector<MigrationState> states;
  for (const EmbeddedMigration& m : migrations) {
    MigrationState state;
    state.version = m.version;
    state.name = m.name;
    state.sha256 = MigrationChecksum(m);
    auto row = applied.find(m.version);
    if (row != applied.end()) {
      state.applied = true;
      state.applied_at = row->second.applied_at;
    } else if (m.version < newest_applied) {
      return Refused(path + " skipped migration " + state.name +
                     " although later ones are applied; refusing to apply it out of order");
    }
    states.push_back(std::move(state));
  }
  return states;
}

Migrator::Migrator(SQLite::Database& db, std::string display_path,
                   const std::vector<EmbeddedMigration>& migrations)
    : db_(db), display_path_(std::move(display_path)), migrations_(migrations) {}

Result<std::vector<MigrationState>> Migrator::ReadStates() {
  const std::string& path = display_path_;
  bool has_history = false;
  int other_objects = 0;
  std::map<int, AppliedMigration> applied;
  try {
    SQLite::Statement objects(db_,
                              "SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' "
                              "ESCAPE '\\'");
    while (objects.executeStep()) {
      if (objects.getColumn(0).getString() == "schema_migrations") {
        has_history = true;
      } else {
        ++other_objects;
      }
    }
    if (has_history) {
      SQLite::Statement rows(db_, "SELECT version, name, sha256, applied_at FROM schema_migrations");
      while (rows.executeStep()) {
        applied[rows.getColumn(0).getInt()] = {rows.getColumn(1).getString(),
                                               rows.getColumn(2).getString(),
                                               rows.getColumn(3).getString()};
      }
    }
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_NOTADB) {
      return Refused(path + " is not a newsarchive archive: it is not a SQLite database (" +
                     e.what() + "); refusing to touch it");
    }
    if (e.getErrorCode() == SQLITE_CORRUPT) {
      return Refused(path + " is damaged (" + std::string(e.what()) +
                     "); refusing to touch it. Restore it from a backup.");
    }
    throw;
  }
  if (!has_history && other_objects > 0) {
    return Refused(path +
                   " is a SQLite database but not a newsarchive archive (it has tables but no "
                   "schema_migrations); refusing to change it");
  }

  return CompareHistory(applied, migrations_, path);
}

Result<int> Migrator::CountPending() {
  Result<std::vector<MigrationState>> states = ReadStates();
  if (!states.ok()) return states.status();
  return static_cast<int>(std::count_if(states->begin(), states->end(),
                                        [](const MigrationState& s) { return !s.applied; }));
}

Result<int> Migrator::ApplyPending() {
  Result<std::vector<MigrationState>> states = ReadStates();
  if (!states.ok()) return states.status();
  int count = 0;
  for (size_t i = 0; i < migrations_.size(); ++i) {
    const MigrationState& state = (*states)[i];
    if (state.applied) continue;
    SQLite::Transaction transaction(db_, SQLite::TransactionBehavior::IMMEDIATE);
    db_.exec(kSchemaMigrationsSql);
    // Another process may have applied it while this one waited for the write lock.
    SQLite::Statement done(db_, "SELECT sha256 FROM schema_migrations WHERE version = ?");
    done.bind(1, state.version);
    if (done.executeStep()) {
      if (done.getColumn(0).getString() != state.sha256) {
        return Refused("migration " + state.name + " was applied to " + display_path_ +
                       " by another process with a different text");
      }
      continue;
    }
    db_.exec(migrations_[i].sql);
    SQLite::Statement record(db_,
                             "INSERT INTO schema_migrations (version, name, sha256, applied_at) "
                             "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    record.bind(1, state.version);
    record.bind(2, state.name);
    record.bind(3, state.sha256);
    record.exec();
    transaction.commit();
    ++count;
  }
  return count;
}

std::string NormalizeSql(const std::string& sql) {
  std::string out;
  bool pending_space = false;
  auto is_tight = [](char c) { return c == '(' || c == ')' || c == ',' || c == ';'; };
  for (size_t i = 0; i < sql.size();) {
    char c = sql[i];
    if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      while (i < sql.size() && sql[i] != '\n') ++i;
      pending_space = true;
      continue;
    }
    if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      size_t end = sql.find("*/", i + 2);
      i = end == std::string::npos ? sql.size() : end + 2;
      pending_space = true;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c))) {
      pending_space = true;
      ++i;
      continue;
    }
    if (pending_space && !out.empty() && !is_tight(out.back()) && !is_tight(c)) out += ' ';
    pending_space = false;
    if (c == '\'' || c == '"' || c == '`' || c == '[') {
      // A quoted string or name is copied whole; '' (or "") inside it is an escaped quote.
      char close = c == '[' ? ']' : c;
      size_t j = i + 1;
      while (j < sql.size()) {
        if (sql[j] == close) {
          if (close != ']' && j + 1 < sql.size() && sql[j + 1] == close) {
            j += 2;
            continue;
          }
          break;
        }
        ++j;
      }
      size_t end = std::min(j + 1, sql.size());
      out.append(sql, i, end - i);
      i = end;
      continue;
    }
    out += c;
    ++i;
  }
  while (!out.empty() && out.back() == ';') out.pop_back();
  return out;
}

std::vector<std::string> NormalizedSchema(SQLite::Database& db) {
  std::vector<std::string> lines;
  SQLite::Statement objects(db,
                            "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                            "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
  while (objects.executeStep()) {
    lines.push_back(objects.getColumn(0).getString() + "|" + objects.getColumn(1).getString() +
                    "|" + objects.getColumn(2).getString() + "|" +
                    NormalizeSql(objects.getColumn(3).getString()));
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

}  // namespace newsarchive
