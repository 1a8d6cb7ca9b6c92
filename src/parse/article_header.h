// The lines a news article sets around its prose, read one at a time: the byline ("By Marta
// Kessler", "By A and B", "By A, Staff Writer", "By A, Associated Press"), the dateline opening
// the first paragraph ("PORTVILLE, Ore. —", "NEW YORK (AP) —", "(AP) —") and the credits and bio
// that close the story ("Marta Kessler covers city government for the Portville Ledger.",
// "Associated Press writer Jo Park contributed to this report.", "Reporting by A; editing by B").
#ifndef NEWSARCHIVE_PARSE_ARTICLE_HEADER_H_
#define NEWSARCHIVE_PARSE_ARTICLE_HEADER_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsarchive {

// People credited with writing a story, as one line names them.
struct Byline {
  std::vector<std::string> names;  // proper case: "Marta Kessler", "Margery A. Beck"
  std::string title;               // "Staff Writer", "Associated Press Writer"; may be empty
  std::string organization;        // "Associated Press", "Portville Ledger"; may be empty
};

// "By Marta Kessler", "BY MARGERY A. BECK from the Associated Press", "By A and B", "By A, B
// and C", "By A, Staff Writer", "By A, Associated Press", "By A | Portville Ledger". False for
// anything else, a byline naming no person among them ("By The Associated Press", "By Ledger
// Staff") and "By the time officers arrived, ...".
bool ParseByline(std::string_view line, Byline* byline);

// The place and agency that open an article's first paragraph.
struct Dateline {
  std::string place;   // "Portville, Ore.", "New York", "Ferris County"; may be empty
  std::string agency;  // "AP", "Reuters", "KYW Newsradio"; may be empty
  size_t body = 0;     // where the paragraph's own text starts after the dash
};

// "PORTVILLE, Ore. — The council ...", "NEW YORK (AP) — ...", "BRUSSELS (Reuters) - ...",
// "(AP) — ...", "WASHINGTON, March 3 — ..." (the date is left out of the place),
// "WASHINGTON—The ...". The place is in capitals (kept in proper case), a region may follow it
// after a comma, and the text after the dash opens with a capital, a digit or a quotation mark.
bool ParseDateline(std::string_view paragraph, Dateline* dateline);

// What a closing credit or bio line says.
struct Credit {
  std::vector<std::string> names;  // the people it credits: "Tom Korkemeier", "Robin Emmott"
  std::string title;               // what it makes them: "Reporter", "Editor", "Contributor"
  std::string organization;        // "Portville Ledger" from "... for the Portville Ledger."
};

// A paragraph that credits or presents the story's writers rather than telling the story:
// "Reporting by A and B; editing by C" (the reporters; an editor line alone names editors),
// "Associated Press writer A contributed to this report.", "Contact A at ...", "This story was
// originally published ...", and a bio opening with one of `writers` ("Marta Kessler covers city
// government for the Portville Ledger.", "Priya Anand is a staff writer for the Ledger."). Fills
// `credit` with whom it names (none for a bio: its writer is already known) and the organization
// it names after "for (the)".
bool ParseCredit(std::string_view paragraph, const std::vector<std::string>& writers,
                 Credit* credit);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_ARTICLE_HEADER_H_
