// Names as running text prints them, read from tokens (prose_text.h): a capitalized run of words
// with the title words before it ("Mayor Denise Harlow", "Gov. Tina Marsh", "Commission Chair
// Lorraine Beaulieu", "Secretary of State Mike Pompeo"), told apart from the bodies, companies,
// teams and places that are written the same way ("Portville City Council", "the Ferris Foxes",
// "North Korea"). Pure text.
#ifndef NEWSARCHIVE_ATTRIBUTE_NAME_PHRASES_H_
#define NEWSARCHIVE_ATTRIBUTE_NAME_PHRASES_H_

#include <string>
#include <string_view>
#include <vector>

#include "attribute/prose_text.h"

namespace newsarchive {

struct NamePhrase {
  size_t first = 0;           // the first token of the phrase, titles included
  size_t name_first = 0;      // the first token of the name itself
  size_t last = 0;            // one past the last token
  std::string name;           // "Denise Harlow": the name's words as printed, a possessive dropped
  size_t words = 0;           // words in `name`
  std::string title;          // "Mayor", "Governor" (for "Gov."), "Commission Chair"; "" when none
  char gender = 0;            // 'm' after "Mr.", 'f' after "Ms.", "Mrs.", "Miss"; else 0
  bool organization = false;  // a body, company, team, title of a work or place, not a person
  bool possessive = false;    // printed "Harlow's"
};

// The name phrase whose last word is tokens[last - 1], reaching back no further than
// tokens[min_first]; false when that token is no capitalized word of a name.
bool NameEndingAt(const std::vector<Token>& tokens, size_t last, size_t min_first, NamePhrase* out);

// The name phrase that starts at tokens[first] (a title word or the name's first word) and runs
// as far as its capitalized words go; false when there is none.
bool NameStartingAt(const std::vector<Token>& tokens, size_t first, NamePhrase* out);

// Every name phrase of a sentence outside its quotes, bodies and places included (see
// NamePhrase::organization), in order.
std::vector<NamePhrase> NamesIn(const std::vector<Token>& tokens);

// A word standing before names as a title or a job ("Mayor", "Gov.", "Councilman",
// "Commissioner", "Chair", "Economist"), any case.
bool IsTitleWord(std::string_view word);

// A word for a job or a part people play ("engineer", "pilot", "spokeswoman", "resident"; a
// plural too), any case: people/names.h LooksLikeRole and a list of more.
bool IsJobWord(std::string_view word);

// Capitalized words that open sentences or name days and months and so are no name: "The",
// "But", "Monday", "January".
bool IsCapitalizedNonName(std::string_view word);

// True when a run of capitalized words (as printed, space-separated) names a body, a company,
// a team, a work or a place rather than a person: "Portville Water Bureau", "Ferris State
// University", "North Korea", "White House".
bool LooksLikeOrganization(std::string_view words);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_ATTRIBUTE_NAME_PHRASES_H_
