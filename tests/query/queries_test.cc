#include "query/queries.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "query_fixture.h"

namespace newsarchive {
namespace {

using namespace testing_fixture;
using Strings = std::vector<std::string>;

RowCollector RunAll(SQLite::Database& db, const BoundQuery& query) {
  RowCollector out;
  Result<RunStats> run = RunQuery(db, query.sql, query.params, out);
  EXPECT_TRUE(run.ok()) << run.status().ToString() << "\n" << query.sql;
  return out;
}

TEST(FtsQuery, QuotesEveryWordSoUserTextIsNeverSyntax) {
  struct Case {
    const char* typed;
    const char* fts;
  };
  const Case cases[] = {
      {"bridge", "\"bridge\""},
      {"economic potential", "\"economic\" \"potential\""},
      {"O'Brien", "\"O'Brien\""},
      {"AND(", "\"AND(\""},
      {"NOT bridge", "\"NOT\" \"bridge\""},
      {"NEAR(a b)", "\"NEAR(a\" \"b)\""},
      {"\"open hand\"", "\"open hand\""},
      {"\"open hand", "\"open hand\""},  // an unclosed quote runs to the end
      {"say \"x\"\"y\"", "\"say\" \"x\" \"y\""},
      {"bridge*", "\"bridge\"*"},
      {"*", ""},
      {"cable OR bridge", "\"cable\" OR \"bridge\""},
      {"OR bridge", "\"bridge\""},
      {"bridge OR", "\"bridge\""},
      {"bridge OR OR cable", "\"bridge\" OR \"cable\""},
      {"bridge or cable", "\"bridge\" \"or\" \"cable\""},
      {"( ) - \"\"", ""},
      {"González", "\"González\""},
      {"col:umn ^start", "\"col:umn\" \"^start\""},
  };
  for (const Case& c : cases) {
    Result<std::string> fts = FtsQuery(c.typed);
    if (*c.fts == '\0') {
      EXPECT_EQ(fts.status().code(), Status::Code::kInvalidInput) << c.typed;
    } else {
      ASSERT_TRUE(fts.ok()) << c.typed;
      EXPECT_EQ(*fts, c.fts) << c.typed;
    }
  }
}

TEST(FtsQuery, EveryResultIsAValidFts5Query) {
  auto db = FilledDb();
  for (const char* typed : {"AND(", "O'Brien", "\"", "a\"b", "x OR", "NEAR(", "- bridge", "{x}",
                            "col:umn", "'; DROP TABLE people; --", "open hand*", "^bridge"}) {
    Result<std::string> fts = FtsQuery(typed);
    if (!fts.ok()) continue;
    RowCollector out;
    Result<RunStats> run =
        RunQuery(*db, "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :q",
                 {{"q", Cell::Text(*fts)}}, out);
    EXPECT_TRUE(run.ok()) << typed << " -> " << *fts << ": " << run.status().ToString();
  }
}

TEST(FtsPhrase, KeepsTheWordsTogether) {
  EXPECT_EQ(*FtsPhrase("open hand"), "\"open hand\"");
  EXPECT_EQ(*FtsPhrase("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(FtsPhrase(" -- ").status().code(), Status::Code::kInvalidInput);
}

TEST(NormalizeDate, AcceptsDaysMonthsAndYearsAsBounds) {
  struct Case {
    const char* typed;
    const char* since;  // "" when rejected
    const char* until;
  };
  const Case cases[] = {
      {"2021-03-04", "2021-03-04", "2021-03-04"}, {"2021-03", "2021-03-01", "2021-03-31"},
      {"2021", "2021-01-01", "2021-12-31"},       {"2021-13", "", ""},
      {"2021-00-10", "", ""},                      {"2021-02-32", "", ""},
      {"21-03-04", "", ""},                        {"2021/03/04", "", ""},
      {"2021-3-4", "", ""},                        {"March 2021", "", ""},
      {"2021-03-04T10:00", "", ""},               {"2019-02-30", "", ""},
      {"2019-02-29", "", ""},                      {"2020-02-29", "2020-02-29", "2020-02-29"},
      {"2021-04-31", "", ""},
  };
  for (const Case& c : cases) {
    Result<std::string> since = NormalizeDate(c.typed, false);
    Result<std::string> until = NormalizeDate(c.typed, true);
    if (*c.since == '\0') {
      EXPECT_EQ(since.status().code(), Status::Code::kInvalidInput) << c.typed;
      EXPECT_EQ(until.status().code(), Status::Code::kInvalidInput) << c.typed;
    } else {
      EXPECT_EQ(*since, c.since) << c.typed;
      EXPECT_EQ(*until, c.until) << c.typed;
    }
  }
  EXPECT_EQ(*NormalizeDate("", true), "");
}

TEST(QuotesQuery, ByPersonListsTheirTurnsInStoryOrderWithRolesOfThatStory) {
  auto db = FilledDb();
  QuoteFilter filter;
  filter.person_id = kOkafor;
  RowCollector out = RunAll(*db, QuotesQuery(filter));
  EXPECT_EQ(out.columns,
            (Strings{"speaker", "role", "kind", "article_id", "article", "date", "position", "unnamed_source", "text"}));
  EXPECT_EQ(out.Column("text"),
            (Strings{"This bridge carries forty thousand people a day, and we owe them a safe "
                     "crossing.",
                     "Nobody should have to wait that long again.",
                     "I started my career in that clerk's office."}));
  EXPECT_EQ(out.Column("role"), (Strings{"Mayor", "Mayor", "Mayor; former town clerk"}));
  EXPECT_EQ(out.Column("date"), (Strings{"2021-03-04", "2021-03-04", "2021-05-10"}));
  EXPECT_EQ(out.Column("position"), (Strings{"3", "6", "3"}));
  EXPECT_EQ(out.At(0, "speaker"), "Lena Okafor");
  EXPECT_EQ(out.At(0, "article"), "Harbor Bridge Reopens After Storm Repairs");
}

TEST(QuotesQuery, UnfilteredListsEveryTurnButNotUnattributedText) {
  auto db = FilledDb();
  RowCollector out = RunAll(*db, QuotesQuery(QuoteFilter()));
  EXPECT_EQ(out.rows.size(), 13u);
  for (const std::string& speaker : out.Column("speaker")) EXPECT_NE(speaker, "NULL");
  EXPECT_EQ(out.At(0, "position"), "1");
  EXPECT_EQ(out.At(12, "article_id"), "3");
}

TEST(QuotesQuery, ATurnWithNoPersonIsListedWithNoSpeaker) {
  auto db = FilledDb();
  static_cast<SQLite::Database&>(*db).exec(
      "INSERT INTO quotes (article_id, person_id, position, kind, text, label, word_count) "
      "VALUES (2, NULL, 5, 'turn', 'Will the charter pass tonight?', 'QUESTION', 5)");
  QuoteFilter by_article;
  by_article.article_id = kCharter;
  RowCollector out = RunAll(*db, QuotesQuery(by_article));
  EXPECT_EQ(out.Column("position"), (Strings{"1", "2", "3", "4", "5"}));
  EXPECT_EQ(out.At(4, "speaker"), "NULL");
  EXPECT_EQ(out.At(4, "role"), "NULL");
  QuoteFilter search;
  search.search = "\"charter pass\"";
  EXPECT_EQ(RunAll(*db, QuotesQuery(search)).Column("position"), (Strings{"5"}));
  EXPECT_EQ(RunAll(*db, PeopleQuery(PeopleFilter())).rows.size(), 6u) << "no person for the question";
}

TEST(QuotesQuery, ByArticleRoleAndDates) {
  auto db = FilledDb();
  QuoteFilter by_article;
  by_article.article_id = kCharter;
  EXPECT_EQ(RunAll(*db, QuotesQuery(by_article)).Column("position"), (Strings{"1", "2", "3", "4"}));

  QuoteFilter by_role;
  by_role.role = "CLERK";  // any case, part of the title: Town clerk, former town clerk
  EXPECT_EQ(RunAll(*db, QuotesQuery(by_role)).Column("speaker"),
            (Strings{"Kim Sorensen", "Lena Okafor"}));

  QuoteFilter by_dates;
  by_dates.since = "2021-05-01";
  by_dates.until = "2021-12-31";
  EXPECT_EQ(RunAll(*db, QuotesQuery(by_dates)).Column("article_id"),
            (Strings{"2", "2", "2", "2"}));

  QuoteFilter role_and_person;
  role_and_person.role = "clerk";
  role_and_person.person_id = kOkafor;
  EXPECT_EQ(RunAll(*db, QuotesQuery(role_and_person)).Column("position"), (Strings{"3"}));

  QuoteFilter combined;
  combined.person_id = kOBrien;
  combined.since = "2021-04-01";
  combined.role = "correspondent";
  EXPECT_EQ(RunAll(*db, QuotesQuery(combined)).Column("article_id"), (Strings{"3"}));
}

TEST(QuotesQuery, SearchRanksMatchesAndAddsAHighlightedSnippet) {
  auto db = FilledDb();
  QuoteFilter filter;
  filter.search = *FtsQuery("open hand");
  RowCollector out = RunAll(*db, QuotesQuery(filter));
  EXPECT_EQ(out.columns, (Strings{"speaker", "role", "kind", "article_id", "article", "date", "position", "unnamed_source", "snippet", "text"}));
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.At(0, "speaker"), "Kim Ha-neul");
  EXPECT_EQ(out.At(0, "role"), "President");
  EXPECT_NE(out.At(0, "snippet").find("[open] [hand]"), std::string::npos) << out.At(0, "snippet");

  filter.search = *FtsQuery("O'Brien");  // in Brennan's turn, not in a label
  EXPECT_EQ(RunAll(*db, QuotesQuery(filter)).Column("speaker"), (Strings{"Tomas Brennan"}));

  filter.search = *FtsQuery("bridge");
  filter.person_id = kOkafor;
  EXPECT_EQ(RunAll(*db, QuotesQuery(filter)).Column("position"), (Strings{"3"}));
}

TEST(QuotesQuery, SearchRanksOnlyTheNewestMatchesOfItsWindow) {
  auto db = FilledDb();
  // Four later turns about the tide, imported in this order (ascending ids).
  AddQuote(*db, kSummit, kOkafor, 10, "The tide came in early.");
  AddQuote(*db, kSummit, kGonzalez, 11, "The tide, the tide, the tide again.");
  AddQuote(*db, kSummit, kOkafor, 12, "A tide table hangs in the office.");
  AddQuote(*db, kSummit, kGonzalez, 13, "High tide.");
  QuoteFilter filter;
  filter.search = *FtsQuery("tide");
  filter.rank_window = 2;
  RowCollector window = RunAll(*db, QuotesQuery(filter));
  Strings positions = window.Column("position");
  std::sort(positions.begin(), positions.end());
  EXPECT_EQ(positions, (Strings{"12", "13"}));
  EXPECT_EQ(RunAll(*db, RankWindowQuery(filter)).rows.size(), 2u);

  // The window holds the newest turns that pass every filter, not the newest matches overall.
  filter.person_id = kOkafor;
  positions = RunAll(*db, QuotesQuery(filter)).Column("position");
  std::sort(positions.begin(), positions.end());
  EXPECT_EQ(positions, (Strings{"10", "12"}));

  // No window: every match, best first (the turn that says "tide" four times).
  filter.person_id.reset();
  filter.rank_window = 0;
  RowCollector all = RunAll(*db, QuotesQuery(filter));
  ASSERT_EQ(all.rows.size(), 4u);
  EXPECT_EQ(all.At(0, "position"), "11");

  // A window larger than the matches ranks them all and says so by holding fewer rows.
  filter.rank_window = 10;
  EXPECT_EQ(RunAll(*db, QuotesQuery(filter)).At(0, "position"), "11");
  EXPECT_EQ(RunAll(*db, RankWindowQuery(filter)).rows.size(), 4u);
}

TEST(QuotesQuery, KindsPickTurnsOrTheQuotesFoundInTheText) {
  auto db = FilledDb();
  QuoteFilter turns;
  turns.kinds = {"turn"};
  EXPECT_EQ(RunAll(*db, QuotesQuery(turns)).Column("text"),
            RunAll(*db, QuotesQuery(QuoteFilter())).Column("text"));
  QuoteFilter direct;
  direct.kinds = {"direct"};
  EXPECT_EQ(RunAll(*db, QuotesQuery(direct)).rows.size(), 0u)
      << "the fixture holds turns and unattributed text only";
  direct.search = *FtsQuery("bridge");
  EXPECT_EQ(RunAll(*db, QuotesQuery(direct)).rows.size(), 0u);
}

TEST(QuotesQuery, WithPersonIdAddsTheSpeakersIdAfterTheName) {
  auto db = FilledDb();
  QuoteFilter filter;
  filter.person_id = kOkafor;
  filter.with_person_id = true;
  RowCollector out = RunAll(*db, QuotesQuery(filter));
  ASSERT_GE(out.columns.size(), 2u);
  EXPECT_EQ(out.columns[1], "person_id");
  EXPECT_EQ(out.Column("person_id"), Strings(out.rows.size(), std::to_string(kOkafor)));
  filter.search = *FtsQuery("bridge");
  EXPECT_EQ(RunAll(*db, QuotesQuery(filter)).columns[1], "person_id");
}

TEST(QuotesQuery, LimitCapsTheRows) {
  auto db = FilledDb();
  QuoteFilter filter;
  filter.limit = 2;
  EXPECT_EQ(RunAll(*db, QuotesQuery(filter)).rows.size(), 2u);
}

TEST(PeopleQuery, ListsNamedPeopleWhoSpeakMostFirstWithDistinctRolesStoriesAndTurns) {
  auto db = FilledDb();
  RowCollector out = RunAll(*db, PeopleQuery(PeopleFilter()));
  EXPECT_EQ(out.columns,
            (Strings{"id", "name", "roles", "stories", "turns", "direct", "reported", "mentions"}));
  const Strings names = out.Column("name");
  EXPECT_EQ(std::count(names.begin(), names.end(), "Unidentified Man #1"), 0)
      << "unidentified speakers only with include_unidentified";
  ASSERT_EQ(names.size(), 6u);
  Strings turns = out.Column("turns");
  for (size_t i = 1; i < turns.size(); ++i) {
    EXPECT_GE(std::stoi(turns[i - 1]), std::stoi(turns[i])) << "most turns first: " << names[i];
  }
  const auto row_of = [&](const std::string& name) {
    return static_cast<size_t>(std::find(names.begin(), names.end(), name) - names.begin());
  };
  const size_t okafor = row_of("Lena Okafor");
  ASSERT_LT(okafor, names.size());
  EXPECT_EQ(out.At(okafor, "roles"), "Mayor; former town clerk");
  EXPECT_EQ(out.At(okafor, "stories"), "2");
  EXPECT_EQ(out.At(okafor, "turns"), "3");
  EXPECT_EQ(out.At(row_of("Siobhan O'Brien"), "roles"), "Byline; Europe correspondent");
  const size_t brennan = row_of("Tomas Brennan");
  EXPECT_EQ(out.At(brennan, "roles"), "Host") << "one Host for three stories";
  EXPECT_EQ(out.At(brennan, "stories"), "3");
  PeopleFilter two;
  two.limit = 2;
  EXPECT_EQ(RunAll(*db, PeopleQuery(two)).rows.size(), 2u);
}

TEST(PeopleQuery, AllAddsUnidentifiedSpeakersAndSortOrdersByNameStoriesOrId) {
  auto db = FilledDb();
  PeopleFilter filter;
  filter.include_unidentified = true;
  filter.sort = PeopleSort::kName;
  EXPECT_EQ(RunAll(*db, PeopleQuery(filter)).Column("name"),
            (Strings{"Juan González", "Kim Ha-neul", "Kim Sorensen", "Lena Okafor",
                     "Siobhan O'Brien", "Tomas Brennan", "Unidentified Man #1"}));
  filter.sort = PeopleSort::kId;
  EXPECT_EQ(RunAll(*db, PeopleQuery(filter)).Column("id"),
            (Strings{"1", "2", "3", "4", "5", "6", "7"}));
  filter.sort = PeopleSort::kStories;
  Strings stories = RunAll(*db, PeopleQuery(filter)).Column("stories");
  ASSERT_EQ(stories.size(), 7u);
  for (size_t i = 1; i < stories.size(); ++i) {
    EXPECT_GE(std::stoi(stories[i - 1]), std::stoi(stories[i]));
  }
  EXPECT_EQ(*ParsePeopleSort("stories"), PeopleSort::kStories);
  EXPECT_EQ(ParsePeopleSort("words").status().code(), Status::Code::kInvalidInput);
}

TEST(CastQuery, ListsTheSpeakersOfOneStoryInOrderOfFirstAppearance) {
  auto db = FilledDb();
  RowCollector out = RunAll(*db, CastQuery(kBridge));
  EXPECT_EQ(out.columns, (Strings{"id", "name", "roles", "first_turn", "turns", "direct", "reported", "words", "mentions"}));
  EXPECT_EQ(out.Column("name"),
            (Strings{"Tomas Brennan", "Siobhan O'Brien", "Lena Okafor", "Juan González"}));
  EXPECT_EQ(out.Column("roles"), (Strings{"Host", "Byline", "Mayor", "Harbor engineer"}));
  EXPECT_EQ(out.Column("turns"), (Strings{"1", "1", "2", "1"}));
  EXPECT_EQ(out.At(2, "words"), "23") << "15 + 8 words";
  EXPECT_EQ(RunAll(*db, CastQuery(99)).rows.size(), 0u);
}

TEST(CastQuery, PeopleWithARoleButNoTurnComeLast) {
  auto db = FilledDb();
  static_cast<SQLite::Database&>(*db).exec("INSERT INTO roles (person_id, article_id, title, source) VALUES (4, 1, 'Witness', "
           "'text')");
  RowCollector out = RunAll(*db, CastQuery(kBridge));
  ASSERT_EQ(out.rows.size(), 5u);
  EXPECT_EQ(out.At(4, "name"), "Kim Sorensen");
  EXPECT_EQ(out.At(4, "first_turn"), "NULL");
  EXPECT_EQ(out.At(4, "turns"), "0");
}

TEST(ArticlesQuery, ListsStoriesByDateWithSpeakersAndTurns) {
  auto db = FilledDb();
  RowCollector out = RunAll(*db, ArticlesQuery(ArticleFilter()));
  EXPECT_EQ(out.columns,
            (Strings{"id", "date", "source", "program", "title", "form", "speakers", "turns", "direct", "reported"}));
  EXPECT_EQ(out.Column("id"), (Strings{"1", "2", "3"}));
  EXPECT_EQ(out.Column("speakers"), (Strings{"4", "4", "4"}));
  EXPECT_EQ(out.Column("turns"), (Strings{"5", "4", "4"}));
}

TEST(ArticlesQuery, FiltersByPersonSearchAndDates) {
  auto db = FilledDb();
  ArticleFilter by_person;
  by_person.person_id = kOkafor;
  EXPECT_EQ(RunAll(*db, ArticlesQuery(by_person)).Column("id"), (Strings{"1", "2"}));

  ArticleFilter by_search;
  by_search.search = *FtsQuery("copper");  // in a summary only
  EXPECT_EQ(RunAll(*db, ArticlesQuery(by_search)).Column("id"), (Strings{"2"}));
  by_search.search = *FtsQuery("valdoria");  // in a title
  EXPECT_EQ(RunAll(*db, ArticlesQuery(by_search)).Column("id"), (Strings{"3"}));

  ArticleFilter by_dates;
  by_dates.since = "2021-04-01";
  EXPECT_EQ(RunAll(*db, ArticlesQuery(by_dates)).Column("id"), (Strings{"2", "3"}));
  by_dates.until = "2021-12-31";
  by_dates.limit = 5;
  EXPECT_EQ(RunAll(*db, ArticlesQuery(by_dates)).Column("id"), (Strings{"2"}));
}

TEST(StoryQuery, ReassemblesOneStoryWithUnattributedText) {
  auto db = FilledDb();
  RowCollector out = RunAll(*db, StoryQuery(kBridge));
  EXPECT_EQ(out.columns, (Strings{"position", "speaker", "role", "kind", "via_interpreter",
                                  "annotation", "text", "label", "found_in", "start_offset",
                                  "end_offset", "unnamed_source", "start_time"}));
  EXPECT_EQ(out.Column("position"), (Strings{"1", "2", "3", "4", "5", "6"}));
  EXPECT_EQ(out.At(0, "start_time"), "NULL");  // a print story's turns have no start time
  EXPECT_EQ(out.At(4, "speaker"), "NULL");
  EXPECT_EQ(out.At(4, "kind"), "unattributed");
  EXPECT_EQ(out.At(4, "text"), "The bridge first opened in 1931.");

  RowCollector summit = RunAll(*db, StoryQuery(kSummit));
  EXPECT_EQ(summit.Column("via_interpreter"), (Strings{"0", "1", "0", "0"}));
  EXPECT_EQ(summit.At(3, "role"), "Byline; Europe correspondent");
}

TEST(ArticleHeaderQuery, GivesTheHeaderFieldsOrNoRow) {
  auto db = FilledDb();
  RowCollector out = RunAll(*db, ArticleHeaderQuery(kSummit));
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.At(0, "title"), "Summit In Valdoria Ends Without Deal");
  EXPECT_EQ(out.At(0, "date"), "2022-01-15");
  EXPECT_EQ(out.At(0, "dateline"), "Valdoria");
  EXPECT_EQ(out.At(0, "url"), "NULL");
  EXPECT_EQ(RunAll(*db, ArticleHeaderQuery(42)).rows.size(), 0u);
}

}  // namespace
}  // namespace newsarchive
