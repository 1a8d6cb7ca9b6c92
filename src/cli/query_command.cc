#include "cli/query_command.h"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <limits>

#include "cli/exit_codes.h"
#include "cli/interrupt.h"
#include "query/person_lookup.h"
#include "query/queries.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

constexpr int64_t kTableRows = 100;

// Counts rows and keeps nothing.
class RowCounter : public RowWriter {
 public:
  void Begin(const std::vector<std::string>&) override {}
  void Write(const Row&) override { ++rows; }
  void End() override {}
  int64_t rows = 0;
};

}  // namespace

CLI::Option* WholeNumber(CLI::Option* option, int64_t minimum) {
  const std::string bound = std::to_string(minimum);
  return option->check(CLI::Validator(
      [minimum, bound](std::string& text) {
        const std::string expected =
            "expected a whole number, " + bound + " or more, not '" + text + "'";
        if (text.empty() || text.size() > 40) return expected;
        char* end = nullptr;
        errno = 0;
        const long long value = std::strtoll(text.c_str(), &end, 10);
        if (end == text.c_str() || *end != '\0') return expected;
        if (errno == ERANGE) {
          return "'" + text + "' is too large (at most " +
                 std::to_string(std::numeric_limits<int64_t>::max()) + ")";
        }
        if (value < minimum) return expected;
        return std::string();
      },
      "", "WHOLE_NUMBER"));
}

CLI::Option* NonEmpty(CLI::Option* option) {
  return option->check(CLI::Validator(
      [](std::string& text) {
        return text.empty() ? std::string(
                                  "must not be empty (leave the option out to filter "
                                  "nothing)")
                            : std::string();
      },
      "", "NON_EMPTY"));
}

void AddQueryOptions(CLI::App* cmd, QueryOptions* options, bool with_limit) {
  AddOutputOptions(cmd, &options->output);
  if (with_limit) {
    WholeNumber(cmd->add_option("--limit", options->limit,
                                "At most N rows; 0 for all (default: 100 for table\noutput, "
                                "all otherwise)"),
                0)
        ->type_name("N");
  }
  // NonNegativeNumber lets "nan" through, which would mean no limit.
  const CLI::Validator seconds(
      [](std::string& text) {
        char* end = nullptr;
        const double value = std::strtod(text.c_str(), &end);
        if (end == text.c_str() || *end != '\0' || !std::isfinite(value) || value < 0) {
          return "expected a number of seconds, 0 or more (0: no limit), not '" + text + "'";
        }
        return std::string();
      },
      "", "SECONDS");
  cmd->add_option("--timeout", options->timeout_seconds,
                  "Stop the query after SECONDS; 0 for no limit")
      ->type_name("SECONDS")
      ->check(seconds)
      ->capture_default_str();
}

int Fail(const Status& status, const std::string& context) {
  std::cerr << "newsarchive: " << (context.empty() ? "" : context + ": ") << status.ToString()
            << "\n";
  return kExitError;
}

bool IsTableOutput(const QueryOptions& options) {
  Result<OutputFormat> format = ResolveOutputFormat(options.output);
  return format.ok() && *format == OutputFormat::kTable;
}

int64_t RowLimit(const QueryOptions& options) {
  if (options.limit > 0) return options.limit;
  if (options.limit == 0) return -1;
  return IsTableOutput(options) ? kTableRows : -1;
}

void AddFilterOptions(CLI::App* cmd, FilterOptions* options, const std::string& person_help,
                      const std::string& search_help) {
  NonEmpty(cmd->add_option("--person", options->person, person_help))->type_name("NAME");
  NonEmpty(cmd->add_option("--search", options->search, search_help))->type_name("TEXT");
  cmd->add_option("--since", options->since, "Stories on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY)")
      ->type_name("DATE");
  cmd->add_option("--until", options->until, "Stories on or before DATE")->type_name("DATE");
}

bool ResolveFilters(const FilterOptions& options, QuerySession& session, Filters* filters,
                    int* exit_code) {
  Result<std::string> since = NormalizeDate(options.since, false);
  if (!since.ok()) {
    *exit_code = Fail(since.status(), "--since");
    return false;
  }
  Result<std::string> until = NormalizeDate(options.until, true);
  if (!until.ok()) {
    *exit_code = Fail(until.status(), "--until");
    return false;
  }
  filters->since = *since;
  filters->until = *until;
  if (!options.search.empty()) {
    Result<std::string> fts = FtsQuery(options.search);
    if (!fts.ok()) {
      *exit_code = Fail(fts.status(), "--search");
      return false;
    }
    filters->search = *fts;
  }
  if (!options.person.empty()) {
    filters->person_id = session.Person("--person", options.person, exit_code);
    if (!filters->person_id) return false;
  }
  return true;
}

Result<std::map<std::string, std::string>> ParseParams(const std::vector<std::string>& params) {
  std::map<std::string, std::string> parsed;
  for (const std::string& param : params) {
    size_t equals = param.find('=');
    size_t start = !param.empty() && param[0] == ':' ? 1 : 0;
    if (equals == std::string::npos || equals == start) {
      return Status::InvalidInput("--param \"" + param + "\": expected NAME=VALUE");
    }
    parsed[param.substr(start, equals - start)] = param.substr(equals + 1);
  }
  return parsed;
}

std::unique_ptr<QuerySession> QuerySession::Open(const GlobalOptions& global,
                                                 const QueryOptions& options, int* exit_code) {
  Result<std::unique_ptr<Archive>> db = Archive::Open(global.db_path, ArchiveMode::kReadOnly);
  if (!db.ok()) {
    std::cerr << "newsarchive: " << db.status().ToString() << "\n";
    *exit_code = kExitDatabase;
    return nullptr;
  }
  std::unique_ptr<QuerySession> session(new QuerySession());
  session->global_ = &global;
  session->options_ = &options;
  session->db_ = std::move(*db);
  return session;
}

QuerySession::~QuerySession() = default;

std::optional<int64_t> QuerySession::Person(const std::string& option, const std::string& what,
                                            int* exit_code) {
  Result<PersonRef> person = FindPerson(*db_, what);
  if (!person.ok()) {
    *exit_code = Fail(person.status(), option);
    return std::nullopt;
  }
  return person->id;
}

std::optional<int64_t> QuerySession::CountRows(const std::string& sql, const SqlParams& params,
                                               int* exit_code) {
  RowCounter counter;
  Result<RunStats> run = db_->Query(sql, params, counter);
  if (!run.ok()) {
    *exit_code = Fail(run.status());
    return std::nullopt;
  }
  return counter.rows;
}

bool QuerySession::ArticleExists(int64_t id, int* exit_code) {
  BoundQuery header = ArticleHeaderQuery(id);
  std::optional<int64_t> rows = CountRows(header.sql, header.params, exit_code);
  if (!rows) return false;
  if (*rows == 0) {
    *exit_code =
        Fail(Status::Error(Status::Code::kNotFound, "no article with id " + std::to_string(id) +
                                                        " (see `newsarchive articles`)"));
    return false;
  }
  return true;
}

int QuerySession::Run(const std::string& sql, const SqlParams& params, int64_t max_rows) {
  Result<std::unique_ptr<OutputTarget>> target =
      OutputTarget::Open(options_->output, global_->db_path);
  if (!target.ok()) return Fail(target.status());
  InterruptScope interrupt;
  RunOptions run_options;
  run_options.timeout_seconds = options_->timeout_seconds;
  run_options.interrupt = &InterruptScope::Flag();
  run_options.max_rows = max_rows;
  Result<RunStats> run = db_->Query(sql, params, (*target)->writer(), run_options);
  if (!run.ok() && interrupt.interrupted()) {
    std::cerr << "newsarchive: interrupted; the archive is unchanged\n";
    return kExitInterrupted;
  }
  if (!run.ok()) return Fail(run.status());
  Status committed = (*target)->Commit();
  if (!committed.ok()) return Fail(committed);
  if (run->truncated && !global_->quiet) {
    std::cerr << "newsarchive: showing the first " << run->rows
              << " rows; --limit 0 shows them all\n";
  }
  return kExitOk;
}

int WriteRows(const OutputOptions& options, const std::vector<std::string>& columns,
              const std::vector<Row>& rows, const std::string& archive_path) {
  Result<std::unique_ptr<OutputTarget>> target = OutputTarget::Open(options, archive_path);
  if (!target.ok()) return Fail(target.status());
  RowWriter& writer = (*target)->writer();
  writer.Begin(columns);
  for (const Row& row : rows) writer.Write(row);
  writer.End();
  Status committed = (*target)->Commit();
  return committed.ok() ? kExitOk : Fail(committed);
}

}  // namespace newsarchive
