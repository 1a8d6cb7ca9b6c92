// What the query commands (quotes, people, articles, show, report, query) share: their common
// options, opening the archive read-only, looking up --person, running a query into the output
// under the time limit and Ctrl-C, and turning a failure into one line on stderr and an exit code.
#ifndef NEWSARCHIVE_CLI_QUERY_COMMAND_H_
#define NEWSARCHIVE_CLI_QUERY_COMMAND_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "cli/commands.h"
#include "cli/output_options.h"
#include "store/archive.h"

namespace newsarchive {

struct QueryOptions {
  OutputOptions output;
  double timeout_seconds = 30;  // --timeout
  int64_t limit = -1;           // --limit, for the commands that have it; -1 when not given
};

// Makes `option` take only a whole number from `minimum` up to INT64_MAX, written in decimal; a
// value out of range is refused with a short message (not clamped, not a 309-digit bound).
CLI::Option* WholeNumber(CLI::Option* option, int64_t minimum);

// Makes `option` refuse an empty value (an empty --person would otherwise mean "anyone").
CLI::Option* NonEmpty(CLI::Option* option);

// Adds the output options and --timeout to `cmd`; with `with_limit`, --limit too.
void AddQueryOptions(CLI::App* cmd, QueryOptions* options, bool with_limit);

// Prints "newsarchive: [context: ]message" on stderr and returns the exit code for `status`.
int Fail(const Status& status, const std::string& context = "");

// The rows --limit lets through: the number given (0 for all), else 100 for table output, where
// a person reads them, and all for the formats that feed other programs. -1 stands for all.
int64_t RowLimit(const QueryOptions& options);

// Whether the rows go to a table for a person to read (the default format on a terminal).
bool IsTableOutput(const QueryOptions& options);

// Splits each `name=value` of --param; kInvalidInput for one without '='. A ':' before the name
// is dropped.
Result<std::map<std::string, std::string>> ParseParams(const std::vector<std::string>& params);

// The LIMIT for the SQL when `max_rows` rows are shown: one more, which tells whether the limit
// left rows out; -1 (all) stays -1.
inline int64_t SqlLimit(int64_t max_rows) { return max_rows < 0 ? -1 : max_rows + 1; }

// --person, --search, --since and --until, which quotes and articles share.
struct FilterOptions {
  std::string person;
  std::string search;
  std::string since;
  std::string until;
};
void AddFilterOptions(CLI::App* cmd, FilterOptions* options, const std::string& person_help,
                      const std::string& search_help);

// The filters as the queries take them: the person's id, dates as bounds (NormalizeDate), the
// search as an FTS5 query (FtsQuery).
struct Filters {
  std::optional<int64_t> person_id;
  std::string search;
  std::string since;
  std::string until;
};

class QuerySession;

// Checks and converts `options`, looking the person up in `session`; on failure prints why,
// naming the option, and returns false with *exit_code set.
bool ResolveFilters(const FilterOptions& options, QuerySession& session, Filters* filters,
                    int* exit_code);

// One command's read-only connection.
class QuerySession {
 public:
  // Opens the archive at global.db_path read-only. On failure prints why and returns nullptr,
  // with *exit_code set.
  static std::unique_ptr<QuerySession> Open(const GlobalOptions& global,
                                            const QueryOptions& options, int* exit_code);
  ~QuerySession();

  Archive& archive() { return *db_; }

  // The id of the person `what` names (see FindPerson); on failure prints why, naming `option`,
  // and returns nullopt with *exit_code set.
  std::optional<int64_t> Person(const std::string& option, const std::string& what,
                                int* exit_code);

  // Checks that article `id` exists; otherwise prints why and returns false, *exit_code set.
  bool ArticleExists(int64_t id, int* exit_code);

  // The number of rows `sql` returns, read and dropped; on failure prints why and returns
  // nullopt with *exit_code set.
  std::optional<int64_t> CountRows(const std::string& sql, const SqlParams& params, int* exit_code);

  // Runs `sql` into the command's output, at most `max_rows` rows (-1 for all), under the time
  // limit, stopping on Ctrl-C. Returns the exit code. When rows were left out, says so on stderr.
  int Run(const std::string& sql, const SqlParams& params, int64_t max_rows = -1);

 private:
  QuerySession() = default;

  const GlobalOptions* global_ = nullptr;
  const QueryOptions* options_ = nullptr;
  std::unique_ptr<Archive> db_;
};

// Writes fixed rows (no database) to the output `options` name, which may not be the archive
// at `archive_path`. Returns the exit code.
int WriteRows(const OutputOptions& options, const std::vector<std::string>& columns,
              const std::vector<Row>& rows, const std::string& archive_path);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_CLI_QUERY_COMMAND_H_
