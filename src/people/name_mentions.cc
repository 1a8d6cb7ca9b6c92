#include "people/name_mentions.h"

#include <array>

#include "base/text_util.h"
#include "people/name_key.h"
#include "people/names.h"

namespace newsarchive {
namespace {

constexpr size_t kMaxMentions = 20000;
constexpr size_t kMaxWordsBeforeSurname = 2;

constexpr std::string_view kWordsBeforeNames[] = {"president",
                                                  "pres",
                                                  "sen",
                                                  "senator",
                                                  "rep",
                                                  "representative",
                                                  "representatives",
                                                  "senators",
                                                  "gov",
                                                  "governor",
                                                  "mr",
                                                  "ms",
                                                  "mrs",
                                                  "dr",
                                                  "secretary",
                                                  "general",
                                                  "gen",
                                                  "judge",
                                                  "justice",
                                                  "mayor",
                                                  "prime",
                                                  "minister",
                                                  "leader",
                                                  "supreme",
                                                  "vice",
                                                  "first",
                                                  "lady",
                                                  "former",
                                                  "the",
                                                  "a",
                                                  "an",
                                                  "and",
                                                  "but",
                                                  "so",
                                                  "then",
                                                  "when",
                                                  "if",
                                                  "as",
                                                  "at",
                                                  "in",
                                                  "on",
                                                  "of",
                                                  "for",
                                                  "with",
                                                  "by",
                                                  "from",
                                                  "to",
                                                  "says",
                                                  "said",
                                                  "meanwhile",
                                                  "reporter",
                                                  "correspondent",
                                                  "host",
                                                  "chief",
                                                  "officer",
                                                  "director",
                                                  "professor",
                                                  "prof",
                                                  "king",
                                                  "queen",
                                                  "prince",
                                                  "pope",
                                                  "rev",
                                                  "reverend",
                                                  "ambassador",
                                                  "chancellor",
                                                  "speaker",
                                                  "house",
                                                  "senate",
                                                  "state",
                                                  "white",
                                                  "north",
                                                  "south",
                                                  "east",
                                                  "west",
                                                  "new",
                                                  "korean",
                                                  "american",
                                                  "democrat",
                                                  "republican",
                                                  "democratic",
                                                  "candidate",
                                                  "congressman",
                                                  "congresswoman",
                                                  "attorney",
                                                  "commissioner",
                                                  "chairman",
                                                  "chairwoman",
                                                  "analyst",
                                                  "editor",
                                                  "anchor",
                                                  "sir",
                                                  "dear",
                                                  "thanks",
                                                  "thank",
                                                  "hi",
                                                  "hello",
                                                  "yes",
                                                  "no",
                                                  "well",
                                                  "oh",
                                                  "okay",
                                                  "ok",
                                                  "now",
                                                  "today",
                                                  "here",
                                                  "there",
                                                  "this",
                                                  "that",
                                                  "it",
                                                  "i",
                                                  "we",
                                                  "you",
                                                  "he",
                                                  "she",
                                                  "they",
                                                  "my",
                                                  "our",
                                                  "his",
                                                  "her",
                                                  "their",
                                                  "sgt",
                                                  "capt",
                                                  "col",
                                                  "lt",
                                                  "adm",
                                                  "maj",
                                                  "mister",
                                                  "miss",
                                                  "madam",
                                                  "councilman",
                                                  "councilwoman",
                                                  "sheriff",
                                                  "detective",
                                                  "lieutenant",
                                                  "captain",
                                                  "colonel",
                                                  "sergeant",
                                                  "admiral",
                                                  "major",
                                                  "officer",
                                                  "after",
                                                  "before",
                                                  "while",
                                                  "because",
                                                  "although",
                                                  "where",
                                                  "what",
                                                  "who",
                                                  "why",
                                                  "how",
                                                  "which",
                                                  "also",
                                                  "even",
                                                  "just",
                                                  "only",
                                                  "like",
                                                  "unlike",
                                                  "according",
                                                  "ask",
                                                  "asked",
                                                  "tell"};

bool IsWordChar(uint32_t cp) { return IsLetter(cp); }

bool IsPossessive(std::string_view w) { return WithoutPossessive(w).size() != w.size(); }

bool HasInnerCapital(std::string_view w) {
  size_t i = 0;
  DecodeCodePoint(w, i);
  while (i < w.size()) {
    if (IsUpperLetter(DecodeCodePoint(w, i))) return true;
  }
  return false;
}

}  // namespace

std::string_view WithoutPossessive(std::string_view w) {
  if (w.size() > 2 && (EndsWithIgnoreCase(w, "'s"))) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.compare(w.size() - 4, 4, "\u2019s") == 0) return w.substr(0, w.size() - 4);
  return w;
}

bool IsWordBeforeName(std::string_view word) {
  if (IsPossessive(word)) return true;
  // "I'm", "we've", "they'll": contractions are never names.
  for (const char* tail : {"'m", "'ve", "'ll", "'re", "'d", "\u2019m", "\u2019ve", "\u2019ll",
                           "\u2019re", "\u2019d"}) {
    if (EndsWithIgnoreCase(word, tail) && word.size() > std::string_view(tail).size()) return true;
  }
  std::string lower = AsciiLowerCopy(word);
  while (!lower.empty() && lower.back() == '.') lower.pop_back();
  return WordSetOf<kWordsBeforeNames>().Contains(lower);
}

NameMentions::NameMentions(const std::vector<std::string_view>& texts,
                           const std::unordered_set<std::string>& wanted) {
  if (wanted.empty()) return;
  for (const std::string& key : wanted) {
    if (key.empty() || !IsAsciiLower(key[0])) {
      for (uint64_t& mask : lengths_) mask = ~uint64_t{0};  // a name outside ASCII: no shortcut
      continue;
    }
    const bool simple = key.size() < 64 && key.find(' ') == std::string::npos;
    lengths_[key[0] - 'a'] |= simple ? uint64_t{1} << key.size() : ~uint64_t{0};
  }
  for (size_t t = 0; t < texts.size(); ++t) Scan(t, texts[t], wanted);
}

namespace {

enum ByteClass : unsigned char { kOther, kLower, kUpper, kHigh, kJoiner };

// What each byte can be in a word: ASCII letters, the lead and continuation bytes of UTF-8
// letters, and the apostrophes and hyphens that join parts of one word.
constexpr std::array<ByteClass, 256> MakeByteClasses() {
  std::array<ByteClass, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
  for (int c = 0x80; c < 0x100; ++c) t[c] = kHigh;
  t['\''] = kJoiner;
  t['-'] = kJoiner;
  return t;
}
constexpr std::array<ByteClass, 256> kByteClass = MakeByteClasses();

constexpr std::array<bool, 256> MakeAsciiWordBytes() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = kByteClass[c] == kLower || kByteClass[c] == kUpper || kByteClass[c] == kJoiner;
  }
  return t;
}
constexpr std::array<bool, 256> kAsciiWordByte = MakeAsciiWordBytes();

constexpr std::array<unsigned char, 256> MakeOpensName() {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = kByteClass[c] == kUpper || kByteClass[c] == kHigh;
  return t;
}
constexpr std::array<unsigned char, 256> kOpensName = MakeOpensName();

bool LetterAt(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  if (static_cast<unsigned char>(text[i]) < 0x80) return IsAsciiAlpha(text[i]);
  return IsWordChar(DecodeCodePoint(text, i));
}

// True when the character before text[i] is a letter, apostrophe or hyphen of a word.
bool LetterBefore(std::string_view text, size_t i) {
  if (i == 0) return false;
  const unsigned char before = static_cast<unsigned char>(text[i - 1]);
  if (before < 0x80) return kAsciiWordByte[before];
  size_t start = i - 1;
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  return IsWordChar(DecodeCodePoint(text, start));
}

// End of the word starting at i: letters, with apostrophes and hyphens between letters.
size_t WordEnd(std::string_view text, size_t i) {
  const size_t n = text.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (IsAsciiAlpha(static_cast<char>(c))) {
        ++i;
      } else if ((c == '\'' || c == '-') && LetterAt(text, i + 1)) {
        ++i;  // the letter after it may be more than one byte: it is read next
      } else {
        break;
      }
      continue;
    }
    size_t j = i;
    const uint32_t cp = DecodeCodePoint(text, j);
    if (IsWordChar(cp) || (cp == 0x2019 && LetterAt(text, j))) {
      i = j;
    } else {
      break;
    }
  }
  return i;
}

}  // namespace

void NameMentions::Scan(size_t index, std::string_view text,
                        const std::unordered_set<std::string>& wanted) {
  struct Word {
    size_t begin;
    size_t end;
  };
  Word run[kMaxWordsBeforeSurname];
  std::string key;
  size_t run_size = 0;
  size_t last_end = std::string_view::npos;
  size_t i = 0;
  const size_t n = text.size();
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (true) {
    // Only capitals and non-ASCII bytes can open a name; the rest is skipped eight at a time.
    while (i + 8 <= n &&
           !(kOpensName[bytes[i]] | kOpensName[bytes[i + 1]] | kOpensName[bytes[i + 2]] |
             kOpensName[bytes[i + 3]] | kOpensName[bytes[i + 4]] | kOpensName[bytes[i + 5]] |
             kOpensName[bytes[i + 6]] | kOpensName[bytes[i + 7]])) {
      i += 8;
    }
    while (i < n && !kOpensName[bytes[i]]) ++i;
    if (i >= n) break;
    const size_t begin = i;
    if (LetterBefore(text, begin)) {
      // A capital inside a word ("iPhone", "McDonald"): the rest of the word is skipped.
      size_t next = begin;
      DecodeCodePoint(text, next);
      i = WordEnd(text, next);
      continue;
    }
    bool upper = true;
    if (bytes[i] < 0x80) {
      ++i;
    } else {
      const uint32_t first = DecodeCodePoint(text, i);
      if (!IsWordChar(first)) continue;
      upper = IsUpperLetter(first);
    }
    i = WordEnd(text, i);
    // A single letter may take a period: the initial in "John Q. Public".
    if (i - begin == 1 && i < n && text[i] == '.') ++i;
    const size_t end = i;
    const bool adjacent =
        last_end != std::string_view::npos && begin == last_end + 1 && text[last_end] == ' ';
    last_end = end;
    if (!upper) {
      run_size = 0;
      continue;
    }
    if (!adjacent) run_size = 0;
    std::string_view word = WithoutPossessive(text.substr(begin, end - begin));
    // A word of plain letters folds to its own length; others are looked up whatever they are.
    bool maybe_wanted = true;
    if (bytes[begin] < 0x80) {
      const uint64_t mask = lengths_[AsciiLower(text[begin]) - 'a'];
      bool plain = word.size() < 64;
      for (size_t k = 0; k < word.size() && plain; ++k) plain = IsAsciiAlpha(word[k]);
      maybe_wanted = plain ? (mask >> word.size()) & 1 : mask != 0;
    }
    if (maybe_wanted) key = FoldedName(word);
    if (maybe_wanted && wanted.count(key) != 0) {
      if (HasLowercase(word)) {
        auto it = spellings_.find(key);
        if (it == spellings_.end()) {
          spellings_.emplace(key, std::string(word));
        } else if (!HasInnerCapital(it->second) && HasInnerCapital(word)) {
          it->second = std::string(word);
        }
      }
      if (mentions_.size() < kMaxMentions) {
        size_t from = run_size;
        while (from > 0 && !IsWordBeforeName(text.substr(
                               run[from - 1].begin, run[from - 1].end - run[from - 1].begin))) {
          --from;
        }
        const size_t name_begin = from < run_size ? run[from].begin : begin;
        const size_t name_end = begin + word.size();
        if (name_begin < begin) full_by_last_[key].push_back(mentions_.size());
        mentions_.push_back({index, name_begin, name_end,
                             std::string(text.substr(name_begin, name_end - name_begin))});
      }
    }
    if (IsPossessive(text.substr(begin, end - begin))) {
      run_size = 0;  // "NPR's Ayesha Rascoe": a possessive ends what came before
      continue;
    }
    if (run_size == kMaxWordsBeforeSurname) {
      run[0] = run[1];
      run_size = 1;
    }
    run[run_size++] = {begin, end};
  }
}

std::string NameMentions::Spelling(std::string_view word) const {
  auto it = spellings_.find(FoldedName(word));
  return it == spellings_.end() ? "" : it->second;
}

std::string NameMentions::FullNameEndingWith(std::string_view surname, char initial) const {
  auto found = full_by_last_.find(FoldedName(surname));
  if (found == full_by_last_.end()) return "";
  std::unordered_map<std::string_view, std::pair<int, size_t>> counts;  // name -> (count, first)
  for (size_t k : found->second) {
    const std::string& name = mentions_[k].name;
    if (initial != 0 && AsciiLower(name[0]) != AsciiLower(initial)) continue;
    auto [it, inserted] = counts.emplace(name, std::make_pair(0, k));
    ++it->second.first;
  }
  std::string_view best;
  std::pair<int, size_t> best_score{0, 0};
  for (const auto& [name, score] : counts) {
    if (score.first > best_score.first ||
        (score.first == best_score.first && score.second < best_score.second)) {
      best = name;
      best_score = score;
    }
  }
  return std::string(best);
}

}  // namespace newsarchive
