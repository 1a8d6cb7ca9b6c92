// Print and web news articles: a headline, a byline ("By Marta Kessler"), a dateline opening the
// first paragraph ("PORTVILLE, Ore. —", "NEW YORK (AP) —"), paragraphs of prose, a closing bio
// or credit; no speaker labels. The page is read as an article (parse/article_body.h) whatever
// layout it is detected as; this layout names such pages and knows the furniture article sites
// set around the story ("Save Story", "3 min read", "Trending").
#include "base/text_util.h"
#include "parse/article_header.h"
#include "parse/layouts/layouts.h"

namespace newsarchive {
namespace {

constexpr size_t kHeaderLines = 20;  // a byline stands near the top

// "3 min read", "1 Min Read", "2 photos": counters of article pages.
bool IsCounter(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && IsAsciiDigit(line[i])) ++i;
  if (i == 0 || i > 3) return false;
  std::string_view rest = Trim(line.substr(i));
  static constexpr std::string_view kUnits[] = {"min read", "minute read", "minutes read",
                                                "photo",    "photos",      "min"};
  return InIgnoreCaseList(rest, kUnits);
}

// A line opening with a label in capitals ("RASCOE:", "AYESHA RASCOE, BYLINE:"): a transcript.
bool OpensWithCapitalLabel(std::string_view line) {
  const size_t colon = line.substr(0, 51).find(':');
  if (colon == std::string_view::npos) return false;
  size_t upper = 0;
  for (char c : line.substr(0, colon)) {
    if (IsAsciiLower(c)) return false;
    upper += IsAsciiUpper(c);
  }
  return upper >= 3;
}

// A dateline opening a paragraph, and a byline near the top, on a page with no labels in
// capitals. A byline alone names no layout: transcript pages print them too.
int Score(const PageView& page) {
  bool byline = false;
  bool dateline = false;
  size_t seen = 0;
  for (std::string_view line : page.lines) {
    if (line.empty()) continue;
    if (OpensWithCapitalLabel(line) || line.compare(0, 2, ">>") == 0) return 0;
    Byline b;
    Dateline d;
    byline = byline || (seen < kHeaderLines && ParseByline(line, &b));
    dateline = dateline || ParseDateline(line, &d);
    ++seen;
  }
  return dateline ? 1 + (byline ? 1 : 0) : 0;
}

// Before the story, every byline shape is furniture: "By Marta Kessler | Portville Ledger".
bool IsPreambleChrome(std::string_view line) {
  Byline byline;
  return ParseByline(line, &byline);
}

Layout Make() {
  Layout l;
  l.name = "article";
  l.description = "print and web news articles: byline, dateline, paragraphs, no speaker labels";
  l.score = Score;
  l.chrome_lines = {"Save Story",
                    "Trending:",
                    "Trending",
                    "Trending Now",
                    "Most Popular",
                    "Most Read",
                    "Related Content",
                    "Related Articles",
                    "blog comments powered by Disqus",
                    "Leer en espa\u00F1ol",
                    "Story continues below advertisement",
                    "Article continues below advertisement",
                    "Continue reading the main story"};
  l.chrome_prefixes = {"Estimated read time", "Reading time:", "PUBLISHED: |"};
  l.is_chrome = IsCounter;
  l.is_preamble_chrome = IsPreambleChrome;
  return l;
}

}  // namespace

const Layout& ArticleLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
