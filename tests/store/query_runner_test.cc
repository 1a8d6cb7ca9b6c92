#include "store/query_runner.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "query_fixture.h"

namespace newsarchive {
namespace {

using namespace testing_fixture;

// Everything the database holds that a write could change: schema, settings and row counts.
std::string Fingerprint(SQLite::Database& db) {
  std::string out;
  SQLite::Statement schema(db, "SELECT type, name, sql FROM sqlite_schema ORDER BY name");
  while (schema.executeStep()) out += schema.getColumn(2).getString() + "\n";
  SQLite::Statement temp(db, "SELECT name FROM sqlite_temp_schema ORDER BY name");
  while (temp.executeStep()) out += "temp:" + temp.getColumn(0).getString() + "\n";
  out += "user_version=" + std::to_string(Count(db, "PRAGMA user_version")) + "\n";
  out += "journal_mode=" + db.execAndGet("PRAGMA journal_mode").getString() + "\n";
  out += "foreign_keys=" + std::to_string(Count(db, "PRAGMA foreign_keys")) + "\n";
  for (const char* table : {"articles", "people", "person_aliases", "roles", "quotes"}) {
    out += std::string(table) + "=" +
           std::to_string(Count(db, std::string("SELECT count(*) FROM ") + table)) + "\n";
  }
  out += "names=" + db.execAndGet("SELECT group_concat(name) FROM people").getString() + "\n";
  SQLite::Statement databases(db, "SELECT name FROM pragma_database_list ORDER BY name");
  while (databases.executeStep()) out += "db:" + databases.getColumn(0).getString() + "\n";
  return out;
}

std::string TempPath(const std::string& name) {
  return ::testing::TempDir() + "query_runner_" + std::to_string(::getpid()) + "_" + name;
}

bool FileExists(const std::string& path) { return ::access(path.c_str(), F_OK) == 0; }

TEST(QueryRunner, StreamsColumnsAndTypedRows) {
  auto db = FilledDb();
  RowCollector out;
  Result<RunStats> run =
      RunQuery(*db, "SELECT 1 AS i, 2.5 AS r, 'x' AS t, NULL AS n, x'CAFE' AS b", {}, out);
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->rows, 1);
  EXPECT_FALSE(run->truncated);
  EXPECT_EQ(out.columns, (std::vector<std::string>{"i", "r", "t", "n", "b"}));
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.rows[0][0].type, Cell::Type::kInteger);
  EXPECT_EQ(out.rows[0][0].text, "1");
  EXPECT_EQ(out.rows[0][1].type, Cell::Type::kReal);
  EXPECT_EQ(out.rows[0][2].type, Cell::Type::kText);
  EXPECT_EQ(out.rows[0][2].text, "x");
  EXPECT_TRUE(out.rows[0][3].is_null());
  EXPECT_EQ(out.rows[0][4].text, "X'CAFE'");
  EXPECT_EQ(out.begins, 1);
  EXPECT_EQ(out.ends, 1);
}

TEST(QueryRunner, EmptyResultStillWritesTheHeader) {
  auto db = MigratedDb();
  RowCollector out;
  Result<RunStats> run = RunQuery(*db, "SELECT id, name FROM people", {}, out);
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(run->rows, 0);
  EXPECT_EQ(out.columns, (std::vector<std::string>{"id", "name"}));
  EXPECT_EQ(out.begins, 1);
  EXPECT_EQ(out.ends, 1);
}

TEST(QueryRunner, BindsNamedParametersWithAnyPrefix) {
  auto db = FilledDb();
  RowCollector out;
  Result<RunStats> run = RunQuery(
      *db, "SELECT name FROM people WHERE id = :a OR id = @b OR name = $c ORDER BY id",
      {{"a", Cell::Integer(1)}, {"b", Cell::Integer(2)}, {"c", Cell::Text("Kim Sorensen")}}, out);
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  EXPECT_EQ(out.Column("name"),
            (std::vector<std::string>{"Lena Okafor", "Tomas Brennan", "Kim Sorensen"}));
}

TEST(QueryRunner, HostileParameterValuesAreOnlyText) {
  auto db = FilledDb();
  std::string before = Fingerprint(*db);
  for (const char* hostile : {"'; DROP TABLE people; --", "O'Brien", "\" OR 1=1 --", "%", "_"}) {
    RowCollector out;
    Result<RunStats> run = RunQuery(*db, "SELECT id FROM people WHERE name = :name",
                                    {{"name", Cell::Text(hostile)}}, out);
    ASSERT_TRUE(run.ok()) << hostile << ": " << run.status().ToString();
    EXPECT_EQ(run->rows, 0) << hostile;
  }
  EXPECT_EQ(Fingerprint(*db), before);
}

TEST(QueryRunner, ParamValueFromTextMakesCanonicalIntegersNumbers) {
  struct Case {
    const char* text;
    Cell::Type type;
  };
  const Case cases[] = {
      {"12", Cell::Type::kInteger},  {"0", Cell::Type::kInteger},  {"-3", Cell::Type::kInteger},
      {"012", Cell::Type::kText},    {"1e3", Cell::Type::kText},   {"-", Cell::Type::kText},
      {"", Cell::Type::kText},       {"12a", Cell::Type::kText},   {"-0", Cell::Type::kText},
      {"Trump", Cell::Type::kText},  {"99999999999999999999", Cell::Type::kText},
  };
  for (const Case& c : cases) {
    Cell cell = ParamValueFromText(c.text);
    EXPECT_EQ(cell.type, c.type) << "\"" << c.text << "\"";
    EXPECT_EQ(cell.text, c.text) << "\"" << c.text << "\"";
  }
}

TEST(QueryRunner, MissingUnknownAndPositionalParametersAreErrors) {
  auto db = FilledDb();
  RowCollector out;
  Result<RunStats> missing = RunQuery(*db, "SELECT :x AS x", {}, out);
  EXPECT_EQ(missing.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(missing.status().message().find("--param x=VALUE"), std::string::npos)
      << missing.status().message();

  Result<RunStats> unknown =
      RunQuery(*db, "SELECT :x AS x", {{"x", Cell::Integer(1)}, {"y", Cell::Integer(2)}}, out);
  EXPECT_EQ(unknown.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(unknown.status().message().find(":y"), std::string::npos);

  Result<RunStats> positional = RunQuery(*db, "SELECT ? AS x", {}, out);
  EXPECT_EQ(positional.status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(out.begins, 0) << "nothing is written when the query cannot run";
}

TEST(QueryRunner, RefusesEveryKindOfWrite) {
  std::string attached = TempPath("attached.db");
  std::string vacuumed = TempPath("vacuumed.db");
  struct Case {
    std::string sql;
    std::string why;  // what the message says after "refused: query is read-only ("
  };
  const std::vector<Case> cases = {
      {"INSERT INTO people (name, name_key) VALUES ('x', 'x')", "INSERT is a write"},
      {"REPLACE INTO people (id, name, name_key) VALUES (1, 'x', 'x')", "INSERT is a write"},
      {"INSERT INTO people (name, name_key) VALUES ('x', 'y') RETURNING id", "INSERT is a write"},
      {"UPDATE people SET name = 'x'", "UPDATE is a write"},
      {"DELETE FROM quotes", "DELETE is a write"},
      {"WITH doomed AS (SELECT id FROM quotes) DELETE FROM quotes WHERE id IN doomed",
       "DELETE is a write"},
      {"CREATE TABLE t (x)", "CREATE is a write"},
      {"CREATE INDEX people_name ON people (name)", "CREATE is a write"},
      {"CREATE VIEW v AS SELECT 1", "CREATE is a write"},
      {"CREATE TEMP TABLE t (x)", "CREATE is a write"},
      {"CREATE TEMP VIEW v AS SELECT 1", "CREATE is a write"},
      {"CREATE TEMP TRIGGER t AFTER INSERT ON people BEGIN SELECT 1; END", "CREATE is a write"},
      {"CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, quotes_fts, row)", "CREATE is a write"},
      {"DROP TABLE people", "DROP is a write"},
      {"DROP INDEX quotes_person", "DROP is a write"},
      {"DROP TRIGGER quotes_fts_insert", "DROP is a write"},
      {"ALTER TABLE people ADD COLUMN x TEXT", "ALTER TABLE is a write"},
      {"ALTER TABLE people RENAME TO persons", "ALTER TABLE is a write"},
      {"ATTACH DATABASE '" + attached + "' AS other", "ATTACH opens another database file"},
      {"DETACH DATABASE other", "DETACH changes the connection"},
      {"VACUUM", "VACUUM is a write"},
      {"VACUUM INTO '" + vacuumed + "'", "VACUUM is a write"},
      {"REINDEX", "REINDEX is a write"},
      {"ANALYZE", "ANALYZE is a write"},
      {"PRAGMA user_version = 9", "PRAGMA user_version = 9 is a write"},
      {"PRAGMA journal_mode = delete", "PRAGMA journal_mode = delete is a write"},
      {"PRAGMA query_only = 0", "PRAGMA query_only = 0 is a write"},
      {"PRAGMA writable_schema = 1", "PRAGMA writable_schema = 1 is a write"},
      {"PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys = OFF is a write"},
      {"PRAGMA optimize", "PRAGMA optimize is not a read-only pragma"},
      {"SELECT load_extension('libevil')", "load_extension() is not allowed"},
      {"BEGIN", "BEGIN is not allowed: each query runs on its own"},
      {"COMMIT", "COMMIT is not allowed: each query runs on its own"},
      {"SAVEPOINT s", "SAVEPOINT is not allowed: each query runs on its own"},
      {"SELECT 1; DELETE FROM quotes", "DELETE is a write"},
      {"SELECT 1;\n-- harmless?\nDROP TABLE people;", "DROP is a write"},
  };
  auto db = FilledDb();
  std::string before = Fingerprint(*db);
  for (const Case& c : cases) {
    RowCollector out;
    Result<RunStats> run = RunQuery(*db, c.sql, {}, out);
    EXPECT_EQ(run.status().code(), Status::Code::kRefused) << c.sql;
    EXPECT_EQ(run.status().message(), "refused: query is read-only (" + c.why + ")") << c.sql;
    EXPECT_EQ(out.begins, 0) << "no statement ran: " << c.sql;
    EXPECT_EQ(CheckReadOnly(*db, c.sql).code(), Status::Code::kRefused) << c.sql;
    EXPECT_EQ(Fingerprint(*db), before) << "database changed by: " << c.sql;
  }
  EXPECT_FALSE(FileExists(attached)) << "ATTACH created a file";
  EXPECT_FALSE(FileExists(vacuumed)) << "VACUUM INTO created a file";
}

TEST(QueryRunner, AllowsReadOnlyPragmasAndFullTextSearch) {
  auto db = FilledDb();
  const char* reads[] = {
      "PRAGMA table_info(quotes)",
      "PRAGMA index_list('quotes')",
      "PRAGMA foreign_key_list(roles)",
      "PRAGMA user_version",
      // sqlite3_stmt_readonly() calls these writes even with no value; they only read.
      "PRAGMA journal_mode",
      "PRAGMA main.journal_mode",
      "PRAGMA locking_mode",
      "SELECT name FROM pragma_table_info('people')",
      "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'bridge' ORDER BY rank",
      "SELECT highlight(articles_fts, 0, '[', ']') FROM articles_fts WHERE articles_fts MATCH "
      "'valdoria'",
      "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5) "
      "SELECT x FROM n",
      "SELECT 1; ",
      "  -- a comment first\nSELECT 1 /* and one after */",
  };
  for (const char* sql : reads) {
    RowCollector out;
    Result<RunStats> run = RunQuery(*db, sql, {}, out);
    EXPECT_TRUE(run.ok()) << sql << ": " << run.status().ToString();
    EXPECT_GT(out.rows.size(), 0u) << sql;
  }
}

TEST(QueryRunner, GuardIsRemovedAfterTheQuery) {
  auto db = FilledDb();
  RowCollector out;
  ASSERT_FALSE(RunQuery(*db, "DELETE FROM quotes", {}, out).ok());
  // The same connection writes again once RunQuery returned (the importer shares this code path).
  static_cast<SQLite::Database&>(*db).exec("INSERT INTO people (name, name_key) VALUES ('Ada Quill', 'ada quill')");
  EXPECT_EQ(Count(*db, "SELECT count(*) FROM people WHERE name = 'Ada Quill'"), 1);
}

TEST(QueryRunner, SeveralReadStatementsAreRefusedAsAWhole) {
  auto db = FilledDb();
  RowCollector out;
  Result<RunStats> run = RunQuery(*db, "SELECT 1; SELECT 2", {}, out);
  EXPECT_EQ(run.status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(run.status().message(), "query: 2 statements given; run one at a time");
  EXPECT_EQ(out.begins, 0);
}

TEST(QueryRunner, SqlErrorsAreInvalidInputNamingTheProblem) {
  auto db = FilledDb();
  struct Case {
    const char* sql;
    const char* says;
  };
  const Case cases[] = {
      {"SELEC 1", "syntax error"},
      {"SELECT * FROM no_such_table", "no such table: no_such_table"},
      {"", "no SQL statement given"},
      {"   -- only a comment", "no SQL statement given"},
      {"SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'AND('", "fts5: syntax error"},
  };
  for (const Case& c : cases) {
    RowCollector out;
    Result<RunStats> run = RunQuery(*db, c.sql, {}, out);
    EXPECT_EQ(run.status().code(), Status::Code::kInvalidInput) << c.sql;
    EXPECT_NE(run.status().message().find(c.says), std::string::npos)
        << c.sql << ": " << run.status().message();
    EXPECT_EQ(out.begins, 0) << "an error in the first step writes nothing: " << c.sql;
  }
}

const char kForever[] =
    "WITH RECURSIVE forever(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM forever) "
    "SELECT count(*) FROM forever";

TEST(QueryRunner, TimeLimitStopsAQueryThatRunsForever) {
  auto db = FilledDb();
  RowCollector out;
  RunOptions options;
  options.timeout_seconds = 0.2;
  auto start = std::chrono::steady_clock::now();
  Result<RunStats> run = RunQuery(*db, kForever, {}, out, options);
  double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(run.status().code(), Status::Code::kRefused);
  EXPECT_EQ(run.status().message(),
            "query stopped: it ran longer than 0.2 s (raise the limit with --timeout)");
  EXPECT_LT(elapsed, 5.0);
  // The connection is usable afterwards.
  EXPECT_EQ(Count(*db, "SELECT count(*) FROM people"), 7);
}

const char kEndlessRows[] =
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c";

TEST(QueryRunner, RowsCutShortByTheTimeLimitEndWithAbortNotEnd) {
  auto db = FilledDb();
  RowCollector out;
  RunOptions options;
  options.timeout_seconds = 0.2;
  Result<RunStats> run = RunQuery(*db, kEndlessRows, {}, out, options);
  EXPECT_EQ(run.status().code(), Status::Code::kRefused);
  EXPECT_FALSE(out.rows.empty());
  EXPECT_EQ(out.ends, 0) << "the output would look complete";
  EXPECT_EQ(out.aborted, run.status().message());
}

TEST(QueryRunner, AHugeTimeLimitIsNoLimitNotAnOverflow) {
  auto db = FilledDb();
  for (double seconds : {1e10, 1e300}) {
    RowCollector out;
    RunOptions options;
    options.timeout_seconds = seconds;
    Result<RunStats> run = RunQuery(*db, "SELECT count(*) FROM people", {}, out, options);
    ASSERT_TRUE(run.ok()) << seconds << ": " << run.status().ToString();
    EXPECT_EQ(out.rows.at(0)[0].text, "7");
  }
}

TEST(QueryRunner, SqlWithANulByteIsRefusedNotLoopedOver) {
  auto db = FilledDb();
  RowCollector out;
  Result<RunStats> run = RunQuery(*db, std::string("SELECT 1\0 SELECT 2", 19), {}, out);
  EXPECT_EQ(run.status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(run.status().message(),
            "query: the SQL holds a NUL byte (at byte 9); SQL text cannot contain one");
  EXPECT_FALSE(CheckReadOnly(*db, std::string("SELECT 1\0", 9)).ok());
}

TEST(QueryRunner, ValuesLongerThanTheLimitAreRefusedBeforeTheyAreMade) {
  auto db = FilledDb();
  RowCollector out;
  RunOptions options;
  options.max_value_bytes = 1 << 20;
  Result<RunStats> run = RunQuery(*db, "SELECT zeroblob(2000000)", {}, out, options);
  EXPECT_EQ(run.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(run.status().message().find("longer than the 1 MiB"), std::string::npos)
      << run.status().message();
  // The limit is the query's own: the connection gets its old one back.
  EXPECT_EQ(Count(*db, "SELECT length(zeroblob(2000000))"), 2000000);
}

TEST(QueryRunner, AQueryNeedingMoreMemoryThanTheLimitStopsWithAMessage) {
  auto db = FilledDb();
  RowCollector out;
  RunOptions options;
  options.memory_limit_bytes = 8 << 20;
  Result<RunStats> run = RunQuery(*db, "SELECT zeroblob(50000000)", {}, out, options);
  EXPECT_EQ(run.status().code(), Status::Code::kRefused);
  EXPECT_EQ(run.status().message(), "query stopped: it needed more than 8 MiB of memory");
  EXPECT_EQ(sqlite3_hard_heap_limit64(-1), 0) << "the process-wide limit is restored";
}

TEST(QueryRunner, InterruptFlagStopsARunningQuery) {
  auto db = FilledDb();
  RowCollector out;
  std::atomic<bool> interrupt{false};
  RunOptions options;
  options.timeout_seconds = 0;  // no time limit: only the flag can stop it
  options.interrupt = &interrupt;
  std::thread raiser([&interrupt] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    interrupt = true;
  });
  Result<RunStats> run = RunQuery(*db, kForever, {}, out, options);
  raiser.join();
  EXPECT_EQ(run.status().code(), Status::Code::kRefused);
  EXPECT_EQ(run.status().message(), "query interrupted");
}

TEST(QueryRunner, MaxRowsStopsTheOutputAndSaysMoreWereAvailable) {
  auto db = FilledDb();
  RunOptions options;
  options.max_rows = 2;
  RowCollector out;
  Result<RunStats> run = RunQuery(*db, "SELECT id FROM people ORDER BY id", {}, out, options);
  ASSERT_TRUE(run.ok());
  EXPECT_EQ(run->rows, 2);
  EXPECT_TRUE(run->truncated);
  EXPECT_EQ(out.Column("id"), (std::vector<std::string>{"1", "2"}));

  options.max_rows = 7;
  RowCollector all;
  run = RunQuery(*db, "SELECT id FROM people", {}, all, options);
  ASSERT_TRUE(run.ok());
  EXPECT_EQ(run->rows, 7);
  EXPECT_FALSE(run->truncated) << "exactly max_rows rows is not a truncation";
}

}  // namespace
}  // namespace newsarchive
