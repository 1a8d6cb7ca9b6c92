// newsarchive people: everyone in the archive, or the cast of one story.
#include <CLI/CLI.hpp>

#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/query_command.h"
#include "query/queries.h"

namespace newsarchive {
namespace {

struct PeopleOptions {
  QueryOptions query;
  int64_t article = 0;
};

int RunPeople(const GlobalOptions& global, const PeopleOptions& options) {
  int exit_code = kExitOk;
  std::unique_ptr<QuerySession> session = QuerySession::Open(global, options.query, &exit_code);
  if (!session) return exit_code;
  if (options.article > 0) {
    if (!session->ArticleExists(options.article, &exit_code)) return exit_code;
    BoundQuery cast = CastQuery(options.article);
    return session->Run(cast.sql, cast.params);
  }
  int64_t max_rows = RowLimit(options.query);
  BoundQuery people = PeopleQuery(SqlLimit(max_rows));
  return session->Run(people.sql, people.params, max_rows);
}

}  // namespace

void SetupPeopleCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<PeopleOptions>();
  CLI::App* cmd = app.add_subcommand(
      "people",
      "Everyone in the archive with their roles, stories and turns (ids to use\n"
      "with --person); with --article, the cast of one story in order of\n"
      "appearance.\n\n"
      "Examples:\n"
      "  newsarchive people\n"
      "  newsarchive people --article 1 --format csv");
  WholeNumber(
      cmd->add_option("--article", options->article,
                      "The cast of this story (an id from `articles`), with\nroles, first turn, "
                      "turns and words"),
      1)
      ->type_name("ID");
  AddQueryOptions(cmd, &options->query, /*with_limit=*/true);
  cmd->callback([&global, options, exit_code] { *exit_code = RunPeople(global, *options); });
}

}  // namespace newsarchive
