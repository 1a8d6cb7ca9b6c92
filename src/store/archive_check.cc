// How this works: each check is a function that adds findings to its CheckResult. CheckArchive
// runs them in turn, each inside its own try block, so a damaged page that makes one query throw
// is reported as that check's finding and the remaining checks still run. The FTS5
// 'integrity-check' command is an INSERT in form (it writes nothing), so it runs inside a
// savepoint that is always rolled back.
#include "store/archive_check.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <fstream>
#include <utility>

#include "store/archive_db.h"
#include "store/migrator.h"
#include "store/person_counts.h"

namespace newsarchive {
namespace {

void Add(CheckResult* result, CheckSeverity severity, std::string table, int64_t row_id,
         std::string message) {
  AddFinding(result, severity, std::move(table), row_id, std::move(message));
}

bool TableExists(SQLite::Database& db, const std::string& name) {
  SQLite::Statement q(db, "SELECT 1 FROM sqlite_master WHERE name = ?");
  q.bind(1, name);
  return q.executeStep();
}

void CheckIntegrity(SQLite::Database& db, CheckResult* result) {
  SQLite::Statement q(db, "PRAGMA integrity_check");
  while (q.executeStep()) {
    std::string line = q.getColumn(0).getString();
    if (line != "ok") Add(result, CheckSeverity::kError, "", 0, std::move(line));
  }
}

// The column a foreign key of `table` is declared on, by its id in foreign_key_list.
std::string ForeignKeyColumn(SQLite::Database& db, const std::string& table, int64_t fk_id) {
  SQLite::Statement q(db, "SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ?");
  q.bind(1, table);
  q.bind(2, static_cast<int64_t>(fk_id));
  return q.executeStep() ? q.getColumn(0).getString() : "?";
}

void CheckForeignKeys(SQLite::Database& db, CheckResult* result) {
  SQLite::Statement q(db, "PRAGMA foreign_key_check");
  while (q.executeStep()) {
    const std::string table = q.getColumn(0).getString();
    const bool has_rowid = !q.getColumn(1).isNull();
    const int64_t row_id = has_rowid ? q.getColumn(1).getInt64() : 0;
    const std::string parent = q.getColumn(2).getString();
    const std::string column = ForeignKeyColumn(db, table, q.getColumn(3).getInt64());
    std::string value = "?";
    if (has_rowid && column != "?") {
      SQLite::Statement v(db, "SELECT \"" + column + "\" FROM \"" + table + "\" WHERE rowid = ?");
      v.bind(1, row_id);
      if (v.executeStep()) value = v.getColumn(0).getString();
    }
    std::string where = table + (has_rowid ? " row " + std::to_string(row_id) : " (a row)");
    Add(result, CheckSeverity::kError, table, row_id,
        where + ": " + column + " " + value + " points to no row of " + parent);
  }
}

struct FtsIndex {
  const char* fts;
  const char* content;
};
constexpr FtsIndex kFtsIndexes[] = {{"quotes_fts", "quotes"}, {"articles_fts", "articles"}};

// The FTS5 'integrity-check' command with rank 1 also compares the index with the content
// table. It needs a writable connection, although it writes nothing.
void CheckFtsWithCommand(SQLite::Database& db, const FtsIndex& index, CheckResult* result) {
  db.exec("SAVEPOINT newsarchive_check");
  try {
    db.exec(std::string("INSERT INTO ") + index.fts + " (" + index.fts +
            ", rank) VALUES ('integrity-check', 1)");
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() != SQLITE_CORRUPT) {
      db.exec("ROLLBACK TO newsarchive_check; RELEASE newsarchive_check");
      throw;
    }
    Add(result, CheckSeverity::kError, index.fts, 0,
        std::string(index.fts) + " does not match " + index.content + " (" + e.what() +
            "); rebuild it with: INSERT INTO " + index.fts + " (" + index.fts +
            ") VALUES ('rebuild')");
  }
  db.exec("ROLLBACK TO newsarchive_check; RELEASE newsarchive_check");
}

// Read-only stand-in: every content row has an entry in the index's docsize table and no entry
// is left for a row that is gone. It cannot see wrong tokens, only missing or extra rows.
void CheckFtsByRowIds(SQLite::Database& db, const FtsIndex& index, CheckResult* result) {
  const std::string fts = index.fts;
  const std::string content = index.content;
  const std::string docsize = fts + "_docsize";
  if (!TableExists(db, docsize)) return;
  SQLite::Statement missing(db, "SELECT id FROM " + content + " EXCEPT SELECT id FROM " + docsize);
  while (missing.executeStep()) {
    const int64_t id = missing.getColumn(0).getInt64();
    Add(result, CheckSeverity::kError, content, id,
        content + " row " + std::to_string(id) + " is missing from " + fts);
  }
  SQLite::Statement extra(db, "SELECT id FROM " + docsize + " EXCEPT SELECT id FROM " + content);
  while (extra.executeStep()) {
    const int64_t id = extra.getColumn(0).getInt64();
    Add(result, CheckSeverity::kError, fts, id,
        fts + " indexes row " + std::to_string(id) + " that " + content + " no longer has");
  }
}

void CheckFts(SQLite::Database& db, bool read_only, CheckResult* result) {
  for (const FtsIndex& index : kFtsIndexes) {
    if (!TableExists(db, index.fts)) continue;
    if (read_only) {
      CheckFtsByRowIds(db, index, result);
    } else {
      CheckFtsWithCommand(db, index, result);
    }
  }
}

void CheckArticlesComplete(SQLite::Database& db, CheckResult* result) {
  // UNIQUE (article_id, position) and position >= 1 make count == max exactly when 1..n. The
  // quotes found in the prose have no position and are not counted.
  SQLite::Statement gaps(db,
                         "SELECT article_id, COUNT(position), MAX(position) FROM quotes "
                         "GROUP BY article_id HAVING COUNT(position) <> MAX(position)");
  while (gaps.executeStep()) {
    const int64_t id = gaps.getColumn(0).getInt64();
    Add(result, CheckSeverity::kError, "articles", id,
        "article " + std::to_string(id) + " has " + gaps.getColumn(1).getString() +
            " quotes but positions run to " + gaps.getColumn(2).getString() +
            ": some of its turns are missing");
  }
  SQLite::Statement empty(db,
                          "SELECT id, title FROM articles a "
                          "WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id)");
  while (empty.executeStep()) {
    const int64_t id = empty.getColumn(0).getInt64();
    Add(result, CheckSeverity::kWarning, "articles", id,
        "article " + std::to_string(id) + " \"" + empty.getColumn(1).getString() +
            "\" has no quotes");
  }
}

// Every direct or reported quote, and every mention, stands inside the turn or block it was found
// in: the block exists and the words start within its text (they may run on into the blocks
// after it, as a quote over several paragraphs does).
void CheckProsePlaces(SQLite::Database& db, CheckResult* result) {
  if (!TableExists(db, "mentions")) return;
  for (const char* table : {"quotes", "mentions"}) {
    SQLite::Statement q(db,
                        std::string("SELECT x.id, x.article_id, x.found_in, b.id IS NULL FROM ") +
                            table +
                            " x LEFT JOIN quotes b ON b.article_id = x.article_id AND "
                            "b.position = x.found_in WHERE x.found_in IS NOT NULL AND (b.id IS "
                            "NULL OR x.start_offset > length(b.text)) ORDER BY x.id");
    while (q.executeStep()) {
      const int64_t id = q.getColumn(0).getInt64();
      const std::string where = std::string(table) + " row " + std::to_string(id) + ": ";
      Add(result, CheckSeverity::kError, table, id,
          where + (q.getColumn(3).getInt() != 0
                       ? "found in block " + q.getColumn(2).getString() + " of article " +
                             q.getColumn(1).getString() + ", which it does not have"
                       : "starts past the end of block " + q.getColumn(2).getString() +
                             " of article " + q.getColumn(1).getString()));
    }
  }
}

void CheckOrphans(SQLite::Database& db, CheckResult* result) {
  const bool mentions = TableExists(db, "mentions");
  SQLite::Statement q(db,
                      std::string("SELECT id, name FROM people p "
                                  "WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.person_id = "
                                  "p.id) AND NOT EXISTS (SELECT 1 FROM roles r WHERE r.person_id "
                                  "= p.id) ") +
                          (mentions ? "AND NOT EXISTS (SELECT 1 FROM mentions m WHERE "
                                      "m.person_id = p.id) "
                                    : "") +
                          "ORDER BY id");
  while (q.executeStep()) {
    const int64_t id = q.getColumn(0).getInt64();
    Add(result, CheckSeverity::kWarning, "people", id,
        "person " + std::to_string(id) + " \"" + q.getColumn(1).getString() +
            "\" has no quotes, no roles and no mentions");
  }
}

// The bytes of SQLite's database header (https://sqlite.org/fileformat.html) that say what the
// file should be: big-endian integers at fixed offsets.
uint32_t HeaderInt(const std::string& header, size_t offset, size_t width) {
  uint32_t value = 0;
  for (size_t i = 0; i < width; ++i) {
    value = (value << 8) | static_cast<unsigned char>(header[offset + i]);
  }
  return value;
}

// The "file" check: is this a whole SQLite database? False when it is not one at all.
bool CheckFileHeader(const std::string& path, int64_t size, CheckResult* result) {
  auto error = [&](const std::string& message) {
    Add(result, CheckSeverity::kError, "", 0, path + " " + message);
    return false;
  };
  if (size == 0) return error("is an empty file (0 bytes), not an archive; nothing was created");
  std::string header(100, '\0');
  std::ifstream in(path, std::ios::binary);
  in.read(header.data(), static_cast<std::streamsize>(header.size()));
  header.resize(static_cast<size_t>(in.gcount()));
  static const std::string kMagic("SQLite format 3\0", 16);
  if (header.compare(0, kMagic.size(), kMagic) != 0) {
    return error("is not a SQLite database (it does not start with \"SQLite format 3\"; " +
                 std::to_string(size) + " bytes)");
  }
  if (header.size() < 100) {
    return error("is truncated: " + std::to_string(size) + " bytes, less than a header");
  }
  uint32_t page_size = HeaderInt(header, 16, 2);
  if (page_size == 1) page_size = 65536;
  if (page_size < 512 || (page_size & (page_size - 1)) != 0) {
    return error("has a damaged header: page size " + std::to_string(page_size));
  }
  // The page count is only valid when the "version valid for" number matches the change counter.
  const uint32_t pages = HeaderInt(header, 28, 4);
  if (pages > 0 && HeaderInt(header, 92, 4) == HeaderInt(header, 24, 4)) {
    const int64_t expected = int64_t{pages} * page_size;
    if (size < expected) {
      Add(result, CheckSeverity::kError, "", 0,
          path + " is truncated: its header counts " + std::to_string(pages) + " pages of " +
              std::to_string(page_size) + " bytes (" + std::to_string(expected) +
              " bytes), the file has " + std::to_string(size));
    }
  }
  return true;
}

void CheckSchemaHistory(SQLite::Database& db, const std::string& path, CheckResult* result) {
  Result<std::vector<MigrationState>> states = Migrator(db, path).ReadStates();
  if (!states.ok()) {
    Add(result, CheckSeverity::kError, "schema_migrations", 0, states.status().message());
    return;
  }
  int pending = 0;
  for (const MigrationState& state : *states) pending += state.applied ? 0 : 1;
  if (pending > 0) {
    Add(result, CheckSeverity::kWarning, "schema_migrations", 0,
        path + " needs " + std::to_string(pending) +
            " schema migration(s) (run `newsarchive migrate`); checked as it is");
  }
}

}  // namespace

Result<CheckReport> CheckArchiveFile(const std::string& path) {
  Result<ArchivePath> looked = LookAtArchivePath(path);
  if (!looked.ok()) return looked.status();
  if (!looked->exists) return Status::Error(Status::Code::kNotFound, "no archive there", path);
  CheckReport report;
  CheckResult file;
  file.name = "file";
  file.description = "the SQLite header: a whole database file";
  const bool is_database = CheckFileHeader(path, looked->size, &file);
  report.checks.push_back(std::move(file));
  if (!is_database) return report;

  const bool tidy = SideFilesAbsent(path);
  {
    Result<std::unique_ptr<SQLite::Database>> db = OpenArchiveFile(path);
    if (!db.ok()) return db.status();
    CheckResult schema;
    schema.name = "schema";
    schema.description = "the migration history: a newsarchive archive this binary knows";
    try {
      CheckSchemaHistory(**db, path, &schema);
    } catch (const SQLite::Exception& e) {
      if (IsLockedError(e)) throw;  // not a finding: the caller says the archive was locked
      Add(&schema, CheckSeverity::kError, "", 0,
          std::string("the check could not run: ") + e.what());
    }
    report.checks.push_back(std::move(schema));
    CheckReport rest = CheckArchive(**db);
    for (CheckResult& result : rest.checks) report.checks.push_back(std::move(result));
  }
  if (tidy) TidySideFiles(path);
  return report;
}

void AddFinding(CheckResult* result, CheckSeverity severity, std::string table, int64_t row_id,
                std::string message) {
  ++(severity == CheckSeverity::kError ? result->errors : result->warnings);
  if (result->findings.size() < static_cast<size_t>(kMaxFindingsPerCheck)) {
    result->findings.push_back({severity, std::move(table), row_id, std::move(message)});
  }
}

const char* CheckSeverityName(CheckSeverity severity) {
  return severity == CheckSeverity::kError ? "error" : "warning";
}

int64_t CheckReport::errors() const {
  int64_t n = 0;
  for (const CheckResult& c : checks) n += c.errors;
  return n;
}

int64_t CheckReport::warnings() const {
  int64_t n = 0;
  for (const CheckResult& c : checks) n += c.warnings;
  return n;
}

CheckReport CheckArchive(SQLite::Database& db) {
  const bool read_only = sqlite3_db_readonly(db.getHandle(), "main") == 1;
  struct Step {
    const char* name;
    std::string description;
    void (*run)(SQLite::Database&, bool, CheckResult*);
  };
  const Step steps[] = {
      {"integrity", "PRAGMA integrity_check: the file's pages, indexes and constraints",
       [](SQLite::Database& d, bool, CheckResult* r) { CheckIntegrity(d, r); }},
      {"foreign_keys", "PRAGMA foreign_key_check: quotes, roles and aliases point to real rows",
       [](SQLite::Database& d, bool, CheckResult* r) { CheckForeignKeys(d, r); }},
      {"fts",
       read_only ? "full-text indexes hold exactly the rows of quotes and articles (row ids "
                   "only: the FTS5 integrity-check needs a writable archive)"
                 : "FTS5 integrity-check: full-text indexes match quotes and articles",
       CheckFts},
      {"articles_complete", "every article has quotes numbered 1..n with no gap",
       [](SQLite::Database& d, bool, CheckResult* r) { CheckArticlesComplete(d, r); }},
      {"prose_places",
       "direct and reported quotes and mentions stand inside the turn or block they were found in",
       [](SQLite::Database& d, bool, CheckResult* r) { CheckProsePlaces(d, r); }},
      {"orphans", "people with no quotes, no roles and no mentions",
       [](SQLite::Database& d, bool, CheckResult* r) { CheckOrphans(d, r); }},
      {"person_counts", "each person's kept counts equal a recount from quotes, roles, articles",
       [](SQLite::Database& d, bool, CheckResult* r) {
         if (TableExists(d, "person_counts")) CheckPersonCounts(d, r);
       }},
  };
  CheckReport report;
  for (const Step& step : steps) {
    CheckResult result;
    result.name = step.name;
    result.description = step.description;
    try {
      step.run(db, read_only, &result);
    } catch (const SQLite::Exception& e) {
      // Another process's lock says nothing about the archive: stop at once (exit 5), rather
      // than wait out the busy timeout once per check and call the archive damaged.
      if (IsLockedError(e)) throw;
      Add(&result, CheckSeverity::kError, "", 0,
          std::string("the check could not run: ") + e.what());
    }
    report.checks.push_back(std::move(result));
  }
  return report;
}

}  // namespace newsarchive
