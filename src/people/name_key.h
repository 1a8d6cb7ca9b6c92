// NameKey: the folded form of a name used to decide that two spellings are one person and to
// match what a user types (`--person "juan gonzalez"`). Pure text; no database.
#ifndef NEWSARCHIVE_PEOPLE_NAME_KEY_H_
#define NEWSARCHIVE_PEOPLE_NAME_KEY_H_

#include <string>
#include <string_view>

namespace newsarchive {

// Lowercase, accents folded to ASCII (González -> gonzalez, Ø -> o, ß -> ss), apostrophes and
// periods dropped (O'Brien -> obrien, Jr. -> jr), every other run of punctuation or space turned
// into one space, trimmed. '#' and digits are kept ("Unidentified Man #2" -> "unidentified man #2").
// Characters it cannot fold (CJK, Cyrillic...) are kept as lowercase-unchanged UTF-8.
std::string NameKey(std::string_view name);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PEOPLE_NAME_KEY_H_
