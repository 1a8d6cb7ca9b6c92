// The query side of quotes found in the prose: `quotes` lists every kind with a kind column and
// --kind, `people` counts turns, quotes and mentions, the two prose reports, and `show` marks
// each prose quote in its paragraph. The archive is the fixture's, with its print article.
#include <gtest/gtest.h>

#include "query/queries.h"
#include "query/query_catalogue.h"
#include "query/story_view.h"
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

RowCollector Report(FixtureDb& db, const std::string& name) {
  RowCollector out;
  Result<const newsarchive::Report*> report = FindReport(name);
  EXPECT_TRUE(report.ok()) << name;
  if (!report.ok()) return out;
  Result<SqlParams> params = ReportParams(db, **report, {});
  EXPECT_TRUE(params.ok()) << params.status().ToString();
  if (!params.ok()) return out;
  Result<RunStats> run = RunQuery(db, (*report)->sql, *params, out);
  EXPECT_TRUE(run.ok()) << run.status().ToString();
  return out;
}

TEST(ProseQueries, QuotesListsEveryKindInStoryOrderAndNoParagraphs) {
  auto db = FilledDb(true);
  QuoteFilter filter;
  filter.article_id = kFerry;
  RowCollector out = RunAll(*db, QuotesQuery(filter));
  EXPECT_EQ(out.Column("kind"), (Strings{"direct", "reported", "direct"}));
  EXPECT_EQ(out.Column("speaker"), (Strings{"Lena Okafor", "Juan González", "NULL"}));
  EXPECT_EQ(out.Column("position"), (Strings{"1", "2", "3"})) << "the paragraph holding it";
  EXPECT_EQ(out.Column("unnamed_source"), (Strings{"NULL", "NULL", "a deckhand"}));
  EXPECT_EQ(out.At(1, "text"), "the new boats would run every half hour");
  EXPECT_EQ(out.At(0, "role"), "Mayor");
  // The whole archive: the 13 turns, then the print article's 3 quotes (it is the newest).
  RowCollector all = RunAll(*db, QuotesQuery(QuoteFilter()));
  ASSERT_EQ(all.rows.size(), 16u);
  EXPECT_EQ(all.At(12, "kind"), "turn");
  EXPECT_EQ(all.At(13, "kind"), "direct");
}

TEST(ProseQueries, KindNarrowsToTheKindsAsked) {
  auto db = FilledDb(true);
  QuoteFilter filter;
  filter.kinds = {"reported"};
  EXPECT_EQ(RunAll(*db, QuotesQuery(filter)).Column("speaker"), (Strings{"Juan González"}));
  filter.kinds = {"direct", "reported"};
  filter.person_id = kOkafor;
  EXPECT_EQ(RunAll(*db, QuotesQuery(filter)).Column("text"),
            (Strings{"We kept the fare flat for six years,"}));
  filter.kinds = {"turn"};
  EXPECT_EQ(RunAll(*db, QuotesQuery(filter)).rows.size(), 3u) << "Okafor's three turns";
  filter = QuoteFilter();
  filter.kinds = {"direct"};
  filter.search = *FtsQuery("overdue");
  EXPECT_EQ(RunAll(*db, QuotesQuery(filter)).Column("unnamed_source"), (Strings{"a deckhand"}));
  EXPECT_EQ(KindList({}), "'turn', 'direct', 'reported'");
  EXPECT_EQ(KindList({"reported", "turn"}), "'turn', 'reported'");
  EXPECT_EQ(KindList({"'); DROP TABLE quotes; --"}), "NULL") << "only known kinds reach SQL";
}

TEST(ProseQueries, PeopleCountTurnsQuotesAndMentionsAndListTheOnlyMentioned) {
  auto db = FilledDb(true);
  RowCollector out = RunAll(*db, PeopleQuery(PeopleFilter()));
  auto row = [&](const std::string& name) {
    Strings names = out.Column("name");
    size_t i = std::find(names.begin(), names.end(), name) - names.begin();
    return out.At(i, "stories") + " " + out.At(i, "turns") + " " + out.At(i, "direct") + " " +
           out.At(i, "reported") + " " + out.At(i, "mentions");
  };
  EXPECT_EQ(row("Lena Okafor"), "3 3 1 0 1");
  EXPECT_EQ(row("Juan González"), "2 1 0 1 1");
  EXPECT_EQ(row("Marit Haugen"), "1 0 0 0 1");
  RowCollector cast = RunAll(*db, CastQuery(kFerry));
  EXPECT_EQ(cast.Column("name"),
            (Strings{"Juan González", "Lena Okafor", "Marit Haugen", "Siobhan O'Brien"}))
      << "no one has a turn in an article: by name";
  EXPECT_EQ(cast.Column("mentions"), (Strings{"1", "1", "1", "0"}));
  ArticleFilter articles;
  articles.person_id = kHaugen;
  RowCollector in = RunAll(*db, ArticlesQuery(articles));
  EXPECT_EQ(in.Column("id"), (Strings{"4"})) << "a story she is mentioned in";
  EXPECT_EQ(in.At(0, "form"), "article");
  EXPECT_EQ(in.At(0, "turns") + " " + in.At(0, "direct") + " " + in.At(0, "reported"), "0 2 1");
}

TEST(ProseQueries, ReportsOfWhoIsQuotedInProseAndWhoIsMentionedButUnheard) {
  auto db = FilledDb(true);
  RowCollector quoted = Report(*db, "quoted-in-prose");
  EXPECT_EQ(quoted.Column("name"), (Strings{"Lena Okafor", "Juan González"}));
  EXPECT_EQ(quoted.Column("direct"), (Strings{"1", "0"}));
  EXPECT_EQ(quoted.Column("reported"), (Strings{"0", "1"}));
  RowCollector unheard = Report(*db, "mentioned-unheard");
  EXPECT_EQ(unheard.Column("name"), (Strings{"Marit Haugen"})) << "Okafor, González are heard";
  EXPECT_EQ(unheard.At(0, "roles"), "Gov.");
  // Turns-only reports are unchanged by the prose: the top speakers count turns.
  EXPECT_EQ(Report(*db, "top-speakers").At(1, "turns"), "3");
}

TEST(ProseQueries, ShowMarksEachProseQuoteInItsParagraphAndNamesIt) {
  auto db = FilledDb(true);
  Result<Story> story = LoadStory(*db, kFerry);
  ASSERT_TRUE(story.ok()) << story.status().ToString();
  ASSERT_EQ(story->turns.size(), 3u) << "quotes found in a paragraph are no paragraph";
  EXPECT_EQ(FormatStory(*story),
            "Ferry Fares To Rise In Port Alder\n"
            "#4 \xC2\xB7 2022-02-01 \xC2\xB7 Port Alder\n"
            "\n"
            "\"\u27E6We kept the fare flat for six years,\u27E7[1]\" said Mayor Lena Okafor.\n"
            "  [1] direct: Lena Okafor (Mayor)\n"
            "\n"
            "Juan Gonz\u00E1lez said \u27E6the new boats would run every half hour\u27E7[2]. "
            "Gov. Marit Haugen signed the grant.\n"
            "  [2] reported: Juan Gonz\u00E1lez\n"
            "\n"
            "\"\u27E6It was overdue,\u27E7[3]\" a deckhand said.\n"
            "  [3] direct: unnamed source (a deckhand)\n");
}

TEST(ProseQueries, AQuoteOverTwoParagraphsIsMarkedInBoth) {
  Story story;
  story.turns.resize(2);
  story.turns[0].text = "\"I paid every bill.";
  story.turns[1].text = "\"I am asking you,\" he said.";
  // From "I paid" (character 1) into the second paragraph's "I am asking you," (after "\n\n\"").
  const int64_t end = 19 + 2 + 17;
  ASSERT_TRUE(PlaceProseQuote(&story, 0, 1, end, {0, "direct", "Oskar Lind", "", ""}));
  EXPECT_EQ(FormatStory(story),
            "\n#0\n\n\"\u27E6I paid every bill.\u27E7[1]\n  [1] direct: Oskar Lind\n\n"
            "\u27E6\"I am asking you,\u27E7[1]\" he said.\n");
  EXPECT_FALSE(PlaceProseQuote(&story, 5, 0, 1, {})) << "no such paragraph";
}

}  // namespace
}  // namespace newsarchive
