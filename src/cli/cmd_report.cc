// newsarchive report: the predefined reports of the catalogue (query/query_catalogue.h).
#include <CLI/CLI.hpp>

#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/query_command.h"
#include "query/query_catalogue.h"

namespace newsarchive {
namespace {

struct ReportOptions {
  QueryOptions query;
  std::string name;
  bool list = false;
  std::vector<std::string> params;
};

int RunReport(const GlobalOptions& global, const ReportOptions& options) {
  if (options.list) {
    return WriteRows(options.query.output, ReportListColumns(), ReportListRows(), global.db_path);
  }
  if (options.name.empty()) {
    return Fail(Status::InvalidInput("name a report, or list them with `newsarchive report --list`"));
  }
  Result<const Report*> report = FindReport(options.name);
  if (!report.ok()) return Fail(report.status());
  Result<std::map<std::string, std::string>> given = ParseParams(options.params);
  if (!given.ok()) return Fail(given.status());

  int exit_code = kExitOk;
  std::unique_ptr<QuerySession> session = QuerySession::Open(global, options.query, &exit_code);
  if (!session) return exit_code;
  Result<SqlParams> params = ReportParams(session->archive(), **report, *given);
  if (!params.ok()) return Fail(params.status());
  return session->Run(ReportSql(**report, session->archive().Dialect()), *params);
}

}  // namespace

void SetupReportCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "report",
      "Predefined reports: top speakers, reporters, roles of a person over time,\n"
      "co-appearances, a person's quotes by month, quotes holding a phrase, ...\n"
      "Every parameter has a default, so `report NAME` alone runs.\n\n"
      "Examples:\n"
      "  newsarchive report --list\n"
      "  newsarchive report roles-of --param person=\"Kim Jong Un\"\n"
      "  newsarchive report top-speakers --param limit=10 --format csv -o top.csv");
  cmd->add_option("NAME", options->name, "The report to run (see --list)")->type_name("REPORT");
  cmd->add_flag("--list", options->list,
                "List the reports: name, description, parameters and\ntheir defaults");
  cmd->add_option("--param", options->params, "A report parameter, NAME=VALUE (repeatable)")
      ->type_name("NAME=VALUE")
      ->allow_extra_args(false);
  AddQueryOptions(cmd, &options->query, /*with_limit=*/false);
  cmd->callback([&global, options, exit_code] { *exit_code = RunReport(global, *options); });
}

}  // namespace newsarchive
