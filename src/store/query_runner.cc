// How this works: RunQuery installs a Guard on the connection for the length of one call. The
// guard sets an authorizer that records why it denies the first forbidden action, a progress
// handler that stops the query at the deadline or when the interrupt flag is raised, and turns
// extension loading and ATTACH off. It also caps the length of any string or blob
// (SQLITE_LIMIT_LENGTH) and SQLite's heap (the hard heap limit), so one query cannot take all
// memory. Every statement of the SQL text is prepared under that guard and checked with
// sqlite3_stmt_readonly() before any of them takes a step; only then is the one statement bound
// and stepped, with a Watchdog thread that calls sqlite3_interrupt() at the deadline (the
// progress handler alone is not called inside one long function). The first step happens before
// writer.Begin(), so an error in it leaves no half-written output behind; a query stopped after
// rows were written ends with writer.Abort(), which marks the output incomplete.
#include "store/query_runner.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <atomic>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "store/sql_text.h"

namespace newsarchive {
namespace {

using Clock = std::chrono::steady_clock;

// Pragmas that only read, whatever their argument (a table or index name, a row limit).
const char* const kReadingPragmas[] = {
    "table_info",  "table_xinfo", "table_list",   "index_list",   "index_info",
    "index_xinfo", "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check",
    "collation_list", "function_list", "module_list", "pragma_list", "database_list",
    "compile_options",
};
// Pragmas that read a setting when given no value and change it when given one.
const char* const kSettingPragmas[] = {
    "user_version", "application_id", "schema_version", "page_size", "page_count",
    "freelist_count", "encoding", "journal_mode", "foreign_keys", "data_version", "auto_vacuum",
    "cache_size", "query_only", "busy_timeout", "synchronous", "max_page_count", "locking_mode",
};
// Functions a query may not call: they load code or touch files.
const char* const kDeniedFunctions[] = {"load_extension", "fts3_tokenizer", "readfile",
                                        "writefile", "edit"};

bool InList(const char* name, const char* const* list, size_t size) {
  if (name == nullptr) return false;
  for (size_t i = 0; i < size; ++i) {
    if (sqlite3_stricmp(name, list[i]) == 0) return true;
  }
  return false;
}

// Past this a time limit is no limit: the deadline would overflow the clock.
constexpr double kNoLimitSeconds = 1e9;

struct GuardState {
  std::string denied;  // why the authorizer said no first; empty while all was allowed
  bool denied_internal = false;  // it said no to a write of SQLite's own tables only
  // It allowed a setting pragma with no value (`PRAGMA journal_mode`): a read, although
  // sqlite3_stmt_readonly() calls every statement of some such pragmas a write.
  bool reading_setting_pragma = false;
  Clock::time_point deadline = Clock::time_point::max();
  const std::atomic<bool>* interrupt = nullptr;
  std::atomic<bool> timed_out{false};    // set by the progress handler or the watchdog
  std::atomic<bool> interrupted{false};
  int64_t memory_limit = 0;  // RunOptions::memory_limit_bytes
  bool out_of_memory = false;  // a row's text went past memory_limit
};

std::string Upper(const char* s) {
  std::string out = s ? s : "";
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Why `action` is denied, or "" when it is allowed.
std::string DenyReason(int action, const char* arg1, const char* arg2) {
  switch (action) {
    case SQLITE_INSERT:
      return "INSERT is a write";
    case SQLITE_UPDATE:
      return "UPDATE is a write";
    case SQLITE_DELETE:
      return "DELETE is a write";
    case SQLITE_CREATE_INDEX:
    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_TEMP_INDEX:
    case SQLITE_CREATE_TEMP_TABLE:
    case SQLITE_CREATE_TEMP_TRIGGER:
    case SQLITE_CREATE_TEMP_VIEW:
    case SQLITE_CREATE_TRIGGER:
    case SQLITE_CREATE_VIEW:
    case SQLITE_CREATE_VTABLE:
      return "CREATE is a write";
    case SQLITE_DROP_INDEX:
    case SQLITE_DROP_TABLE:
    case SQLITE_DROP_TEMP_INDEX:
    case SQLITE_DROP_TEMP_TABLE:
    case SQLITE_DROP_TEMP_TRIGGER:
    case SQLITE_DROP_TEMP_VIEW:
    case SQLITE_DROP_TRIGGER:
    case SQLITE_DROP_VIEW:
    case SQLITE_DROP_VTABLE:
      return "DROP is a write";
    case SQLITE_ALTER_TABLE:
      return "ALTER TABLE is a write";
    case SQLITE_REINDEX:
      return "REINDEX is a write";
    case SQLITE_ANALYZE:
      return "ANALYZE is a write";
    case SQLITE_ATTACH:
      return "ATTACH opens another database file";
    case SQLITE_DETACH:
      return "DETACH changes the connection";
    case SQLITE_TRANSACTION:
      return Upper(arg1) + " is not allowed: each query runs on its own";
    case SQLITE_SAVEPOINT:
      return "SAVEPOINT is not allowed: each query runs on its own";
    case SQLITE_PRAGMA:
      if (InList(arg1, kReadingPragmas, std::size(kReadingPragmas))) return "";
      if (arg2 == nullptr && InList(arg1, kSettingPragmas, std::size(kSettingPragmas))) return "";
      if (arg2 != nullptr) return "PRAGMA " + std::string(arg1) + " = " + arg2 + " is a write";
      return "PRAGMA " + std::string(arg1 ? arg1 : "") + " is not a read-only pragma";
    case SQLITE_FUNCTION:
      if (InList(arg2, kDeniedFunctions, std::size(kDeniedFunctions))) {
        return std::string(arg2) + "() is not allowed";
      }
      return "";
    default:
      // SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE: reading is what queries are for.
      return "";
  }
}

bool IsSchemaTable(const char* table) {
  return table != nullptr &&
         (sqlite3_stricmp(table, "sqlite_master") == 0 ||
          sqlite3_stricmp(table, "sqlite_temp_master") == 0);
}

int Authorize(void* context, int action, const char* arg1, const char* arg2, const char*,
              const char*) {
  auto* state = static_cast<GuardState*>(context);
  // SQLite checks an UPDATE of its schema table while it sets up eponymous virtual tables
  // (pragma_table_info) for a plain SELECT. A real UPDATE of it is refused by the
  // sqlite3_stmt_readonly() check.
  if (action == SQLITE_UPDATE && IsSchemaTable(arg1)) return SQLITE_OK;
  // CREATE, DROP and ANALYZE write SQLite's own tables before the authorizer hears of the
  // statement itself: deny, but let the statement's own action give the reason.
  if ((action == SQLITE_INSERT || action == SQLITE_DELETE) && arg1 != nullptr &&
      sqlite3_strnicmp(arg1, "sqlite_", 7) == 0) {
    state->denied_internal = true;
    return SQLITE_DENY;
  }
  std::string reason = DenyReason(action, arg1, arg2);
  if (reason.empty()) {
    if (action == SQLITE_PRAGMA && arg2 == nullptr) state->reading_setting_pragma = true;
    return SQLITE_OK;
  }
  if (state->denied.empty()) state->denied = reason;
  return SQLITE_DENY;
}

int CheckProgress(void* context) {
  auto* state = static_cast<GuardState*>(context);
  if (state->interrupt != nullptr && state->interrupt->load()) {
    state->interrupted = true;
    return 1;
  }
  if (Clock::now() >= state->deadline) {
    state->timed_out = true;
    return 1;
  }
  return 0;
}

// A thread that interrupts the connection at the deadline or when the interrupt flag is raised,
// wherever the query is: the progress handler runs only between virtual machine instructions,
// and one function call (a sort, a huge replace()) can take long between two of them.
class Watchdog {
 public:
  Watchdog(sqlite3* db, GuardState& state) : db_(db), state_(state) {
    if (state.deadline == Clock::time_point::max() && state.interrupt == nullptr) return;
    thread_ = std::thread([this] { Watch(); });
  }
  ~Watchdog() {
    if (!thread_.joinable()) return;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    wake_.notify_one();
    thread_.join();
  }
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;

 private:
  void Watch() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      // Wake at the deadline, and every 50 ms to look at the interrupt flag.
      const Clock::time_point next = std::min(state_.deadline, Clock::now() + kPoll);
      if (wake_.wait_until(lock, next, [this] { return done_; })) return;
      if (state_.interrupt != nullptr && state_.interrupt->load()) {
        state_.interrupted = true;
      } else if (Clock::now() >= state_.deadline) {
        state_.timed_out = true;
      } else {
        continue;
      }
      sqlite3_interrupt(db_);
      return;
    }
  }

  static constexpr std::chrono::milliseconds kPoll{50};
  sqlite3* db_;
  GuardState& state_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool done_ = false;
  std::thread thread_;
};

// Installs the authorizer, the progress handler and the connection limits for one RunQuery call
// and takes them away again, so the connection is left as it was found.
class Guard {
 public:
  Guard(sqlite3* db, const RunOptions& options) : db_(db) {
    // NaN compares false both ways: no limit, as for 0 (the CLI refuses it before).
    if (options.timeout_seconds > 0 && options.timeout_seconds < kNoLimitSeconds) {
      state_.deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                           std::chrono::duration<double>(options.timeout_seconds));
    }
    state_.interrupt = options.interrupt;
    if (options.max_value_bytes > 0) {
      old_length_ = sqlite3_limit(db_, SQLITE_LIMIT_LENGTH,
                                  static_cast<int>(std::min<int64_t>(options.max_value_bytes,
                                                                     1000000000)));
    }
    if (options.memory_limit_bytes > 0) {
      state_.memory_limit = options.memory_limit_bytes;
      old_hard_heap_ = sqlite3_hard_heap_limit64(options.memory_limit_bytes);
      old_soft_heap_ = sqlite3_soft_heap_limit64(options.memory_limit_bytes / 2);
    }
    sqlite3_set_authorizer(db_, Authorize, &state_);
    // Checked every few thousand virtual machine instructions: often enough to stop within
    // milliseconds, rarely enough to cost nothing measurable.
    sqlite3_progress_handler(db_, 4000, CheckProgress, &state_);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &old_load_extension_);
    old_attached_ = sqlite3_limit(db_, SQLITE_LIMIT_ATTACHED, 0);
  }
  ~Guard() {
    if (old_length_ >= 0) sqlite3_limit(db_, SQLITE_LIMIT_LENGTH, old_length_);
    if (old_hard_heap_ >= 0) {
      sqlite3_hard_heap_limit64(old_hard_heap_);
      sqlite3_soft_heap_limit64(old_soft_heap_);
    }
    sqlite3_limit(db_, SQLITE_LIMIT_ATTACHED, old_attached_);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, old_load_extension_, nullptr);
    sqlite3_progress_handler(db_, 0, nullptr, nullptr);
    sqlite3_set_authorizer(db_, nullptr, nullptr);
  }
  Guard(const Guard&) = delete;
  Guard& operator=(const Guard&) = delete;

  GuardState& state() { return state_; }

 private:
  sqlite3* db_;
  GuardState state_;
  int old_load_extension_ = 0;
  int old_attached_ = 0;
  int old_length_ = -1;
  sqlite3_int64 old_hard_heap_ = -1;
  sqlite3_int64 old_soft_heap_ = -1;
};

struct StatementDeleter {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Status Refused(const std::string& why) { return ReadOnlyRefusal(why); }

std::string MiB(int64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

Status OutOfMemory(const GuardState& state) {
  return Status::Error(Status::Code::kRefused, "query stopped: it needed more than " +
                                                   MiB(state.memory_limit) + " of memory");
}

// The status for a failed step or prepare; throws for failures that are not about the query.
Status StepFailure(sqlite3* db, int rc, const GuardState& state, const RunOptions& options) {
  int primary = rc & 0xFF;
  if (state.interrupted) return Status::Error(Status::Code::kRefused, "query interrupted");
  if (state.timed_out) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", options.timeout_seconds);
    return Status::Error(Status::Code::kRefused, std::string("query stopped: it ran longer than ") +
                                                     seconds + " s (raise the limit with --timeout)");
  }
  if (state.out_of_memory || (primary == SQLITE_NOMEM && state.memory_limit > 0)) {
    return OutOfMemory(state);
  }
  if (primary == SQLITE_TOOBIG && options.max_value_bytes > 0) {
    return Status::InvalidInput("query: a value would be longer than the " +
                                MiB(options.max_value_bytes) +
                                " a query may make or read (string or blob too big)");
  }
  if (!state.denied.empty()) return Refused(state.denied);
  if (primary == SQLITE_AUTH || state.denied_internal) return Refused("not authorized");
  if (primary == SQLITE_READONLY) return Refused(sqlite3_errmsg(db));
  if (primary == SQLITE_ERROR || primary == SQLITE_MISMATCH || primary == SQLITE_RANGE ||
      primary == SQLITE_TOOBIG || primary == SQLITE_CONSTRAINT) {
    return Status::InvalidInput(std::string("query: ") + sqlite3_errmsg(db));
  }
  throw SQLite::Exception(db, rc);
}

Status Bind(sqlite3_stmt* stmt, const SqlParams& params, std::set<std::string>* used) {
  int count = sqlite3_bind_parameter_count(stmt);
  for (int i = 1; i <= count; ++i) {
    const char* full_name = sqlite3_bind_parameter_name(stmt, i);
    if (full_name == nullptr || full_name[0] == '?') {
      return Status::InvalidInput("query: use named parameters (:name), not ?");
    }
    std::string name = full_name + 1;
    auto it = params.find(name);
    if (it == params.end()) {
      return Status::InvalidInput("query: no value for parameter " + std::string(full_name) +
                                  " (give --param " + name + "=VALUE)");
    }
    used->insert(name);
    const Cell& value = it->second;
    int rc = SQLITE_OK;
    switch (value.type) {
      case Cell::Type::kNull:
        rc = sqlite3_bind_null(stmt, i);
        break;
      case Cell::Type::kInteger:
        rc = sqlite3_bind_int64(stmt, i, std::stoll(value.text));
        break;
      case Cell::Type::kReal:
        rc = sqlite3_bind_double(stmt, i, std::stod(value.text));
        break;
      case Cell::Type::kText:
        rc = sqlite3_bind_text(stmt, i, value.text.data(), static_cast<int>(value.text.size()),
                               SQLITE_TRANSIENT);
        break;
    }
    if (rc != SQLITE_OK) throw SQLite::Exception(sqlite3_db_handle(stmt), rc);
  }
  return Status::Ok();
}

// Column `i` of the current row into *cell; false when SQLite ran out of memory making it (a
// zeroblob() expanded past the heap limit).
bool ColumnCell(sqlite3_stmt* stmt, int i, Cell* cell) {
  switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER:
      *cell = Cell::Integer(sqlite3_column_int64(stmt, i));
      return true;
    case SQLITE_FLOAT:
      *cell = Cell::Real(sqlite3_column_double(stmt, i));
      return true;
    case SQLITE_TEXT: {
      const char* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
      const int size = sqlite3_column_bytes(stmt, i);
      if (text == nullptr) return false;
      *cell = Cell::Text(std::string(text, static_cast<size_t>(size)));
      return true;
    }
    case SQLITE_BLOB: {
      // Blobs are shown as SQL hex literals: the archive holds none, an ad-hoc query may.
      static const char kHex[] = "0123456789ABCDEF";
      const auto* bytes = static_cast<const unsigned char*>(sqlite3_column_blob(stmt, i));
      const size_t size = static_cast<size_t>(sqlite3_column_bytes(stmt, i));
      if (bytes == nullptr && size > 0) return false;
      std::string out(2 * size + 3, '\'');
      out[0] = 'X';
      for (size_t k = 0; k < size; ++k) {
        out[2 + 2 * k] = kHex[bytes[k] >> 4];
        out[3 + 2 * k] = kHex[bytes[k] & 0xF];
      }
      *cell = Cell::Text(std::move(out));
      return true;
    }
    default:
      *cell = Cell::Null();
      return true;
  }
}

// Prepares every statement of `sql` under the guard; the prepared ones land in *statements.
Status PrepareAll(sqlite3* db, const std::string& sql, GuardState& state,
                  std::vector<StatementPtr>* statements) {
  // SQLite reads SQL text up to a NUL byte only: the rest would never run, nor end the loop.
  if (const size_t nul = sql.find('\0'); nul != std::string::npos) {
    return Status::InvalidInput("query: the SQL holds a NUL byte (at byte " +
                                std::to_string(nul + 1) + "); SQL text cannot contain one");
  }
  const char* tail = sql.c_str();
  const char* end = sql.c_str() + sql.size();
  while (tail < end) {
    sqlite3_stmt* raw = nullptr;
    const char* start = tail;
    state.reading_setting_pragma = false;
    int rc = sqlite3_prepare_v2(db, tail, static_cast<int>(end - tail), &raw, &tail);
    StatementPtr stmt(raw);
    if (rc != SQLITE_OK) {
      if (state.denied.empty() && state.denied_internal) {
        return Refused(FirstKeyword(start) + " is a write");
      }
      return StepFailure(db, rc, state, RunOptions());
    }
    if (!stmt && tail == start) break;  // nothing read: nothing more will be
    if (!stmt) continue;  // only whitespace or a comment was left
    // A PRAGMA statement is one pragma: allowed with no value, it reads (the connection is
    // read-only besides, so even a pragma that would write cannot).
    const bool reading_pragma = state.reading_setting_pragma && state.denied.empty() &&
                                FirstKeyword(sqlite3_sql(stmt.get())) == "PRAGMA";
    if (!sqlite3_stmt_readonly(stmt.get()) && !reading_pragma) {
      return Refused(FirstKeyword(sqlite3_sql(stmt.get())) + " is a write");
    }
    statements->push_back(std::move(stmt));
  }
  return Status::Ok();
}

}  // namespace

Cell ParamValueFromText(const std::string& text) {
  size_t digits = text.size() > 0 && text[0] == '-' ? 1 : 0;
  bool canonical = text.size() > digits && text.size() - digits <= 18 &&
                   (text[digits] != '0' || text.size() == digits + 1) &&
                   text.find_first_not_of("0123456789", digits) == std::string::npos &&
                   text != "-0";
  return canonical ? Cell::Integer(std::stoll(text)) : Cell::Text(text);
}

Status CheckReadOnly(SQLite::Database& db, const std::string& sql) {
  Guard guard(db.getHandle(), RunOptions());
  std::vector<StatementPtr> statements;
  return PrepareAll(db.getHandle(), sql, guard.state(), &statements);
}

Result<RunStats> RunQuery(SQLite::Database& db, const std::string& sql, const SqlParams& params,
                          RowWriter& writer, const RunOptions& options) {
  sqlite3* handle = db.getHandle();
  Guard guard(handle, options);
  std::vector<StatementPtr> statements;
  Status prepared = PrepareAll(handle, sql, guard.state(), &statements);
  if (!prepared.ok()) return prepared;
  if (statements.empty()) return Status::InvalidInput("query: no SQL statement given");
  if (statements.size() > 1) {
    return Status::InvalidInput("query: " + std::to_string(statements.size()) +
                                " statements given; run one at a time");
  }
  sqlite3_stmt* stmt = statements[0].get();
  std::set<std::string> used;
  Status bound = Bind(stmt, params, &used);
  if (!bound.ok()) return bound;
  for (const auto& [name, value] : params) {
    if (used.count(name) == 0) {
      return Status::InvalidInput("query: it has no parameter :" + name);
    }
  }

  RunStats stats;
  GuardState& state = guard.state();
  Watchdog watchdog(handle, state);
  int rc = sqlite3_step(stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    return StepFailure(handle, rc, state, options);
  }
  std::vector<std::string> columns;
  int column_count = sqlite3_column_count(stmt);
  for (int i = 0; i < column_count; ++i) columns.push_back(sqlite3_column_name(stmt, i));
  writer.Begin(columns);
  Row row(column_count);
  while (rc == SQLITE_ROW) {
    if (options.max_rows >= 0 && stats.rows >= options.max_rows) {
      stats.truncated = true;
      break;
    }
    int64_t row_bytes = 0;
    for (int i = 0; i < column_count && rc == SQLITE_ROW; ++i) {
      if (!ColumnCell(stmt, i, &row[i])) rc = SQLITE_NOMEM;
      row_bytes += static_cast<int64_t>(row[i].text.size());
    }
    if (state.memory_limit > 0 && row_bytes > state.memory_limit) state.out_of_memory = true;
    if (rc != SQLITE_ROW || state.out_of_memory || state.timed_out || state.interrupted) break;
    writer.Write(row);
    ++stats.rows;
    rc = sqlite3_step(stmt);
  }
  // Stopped between two rows (a deadline reached at the very end, with every row out, is none).
  const bool stopped = rc == SQLITE_ROW && !stats.truncated &&
                       (state.out_of_memory || state.timed_out || state.interrupted);
  if ((rc != SQLITE_ROW && rc != SQLITE_DONE) || stopped) {
    // The rows written are not all there are: the output says so where the rows go.
    Status failure = StepFailure(handle, rc == SQLITE_ROW ? SQLITE_INTERRUPT : rc, state, options);
    writer.Abort(failure.message());
    return failure;
  }
  writer.End();
  return stats;
}

}  // namespace newsarchive
