// newsarchive quotes: who said what, filtered by person, story, role, words and dates.
#include <CLI/CLI.hpp>

#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/query_command.h"
#include "core/queries.h"

namespace newsarchive {
namespace {

struct QuotesOptions {
  QueryOptions query;
  std::string person;
  int64_t article = 0;
  std::string role;
  std::string search;
  std::string since;
  std::string until;
};

int RunQuotes(const GlobalOptions& global, const QuotesOptions& options) {
  QuoteFilter filter;
  StoryFilters filters;
  int exit_code = kExitOk;
  if (!ParseStoryFilters(options.since, options.until, options.search, &filters, &exit_code)) {
    return exit_code;
  }
  filter.since = filters.since;
  filter.until = filters.until;
  filter.search = filters.search;
  filter.role = options.role;

  std::unique_ptr<QuerySession> session = QuerySession::Open(global, options.query, &exit_code);
  if (!session) return exit_code;
  if (!options.person.empty()) {
    std::optional<int64_t> person = session->Person("--person", options.person, &exit_code);
    if (!person) return exit_code;
    filter.person_id = *person;
  }
  if (options.article > 0) {
    if (!session->ArticleExists(options.article, &exit_code)) return exit_code;
    filter.article_id = options.article;
  }
  int64_t max_rows = RowLimit(options.query);
  // One row more than shown tells whether the limit left rows out.
  filter.limit = max_rows < 0 ? -1 : max_rows + 1;
  BoundQuery query = QuotesQuery(filter);
  return session->Run(query.sql, query.params, max_rows);
}

}  // namespace

void SetupQuotesCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<QuotesOptions>();
  CLI::App* cmd = app.add_subcommand(
      "quotes",
      "Who said what: every turn with speaker, role, story, date and position.\n"
      "Story order, or best match first with --search.\n\n"
      "Examples:\n"
      "  newsarchive quotes --person Trump\n"
      "  newsarchive quotes --search \"economic potential\" --since 2019 --format csv");
  cmd->add_option("--person", options->person,
                  "Only this person: full name, any name part (any case,\naccents optional) or id")
      ->type_name("NAME");
  cmd->add_option("--article", options->article, "Only this story (an id from `articles`)")
      ->type_name("ID")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--role", options->role,
                  "Only speakers whose role in the story contains TEXT\n(any case): Host, "
                  "President, correspondent")
      ->type_name("TEXT");
  cmd->add_option("--search", options->search,
                  "Full-text search: all words must appear; \"a phrase\";\nword* for a prefix; "
                  "OR between words")
      ->type_name("TEXT");
  cmd->add_option("--since", options->since, "Stories on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY)")
      ->type_name("DATE");
  cmd->add_option("--until", options->until, "Stories on or before DATE")->type_name("DATE");
  AddQueryOptions(cmd, &options->query, /*with_limit=*/true);
  cmd->callback([&global, options, exit_code] { *exit_code = RunQuotes(global, *options); });
}

}  // namespace newsarchive
