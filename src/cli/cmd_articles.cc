// newsarchive articles: the stories, with date, source, title, speakers and turns.
#include <CLI/CLI.hpp>

#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/query_command.h"
#include "core/queries.h"

namespace newsarchive {
namespace {

struct ArticlesOptions {
  QueryOptions query;
  std::string person;
  std::string search;
  std::string since;
  std::string until;
};

int RunArticles(const GlobalOptions& global, const ArticlesOptions& options) {
  ArticleFilter filter;
  StoryFilters filters;
  int exit_code = kExitOk;
  if (!ParseStoryFilters(options.since, options.until, options.search, &filters, &exit_code)) {
    return exit_code;
  }
  filter.since = filters.since;
  filter.until = filters.until;
  filter.search = filters.search;

  std::unique_ptr<QuerySession> session = QuerySession::Open(global, options.query, &exit_code);
  if (!session) return exit_code;
  if (!options.person.empty()) {
    std::optional<int64_t> person = session->Person("--person", options.person, &exit_code);
    if (!person) return exit_code;
    filter.person_id = *person;
  }
  int64_t max_rows = RowLimit(options.query);
  filter.limit = max_rows < 0 ? -1 : max_rows + 1;
  BoundQuery query = ArticlesQuery(filter);
  return session->Run(query.sql, query.params, max_rows);
}

}  // namespace

void SetupArticlesCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<ArticlesOptions>();
  CLI::App* cmd = app.add_subcommand(
      "articles",
      "The stories: id, date, source, program, title, speakers and turns, by date\n"
      "(best match first with --search).\n\n"
      "Examples:\n"
      "  newsarchive articles --since 2019-01 --until 2019-06\n"
      "  newsarchive articles --person \"Kim Jong Un\" --format csv");
  cmd->add_option("--person", options->person,
                  "Only stories where this person speaks or holds a role\n(name, name part or id)")
      ->type_name("NAME");
  cmd->add_option("--search", options->search,
                  "Full-text search over titles and summaries (as in\n`quotes --search`)")
      ->type_name("TEXT");
  cmd->add_option("--since", options->since, "Stories on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY)")
      ->type_name("DATE");
  cmd->add_option("--until", options->until, "Stories on or before DATE")->type_name("DATE");
  AddQueryOptions(cmd, &options->query, /*with_limit=*/true);
  cmd->callback([&global, options, exit_code] { *exit_code = RunArticles(global, *options); });
}

}  // namespace newsarchive
