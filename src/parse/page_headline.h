// How a page sets its headline, teaser and program at its top, read line by line while the
// story has not started: a title "Headline : Program : Site", a first line that runs the
// headline into the teaser and prints each alone further down, a teaser opened by its date.
#ifndef NEWSARCHIVE_PARSE_PAGE_HEADLINE_H_
#define NEWSARCHIVE_PARSE_PAGE_HEADLINE_H_

#include <string>
#include <string_view>

#include "model/article.h"

namespace newsarchive {

class PageHeadline {
 public:
  // "Headline : Code Switch : NPR" in article->title: keeps the headline, fills an empty
  // program, and returns the site's part as a furniture line ("NPR\n"); "" when the title is
  // not set so.
  std::string SplitSeoTitle(Article* article);

  // npr.org pages open with "Headline Teaser..." (or "Headline : Program Teaser...") on one
  // line and print the headline alone, and the teaser alone, further down. Returns true when
  // `text` was one of those and has been taken apart into article's title, summary, program.
  bool SplitHeadline(std::string_view text, Article* article);

 private:
  std::string rest_;  // what followed the headline on the page's first line
};

// "July 22, 2008 \u00B7 A third dry summer ..." below the headline (and maybe below a line that
// names the program): date, program and teaser at once. False, changing nothing, otherwise.
bool TakeDatedTeaser(std::string_view text, Article* article);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_PAGE_HEADLINE_H_
