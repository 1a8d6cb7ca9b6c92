// newsarchive query: ad-hoc SQL against the archive, read-only, with named parameters.
#include <CLI/CLI.hpp>

#include <iostream>
#include <iterator>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/query_command.h"

namespace newsarchive {
namespace {

struct AdHocOptions {
  QueryOptions query;
  std::string sql;
  std::vector<std::string> params;
};

int RunAdHoc(const GlobalOptions& global, const AdHocOptions& options) {
  std::string sql = options.sql;
  if (sql == "-") {
    sql.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  Result<std::map<std::string, std::string>> given = ParseParams(options.params);
  if (!given.ok()) return Fail(given.status());
  SqlParams params;
  for (const auto& [name, value] : *given) params[name] = ParamValueFromText(value);

  int exit_code = kExitOk;
  std::unique_ptr<QuerySession> session = QuerySession::Open(global, options.query, &exit_code);
  if (!session) return exit_code;
  return session->Run(sql, params);
}

}  // namespace

void SetupQueryCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<AdHocOptions>();
  CLI::App* cmd = app.add_subcommand(
      "query",
      "Ad-hoc SQL against the archive, read-only: one SELECT (or read-only PRAGMA)\n"
      "with named parameters (:name). Writes, schema changes, ATTACH, VACUUM and\n"
      "state-changing pragmas are refused and the file is left untouched.\n"
      "Tables: articles, people, person_aliases, roles, quotes, quotes_fts,\n"
      "articles_fts (see schema/README.md).\n\n"
      "Examples:\n"
      "  newsarchive query \"SELECT name FROM people ORDER BY name\"\n"
      "  newsarchive query \"SELECT text FROM quotes WHERE person_id = :id\" --param id=3");
  cmd->add_option("SQL", options->sql, "The SQL; - to read it from standard input")->required();
  cmd->add_option("--param", options->params,
                  "A parameter, NAME=VALUE (repeatable); VALUE is bound\nas an integer when it "
                  "is one, as text otherwise")
      ->type_name("NAME=VALUE")
      ->allow_extra_args(false);
  AddQueryOptions(cmd, &options->query, /*with_limit=*/false);
  cmd->callback([&global, options, exit_code] { *exit_code = RunAdHoc(global, *options); });
}

}  // namespace newsarchive
