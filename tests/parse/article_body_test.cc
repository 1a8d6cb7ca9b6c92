// Pages with no speaker labels: news articles read as articles, anything else still rejected.
#include "parse/article_body.h"

#include <gtest/gtest.h>

#include "parse/story_case.h"

namespace newsarchive {
namespace {

using namespace testing_story;

// Three paragraphs of reporting, for cases about the furniture around them.
const std::string kBody =
    "The Halden Falls council voted on Tuesday to close the old ferry landing for repairs.\n\n"
    "\"We cannot let the pilings rot another winter,\" said council member Ines Koval.\n\n"
    "Repairs are expected to take about six months, according to the city's engineer.\n";

// StoryCase with the text built from pieces.
struct ArticleCase {
  const char* name;
  std::string text;
  const char* quotes;
  std::vector<std::string> checks;
};

void RunArticleCases(const std::vector<ArticleCase>& cases) {
  for (const ArticleCase& c : cases) {
    Result<Article> r = ParseTranscript(c.text, "stories/" + std::string(c.name) + ".txt");
    ASSERT_TRUE(r.ok()) << c.name << ": " << r.status().ToString();
    EXPECT_EQ(r->form, StoryForm::kArticle) << c.name;
    EXPECT_EQ(QuoteSpeakers(*r), c.quotes) << c.name;
    for (const std::string& check : c.checks) EXPECT_EQ(Check(*r, check), "") << c.name;
  }
}

TEST(ArticleParser, ReadsTheHeaderAndBodyOfEachArticlePattern) {
  const std::string byline = "Landing Closes For Repairs\n\nBy Marta Kessler\n\n";
  RunArticleCases({
      {"a byline, a date, a dateline, a bio",
       "Landing Closes For Repairs\n\nBy Marta Kessler\nMarch 3, 2021\n\n"
       "HALDEN FALLS, Ore. \u2014 " +
           kBody.substr(0, kBody.find("\n\n")) + "\n\n" + kBody.substr(kBody.find("\n\n") + 2) +
           "\nMarta Kessler covers city government for the Halden Ledger.\n",
       "-|-|-",
       {"title=Landing Closes For Repairs", "dateline=Halden Falls, Ore.",
        "published_on=2021-03-03", "speakers=Marta Kessler",
        "roles[Marta Kessler]=Byline@Halden Ledger/signoff", "source=Halden Ledger",
        "text[0]^=The Halden Falls council voted", "line[0]=6", "line[2]=10",
        "summary=", "nowhere=covers city government"}},
      {"two writers and their job",
       "Landing Closes For Repairs\n\nBy Marta Kessler and Priya Anand, Staff Writers\n\n" + kBody,
       "-|-|-",
       {"speakers=Marta Kessler|Priya Anand",
        "roles[Priya Anand]=Byline/signoff;Staff Writers/signoff", "source="}},
      {"a wire byline and an agency dateline",
       "Landing Closes For Repairs\n\nBy Dana Whitcomb, Associated Press\n\n"
       "HALDEN FALLS (AP) \u2014 " +
           kBody,
       "-|-|-",
       {"roles[Dana Whitcomb]=Byline@Associated Press/signoff", "source=Associated Press",
        "dateline=Halden Falls"}},
      {"an agency dateline alone, and a copyright",
       "Landing Closes For Repairs\n\n(AP) \u2014 " + kBody +
           "\nCopyright 2021 The Associated Press. All rights reserved.\n",
       "-|-|-",
       {"dateline=", "speakers=", "source=The Associated Press",
        "text[0]^=The Halden Falls council", "nowhere=Copyright"}},
      {"a dek above the dateline stays the teaser",
       "Landing Closes For Repairs\n\nThe city says the pilings cannot last another winter\n\n"
       "By Marta Kessler\n\nHALDEN FALLS \u2014 " +
           kBody,
       "-|-|-",
       {"summary=The city says the pilings cannot last another winter", "speakers=Marta Kessler"}},
      {"a byline with the outlet after a bar",
       "Landing Closes For Repairs\n\nBy Marta Kessler | Halden Ledger\n\n" + kBody,
       "-|-|-",
       {"roles[Marta Kessler]=Byline@Halden Ledger/signoff", "source=Halden Ledger"}},
      {"credits at the end name the reporters",
       "Landing Closes For Repairs\n\nBRUSSELS (Reuters) - " + kBody +
           "\nReporting by Tomas Brandt and Ilse Moreau; editing by Karl Friis\n",
       "-|-|-",
       {"speakers=Tomas Brandt|Ilse Moreau", "roles[Tomas Brandt]=Reporter/signoff",
        "source=Reuters", "nowhere=Reporting by"}},
      {"a contributor line",
       byline + kBody + "\nAssociated Press writer Jo Park contributed to this report.\n",
       "-|-|-",
       {"speakers=Marta Kessler|Jo Park", "roles[Jo Park]^=Contributor@Associated Press/signoff"}},
      {"furniture above and below the story is no part of it",
       "Landing Closes For Repairs\n\nSave Story\n\n3 min read\n\nBy Marta Kessler\n\n" + kBody +
           "\nMore in News\n\nShare this story\n",
       "-|-|-",
       {"nowhere=Save Story", "nowhere=min read", "nowhere=More in News"}},
      {"no byline or dateline: reporting that attributes",
       "Landing Closes For Repairs\n\n" + kBody +
           "\nThe landing first opened in 1911, city records show.\n",
       "-|-|-|-",
       {"title=Landing Closes For Repairs",
        "summary=", "speakers=", "text[0]^=The Halden Falls council voted"}},
      {"a hard-wrapped article",
       "Landing Closes For Repairs\n\nBy Marta Kessler\n\n"
       "The Halden Falls council voted on Tuesday to close the old\n"
       "ferry landing for repairs after a winter of storms that\n"
       "loosened most of its pilings and cracked the deck.\n\n"
       "\"We cannot let the pilings rot another winter,\" said council\n"
       "member Ines Koval, who chairs the works committee and has\n"
       "asked for the repairs since the first storm in November.\n\n"
       "Repairs are expected to take about six months, according\n"
       "to the city engineer, who said the ferry would use the\n"
       "north pier until then.\n",
       "-|-|-",
       {"text[1]=\"We cannot let the pilings rot another winter,\" said council member Ines "
        "Koval, who chairs the works committee and has asked for the repairs since the first storm "
        "in November."}},
      {"a lede set as the first line: no headline",
       "HALDEN FALLS \u2014 The Halden Falls council voted on Tuesday to close the landing.\n\n" +
           kBody.substr(kBody.find("\n\n") + 2),
       "-|-|-",
       {"title=a lede set as the first line: no headline",
        "text[0]=The Halden Falls council voted on Tuesday to close the landing.",
        "warnings=no headline"}},
  });
}

TEST(ArticleParser, MarksTheFormAndTheArticleLayout) {
  Article a =
      MustParse("Landing Closes For Repairs\n\nBy Marta Kessler\n\nHALDEN FALLS \u2014 " + kBody);
  EXPECT_EQ(a.form, StoryForm::kArticle);
  EXPECT_EQ(a.layout, "article");
  for (const Quote& q : a.quotes) EXPECT_EQ(q.kind, QuoteKind::kUnattributed);
  EXPECT_TRUE(a.prose_quotes.empty()) << "attribution is the next stage's";

  Article t = MustParse("Ferry Talks\n\nA teaser.\n\nANN LEE, HOST: Hello.\n\nBOB KAY: Hi.\n");
  EXPECT_EQ(t.form, StoryForm::kTranscript);
}

TEST(ArticleParser, RejectsPagesThatAreNeitherTranscriptNorArticle) {
  const char* const pages[] = {
      // One paragraph of prose.
      "Landing Closes\n\nBy Marta Kessler\n\nThe Halden Falls council voted to close the "
      "landing.\n",
      // A list page: titles and times, no sentences.
      "Transcripts for May 24\n\nMorning Show\n\n\u2022 Storm Hits Coast; Council Votes. Aired "
      "9-10a ET\n\u2022 Ferry Strike Ends; Schools Reopen. Aired 10-11a ET\n\nEvening News\n",
      // Chrome only.
      "Play Live Radio\nNext Up:\n0:00 0:00\n\nDownload\nTranscript\n",
      // Speech with no labels: first and second person throughout.
      "Ferry Call-In\n\nBy Marta Kessler\n\nI think you are right about the boats, and we "
      "should say so.\n\nWe have been waiting for you all week, and I am tired of it.\n\n"
      "You know I love this town, and we will get through this together.\n",
      // An interview set by names and colons (too few to be taken for speaker labels).
      "Q&A With Ines Koval\n\nBy Marta Kessler\n\nKoval chairs the council's works committee "
      "and has served on it for ten years.\n\nLedger: Why does the council close the landing "
      "now and not next year?\n\nKoval: The pilings will not last another winter, and the "
      "engineers agree with that.\n",
      // Captions without labels.
      "Harbor Night\n\n>> The cranes stood still tonight along the whole waterfront.\n\n>> "
      "Nobody moved a single container off the ships, the union said.\n\n>> Talks resume "
      "tomorrow morning at nine, officials said.\n",
      // Prose with no byline, no dateline and no one said anything: a notice.
      "Argument Transcripts\n\nBeginning this term, transcripts are posted on the same day an "
      "argument is heard.\n\nBound copies are available for purchase through the reporting "
      "company listed on each transcript.\n\nEarlier transcripts have been scanned from the "
      "library's collection of printed copies.\n",
  };
  for (const char* page : pages) {
    Result<Article> r = ParseTranscript(page, "page.txt");
    EXPECT_FALSE(r.ok()) << page << (r.ok() ? "\n=> " + r->quotes[0].text : "");
    if (!r.ok()) {
      EXPECT_EQ(r.status().message().rfind("no speaker turns found (not a transcript?); read as the ", 0), 0u);
    }
  }
}

TEST(ArticleParser, ATranscriptWithABylineStaysATranscript) {
  Article a = MustParse(
      "Ferry Talks Resume\n\nBy Marta Kessler\n\nHALDEN FALLS \u2014 Talks resumed today.\n\n"
      "ANN LEE, HOST: Talks resumed today.\n\nBOB KAY, BYLINE: They did, Ann.\n");
  EXPECT_EQ(a.form, StoryForm::kTranscript);
  EXPECT_EQ(TurnSpeakers(a), "Ann Lee|Bob Kay");
}

}  // namespace
}  // namespace newsarchive
