#include "serve/html.h"

#include <gtest/gtest.h>

#include "serve/html_table.h"

namespace newsarchive {
namespace {

TEST(Escape, EscapesMarkupAndQuotesAndDropsControls) {
  EXPECT_EQ(Escape("<script>alert(\"x\")</script>"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  EXPECT_EQ(Escape("O'Brien & Sons"), "O&#39;Brien &amp; Sons");
  EXPECT_EQ(Escape("caf\xC3\xA9\nnext\ttab"), "caf\xC3\xA9\nnext\ttab");
  EXPECT_EQ(Escape("a\x01" "b\x1b[2Jc\x7f"), "ab[2Jc");
  EXPECT_EQ(Escape("bad \xFF byte"), "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(Escape("\xC2\x9B" "x"), "x") << "C1 controls are dropped";
}

TEST(UrlEncode, KeepsUnreservedAndEncodesTheRest) {
  EXPECT_EQ(UrlEncode("a-b_c.d~e"), "a-b_c.d~e");
  EXPECT_EQ(UrlEncode("carry passports"), "carry%20passports");
  EXPECT_EQ(UrlEncode("a&b=c?#/"), "a%26b%3Dc%3F%23%2F");
  EXPECT_EQ(UrlEncode("\xC3\xA9"), "%C3%A9");
}

TEST(QueryString, SkipsEmptyValuesAndKeepsOrder) {
  EXPECT_EQ(QueryString({{"person", "Okafor"}, {"search", ""}, {"since", "2021"}}),
            "?person=Okafor&since=2021");
  EXPECT_EQ(QueryString({{"a", ""}}), "");
  EXPECT_EQ(QueryString({{"sql", "SELECT 1;"}}), "?sql=SELECT%201%3B");
}

TEST(Link, EscapesTheAddressAndTheText) {
  EXPECT_EQ(Link("/quotes?a=1&b=2", "<b>"), "<a href=\"/quotes?a=1&amp;b=2\">&lt;b&gt;</a>");
}

TEST(MarkedSnippet, TurnsTheSnippetsBracketsIntoMarksAfterEscaping) {
  EXPECT_EQ(MarkedSnippet("the [fish] do <not>"), "the <mark>fish</mark> do &lt;not&gt;");
  EXPECT_EQ(MarkedSnippet("[<script>]"), "<mark>&lt;script&gt;</mark>");
  EXPECT_EQ(MarkedSnippet("open [end"), "open <mark>end</mark>") << "an open mark is closed";
}

TEST(Fields, EscapeTheirValues) {
  const std::string field = TextField("search", "words", "\"><script>", "e.g. <x>");
  EXPECT_NE(field.find("value=\"&quot;&gt;&lt;script&gt;\""), std::string::npos) << field;
  EXPECT_NE(field.find("placeholder=\"e.g. &lt;x&gt;\""), std::string::npos) << field;
  const std::string select = SelectField("kind", "kind", {{"turn", "turns"}, {"direct", "d"}},
                                         "direct");
  EXPECT_NE(select.find("<option value=\"direct\" selected>"), std::string::npos) << select;
  EXPECT_EQ(select.find("<option value=\"turn\" selected>"), std::string::npos);
}

TEST(Page, IsOneDocumentWithTheTitleEscaped) {
  const std::string page = Page("A <b> title", "Heading", "<p>body</p>");
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(page.find("<title>A &lt;b&gt; title · newsarchive</title>"), std::string::npos);
  EXPECT_NE(page.find("<h1>Heading</h1>"), std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos) << "no script on any page";
}

TEST(HtmlTableWriter, LinksNamesToTheirPagesAndMarksSnippets) {
  std::string html;
  HtmlTableWriter writer(&html);
  writer.Begin({"speaker", "person_id", "article_id", "article", "position", "snippet", "text"});
  writer.Write({Cell::Text("Lena <Okafor>"), Cell::Integer(1), Cell::Integer(3),
                Cell::Text("Bridge"), Cell::Integer(6), Cell::Text("a [bridge]"), Cell::Null()});
  writer.End();
  EXPECT_EQ(writer.rows(), 1);
  EXPECT_NE(html.find("<td><a href=\"/people/1\">Lena &lt;Okafor&gt;</a></td>"), std::string::npos)
      << html;
  EXPECT_NE(html.find("<a href=\"/articles/3#q6\">Bridge</a>"), std::string::npos) << html;
  EXPECT_NE(html.find("a <mark>bridge</mark>"), std::string::npos) << html;
  EXPECT_NE(html.find("<td class=\"null\">NULL</td>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"number\">6</td>"), std::string::npos);
}

TEST(HtmlTableWriter, TitlesOfStoriesAndNamesOfPeopleLinkByTheirIds) {
  std::string html;
  HtmlTableWriter stories(&html);
  stories.Begin({"id", "title"});
  stories.Write({Cell::Integer(2), Cell::Text("Charter")});
  stories.End();
  EXPECT_NE(html.find("<a href=\"/articles/2\">Charter</a>"), std::string::npos) << html;
  html.clear();
  HtmlTableWriter pairs(&html);
  pairs.Begin({"id_a", "person_a", "id_b", "person_b", "stories"});
  pairs.Write({Cell::Integer(1), Cell::Text("A"), Cell::Integer(2), Cell::Text("B"),
               Cell::Integer(3)});
  pairs.End();
  EXPECT_NE(html.find("<a href=\"/people/1\">A</a>"), std::string::npos) << html;
  EXPECT_NE(html.find("<a href=\"/people/2\">B</a>"), std::string::npos) << html;
  html.clear();
  HtmlTableWriter plain(&html);
  plain.Begin({"name"});
  plain.Write({Cell::Text("no id, no link")});
  plain.End();
  EXPECT_EQ(html.find("<a "), std::string::npos) << html;
}

}  // namespace
}  // namespace newsarchive
