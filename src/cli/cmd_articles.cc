// newsarchive articles: the stories, with date, source, title, speakers and turns.
#include <CLI/CLI.hpp>

#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/query_command.h"
#include "query/queries.h"

namespace newsarchive {
namespace {

struct ArticlesOptions {
  QueryOptions query;
  FilterOptions filters;
};

int RunArticles(const GlobalOptions& global, const ArticlesOptions& options) {
  int exit_code = kExitOk;
  std::unique_ptr<QuerySession> session = QuerySession::Open(global, options.query, &exit_code);
  if (!session) return exit_code;
  Filters filters;
  if (!ResolveFilters(options.filters, *session, &filters, &exit_code)) return exit_code;
  ArticleFilter filter;
  filter.person_id = filters.person_id;
  filter.search = filters.search;
  filter.since = filters.since;
  filter.until = filters.until;
  int64_t max_rows = RowLimit(options.query);
  filter.limit = SqlLimit(max_rows);
  BoundQuery query = ArticlesQuery(filter, session->archive().Dialect());
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
  AddFilterOptions(cmd, &options->filters,
                   "Only stories where this person speaks or holds a role\n(name, name part or id)",
                   "Full-text search over titles and summaries (as in\n`quotes --search`)");
  AddQueryOptions(cmd, &options->query, /*with_limit=*/true);
  cmd->callback([&global, options, exit_code] { *exit_code = RunArticles(global, *options); });
}

}  // namespace newsarchive
