// QueryRunner: runs SQL against an open archive and streams the rows into a RowWriter, behind a
// read-only guard, a time limit and an interrupt flag. Every query of newsarchive, predefined or
// typed by the user, goes through RunQuery.
#ifndef NEWSARCHIVE_STORE_QUERY_RUNNER_H_
#define NEWSARCHIVE_STORE_QUERY_RUNNER_H_

#include <atomic>
#include <cstdint>
#include <map>
#include <string>

#include "base/status.h"
#include "model/row.h"

namespace SQLite {
class Database;
}

namespace newsarchive {

// Values for the named parameters of a query (`:name`, `@name` or `$name`), keyed by the name
// without its prefix. A Cell of type kInteger or kReal is bound as a number, kText as text.
using SqlParams = std::map<std::string, Cell>;

// The value `--param name=TEXT` stands for: an integer when TEXT is a canonical one ("12", "-3";
// not "012" or "1e3"), text otherwise.
Cell ParamValueFromText(const std::string& text);

struct RunOptions {
  double timeout_seconds = 30;  // stop the query after this long; 0 or less for no limit
  // When it becomes true (a SIGINT handler sets it) the query stops at the next check.
  const std::atomic<bool>* interrupt = nullptr;
  int64_t max_rows = -1;  // write at most this many rows; -1 for all
};

struct RunStats {
  int64_t rows = 0;        // rows written
  bool truncated = false;  // max_rows stopped the output while more rows were available
};

// Runs the single statement in `sql` with `params` bound, writing its columns and rows to
// `writer` (Begin once the first step succeeded, Write per row, End). The statement must be
// read-only: every statement of `sql` is prepared under an authorizer that denies writes, schema
// changes, ATTACH/DETACH, transactions, state-changing pragmas and load_extension(), and is refused
// unless sqlite3_stmt_readonly() holds. Nothing runs until all statements passed.
// Expected failures are values: kRefused ("refused: query is read-only (DELETE is a write)"; the
// time limit; an interrupt), kInvalidInput (SQL errors, several statements, a parameter missing,
// unknown or positional). Unexpected SQLite failures throw SQLite::Exception.
Result<RunStats> RunQuery(SQLite::Database& db, const std::string& sql, const SqlParams& params,
                          RowWriter& writer, const RunOptions& options = RunOptions());

// Only the guard: prepares every statement of `sql` and says why it would be refused, or Ok.
Status CheckReadOnly(SQLite::Database& db, const std::string& sql);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_QUERY_RUNNER_H_
