// Facts about a story read from loose text: dates, URLs, the publishing organization and the
// program a host names in an introduction.
#ifndef NEWSARCHIVE_PARSE_STORY_METADATA_H_
#define NEWSARCHIVE_PARSE_STORY_METADATA_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"

namespace newsarchive {

struct Layout;

// The first date in `text` as YYYY-MM-DD: "February 27, 2019", "Feb. 27, 2019", "Feb 27, 2019",
// "27 February 2019", "2019-02-27", "Aired May 12, 2005". "" when there is none.
std::string FindIsoDate(std::string_view text);

// The http(s) URLs in `text` in order (at most `max`), trailing punctuation removed.
std::vector<std::string> FindUrls(std::string_view text, size_t max = 16);

// The publisher `text` names first, from the layouts' lists ("Copyright NPR" -> "NPR", "Cable
// News Network" -> "CNN", "NewsHour Productions" -> "PBS"); "" when it names none.
std::string SourceNamedIn(std::string_view text);

// A teaser opened by the story's date, and maybe its program: "July 22, 2008 · A third dry
// summer ..." or "Morning Edition, October 12, 2004 · Deckhands ...".
struct DatedTeaser {
  std::string program;      // "Morning Edition"; may be empty
  std::string date;         // YYYY-MM-DD
  std::string_view teaser;  // what follows the separator
};
bool ParseDatedTeaser(std::string_view text, DatedTeaser* out);

// The organization a copyright statement names: "Copyright 2023 North Sound Public Radio. To see
// more..." -> "North Sound Public Radio"; NPR, CNN or PBS when the statement names one of them.
std::string SourceOfCopyright(std::string_view copyright);

// What a page says about its story outside the story itself.
struct PageFacts {
  std::string chrome;                 // the page furniture, one line each
  std::string tail;                   // what followed the copyright (bios)
  std::string site_copyright;         // a copyright in the site's header
  std::string sign_off_organization;  // "NPR" from "Jane Doe, NPR News, Lagos."
};

// Completes `article` (title, teaser, speakers and quotes already read) with what the page
// says: published_on (furniture, bio, "Recorded <date>" teasers, episode headlines), url (not a
// home page or player), CNN's show line above the headline, source (copyright, furniture,
// sign-off, "NPR's", headline, the networks in labels), program ("Heard on ...", a host's
// "This is ..." in the first turns) and a teaser's leading program name.
// `layout` (the page's) completes first what only it says (see Layout::complete_metadata).
void FillStoryMetadata(const PageFacts& page, const Layout& layout, Article* article);

// A four-digit year (1900-2099) standing alone in `text`, or "".
std::string FindYear(std::string_view text);

// The program a host names: "This is TALK OF THE NATION." -> "Talk of the Nation",
// "From NPR News, this is ALL THINGS CONSIDERED." -> "All Things Considered". "" when none.
std::string ProgramNamedIn(std::string_view text);

// True for a line set like a headline: 2 to 15 words, most of them capitalized, no closing
// period and no date ("How To Speak Bad English", not "July 22, 2008" or a sentence).
bool LooksLikeHeadline(std::string_view line);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_STORY_METADATA_H_
