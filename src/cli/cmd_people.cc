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
  bool all = false;  // the voices of one story each too
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
  BoundQuery people = PeopleQuery(SqlLimit(max_rows), options.all);
  return session->Run(people.sql, people.params, max_rows);
}

}  // namespace

void SetupPeopleCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<PeopleOptions>();
  CLI::App* cmd = app.add_subcommand(
      "people",
      "Everyone in the archive, speakers and people the stories only mention, with\n"
      "their roles, stories, and how often each is heard (turns, direct and reported\n"
      "quotes) and mentioned (ids to use with --person); with --article, the cast of\n"
      "one story in order of appearance. Unnamed voices (\"Unidentified Man #2\", a\n"
      "generic \"Host\") belong to one story each and are listed with --all or --article.\n\n"
      "Examples:\n"
      "  newsarchive people\n"
      "  newsarchive people --article 1 --format csv");
  cmd->add_option("--article", options->article,
                  "The cast of this story (an id from `articles`), with\nroles, first turn, "
                  "turns, quotes, words and mentions")
      ->type_name("ID")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--all", options->all,
                 "Also the unnamed voices of each story (\"Unidentified Man #2\")");
  AddQueryOptions(cmd, &options->query, /*with_limit=*/true);
  cmd->callback([&global, options, exit_code] { *exit_code = RunPeople(global, *options); });
}

}  // namespace newsarchive
