// QueryRunner: runs SQL against an open SQLite archive and streams the rows into a RowWriter,
// behind a read-only guard, a time limit and an interrupt flag. Every query of newsarchive,
// predefined or typed by the user, goes through RunQuery (by way of Archive::Query).
#ifndef NEWSARCHIVE_STORE_QUERY_RUNNER_H_
#define NEWSARCHIVE_STORE_QUERY_RUNNER_H_

#include <string>

#include "base/status.h"
#include "model/row.h"
#include "store/archive.h"

namespace SQLite {
class Database;
}

namespace newsarchive {

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
