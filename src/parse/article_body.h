// A page with no speaker turns read as a news article: whether it is one (a headline over
// paragraphs of third-person prose, with a byline or a dateline, or reporting that attributes
// what people said), where its story starts and ends among the page's furniture, and the Article
// it makes: its paragraphs as blocks no one is credited with, its writers as people with a
// Byline role, its dateline and the outlet its byline, credits or dateline name.
#ifndef NEWSARCHIVE_PARSE_ARTICLE_BODY_H_
#define NEWSARCHIVE_PARSE_ARTICLE_BODY_H_

#include <string_view>
#include <vector>

#include "model/article.h"
#include "parse/article_header.h"

namespace newsarchive {

// One paragraph of the page as the walk read it, and the page line it starts on.
struct PageParagraph {
  std::string_view text;
  int line = 0;
};

// What the walk read from a page that has no speaker turns.
struct PageText {
  PageParagraph title;                    // the first line of text; may be empty
  PageParagraph summary;                  // the teaser it took; may be empty
  std::vector<PageParagraph> paragraphs;  // every other paragraph, in order
  std::string_view chrome;                // the furniture lines, one each ("By Marta Kessler")
  const std::vector<std::string_view>* lines = nullptr;  // every line of the page
};

struct ArticleBody {
  std::vector<PageParagraph> body;        // the story, its first paragraph without the dateline
  std::vector<std::string_view> header;   // furniture above the story ("1 Min Read", a date)
  std::vector<std::string_view> closing;  // credits, bios and furniture below the story
  std::vector<Byline> bylines;
  std::vector<Credit> credits;  // what the closing lines credit, in order
  Dateline dateline;
  bool keeps_title = true;    // false when the first line is the story's lede, not a headline
  bool keeps_summary = true;  // false when the teaser is the lede or a byline, not a dek
};

// Reads `page` as a news article. False when it is not set like one: fewer than two paragraphs
// of prose, prose in the first and second person (speech, not reporting), the cues of a
// transcript (">>" caption marks, "Q:" and "A:" lines), or, with no byline and no dateline,
// fewer than three paragraphs or none that attributes anything to anyone ("said", "according
// to"). Bylines are read from the chrome and from the short lines above the story.
bool ReadArticleBody(const PageText& page, ArticleBody* out);

// Fills `article` (title, summary, copyright already read) from `body`: form kArticle, the
// story's paragraphs as kUnattributed blocks, the writers (bylines, then people the credits
// name) as speakers with a "Byline" role (a credit's own title otherwise) of source kSignoff and
// the roles their bios give them, the dateline's place, and the source the bios, bylines or
// dateline name when the article has none.
void BuildArticle(const ArticleBody& body, Article* article);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_ARTICLE_BODY_H_
