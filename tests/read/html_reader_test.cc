#include "read/html_reader.h"

#include <gtest/gtest.h>

#include "parse/transcript_parser.h"

namespace newsarchive {
namespace {

const char kPage[] = R"(<!DOCTYPE html>
<html><head>
<title>Harbor Bridge Reopens | Coastline Radio</title>
<meta property="og:url" content="https://radio.example/2021/03/02/harbor-bridge">
<meta property="og:site_name" content="Coastline Radio">
<script>var dataLayer = [{"page": "story"}];</script>
<style>p { margin: 0 }</style>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbor Bridge Reopens After Repairs", "datePublished": "2021-03-02T05:00:00-05:00",
 "author": {"@type": "Person", "name": "Odile Marchetti"}}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<div class="share-tools">Share on Facebook</div>
<main><article class="story">
<h1>Harbor Bridge Reopens After Repairs</h1>
<div class="transcript">
<p>JUNE ALVAREZ, HOST:</p>
<p>The Harbor Bridge reopened this morning &mdash; two weeks late.</p>
<p>ODILE MARCHETTI, BYLINE: Drivers were back by <em>six</em> o&#8217;clock &amp; honking.</p>
<p>JUNE ALVAREZ: Thank you, Odile.</p>
</div>
<aside class="related">NOT A SPEAKER: a related story</aside>
</article></main>
<footer>Terms of Use</footer>
</body></html>
)";

TEST(HtmlReader, KeepsTheStoryContainerAndDropsThePagesFurniture) {
  EXPECT_TRUE(LooksLikeHtml(kPage));
  EXPECT_TRUE(LooksLikeHtml("  <div><p>Hi</p></div>"));
  EXPECT_FALSE(LooksLikeHtml("Headline\n\nA < B and C > D\n"));
  const Document d = HtmlDocument(kPage, "page.html");
  EXPECT_EQ(d.reader, "html");
  std::string all;
  for (const Block& b : d.blocks) {
    if (b.kind != Block::Kind::kField) all += b.text + "\n";
  }
  for (const char* gone : {"dataLayer", "margin", "Home", "Share on", "NOT A SPEAKER",
                           "Terms of Use"}) {
    EXPECT_EQ(all.find(gone), std::string::npos) << gone << " kept:\n" << all;
  }
  EXPECT_NE(all.find("reopened this morning \u2014 two weeks late."), std::string::npos) << all;
  EXPECT_NE(all.find("by six o\u2019clock & honking."), std::string::npos) << all;
}

// An ad block between two paragraphs is dropped alone: the paragraph after it stays, with a
// blank line before it as between any two paragraphs. (samples/formats/02 still loses "The count
// resumes in March." after parsing: parse/article_body ends a story at its last paragraph of
// eight words or more, so a short closing sentence is page tail. The reader is not the cause.)
TEST(HtmlReader, TheParagraphAfterADroppedBlockStays) {
  const char page[] =
      "<html><body><main><article><h1>Eel Count Falls</h1><p class=\"byline\">By Sunniva "
      "Oduya</p><time datetime=\"2025-09-18\">Sept. 18, 2025</time><div class=\"article-body\">"
      "<p>Volunteers counted 1,140 young eels at the mouth of the river this spring.</p>"
      "<p>The trust said the drop matched what other surveys had found this year.</p>"
      "<div class=\"inline-ad\">Advertisement</div>"
      "<p>The count resumes in March.</p>"
      "<aside>Related: more eels</aside><p>It ends in May.</p>"
      "</div></article></main></body></html>";
  const Document d = HtmlDocument(page, "page.html");
  std::vector<std::string> texts;
  std::vector<int> blanks;
  for (const Block& b : d.blocks) {
    if (b.kind == Block::Kind::kField) continue;
    texts.push_back(b.text);
    blanks.push_back(b.blank_before);
  }
  ASSERT_GE(texts.size(), 5u) << ::testing::PrintToString(texts);
  const size_t n = texts.size();
  EXPECT_EQ(texts[n - 2], "The count resumes in March.") << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[n - 1], "It ends in May.");
  EXPECT_EQ(blanks[n - 2], 1);
  EXPECT_EQ(blanks[n - 1], 1);
}

TEST(HtmlReader, StatedMetadataAndTheTurnsGoThroughTheOneParser) {
  Result<Article> a = ParseDocument(HtmlDocument(kPage, "page.html"));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Harbor Bridge Reopens After Repairs");
  EXPECT_EQ(a->published_on, "2021-03-02");
  EXPECT_EQ(a->url, "https://radio.example/2021/03/02/harbor-bridge");
  std::vector<std::string> names;
  for (const Quote& q : a->quotes) {
    if (q.kind == QuoteKind::kTurn && q.speaker >= 0) names.push_back(a->speakers[q.speaker].name);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"June Alvarez", "Odile Marchetti", "June Alvarez"}));
}

TEST(HtmlReader, AnArticlePageWithoutTurnsKeepsItsParagraphsAndTimeElement) {
  const char page[] =
      "<html><head><title>Tide Gauge Record</title></head><body>"
      "<nav>Menu</nav><div id='content'><h1>Tide Gauge Sets a Record</h1>"
      "<time datetime='2022-06-14T09:00'>June 14</time>"
      "<p>The gauge at Pier 9 read 2.9 metres, the highest since it was built.</p>"
      "<p>\"We moved the cars,\" said Wendell Okoro, who lives nearby.</p></div></body></html>";
  const Document d = HtmlDocument(page, "a.html");
  bool date = false;
  int paragraphs = 0;
  for (const Block& b : d.blocks) {
    if (b.kind == Block::Kind::kField && b.field == "date") date = b.text.rfind("2022-06-14", 0) == 0;
    if (b.kind == Block::Kind::kText &&
        (b.text.rfind("The gauge at Pier 9", 0) == 0 || b.text.rfind("\"We moved", 0) == 0)) {
      ++paragraphs;  // each paragraph its own block
    }
    EXPECT_EQ(b.text.find("Menu"), std::string::npos);
  }
  EXPECT_TRUE(date);
  EXPECT_EQ(paragraphs, 2);
}

TEST(HtmlReader, BrokenMarkupIsReadAsTheHtml5ParserRepairsIt) {
  const Document d = HtmlDocument("<p>One <b>two<p>three</i></div>&bogus; &lt;", "a.html");
  std::string all;
  for (const Block& b : d.blocks) all += b.text + "|";
  EXPECT_NE(all.find("One two"), std::string::npos) << all;
  EXPECT_NE(all.find("three"), std::string::npos) << all;
}

}  // namespace
}  // namespace newsarchive
