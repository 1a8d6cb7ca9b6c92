// Names and titles as transcripts print them: proper casing of ALL-CAPS names and roles, the title
// words that may stand before a name ("PRES.", "SUPREME LEADER"), honorifics and the generic words
// of unidentified speakers. Pure text; no state.
#ifndef NEWSARCHIVE_PEOPLE_NAMES_H_
#define NEWSARCHIVE_PEOPLE_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsarchive {

// NameKey(name) (people/name_key.h), computed without decoding when `name` is plain ASCII, as
// names in labels and running text nearly always are.
std::string FoldedName(std::string_view name);

// Words of `s` separated by runs of white space.
std::vector<std::string_view> SplitWords(std::string_view s);

// Proper case for a name printed in capitals, word by word: "MCCONNELL" -> "McConnell",
// "O'BRIEN" -> "O'Brien", "HOROWITZ-GHAZI" -> "Horowitz-Ghazi", "GONZÁLEZ" -> "González",
// "BILL DE BLASIO" -> "Bill de Blasio", "JR." -> "Jr.", "III" stays. A name that already has
// lowercase letters is returned as printed, except that a lowercase first letter is raised.
std::string ProperCaseName(std::string_view name);

// Proper case for one word of a name (see ProperCaseName); `first` is false for later words.
std::string ProperCaseNameWord(std::string_view word, bool first);

// A role as stored: single-word roles in any case are capitalized ("host", "HOST" -> "Host");
// ALL-CAPS roles are title-cased with small words lowered and acronyms kept
// ("PRESIDENT OF THE UNITED STATES" -> "President of the United States", "U.S. ARMY" ->
// "U.S. Army"); other mixed-case roles are kept as printed with the first letter raised.
std::string ProperCaseTitle(std::string_view title);

// When words[start...] begin with a title that stands before a name ("PRESIDENT", "PRES.",
// "SUPREME LEADER", "SEN.", "Representative", "FORMER PRESIDENT"), stores the title as it should be
// stored ("President", "Senator", "Former President") and returns how many words it spans; returns
// 0 otherwise.
size_t MatchTitlePrefix(const std::vector<std::string_view>& words, size_t start,
                        std::string* title);

// "Mr.", "Ms.", "Mrs.", "Miss", "Mx." in any case, with or without the period. Not "Dr." (a title).
bool IsHonorific(std::string_view word);

// Words that make a speaker generic rather than a person: "UNIDENTIFIED", "MAN", "ANNOUNCER"...
bool IsUnidentifiedWord(std::string_view word);  // UNIDENTIFIED, UNKNOWN, UNNAMED
bool IsGenericSpeakerWord(std::string_view word);
// Nouns that, closing a label, make it a description of someone unnamed: "U.S. CENSUS BUREAU
// OFFICIAL", "ARMY SPOKESMAN", "WHITE HOUSE CORRESPONDENT".
bool IsUnnamedRoleNoun(std::string_view word);

// Lowercase particles inside names: de, van, von, bin, al (as in "al-Assad")...
bool IsNameParticle(std::string_view word);

// News organizations whose names open a role ("CNN ANCHOR") or close a sign-off ("NPR News").
bool IsNewsOrganization(std::string_view word);

// True when `text` holds a word that names a job or part ("correspondent", "Senior Planner",
// "Author", "resident"), as opposed to an organization ("Kleinfelder", "U.S. Army").
bool LooksLikeRole(std::string_view text);

// Single letter with optional period: "S." "J".
bool IsInitial(std::string_view word);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PEOPLE_NAMES_H_
