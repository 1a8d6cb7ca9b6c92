// Small byte-level text helpers shared by the parser units: UTF-8 code points, ASCII classes,
// trimming and case for the Latin letters names are written in. No allocation unless a string
// is returned.
#ifndef NEWSARCHIVE_BASE_TEXT_UTIL_H_
#define NEWSARCHIVE_BASE_TEXT_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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
// True when `s` equals one entry of `list`, ASCII case-insensitively.
template <size_t N>
bool InIgnoreCaseList(std::string_view s, const std::string_view (&list)[N]) {
  for (std::string_view entry : list) {
    if (EqualsIgnoreCase(s, entry)) return true;
  }
  return false;
}
// True when `s` starts with one entry of `list`, ASCII case-insensitively.
template <size_t N>
bool StartsWithAnyIgnoreCase(std::string_view s, const std::string_view (&list)[N]) {
  for (std::string_view entry : list) {
    if (StartsWithIgnoreCase(s, entry)) return true;
  }
  return false;
}
// True when `s` ends with one entry of `list`, ASCII case-insensitively.
template <size_t N>
bool EndsWithAnyIgnoreCase(std::string_view s, const std::string_view (&list)[N]) {
  for (std::string_view entry : list) {
    if (EndsWithIgnoreCase(s, entry)) return true;
  }
  return false;
}

// A fixed set of ASCII words, looked up without regard to case in O(log n) with no allocation.
// Meant for function-local statics built from the word lists of the parser.
class WordSet {
 public:
  template <size_t N>
  explicit WordSet(const std::string_view (&words)[N]) : WordSet(words, N) {}
  WordSet(const std::string_view* words, size_t count);

  static constexpr size_t npos = static_cast<size_t>(-1);

  bool Contains(std::string_view word) const { return Find(word) != npos; }
  // The index in the list the set was built from of the (first) entry equal to `word` without
  // case, or npos.
  size_t Find(std::string_view word) const;
  // True when `s` starts with one of the words (compared without case).
  bool IsPrefixOf(std::string_view s) const;

 private:
  std::vector<std::string> sorted_;  // lowercase
  std::vector<uint32_t> index_;      // of each sorted_ entry in the list given
  uint64_t lengths_ = 0;             // bit n: an entry n bytes long (n < 64); bit 63: longer
  size_t max_size_ = 0;
  size_t min_size_ = 0;
  bool first_chars_[256] = {};  // lowercase first characters present
  // [begin, end) of the entries in sorted_ that start with each lowercase byte.
  uint16_t first_begin_[256] = {};
  uint16_t first_end_[256] = {};
};

// The WordSet of a word list with static storage, built on first use and kept for the life of
// the program: `WordSetOf<kGenericWords>().Contains(word)`.
template <const auto& kList>
const WordSet& WordSetOf() {
  static const WordSet* const set = new WordSet(kList);
  return *set;
}

// At most `max_bytes` bytes of `s` from its start (or, for Utf8Tail, up to its end), never
// cutting a UTF-8 character in two.
std::string_view Utf8Head(std::string_view s, size_t max_bytes);
std::string_view Utf8Tail(std::string_view s, size_t max_bytes);

// Decodes the code point at s[i] and advances i past it; an invalid byte gives U+FFFD and
// advances by one. `s` must be non-empty at i.
uint32_t DecodeCodePoint(std::string_view s, size_t& i);
void AppendUtf8(uint32_t cp, std::string* out);

// The Unicode bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A..U+202E,
// U+2066..U+2069), which make a terminal show text in another order than it is stored.
bool IsBidiControl(uint32_t cp);

// `text` safe to print to a terminal, with nothing hidden or reordered: C0 and C1 control
// characters, DEL and bidi controls are written as escapes (\n, \t, \x1B, \u{202E}), a
// backslash stays one backslash. With `keep_line_breaks`, '\n' stays a line break.
std::string TerminalSafe(std::string_view text, bool keep_line_breaks = false);

// Letter case for ASCII, Latin-1 and Latin Extended-A (the letters of names in these transcripts).
// Other code points are neither upper nor lower and map to themselves.
bool IsUpperLetter(uint32_t cp);
bool IsLowerLetter(uint32_t cp);
// True when the first code point of `w` is an upper-case letter.
bool StartsUpper(std::string_view w);
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

// The lines of `text`, split at '\n', each without a '\r' it ends with (CRLF files); as many as
// the text has '\n' plus one.
std::vector<std::string_view> SplitLines(std::string_view text);

// A path's file name without its folders and its last extension: "a/b/story.txt" -> "story";
// a name that only starts with a dot keeps it (".notes").
std::string_view FileStem(std::string_view path);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_BASE_TEXT_UTIL_H_
