// The SQL behind the quotes, people, articles and show commands, built from their filters in one
// place so that the commands and the query-plan tests run exactly the same statements.
#ifndef NEWSARCHIVE_QUERY_QUERIES_H_
#define NEWSARCHIVE_QUERY_QUERIES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "store/archive.h"
#include "store/sql_dialect.h"

namespace newsarchive {

// Every query below is written in `dialect`, the archive's (Archive::Dialect()): commands pass
// theirs; SQLite's when not given (the SQLite-only tests and benchmarks).

// SQL with named parameters and the values to bind to them.
struct BoundQuery {
  std::string sql;
  SqlParams params;
};

// Turns search text typed by a user into an FTS5 query that can never be a syntax error: every
// word is quoted, so `O'Brien`, `AND(` or `"` are only text. Words must all appear; "a quoted
// phrase" must appear as written; `word*` matches a prefix; `OR` between two terms matches either.
// kInvalidInput when the text holds no word at all.
Result<std::string> FtsQuery(const std::string& text);

// The whole text as one FTS5 phrase: its words must appear together and in this order.
// kInvalidInput when it holds no word.
Result<std::string> FtsPhrase(const std::string& text);

// Checks a --since/--until date (YYYY-MM-DD, YYYY-MM or YYYY) and returns it as a bound for
// comparing with articles.published_on: the first day of the period when `end_of_period` is false,
// its last day (as a string bound, e.g. "2019-02-31") when true. "" stays "" (no bound).
Result<std::string> NormalizeDate(const std::string& text, bool end_of_period);

// The kinds of quote `quotes` lists, in the order they are named: "turn", "direct",
// "reported" (unattributed blocks are the story's text, not quotes: `show` prints them).
const std::vector<std::string>& QuoteKinds();

// `kinds` as an SQL list of literals for `kind IN (...)`, in QuoteKinds() order; every kind when
// empty. Only names from QuoteKinds() are written; "NULL" (matching nothing) when none is one.
std::string KindList(const std::vector<std::string>& kinds);

// Filters of `quotes`. Empty strings and unset ids filter nothing.
struct QuoteFilter {
  std::vector<std::string> kinds;  // of QuoteKinds(); empty for all
  std::optional<int64_t> person_id;
  std::optional<int64_t> article_id;
  std::string role;    // part of a role title the speaker held in that story, any case
  bool with_person_id = false;  // a person_id column after speaker (the web view links it)
  // For a reader's table: an unnamed source's description stands in the speaker column, in
  // parentheses, instead of a column of its own that is NULL on nearly every row.
  bool source_in_speaker = false;
  std::string search;  // FTS5 query (see FtsQuery); ranks by bm25 and adds a snippet column
  std::string since;   // normalized dates (see NormalizeDate)
  std::string until;
  int64_t limit = -1;  // rows in the SQL LIMIT; -1 for all
  // When searching, only the newest `rank_window` turns that pass every filter (by id, that is
  // import order) are ranked, so a common word costs the same in a large archive as in a small
  // one; 0 ranks every match.
  int64_t rank_window = kDefaultRankWindow;
  static constexpr int64_t kDefaultRankWindow = 2000;
};

// Turns, direct and reported quotes (those of filter.kinds) with speaker (NULL for an unnamed
// source, or a turn with no person: a reporter's "QUESTION:", "Operator"), person_id when asked
// for, role(s) in the story, kind, article id, title and date, position (of the quote's own
// turn or block), unnamed_source (how the story describes one), text, and a highlighted snippet
// when searching. Story order (date, article, then quote id: the store writes each turn or block
// and then the quotes found in it) unless searching, then best match first.
BoundQuery QuotesQuery(const QuoteFilter& filter, const SqlDialect& dialect = SqliteDialect());

// The ids of the turns in the rank window of a search, one row each (at most rank_window), so
// that a caller can say when the window left older matches unranked. Only for a search with a
// window.
BoundQuery RankWindowQuery(const QuoteFilter& filter,
                           const SqlDialect& dialect = SqliteDialect());

// How `people` orders its rows; every order ends with the name and the id, so ties are stable.
enum class PeopleSort {
  kTurns,    // who speaks most first (the default)
  kStories,  // who appears in the most stories first
  kName,     // by name, any case
  kId,       // in the order they entered the archive
};

// "turns", "stories", "name", "id"; kInvalidInput naming the choices.
Result<PeopleSort> ParsePeopleSort(const std::string& name);

struct PeopleFilter {
  bool include_unidentified = false;  // also generic labels (Host, Guest) and unidentified speakers
  PeopleSort sort = PeopleSort::kTurns;
  int64_t limit = -1;
};

// Everyone in the archive, speakers and people only mentioned: id, name, roles (each distinct
// title once), stories (quoted, holding a role or mentioned in), turns, direct, reported,
// mentions. Only named people unless `include_unidentified`: the unnamed voices of one story
// each are not people of the archive.
BoundQuery PeopleQuery(const PeopleFilter& filter, const SqlDialect& dialect = SqliteDialect());

// The cast of one story in order of first appearance: id, name, roles in the story, first turn,
// turns, direct, reported, words (of the turns), mentions. People with no turn come last.
BoundQuery CastQuery(int64_t article_id, const SqlDialect& dialect = SqliteDialect());

struct ArticleFilter {
  std::optional<int64_t> person_id;  // stories where the person speaks, is quoted, holds a role
                                     // or is mentioned
  std::string search;                // FTS5 query over title and summary
  std::string since;
  std::string until;
  int64_t limit = -1;
};

// Stories: id, date, source, program, title, form (transcript or article), speakers (with a
// turn), turns, direct, reported; by date unless searching.
BoundQuery ArticlesQuery(const ArticleFilter& filter,
                         const SqlDialect& dialect = SqliteDialect());

// One article's header fields: id, title, date, source, program, dateline, url, summary,
// copyright. No row when there is no such article.
BoundQuery ArticleHeaderQuery(int64_t article_id);

// Every row of one article's quotes in story order (by id): position, speaker, role, kind,
// via_interpreter, annotation, text, label, found_in, start_offset, end_offset, unnamed_source,
// start_time. Turns and blocks have a position; direct and reported quotes found_in and offsets
// instead (characters). start_time is when a turn starts in the recording (captions, exports:
// "00:01:23.450"), NULL when the input did not say.
// Unattributed text, turns with no person and unnamed sources have a NULL speaker.
BoundQuery StoryQuery(int64_t article_id, const SqlDialect& dialect = SqliteDialect());

}  // namespace newsarchive

#endif  // NEWSARCHIVE_QUERY_QUERIES_H_
