#include "serve/web_app.h"

#include <gtest/gtest.h>

#include <regex>

#include "output/csv_reader.h"
#include "query_fixture.h"

namespace newsarchive {
namespace {

using namespace testing_fixture;

class WebAppTest : public ::testing::Test {
 protected:
  WebResponse Get(const std::string& path, std::map<std::string, std::string> params = {}) {
    WebRequest request;
    request.path = path;
    request.params = std::move(params);
    return HandleRequest(*db_, request, ServeOptions());
  }
  // The number of rows of the first <tbody> of `html`.
  static int TableRows(const std::string& html) {
    const size_t start = html.find("<tbody>");
    const size_t end = html.find("</tbody>", start);
    if (start == std::string::npos || end == std::string::npos) return -1;
    int rows = 0;
    for (size_t at = html.find("<tr>", start); at != std::string::npos && at < end;
         at = html.find("<tr>", at + 1)) {
      ++rows;
    }
    return rows;
  }
  static bool Has(const WebResponse& response, const std::string& text) {
    return response.body.find(text) != std::string::npos;
  }

  std::unique_ptr<FixtureDb> db_ = FilledDb();
};

TEST_F(WebAppTest, HomeShowsTheSummaryAndASearchForm) {
  WebResponse home = Get("/");
  EXPECT_EQ(home.status, 200);
  EXPECT_EQ(home.content_type, "text/html; charset=utf-8");
  EXPECT_TRUE(Has(home, "<form class=\"filters\" action=\"/quotes\" method=\"get\">"));
  EXPECT_TRUE(Has(home, "<dt>stories</dt><dd>3</dd>")) << home.body;
  EXPECT_TRUE(Has(home, "<a href=\"/people/2\">Tomas Brennan</a>")) << "top speakers link";
}

TEST_F(WebAppTest, QuotesByPersonLinkToTheirStoryAndSpeaker) {
  WebResponse page = Get("/quotes", {{"person", "okafor"}});
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "This bridge carries forty thousand people a day")) << page.body;
  EXPECT_EQ(TableRows(page.body), 3) << "her three turns";
  EXPECT_TRUE(Has(page, "<a href=\"/people/1\">Lena Okafor</a>"));
  EXPECT_TRUE(Has(page, "<a href=\"/articles/1#q3\">Harbor Bridge Reopens After Storm Repairs</a>"));
  EXPECT_TRUE(Has(page, "href=\"/quotes.csv?person=okafor\"")) << page.body;
}

TEST_F(WebAppTest, ASearchHighlightsTheMatch) {
  WebResponse page = Get("/quotes", {{"search", "cable"}});
  EXPECT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page, "<mark>cable</mark>")) << page.body;
  EXPECT_EQ(TableRows(page.body), 1);
}

TEST_F(WebAppTest, EverythingFromTheRequestIsEscaped) {
  const std::string attack = "<script>alert(1)</script>";
  for (const char* name : {"search", "person", "role", "since"}) {
    WebResponse page = Get("/quotes", {{name, attack}});
    EXPECT_FALSE(Has(page, "<script>")) << name << "\n" << page.body;
    EXPECT_TRUE(Has(page, "&lt;script&gt;alert(1)&lt;/script&gt;")) << name;
  }
  EXPECT_FALSE(Has(Get("/sql", {{"sql", "SELECT '" + attack + "' AS x"}}), "<script>"));
  EXPECT_FALSE(Has(Get("/no/" + attack), "<script>"));
}

TEST_F(WebAppTest, DownloadsHoldExactlyTheRowsThePageShows) {
  const std::map<std::string, std::string> params = {{"person", "okafor"}, {"limit", "2"}};
  WebResponse page = Get("/quotes", params);
  WebResponse csv = Get("/quotes.csv", params);
  EXPECT_EQ(csv.status, 200);
  EXPECT_EQ(csv.content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(csv.download_name, "quotes.csv");
  Result<std::vector<CsvRecord>> records = ParseCsv(csv.body);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 3u) << csv.body;
  EXPECT_EQ(TableRows(page.body), 2);
  EXPECT_EQ((*records)[0][0].text, "speaker");
  EXPECT_EQ((*records)[0][1].text, "person_id");
  EXPECT_TRUE(Has(page, "<th>speaker</th><th>person_id</th>"));
  EXPECT_EQ((*records)[1][0].text, "Lena Okafor");
  WebResponse json = Get("/quotes.json", params);
  EXPECT_EQ(json.content_type, "application/json");
  EXPECT_EQ(json.body.rfind("[", 0), 0u);
  EXPECT_NE(json.body.find("\"speaker\":\"Lena Okafor\""), std::string::npos) << json.body;
  EXPECT_TRUE(Has(page, "more match: <a href=\"/quotes?person=okafor&amp;limit=0\">show all"));
}

TEST_F(WebAppTest, PeopleAreNamedPeopleUnlessAllIsAsked) {
  WebResponse named = Get("/people");
  EXPECT_FALSE(Has(named, "Unidentified Man #1"));
  EXPECT_EQ(TableRows(named.body), 6);
  WebResponse all = Get("/people", {{"all", "1"}, {"sort", "name"}});
  EXPECT_TRUE(Has(all, "Unidentified Man #1"));
  EXPECT_EQ(TableRows(all.body), 7);
  EXPECT_EQ(Get("/people", {{"sort", "height"}}).status, 400);
  WebResponse cast = Get("/people.csv", {{"article", "1"}});
  EXPECT_EQ(cast.body.rfind("id,name,roles,first_turn,turns,direct,reported,words,mentions", 0), 0u) << cast.body;
}

TEST_F(WebAppTest, APersonPageHasRolesQuotesStoriesCoAppearancesAndAChart) {
  WebResponse page = Get("/people/1");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(Has(page, "<h1>Lena Okafor</h1>"));
  for (const char* section : {"Roles over time", "Quotes per month", "Quotes", "Stories",
                              "Appears with"}) {
    EXPECT_TRUE(Has(page, std::string("<h2>") + section + "</h2>")) << section;
  }
  EXPECT_TRUE(Has(page, "former town clerk"));
  EXPECT_TRUE(Has(page, "<svg "));
  EXPECT_TRUE(Has(page, "<title>2021-03: 2 turns</title>")) << page.body;
  EXPECT_TRUE(Has(page, "Mining Town Votes On New Charter"));
  EXPECT_TRUE(Has(page, "href=\"/reports/quotes-by-month.csv?person=1\""));
  EXPECT_EQ(Get("/people/999").status, 404);
  EXPECT_EQ(Get("/people/abc").status, 404);
}

TEST_F(WebAppTest, AStoryIsReassembledWithEachQuoteMarked) {
  WebResponse page = Get("/articles/1");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(Has(page, "<h1>Harbor Bridge Reopens After Storm Repairs</h1>"));
  std::regex turn("<div class=\"turn[^\"]*\" id=\"q(\\d+)\">");
  int turns = 0;
  for (auto it = std::sregex_iterator(page.body.begin(), page.body.end(), turn);
       it != std::sregex_iterator(); ++it) {
    EXPECT_EQ(std::stoi((*it)[1]), ++turns);
  }
  EXPECT_EQ(turns, 6);
  EXPECT_TRUE(Has(page, "<a href=\"/people/3\">Juan González</a></span> (Harbor engineer)"))
      << page.body;
  EXPECT_TRUE(Has(page, "<div class=\"turn unattributed\" id=\"q5\">"));
  WebResponse csv = Get("/articles/1.csv");
  EXPECT_EQ(csv.body.rfind("position,speaker,role,kind,via_interpreter,annotation,text", 0), 0u)
      << csv.body;
  EXPECT_EQ(Get("/articles/42").status, 404);
}

TEST_F(WebAppTest, EveryReportIsAFormAndRunsWithItsParameters) {
  WebResponse list = Get("/reports");
  for (const char* name : {"summary", "top-speakers", "roles-of", "co-appearances",
                           "quotes-by-month", "phrase", "interpreters", "cast-sizes"}) {
    EXPECT_TRUE(Has(list, std::string("action=\"/reports/") + name + "\"")) << name;
  }
  EXPECT_TRUE(Has(list, "name=\"person\" value=\"\" placeholder=\"default: the top speaker\""));
  WebResponse top = Get("/reports/top-speakers", {{"limit", "2"}});
  EXPECT_EQ(TableRows(top.body), 2) << top.body;
  WebResponse roles = Get("/reports/roles-of.csv", {{"person", "O'Brien"}});
  EXPECT_NE(roles.body.find("Europe correspondent"), std::string::npos) << roles.body;
  EXPECT_EQ(Get("/reports/top-speakers", {{"limit", "ten"}}).status, 400);
  EXPECT_EQ(Get("/reports/no-such-report").status, 404);
}

TEST_F(WebAppTest, TheSqlBoxIsReadOnly) {
  WebResponse select = Get("/sql", {{"sql", "SELECT name FROM people WHERE id = :id"},
                                    {"params", "id=6"}});
  EXPECT_TRUE(Has(select, "Siobhan O&#39;Brien")) << select.body;
  WebResponse refused = Get("/sql", {{"sql", "DELETE FROM quotes"}});
  EXPECT_TRUE(Has(refused, "refused: query is read-only (DELETE is a write)")) << refused.body;
  EXPECT_EQ(static_cast<SQLite::Database&>(*db_).execAndGet("SELECT count(*) FROM quotes").getInt(),
            14);
  EXPECT_EQ(Get("/sql.csv", {{"sql", "DROP TABLE people"}}).status, 400);
  WebResponse csv = Get("/sql.csv", {{"sql", "SELECT 1 AS one"}});
  EXPECT_EQ(csv.body, "one\r\n1\r\n");
}

TEST_F(WebAppTest, BadRequestsAreErrorPages) {
  EXPECT_EQ(Get("/quotes", {{"since", "2021-13"}}).status, 400);
  EXPECT_EQ(Get("/quotes", {{"kind", "gossip"}}).status, 400);
  EXPECT_EQ(Get("/quotes", {{"person", "Zebulon Nobody"}}).status, 404);
  WebResponse ambiguous = Get("/quotes", {{"person", "Kim"}});
  EXPECT_EQ(ambiguous.status, 400);
  EXPECT_TRUE(Has(ambiguous, "matches 2 people")) << ambiguous.body;
  EXPECT_EQ(Get("/nowhere").status, 404);
  EXPECT_EQ(Get("/people/1.csv").status, 404) << "a person page is several tables";
  WebRequest post;
  post.method = "POST";
  post.path = "/quotes";
  EXPECT_EQ(HandleRequest(*db_, post, ServeOptions()).status, 405);
}

TEST_F(WebAppTest, KindIsPassedThrough) {
  EXPECT_EQ(TableRows(Get("/quotes", {{"kind", "turn"}}).body), 13);
  EXPECT_EQ(TableRows(Get("/quotes", {{"kind", "direct"}}).body), 0);
}

}  // namespace
}  // namespace newsarchive

namespace newsarchive {
namespace {

class VerifyPageTest : public WebAppTest {};

TEST_F(VerifyPageTest, ShowsTheVerdictAndTheNearestRealWordsWithADiff) {
  WebResponse empty = Get("/verify");
  EXPECT_EQ(empty.status, 200);
  EXPECT_TRUE(Has(empty, "name=\"claim\""));
  WebResponse other = Get("/verify", {{"claim", "we owe them a safe crossing"}, {"person", "Brennan"}});
  EXPECT_EQ(other.status, 200);
  EXPECT_TRUE(Has(other, "other-speaker: said by Lena Okafor, not Tomas Brennan")) << other.body;
  EXPECT_TRUE(Has(other, "<a href=\"/people/1\">Lena Okafor</a>")) << other.body;
  WebResponse close = Get("/verify", {{"claim", "We replaced every cable and tested each one three times"}});
  EXPECT_TRUE(Has(close, "<del>three times</del><ins>twice</ins>")) << close.body;
}

TEST_F(VerifyPageTest, EscapesTheClaimAndRefusesAnUnknownPerson) {
  WebResponse page = Get("/verify", {{"claim", "<script>alert(1)</script> bridge"}});
  EXPECT_EQ(page.status, 200);
  EXPECT_FALSE(Has(page, "<script>alert")) << page.body;
  WebResponse nobody = Get("/verify", {{"claim", "the bridge"}, {"person", "Nobodyatall"}});
  EXPECT_NE(nobody.status, 200);
}

}  // namespace
}  // namespace newsarchive
