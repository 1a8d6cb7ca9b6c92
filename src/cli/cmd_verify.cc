// newsarchive verify: did they really say it? The nearest real words to a claim, who said them,
// what differs, and a verdict (the first line of a table; a field of every row otherwise).
#include <CLI/CLI.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/query_command.h"
#include "query/claim_verify.h"
#include "query/queries.h"

namespace newsarchive {
namespace {

constexpr int64_t kDefaultMatches = 5;

struct VerifyOptions {
  QueryOptions query;
  std::string claim;
  std::string person;
  std::string since;
  std::string until;
};

Cell OptionalInteger(const std::optional<int64_t>& value) {
  return value ? Cell::Integer(*value) : Cell::Null();
}

Cell TextOrNull(const std::string& text) { return text.empty() ? Cell::Null() : Cell::Text(text); }

int RunVerify(const GlobalOptions& global, const VerifyOptions& options) {
  Result<OutputFormat> format = ResolveOutputFormat(options.query.output);
  if (!format.ok()) return Fail(format.status());
  int exit_code = kExitOk;
  std::unique_ptr<QuerySession> session = QuerySession::Open(global, options.query, &exit_code);
  if (!session) return exit_code;
  FilterOptions filter_options;
  filter_options.person = options.person;
  filter_options.since = options.since;
  filter_options.until = options.until;
  Filters filters;
  if (!ResolveFilters(filter_options, *session, &filters, &exit_code)) return exit_code;

  VerifyRequest request;
  request.claim = options.claim;
  request.person_id = filters.person_id;
  request.since = filters.since;
  request.until = filters.until;
  request.limit = options.query.limit > 0 ? options.query.limit : kDefaultMatches;
  Result<VerifyOutcome> outcome = VerifyClaim(session->archive(), request);
  if (!outcome.ok()) return Fail(outcome.status());

  const bool table = *format == OutputFormat::kTable;
  std::vector<std::string> columns =
      table ? std::vector<std::string>{"verdict", "score", "speaker", "article_id", "published_on",
                                       "text", "diff"}
            : std::vector<std::string>{"verdict",      "score",    "speaker", "person_id",
                                       "kind",         "article_id", "title", "published_on",
                                       "position",     "quote_id", "text",    "diff",
                                       "differences"};
  std::vector<Row> rows;
  for (const VerifyMatch& m : outcome->matches) {
    Cell verdict = Cell::Text(VerdictName(m.verdict));
    Cell score = Cell::Real(std::round(m.score * 1000) / 1000);
    Cell speaker = TextOrNull(m.speaker);
    if (table) {
      rows.push_back({verdict, score, speaker, Cell::Integer(m.article_id),
                      TextOrNull(m.published_on), Cell::Text(m.text), Cell::Text(m.diff)});
    } else {
      rows.push_back({verdict, score, speaker, OptionalInteger(m.person_id), Cell::Text(m.kind),
                      Cell::Integer(m.article_id), Cell::Text(m.title), TextOrNull(m.published_on),
                      OptionalInteger(m.position), Cell::Integer(m.quote_id), Cell::Text(m.text),
                      Cell::Text(m.diff), TextOrNull(m.differences)});
    }
  }
  if (!table && rows.empty()) {
    // The verdict is a field: not-found with nothing near still says so in a row.
    Row row(columns.size(), Cell::Null());
    row[0] = Cell::Text(VerdictName(outcome->verdict));
    row[1] = Cell::Real(0);
    rows.push_back(row);
  }
  if (table) {
    std::cout << outcome->summary << "\n";
    std::cout.flush();
    if (rows.empty()) return kExitOk;
  }
  return WriteRows(options.query.output, columns, rows, global.db_path);
}

}  // namespace

void SetupVerifyCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<VerifyOptions>();
  CLI::App* cmd = app.add_subcommand(
      "verify",
      "Did they really say it? The real words nearest a claim (turns, direct and\n"
      "reported quotes), best first, with speaker, story, score (0 to 1) and a word\n"
      "diff ([-claim only-] {+real words only+}). The verdict comes first: exact,\n"
      "close (and what differs), other-speaker (with --person: said, but by someone\n"
      "else) or not-found.\n\n"
      "Examples:\n"
      "  newsarchive verify \"North Korea has terrific economic potential\"\n"
      "  newsarchive verify \"a very busy day tomorrow\" --person Fleitz --format json");
  cmd->add_option("claim", options->claim, "The words as claimed (quotes optional)")
      ->required()
      ->type_name("TEXT");
  cmd->add_option("--person", options->person,
                  "Who the claim says said it: full name, any name part\nor id")
      ->type_name("NAME");
  cmd->add_option("--since", options->since, "Only stories from this date on (YYYY[-MM[-DD]])")
      ->type_name("DATE");
  cmd->add_option("--until", options->until, "Only stories up to this date (YYYY[-MM[-DD]])")
      ->type_name("DATE");
  AddQueryOptions(cmd, &options->query, /*with_limit=*/true);
  cmd->callback([&global, options, exit_code] { *exit_code = RunVerify(global, *options); });
}

}  // namespace newsarchive
