// newsarchive quotes: who said what, filtered by person, story, role, words and dates.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/query_command.h"
#include "query/queries.h"

namespace newsarchive {
namespace {

struct QuotesOptions {
  QueryOptions query;
  FilterOptions filters;
  int64_t article = 0;
  std::string role;
  std::vector<std::string> kinds;
  bool rank_all = false;
};

int RunQuotes(const GlobalOptions& global, const QuotesOptions& options) {
  int exit_code = kExitOk;
  std::unique_ptr<QuerySession> session = QuerySession::Open(global, options.query, &exit_code);
  if (!session) return exit_code;
  Filters filters;
  if (!ResolveFilters(options.filters, *session, &filters, &exit_code)) return exit_code;
  if (options.article > 0 && !session->ArticleExists(options.article, &exit_code)) {
    return exit_code;
  }
  QuoteFilter filter;
  filter.person_id = filters.person_id;
  filter.search = filters.search;
  filter.since = filters.since;
  filter.until = filters.until;
  filter.role = options.role;
  filter.kinds = options.kinds;
  filter.source_in_speaker = IsTableOutput(options.query);
  if (options.article > 0) filter.article_id = options.article;
  int64_t max_rows = RowLimit(options.query);
  filter.limit = SqlLimit(max_rows);
  if (options.rank_all) filter.rank_window = 0;
  bool window_full = false;
  if (!filter.search.empty() && filter.rank_window > 0) {
    BoundQuery window = RankWindowQuery(filter, session->archive().Dialect());
    std::optional<int64_t> in_window = session->CountRows(window.sql, window.params, &exit_code);
    if (!in_window) return exit_code;
    window_full = *in_window >= filter.rank_window;
  }
  BoundQuery query = QuotesQuery(filter, session->archive().Dialect());
  exit_code = session->Run(query.sql, query.params, max_rows);
  if (window_full) {
    std::fprintf(stderr,
                 "newsarchive: ranked the %lld most recently imported matches; older ones may "
                 "match too (--rank-all ranks every match, slower for common words)\n",
                 static_cast<long long>(filter.rank_window));
  }
  return exit_code;
}

}  // namespace

void SetupQuotesCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<QuotesOptions>();
  CLI::App* cmd = app.add_subcommand(
      "quotes",
      "Who said what: every speaker turn, and every quote found in the prose (direct:\n"
      "words in quotation marks; reported: `X said that ...`), with speaker, role,\n"
      "kind, story, date and position (of the turn or paragraph holding it). A quote\n"
      "from an unnamed source has no speaker and says how the story describes them.\n"
      "Story order, or best match first with --search.\n\n"
      "Examples:\n"
      "  newsarchive quotes --person Trump\n"
      "  newsarchive quotes --kind direct,reported --person Harlow\n"
      "  newsarchive quotes --search \"economic potential\" --since 2019 --format csv");
  AddFilterOptions(cmd, &options->filters,
                   "Only this person: full name, any name part (any case,\naccents optional) or id",
                   "Full-text search: all words must appear; \"a phrase\";\nword* for a prefix; "
                   "OR between words");
  WholeNumber(
      cmd->add_option("--article", options->article, "Only this story (an id from `articles`)"), 1)
      ->type_name("ID");
  cmd->add_option("--role", options->role,
                  "Only speakers whose role in the story contains TEXT\n(any case): Host, "
                  "President, correspondent")
      ->type_name("TEXT");
  cmd->add_option("--kind", options->kinds,
                  "Only quotes of these kinds: turn, direct, reported\n(repeat or separate "
                  "with commas; default: all three)")
      ->type_name("KIND")
      ->delimiter(',')
      ->check(CLI::IsMember(QuoteKinds()));
  cmd->add_flag("--rank-all", options->rank_all,
                "With --search, rank every match; by default the " +
                    std::to_string(QuoteFilter::kDefaultRankWindow) +
                    "\nmost recently imported matches are ranked, which keeps\na common word fast "
                    "in a large archive");
  AddQueryOptions(cmd, &options->query, /*with_limit=*/true);
  cmd->callback([&global, options, exit_code] { *exit_code = RunQuotes(global, *options); });
}

}  // namespace newsarchive
