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
  bool all = false;
  std::string sort = "turns";
};

int RunPeople(const GlobalOptions& global, const PeopleOptions& options) {
  int exit_code = kExitOk;
  std::unique_ptr<QuerySession> session = QuerySession::Open(global, options.query, &exit_code);
  if (!session) return exit_code;
  if (options.article > 0) {
    if (!session->ArticleExists(options.article, &exit_code)) return exit_code;
    BoundQuery cast = CastQuery(options.article, session->archive().Dialect());
    return session->Run(cast.sql, cast.params);
  }
  Result<PeopleSort> sort = ParsePeopleSort(options.sort);
  if (!sort.ok()) return Fail(sort.status(), "--sort");
  int64_t max_rows = RowLimit(options.query);
  PeopleFilter filter;
  filter.include_unidentified = options.all;
  filter.sort = *sort;
  filter.limit = SqlLimit(max_rows);
  BoundQuery people = PeopleQuery(filter, session->archive().Dialect());
  return session->Run(people.sql, people.params, max_rows);
}

}  // namespace

void SetupPeopleCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<PeopleOptions>();
  CLI::App* cmd = app.add_subcommand(
      "people",
      "Everyone in the archive, speakers and people the stories only mention, with\n"
      "their roles, stories, and how often each is heard (turns, direct and reported\n"
      "quotes) and mentioned (ids to use with --person), who speaks most first.\n"
      "Unnamed voices (\"Unidentified Man #2\", a generic \"Host\") belong to one story\n"
      "each and are listed with --all. With --article, the cast of one story in order\n"
      "of appearance.\n\n"
      "Examples:\n"
      "  newsarchive people\n"
      "  newsarchive people --all --sort name\n"
      "  newsarchive people --article 1 --format csv");
  WholeNumber(
      cmd->add_option("--article", options->article,
                      "The cast of this story (an id from `articles`), with\nroles, first turn, "
                      "turns, quotes, words and mentions"),
      1)
      ->type_name("ID");
  cmd->add_flag("--all", options->all,
                "Also generic labels (Host, Guest) and unidentified\nspeakers (Unidentified Man #2)");
  cmd->add_option("--sort", options->sort,
                  "turns (who speaks most first), stories, name or id")
      ->type_name("ORDER")
      ->check(CLI::IsMember({"turns", "stories", "name", "id"}))
      ->capture_default_str();
  AddQueryOptions(cmd, &options->query, /*with_limit=*/true);
  cmd->callback([&global, options, exit_code] { *exit_code = RunPeople(global, *options); });
}

}  // namespace newsarchive
