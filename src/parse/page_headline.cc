// The top of a page, where sites set headline, teaser and program in their own ways, some
// more than once: "Headline : Program : Site" titles, a first line that runs the headline into
// the teaser, a teaser opened by its date.
#include "parse/page_headline.h"

#include "base/text_util.h"
#include "parse/story_metadata.h"
#include "people/names.h"

namespace newsarchive {

// "Headline : Code Switch : NPR": a page title naming the program and the site.
std::string PageHeadline::SplitSeoTitle(Article* article) {
  std::string& title = article->title;
  const size_t site = title.rfind(" : ");
  if (site == std::string::npos || title.size() - site - 3 > 12) return "";
  const size_t program = title.rfind(" : ", site - 1);
  if (program == std::string::npos || program == 0) return "";
  if (SourceNamedIn(std::string_view(title).substr(site + 3)).empty()) return "";
  if (article->program.empty()) {
    article->program = title.substr(program + 3, site - program - 3);
  }
  std::string site_line = title.substr(site + 3) + "\n";  // the site names the source
  title.resize(program);
  return site_line;
}

// npr.org pages open with "Headline Teaser..." (or "Headline : Program Teaser...") on one line
// and print the headline alone, and the teaser alone, further down. Returns true when `text`
// was one of those and has been taken apart.
bool PageHeadline::SplitHeadline(std::string_view text, Article* article) {
  const std::string& title = article->title;
  // "Headline : Code Switch Daniel Olivas's novel ...": the headline, the program, the teaser.
  if (!title.empty() && text.size() > title.size() + 3 &&
      text.compare(0, title.size(), title) == 0 && text.compare(title.size(), 3, " : ") == 0) {
    std::string_view rest = text.substr(title.size() + 3);
    const std::string& program = article->program;
    if (!program.empty() && StartsWithIgnoreCase(rest, program + " ")) {
      rest.remove_prefix(program.size() + 1);
    }
    if (article->summary.empty()) article->summary = std::string(rest);
    return true;
  }
  if (text.size() < title.size() && title.compare(0, text.size(), text) == 0 &&
      (title[text.size()] == ' ' || title[text.size()] == ':')) {
    std::string_view rest = std::string_view(title).substr(text.size());
    while (!rest.empty() && (rest[0] == ' ' || rest[0] == ':')) rest.remove_prefix(1);
    rest_ = std::string(rest);
    if (article->summary.empty()) article->summary = rest_;
    article->title = std::string(text);
    return true;
  }
  // "Accent Reduction ... : Rough Translation Heather Hansen used to ..." then "How To Speak
  // Bad English": a podcast page whose first line names the episode differently from the
  // headline it prints. The printed headline is the title; what follows " : " is the teaser.
  const size_t seo_colon = title.find(" : ");
  if (seo_colon != std::string::npos && rest_.empty() && article->summary.empty() &&
      LooksLikeHeadline(text)) {
    rest_ = title.substr(seo_colon + 3);
    article->summary = rest_;
    article->title = std::string(text);
    return true;
  }
  const std::string& rest = rest_;
  if (text.size() < rest.size() &&
      rest.compare(rest.size() - text.size(), text.size(), text) == 0) {
    // What stands between headline and teaser is the program: "Embedded", "Fresh Air".
    std::string_view program = Trim(std::string_view(rest).substr(0, rest.size() - text.size()));
    if (article->program.empty() && !program.empty() && SplitWords(program).size() <= 6) {
      article->program = std::string(program);
    }
    article->summary = std::string(text);
    rest_.clear();
    return true;
  }
  return false;
}

// "July 22, 2008 · A third dry summer ..." below the headline (and maybe below a line that
// names the program): date, program and teaser at once.
bool TakeDatedTeaser(std::string_view text, Article* article) {
  DatedTeaser dated;
  if (!ParseDatedTeaser(text, &dated)) return false;
  if (article->published_on.empty()) article->published_on = dated.date;
  if (article->program.empty() && !dated.program.empty()) {
    article->program = dated.program;
  } else if (article->program.empty() && !article->summary.empty() &&
             SplitWords(article->summary).size() <= 6 &&
             article->summary.find_first_of(".?!") == std::string::npos) {
    article->program = std::move(article->summary);  // "Talk of the Nation" on its own line
    article->summary.clear();
  }
  if (article->summary.empty()) article->summary = std::string(dated.teaser);
  return true;
}

}  // namespace newsarchive
