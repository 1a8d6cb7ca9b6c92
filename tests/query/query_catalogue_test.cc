#include "query/query_catalogue.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "query/queries.h"
#include "query_fixture.h"

namespace newsarchive {
namespace {

using namespace testing_fixture;
using Strings = std::vector<std::string>;

RowCollector RunReport(FixtureDb& db, const std::string& name,
                       const std::map<std::string, std::string>& given = {}) {
  RowCollector out;
  Result<const Report*> report = FindReport(name);
  EXPECT_TRUE(report.ok()) << name;
  if (!report.ok()) return out;
  Result<SqlParams> params = ReportParams(db, **report, given);
  EXPECT_TRUE(params.ok()) << name << ": " << params.status().ToString();
  if (!params.ok()) return out;
  Result<RunStats> run = RunQuery(db, (*report)->sql, *params, out);
  EXPECT_TRUE(run.ok()) << name << ": " << run.status().ToString();
  return out;
}

TEST(QueryCatalogue, HoldsAtLeastTheSixReportsTheIssueAsksFor) {
  for (const char* name : {"top-speakers", "reporters", "roles-of", "co-appearances",
                           "quotes-by-month", "phrase"}) {
    EXPECT_TRUE(FindReport(name).ok()) << name;
  }
}

TEST(QueryCatalogue, EveryReportIsWellFormed) {
  std::set<std::string> names;
  for (const Report& report : ReportCatalogue()) {
    EXPECT_TRUE(names.insert(report.name).second) << "duplicate " << report.name;
    EXPECT_TRUE(std::regex_match(report.name, std::regex("[a-z]+(-[a-z]+)*"))) << report.name;
    EXPECT_FALSE(report.description.empty()) << report.name;
    std::set<std::string> param_names;
    for (const ReportParam& param : report.params) {
      EXPECT_TRUE(param_names.insert(param.name).second) << report.name << " " << param.name;
      EXPECT_NE(report.sql.find(":" + param.name), std::string::npos)
          << report.name << " does not use :" << param.name;
      EXPECT_FALSE(param.description.empty()) << report.name << " " << param.name;
      EXPECT_FALSE(param.DefaultText().empty()) << report.name << " " << param.name;
    }
  }
}

TEST(QueryCatalogue, UnknownNameSuggestsTheClosestReport) {
  struct Case {
    const char* typed;
    const char* message;
  };
  const Case cases[] = {
      {"top-speaker", "unknown report \"top-speaker\"; did you mean \"top-speakers\"?"},
      {"reporter", "unknown report \"reporter\"; did you mean \"reporters\"?"},
      {"coappearances", "unknown report \"coappearances\"; did you mean \"co-appearances\"?"},
      {"quotes-by", "unknown report \"quotes-by\"; did you mean \"quotes-by-month\"?"},
      {"no-such-report",
       "unknown report \"no-such-report\"; see `newsarchive report --list`"},
  };
  for (const Case& c : cases) {
    Result<const Report*> found = FindReport(c.typed);
    EXPECT_EQ(found.status().code(), Status::Code::kNotFound) << c.typed;
    EXPECT_EQ(found.status().message(), c.message);
  }
}

TEST(QueryCatalogue, ListHasOneRowPerReportWithParametersAndDefaults) {
  std::vector<Row> rows = ReportListRows();
  ASSERT_EQ(rows.size(), ReportCatalogue().size());
  EXPECT_EQ(ReportListColumns(), (Strings{"name", "description", "parameters"}));
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i][0].text, ReportCatalogue()[i].name);
    EXPECT_EQ(rows[i].size(), 3u);
  }
  for (const Row& row : rows) {
    if (row[0].text == "roles-of") {
      EXPECT_EQ(row[2].text, "person (whose roles (name or id); default: the top speaker)");
    } else if (row[0].text == "co-appearances") {
      EXPECT_EQ(row[2].text,
                "person (only pairs with this person; default: anyone); limit (how many rows at "
                "most; default: 20)");
    } else if (row[0].text == "summary") {
      EXPECT_EQ(row[2].text, "");
    }
  }
}

TEST(QueryCatalogue, EveryReportRunsWithItsDefaultsOnAnEmptyArchive) {
  auto db = MigratedDb();
  for (const Report& report : ReportCatalogue()) {
    RowCollector out = RunReport(*db, report.name);
    EXPECT_EQ(out.begins, 1) << report.name << " wrote its header";
    EXPECT_FALSE(out.columns.empty()) << report.name;
  }
}

TEST(QueryCatalogue, EveryReportFindsRowsWithItsDefaultsOnAFilledArchive) {
  auto db = FilledDb(true);
  for (const Report& report : ReportCatalogue()) {
    EXPECT_GT(RunReport(*db, report.name).rows.size(), 0u) << report.name;
  }
}

TEST(QueryCatalogue, SummaryCountsTheArchive) {
  auto db = FilledDb();
  RowCollector out = RunReport(*db, "summary");
  EXPECT_EQ(out.At(0, "stories"), "3");
  EXPECT_EQ(out.At(0, "people"), "6");
  EXPECT_EQ(out.At(0, "turns"), "13");
  EXPECT_EQ(out.At(0, "first_date"), "2021-03-04");
  EXPECT_EQ(out.At(0, "last_date"), "2022-01-15");
}

TEST(QueryCatalogue, TopSpeakersRanksByTurnsThenWords) {
  auto db = FilledDb();
  RowCollector out = RunReport(*db, "top-speakers");
  EXPECT_EQ(out.columns, (Strings{"id", "name", "turns", "words", "stories"}));
  // Okafor, Brennan and O'Brien have 3 turns each; words break the tie.
  EXPECT_EQ(out.Column("name"), (Strings{"Tomas Brennan", "Lena Okafor", "Siobhan O'Brien",
                                         "Kim Ha-neul", "Kim Sorensen", "Juan González"}));
  EXPECT_EQ(out.Column("turns"), (Strings{"3", "3", "3", "1", "1", "1"}));
  EXPECT_EQ(out.At(1, "words"), "31");
  EXPECT_EQ(RunReport(*db, "top-speakers", {{"limit", "2"}}).rows.size(), 2u);
}

TEST(QueryCatalogue, ReportersCountsBylineStories) {
  auto db = FilledDb();
  RowCollector out = RunReport(*db, "reporters");
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.At(0, "name"), "Siobhan O'Brien");
  EXPECT_EQ(out.At(0, "stories"), "3");
  EXPECT_EQ(out.At(0, "organizations"), "NPR");
  EXPECT_EQ(out.At(0, "first_date"), "2021-03-04");
  EXPECT_EQ(out.At(0, "last_date"), "2022-01-15");
}

TEST(QueryCatalogue, RolesOfShowsEachRoleOverTime) {
  auto db = FilledDb();
  RowCollector out = RunReport(*db, "roles-of", {{"person", "okafor"}});
  EXPECT_EQ(out.Column("role"), (Strings{"Mayor", "former town clerk"}));
  EXPECT_EQ(out.Column("stories"), (Strings{"2", "1"}));
  EXPECT_EQ(out.Column("first_date"), (Strings{"2021-03-04", "2021-05-10"}));
  EXPECT_EQ(out.At(0, "person"), "Lena Okafor");
  // The default is the top speaker.
  EXPECT_EQ(RunReport(*db, "roles-of").At(0, "person"), "Tomas Brennan");
}

TEST(QueryCatalogue, CoAppearancesCountsPairsOfNamedSpeakers) {
  auto db = FilledDb();
  RowCollector out = RunReport(*db, "co-appearances");
  EXPECT_EQ(out.columns, (Strings{"id_a", "person_a", "id_b", "person_b", "stories"}));
  EXPECT_EQ(out.At(0, "person_a"), "Tomas Brennan");
  EXPECT_EQ(out.At(0, "person_b"), "Siobhan O'Brien");
  EXPECT_EQ(out.At(0, "stories"), "3");
  for (size_t i = 0; i < out.rows.size(); ++i) {
    EXPECT_NE(out.At(i, "person_a"), "Unidentified Man #1");
    EXPECT_NE(out.At(i, "person_b"), "Unidentified Man #1");
  }
  RowCollector with_kim = RunReport(*db, "co-appearances", {{"person", "Kim Ha-neul"}});
  EXPECT_EQ(with_kim.rows.size(), 2u) << "Brennan and O'Brien";
}

TEST(QueryCatalogue, QuotesByMonthGroupsAPersonsTurns) {
  auto db = FilledDb();
  RowCollector out = RunReport(*db, "quotes-by-month", {{"person", "1"}});
  EXPECT_EQ(out.Column("month"), (Strings{"2021-03", "2021-05"}));
  EXPECT_EQ(out.Column("turns"), (Strings{"2", "1"}));
  EXPECT_EQ(out.Column("words"), (Strings{"23", "8"}));
}

TEST(QueryCatalogue, PhraseFindsWordsTogetherAndInOrder) {
  auto db = FilledDb();
  RowCollector out = RunReport(*db, "phrase", {{"phrase", "open hand"}});
  ASSERT_EQ(out.rows.size(), 1u);
  EXPECT_EQ(out.At(0, "speaker"), "Kim Ha-neul");
  EXPECT_EQ(RunReport(*db, "phrase", {{"phrase", "hand open"}}).rows.size(), 0u);
  EXPECT_EQ(RunReport(*db, "phrase", {{"phrase", "1931"}}).At(0, "speaker"), "NULL")
      << "unattributed text is searched too";
  // The default is a word of the newest story's first turn: "Valdoria".
  EXPECT_EQ(RunReport(*db, "phrase").At(0, "article_id"), "3");
}

TEST(QueryCatalogue, InterpretersAndCastSizes) {
  auto db = FilledDb();
  EXPECT_EQ(RunReport(*db, "interpreters").Column("speaker"), (Strings{"Kim Ha-neul"}));
  RowCollector casts = RunReport(*db, "cast-sizes");
  EXPECT_EQ(casts.Column("id"), (Strings{"1", "2", "3"}));
  EXPECT_EQ(casts.Column("turns"), (Strings{"5", "4", "4"}));
  EXPECT_EQ(casts.Column("words"), (Strings{"53", "34", "38"})) << "words of turns only";
}

TEST(QueryCatalogue, ParametersAreCheckedBeforeTheReportRuns) {
  auto db = FilledDb();
  struct Case {
    const char* report;
    std::map<std::string, std::string> given;
    Status::Code code;
    const char* message;
  };
  const Case cases[] = {
      {"top-speakers", {{"limt", "3"}}, Status::Code::kInvalidInput,
       "report top-speakers has no parameter \"limt\"; it takes limit"},
      {"summary", {{"x", "1"}}, Status::Code::kInvalidInput,
       "report summary has no parameter \"x\"; it takes none"},
      {"top-speakers", {{"limit", "ten"}}, Status::Code::kInvalidInput,
       "--param limit: expected a whole number, not \"ten\""},
      {"roles-of", {{"person", "Kim"}}, Status::Code::kAmbiguous,
       "--param person: \"Kim\" matches 2 people: Kim Ha-neul (id 5), Kim Sorensen (id 4); name "
       "one by id or by full name"},
      {"roles-of", {{"person", "'; DROP TABLE people; --"}}, Status::Code::kNotFound,
       "--param person: no person matches \"'; DROP TABLE people; --\""},
      {"phrase", {{"phrase", "--"}}, Status::Code::kInvalidInput,
       "--param phrase: no words to search for in \"--\""},
  };
  for (const Case& c : cases) {
    Result<SqlParams> params = ReportParams(*db, **FindReport(c.report), c.given);
    EXPECT_EQ(params.status().code(), c.code) << c.message;
    EXPECT_EQ(params.status().message(), c.message);
  }
  EXPECT_EQ(Count(*db, "SELECT count(*) FROM people"), 7);
}

TEST(QueryCatalogue, HostilePhraseIsOnlyText) {
  auto db = FilledDb();
  for (const char* hostile : {"'; DROP TABLE quotes; --", "\" OR \"", "AND(", "NEAR("}) {
    RowCollector out = RunReport(*db, "phrase", {{"phrase", hostile}});
    EXPECT_EQ(out.begins, 1) << hostile;
  }
  EXPECT_EQ(Count(*db, "SELECT count(*) FROM quotes"), 14);
}

// --- Query plans: every predefined query reads quotes through an index. ---

struct PlannedQuery {
  std::string what;
  std::string sql;
  SqlParams params;
};

// The lines of EXPLAIN QUERY PLAN that read the whole quote table: "SCAN quotes" (or an alias of
// it) without a covering index or a partial index.
Strings FullScansOfQuotes(SQLite::Database& db, const PlannedQuery& query) {
  std::set<std::string> names = {"quotes"};
  std::regex alias(R"(\bquotes\s+(?:AS\s+)?([a-z_]+)\b)", std::regex::icase);
  const std::set<std::string> keywords = {"where", "join", "on", "group", "order", "limit",
                                          "left", "inner", "cross", "using", "natural", "as"};
  for (auto it = std::sregex_iterator(query.sql.begin(), query.sql.end(), alias);
       it != std::sregex_iterator(); ++it) {
    std::string name = (*it)[1];
    if (keywords.count(name) == 0) names.insert(name);
  }
  std::set<std::string> partial;
  SQLite::Statement indexes(db, "SELECT name FROM pragma_index_list('quotes') WHERE partial");
  while (indexes.executeStep()) partial.insert(indexes.getColumn(0).getString());

  RowCollector plan;
  Result<RunStats> run = RunQuery(db, "EXPLAIN QUERY PLAN " + query.sql, query.params, plan);
  EXPECT_TRUE(run.ok()) << query.what << ": " << run.status().ToString();
  Strings scans;
  std::regex scan(R"(SCAN (\w+)(?: USING (COVERING )?INDEX (\w+))?)");
  for (const std::string& detail : plan.Column("detail")) {
    std::smatch m;
    if (!std::regex_match(detail, m, scan) || names.count(m[1]) == 0) continue;
    bool covering = m[2].matched;
    bool partial_index = m[3].matched && partial.count(m[3]) > 0;
    if (!covering && !partial_index) scans.push_back(detail);
  }
  return scans;
}

std::vector<PlannedQuery> QueryShapes() {
  std::vector<PlannedQuery> shapes;
  auto add = [&shapes](const std::string& what, const BoundQuery& query) {
    shapes.push_back({what, query.sql, query.params});
  };
  std::string search = *FtsQuery("bridge");
  QuoteFilter quotes;
  quotes.limit = 101;
  add("quotes", QuotesQuery(quotes));
  QuoteFilter q = quotes;
  q.person_id = kOkafor;
  add("quotes --person", QuotesQuery(q));
  q.since = "2021-01-01";
  q.until = "2021-12-31";
  add("quotes --person --since --until", QuotesQuery(q));
  q = quotes;
  q.article_id = kBridge;
  add("quotes --article", QuotesQuery(q));
  q = quotes;
  q.role = "Mayor";
  add("quotes --role", QuotesQuery(q));
  q = quotes;
  q.search = search;
  add("quotes --search", QuotesQuery(q));
  q.person_id = kOkafor;
  add("quotes --search --person", QuotesQuery(q));
  q = quotes;
  q.since = "2021-01-01";
  add("quotes --since", QuotesQuery(q));
  q.until = "2021-06-30";
  add("quotes --since --until", QuotesQuery(q));
  q = quotes;
  q.role = "Host";
  q.since = "2021-01-01";
  add("quotes --role --since", QuotesQuery(q));
  q.person_id = kBrennan;
  add("quotes --role --since --person", QuotesQuery(q));
  q = quotes;
  q.role = "Host";
  q.search = search;
  add("quotes --role --search", QuotesQuery(q));

  PeopleFilter people;
  people.limit = 101;
  add("people", PeopleQuery(people));
  people.include_unidentified = true;
  for (PeopleSort sort : {PeopleSort::kTurns, PeopleSort::kStories, PeopleSort::kName}) {
    people.sort = sort;
    add("people --all --sort", PeopleQuery(people));
  }
  add("people --article", CastQuery(kBridge));
  ArticleFilter articles;
  articles.limit = 101;
  add("articles", ArticlesQuery(articles));
  ArticleFilter a = articles;
  a.person_id = kOkafor;
  add("articles --person", ArticlesQuery(a));
  a = articles;
  a.search = search;
  add("articles --search", ArticlesQuery(a));
  a = articles;
  a.since = "2021-01-01";
  a.until = "2021-12-31";
  add("articles --since --until", ArticlesQuery(a));
  add("show (header)", ArticleHeaderQuery(kBridge));
  add("show (turns)", StoryQuery(kBridge));
  return shapes;
}

TEST(QueryPlans, CommandQueriesNeverScanTheQuoteTable) {
  auto db = FilledDb(true);
  for (const PlannedQuery& shape : QueryShapes()) {
    EXPECT_EQ(FullScansOfQuotes(*db, shape), Strings{}) << shape.what << "\n" << shape.sql;
  }
}

TEST(QueryPlans, ReportsAndTheirDefaultsNeverScanTheQuoteTable) {
  auto db = FilledDb(true);
  for (const Report& report : ReportCatalogue()) {
    Result<SqlParams> defaults = ReportParams(*db, report, {});
    ASSERT_TRUE(defaults.ok()) << report.name;
    PlannedQuery planned{report.name, report.sql, *defaults};
    EXPECT_EQ(FullScansOfQuotes(*db, planned), Strings{}) << report.name << "\n" << report.sql;
    for (const ReportParam& param : report.params) {
      if (param.kind != ParamKind::kPerson) continue;
      Result<SqlParams> with_person = ReportParams(*db, report, {{param.name, "Okafor"}});
      ASSERT_TRUE(with_person.ok()) << report.name;
      PlannedQuery narrowed{report.name + " --param person", report.sql, *with_person};
      EXPECT_EQ(FullScansOfQuotes(*db, narrowed), Strings{}) << narrowed.what;
    }
  }
  for (DefaultRule rule : {DefaultRule::kTopSpeaker, DefaultRule::kNewestWord}) {
    PlannedQuery planned{"default rule", DefaultRuleSql(rule), {}};
    EXPECT_EQ(FullScansOfQuotes(*db, planned), Strings{}) << planned.sql;
  }
}

TEST(QueryPlans, TheCheckerCatchesAFullScan) {
  auto db = FilledDb();
  PlannedQuery scan{"scan", "SELECT text FROM quotes q WHERE q.text LIKE '%bridge%'", {}};
  EXPECT_EQ(FullScansOfQuotes(*db, scan), (Strings{"SCAN q"}));
  PlannedQuery unaliased{"scan", "SELECT sum(length(text)) FROM quotes", {}};
  EXPECT_EQ(FullScansOfQuotes(*db, unaliased), (Strings{"SCAN quotes"}));
}

}  // namespace
}  // namespace newsarchive
