// libpqxx's exceptions stop here, as SQLite's stop in sqlite_archive.cc: an expected failure
// becomes a Status, any other pqxx::failure a DatabaseError. The schema is migrated inside one
// transaction holding an advisory lock, so two importers starting at once take turns and the
// second finds the work done.
#include "store/pg_archive.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <thread>
#include <utility>

#include "store/migrator.h"
#include "store/pg_import.h"
#include "store/sql_text.h"

namespace newsarchive {
namespace {

constexpr int64_t kMigrationLock = 0x6e657773;  // "news": the advisory lock migrations hold

// Length of the string, quoted name, dollar-quoted text or comment starting at s[i], or 0 when
// s[i] starts plain SQL.
size_t SkipSpan(const std::string& s, size_t i) {
  const char c = s[i];
  const char next = i + 1 < s.size() ? s[i + 1] : '\0';
  if (c == '\'' || c == '"') {
    for (size_t j = i + 1; j < s.size(); ++j) {
      if (s[j] != c) continue;
      if (j + 1 < s.size() && s[j + 1] == c) {
        ++j;
        continue;
      }
      return j + 1 - i;
    }
    return s.size() - i;
  }
  if (c == '-' && next == '-') {
    size_t end = s.find('\n', i);
    return (end == std::string::npos ? s.size() : end) - i;
  }
  if (c == '/' && next == '*') {
    size_t end = s.find("*/", i + 2);
    return (end == std::string::npos ? s.size() : end + 2) - i;
  }
  if (c == '$' && !std::isdigit(static_cast<unsigned char>(next))) {
    size_t j = i + 1;
    while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
    if (j < s.size() && s[j] == '$') {
      const std::string tag = s.substr(i, j - i + 1);
      size_t end = s.find(tag, j + 1);
      return (end == std::string::npos ? s.size() : end + tag.size()) - i;
    }
  }
  return 0;
}

bool IsNameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// How many statements `sql` holds (';' outside strings and comments; empty ones not counted).
int CountStatements(const std::string& sql) {
  int count = 0;
  bool has_code = false;
  for (size_t i = 0; i < sql.size();) {
    size_t span = SkipSpan(sql, i);
    const bool comment = span > 0 && (sql[i] == '-' || sql[i] == '/');
    if (span > 0) {
      has_code = has_code || !comment;
      i += span;
      continue;
    }
    if (sql[i] == ';') {
      count += has_code ? 1 : 0;
      has_code = false;
    } else if (!std::isspace(static_cast<unsigned char>(sql[i]))) {
      has_code = true;
    }
    ++i;
  }
  return count + (has_code ? 1 : 0);
}

// The first line of a server error, for a message.
std::string FirstLine(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  const std::string prefix = "ERROR:  ";
  if (line.compare(0, prefix.size(), prefix) == 0) line.erase(0, prefix.size());
  return line;
}

Cell FieldCell(const pqxx::field& field, pqxx::oid type) {
  if (field.is_null()) return Cell::Null();
  const char* text = field.c_str();
  switch (type) {
    case 20:  // int8
    case 21:  // int2
    case 23:  // int4
    case 26:  // oid
      return Cell::Integer(std::stoll(text));
    case 16:  // bool
      return Cell::Integer(text[0] == 't' ? 1 : 0);
    case 700:  // float4
    case 701:  // float8
      return Cell::Real(std::stod(text));
    case 1700: {  // numeric: sum() of bigints; an integer when it has no fraction
      std::string value = text;
      if (value.find_first_not_of("-0123456789") == std::string::npos && value.size() < 19) {
        return Cell::Integer(std::stoll(value));
      }
      return Cell::Real(std::stod(value));
    }
    default:
      return Cell::Text(std::string(text, field.size()));
  }
}

// The migration history the database records; `found` says whether schema_migrations exists.
std::map<int, AppliedMigration> ReadHistory(pqxx::transaction_base& tx, bool* found,
                                            int64_t* other_tables) {
  *found = tx.exec1("SELECT to_regclass('schema_migrations') IS NOT NULL")[0].as<bool>();
  *other_tables = tx.exec1(
                        "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                        "AND tablename <> 'schema_migrations'")[0]
                      .as<int64_t>();
  std::map<int, AppliedMigration> applied;
  if (!*found) return applied;
  for (const pqxx::row& row :
       tx.exec("SELECT version, name, sha256, applied_at FROM schema_migrations")) {
    applied[row[0].as<int>()] = {row[1].as<std::string>(), row[2].as<std::string>(),
                                 row[3].as<std::string>()};
  }
  return applied;
}

Result<std::vector<MigrationState>> States(pqxx::transaction_base& tx, const std::string& url) {
  bool found = false;
  int64_t other_tables = 0;
  std::map<int, AppliedMigration> applied = ReadHistory(tx, &found, &other_tables);
  if (!found && other_tables > 0) {
    return Status::Error(Status::Code::kRefused,
                         url + " is a PostgreSQL database but not a newsarchive archive (it has "
                               "tables but no schema_migrations); refusing to change it");
  }
  return CompareHistory(applied, PgEmbeddedMigrations(), url);
}

Result<std::unique_ptr<pqxx::connection>> Connect(const std::string& url) {
  try {
    return std::make_unique<pqxx::connection>(url);
  } catch (const pqxx::broken_connection& e) {
    return Status::Error(Status::Code::kIoError,
                         "cannot connect to " + RedactedUrl(url) + ": " + FirstLine(e.what()));
  }
}

template <typename F>
auto Guarded(F&& work) -> decltype(work()) {
  try {
    return work();
  } catch (const pqxx::failure& e) {
    throw DatabaseError(FirstLine(e.what()));
  }
}

}  // namespace

bool IsPostgresUrl(const std::string& path) {
  return path.rfind("postgresql://", 0) == 0 || path.rfind("postgres://", 0) == 0;
}

std::string RedactedUrl(const std::string& url) {
  size_t scheme = url.find("://");
  size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

Result<std::string> PgBindNamed(const std::string& sql, const SqlParams& params,
                                std::vector<std::string>* values) {
  std::map<std::string, int> numbers;
  std::string out;
  for (size_t i = 0; i < sql.size();) {
    if (size_t span = SkipSpan(sql, i)) {
      out.append(sql, i, span);
      i += span;
      continue;
    }
    const char c = sql[i];
    const char next = i + 1 < sql.size() ? sql[i + 1] : '\0';
    if (c == ':' && next == ':') {  // a cast
      out += "::";
      i += 2;
      continue;
    }
    if (c == '$' && std::isdigit(static_cast<unsigned char>(next))) {
      return Status::InvalidInput("query: use named parameters (:name), not $1");
    }
    if ((c != ':' && c != '$') || !IsNameStart(next)) {
      out += c;
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < sql.size() && IsNameChar(sql[end])) ++end;
    const std::string name = sql.substr(i + 1, end - i - 1);
    auto value = params.find(name);
    if (value == params.end()) {
      return Status::InvalidInput("query: no value for parameter " + sql.substr(i, end - i) +
                                  " (give --param " + name + "=VALUE)");
    }
    i = end;
    if (value->second.is_null()) {
      out += "NULL";
      numbers.emplace(name, 0);
      continue;
    }
    auto [it, added] = numbers.emplace(name, static_cast<int>(values->size()) + 1);
    if (added) values->push_back(value->second.text);
    out += "$" + std::to_string(it->second);
    switch (value->second.type) {
      case Cell::Type::kInteger: out += "::bigint"; break;
      case Cell::Type::kReal: out += "::float8"; break;
      default: out += "::text"; break;
    }
  }
  for (const auto& [name, value] : params) {
    if (numbers.count(name) == 0) return Status::InvalidInput("query: it has no parameter :" + name);
  }
  return out;
}

Result<std::unique_ptr<Archive>> PgArchive::Open(const std::string& url, ArchiveMode mode) {
  Result<std::unique_ptr<pqxx::connection>> connection = Connect(url);
  if (!connection.ok()) return connection.status();
  const std::string shown = RedactedUrl(url);
  return Guarded([&]() -> Result<std::unique_ptr<Archive>> {
    pqxx::work tx(**connection);
    if (mode == ArchiveMode::kReadOnly) {
      bool found = false;
      int64_t other_tables = 0;
      ReadHistory(tx, &found, &other_tables);
      if (!found && other_tables == 0) {
        return Status::Error(Status::Code::kNotFound,
                             "no archive at " + shown + " (import something first)");
      }
    } else {
      tx.exec1("SELECT pg_advisory_xact_lock(" + std::to_string(kMigrationLock) + ")");
    }
    Result<std::vector<MigrationState>> states = States(tx, shown);
    if (!states.ok()) return states.status();
    int pending = 0;
    for (const MigrationState& state : *states) pending += state.applied ? 0 : 1;
    if (mode == ArchiveMode::kReadOnly && pending > 0) {
      return Status::Error(Status::Code::kRefused,
                           shown + " needs " + std::to_string(pending) +
                               " schema migration(s) before it can be read: run `newsarchive "
                               "migrate`");
    }
    if (pending > 0) {
      tx.exec(kSchemaMigrationsSql);
      for (const EmbeddedMigration& migration : PgEmbeddedMigrations()) {
        if ((*states)[&migration - &PgEmbeddedMigrations()[0]].applied) continue;
        tx.exec(migration.sql);
        tx.exec_params(
            "INSERT INTO schema_migrations (version, name, sha256, applied_at) VALUES ($1, $2, "
            "$3, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))",
            migration.version, std::string(migration.name), MigrationChecksum(migration));
      }
    }
    tx.commit();
    return std::unique_ptr<Archive>(std::make_unique<PgArchive>(std::move(*connection), url));
  });
}

Result<std::vector<MigrationState>> PgArchive::ReadMigrationStates(const std::string& url) {
  Result<std::unique_ptr<pqxx::connection>> connection = Connect(url);
  if (!connection.ok()) return connection.status();
  return Guarded([&] {
    pqxx::read_transaction tx(**connection);
    return States(tx, RedactedUrl(url));
  });
}

PgArchive::PgArchive(std::unique_ptr<pqxx::connection> connection, std::string url)
    : connection_(std::move(connection)), url_(std::move(url)) {}

PgArchive::~PgArchive() = default;

Status PgArchive::CheckReadOnly(const std::string& sql) {
  int statements = CountStatements(sql);
  if (statements == 0) return Status::InvalidInput("query: no SQL statement given");
  if (statements > 1) {
    return Status::InvalidInput("query: " + std::to_string(statements) +
                                " statements given; run one at a time");
  }
  std::string keyword = FirstKeyword(sql.c_str());
  if (!IsReadingKeyword(keyword)) return ReadOnlyRefusal(keyword + " is a write");
  return Status::Ok();
}

Result<RunStats> PgArchive::Query(const std::string& sql, const SqlParams& params,
                                  RowWriter& writer, const RunOptions& options) {
  Status guard = CheckReadOnly(sql);
  if (!guard.ok()) return guard;
  std::vector<std::string> values;
  Result<std::string> bound = PgBindNamed(sql, params, &values);
  if (!bound.ok()) return bound.status();

  // An interrupt cancels the running statement from a watcher thread.
  std::atomic<bool> done{false};
  std::atomic<bool> interrupted{false};
  std::thread watcher;
  if (options.interrupt != nullptr) {
    watcher = std::thread([&] {
      while (!done) {
        if (*options.interrupt) {
          interrupted = true;
          connection_->cancel_query();
          return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    });
  }
  struct Join {
    std::atomic<bool>& done;
    std::thread& thread;
    ~Join() {
      done = true;
      if (thread.joinable()) thread.join();
    }
  } join{done, watcher};

  std::lock_guard<std::mutex> lock(mutex_);
  pqxx::result result;
  try {
    pqxx::read_transaction tx(*connection_);
    const int64_t ms = options.timeout_seconds > 0
                           ? std::max<int64_t>(1, static_cast<int64_t>(options.timeout_seconds * 1000))
                           : 0;
    tx.exec("SET LOCAL statement_timeout = " + std::to_string(ms));
    result = tx.exec_params(*bound, pqxx::prepare::make_dynamic_params(values));
    tx.commit();
  } catch (const pqxx::sql_error& e) {
    const std::string state = e.sqlstate();
    if (state == "25006") return ReadOnlyRefusal(FirstKeyword(sql.c_str()) + " is a write");
    if (state == "57014" && interrupted) return Status::Error(Status::Code::kRefused, "query interrupted");
    if (state == "57014") {
      char seconds[32];
      std::snprintf(seconds, sizeof seconds, "%g", options.timeout_seconds);
      return Status::Error(Status::Code::kRefused, std::string("query stopped: it ran longer than ") +
                                                       seconds + " s (raise the limit with --timeout)");
    }
    if (state == "42501") return ReadOnlyRefusal("not authorized: " + FirstLine(e.what()));
    const std::string cls = state.substr(0, 2);
    if (cls == "42" || cls == "22" || cls == "21" || cls == "0A" || cls == "2B" || cls == "23") {
      return Status::InvalidInput("query: " + FirstLine(e.what()));
    }
    throw DatabaseError(FirstLine(e.what()));
  } catch (const pqxx::failure& e) {
    throw DatabaseError(FirstLine(e.what()));
  }

  const int columns = static_cast<int>(result.columns());
  std::vector<std::string> names;
  std::vector<pqxx::oid> types;
  for (int i = 0; i < columns; ++i) {
    names.push_back(result.column_name(i));
    types.push_back(result.column_type(i));
  }
  writer.Begin(names);
  RunStats stats;
  Row row(columns);
  for (const pqxx::row& r : result) {
    if (options.max_rows >= 0 && stats.rows >= options.max_rows) {
      stats.truncated = true;
      break;
    }
    for (int i = 0; i < columns; ++i) row[i] = FieldCell(r[i], types[i]);
    writer.Write(row);
    ++stats.rows;
  }
  writer.End();
  return stats;
}

Result<StoreResult> PgArchive::ImportArticle(const Article& article, const SourceInfo& source,
                                             bool replace) {
  std::lock_guard<std::mutex> lock(mutex_);
  return Guarded([&] { return PgImportArticle(*connection_, article, source, replace); });
}

int64_t PgArchive::ArticleCount() {
  std::lock_guard<std::mutex> lock(mutex_);
  return Guarded([&] {
    pqxx::read_transaction tx(*connection_);
    return tx.exec1("SELECT count(*) FROM articles")[0].as<int64_t>();
  });
}

int64_t PgArchive::FindBySha256(const std::string& sha256) {
  std::lock_guard<std::mutex> lock(mutex_);
  return Guarded([&] {
    pqxx::read_transaction tx(*connection_);
    pqxx::result found = tx.exec_params("SELECT id FROM articles WHERE sha256 = $1", sha256);
    return found.empty() ? int64_t{0} : found[0][0].as<int64_t>();
  });
}

CheckReport PgArchive::Check() {
  std::lock_guard<std::mutex> lock(mutex_);
  return Guarded([&] {
    // PostgreSQL keeps its own pages, foreign keys and search vectors sound; what is left to
    // check is the archive's own rule that every person appears somewhere.
    CheckReport report;
    CheckResult orphans;
    orphans.name = "orphans";
    orphans.description = "people with no quote, no role and no mention";
    pqxx::read_transaction tx(*connection_);
    for (const pqxx::row& row : tx.exec(
             "SELECT id, name FROM people p WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE "
             "q.person_id = p.id) AND NOT EXISTS (SELECT 1 FROM roles r WHERE r.person_id = "
             "p.id) AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.person_id = p.id) "
             "ORDER BY id LIMIT " + std::to_string(kMaxFindingsPerCheck))) {
      orphans.findings.push_back({CheckSeverity::kWarning, "people", row[0].as<int64_t>(),
                                  "person " + row[1].as<std::string>() + " appears nowhere"});
      ++orphans.warnings;
    }
    report.checks.push_back(std::move(orphans));
    return report;
  });
}

Result<BackupReport> PgArchive::Backup(const std::string&, const BackupOptions&) {
  return Status::Error(Status::Code::kRefused,
                       "backup copies SQLite archives; back up a PostgreSQL archive with pg_dump "
                       "(see docs/postgresql.md)");
}

}  // namespace newsarchive
