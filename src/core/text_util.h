// Small byte-level text helpers shared by the parser units: UTF-8 code points, ASCII classes,
// trimming and case for the Latin letters names are written in. No allocation unless a string
// is returned.
#ifndef NEWSARCHIVE_CORE_TEXT_UTIL_H_
#define NEWSARCHIVE_CORE_TEXT_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsarchive {

inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
inline char AsciiUpper(char c) { return IsAsciiLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

// `s` without leading and trailing spaces and tabs (and newlines).
std::string_view Trim(std::string_view s);

// ASCII case-insensitive comparisons.
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix);
// Offset of the first case-insensitive occurrence of `needle` at or after `from`, or npos.
size_t FindIgnoreCase(std::string_view haystack, std::string_view needle, size_t from = 0);
std::string AsciiLowerCopy(std::string_view s);
// True when `s` equals (ASCII case-insensitively) one entry of a nullptr-terminated list.
bool InIgnoreCaseList(std::string_view s, const char* const* list);
// True when `s` starts with one entry of a nullptr-terminated list (ASCII case-insensitive).
bool StartsWithAnyIgnoreCase(std::string_view s, const char* const* list);

// Decodes the code point at s[i] and advances i past it; an invalid byte gives U+FFFD and
// advances by one. `s` must be non-empty at i.
uint32_t DecodeCodePoint(std::string_view s, size_t& i);
void AppendUtf8(uint32_t cp, std::string* out);

// Letter case for ASCII, Latin-1 and Latin Extended-A (the letters of names in these transcripts).
// Other code points are neither upper nor lower and map to themselves.
bool IsUpperLetter(uint32_t cp);
bool IsLowerLetter(uint32_t cp);
// Cased letters above, plus scripts without case (CJK, Arabic...); not punctuation or symbols.
bool IsLetter(uint32_t cp);
uint32_t ToLowerLetter(uint32_t cp);
uint32_t ToUpperLetter(uint32_t cp);

// True when `s` holds at least one letter and no lowercase letter ("O'BRIEN", "KIM JONG UN").
bool IsAllCaps(std::string_view s);
// True when `s` holds at least one lowercase letter.
bool HasLowercase(std::string_view s);
// "o'brien" -> "O'BRIEN", "mcconnell" -> "mcconnell" unchanged by the other; Latin letters only.
std::string ToLowerText(std::string_view s);
std::string ToUpperText(std::string_view s);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_CORE_TEXT_UTIL_H_
