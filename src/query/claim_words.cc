#include "query/claim_words.h"

#include <cstdint>

#include "base/text_util.h"
#include "people/name_key.h"

namespace newsarchive {
namespace {

constexpr std::string_view kFunctionWords[] = {
    "a",     "about", "an",   "and",   "are",   "as",    "at",    "be",    "been",  "but",
    "by",    "can",   "could", "did",  "do",    "does",  "for",   "from",  "had",   "has",
    "have",  "he",    "her",  "his",   "i",     "i'm",   "if",    "in",    "is",    "it",
    "it's",  "its",   "just", "me",    "my",    "no",    "not",   "of",    "on",    "or",
    "our",   "she",   "so",   "that",  "that's", "the",  "their", "them",  "then",  "there",
    "these", "they",  "this", "those", "to",    "too",   "up",    "us",    "very",  "was",
    "we",    "we're", "were", "what",  "when",  "which", "who",   "will",  "with",  "would",
    "you",   "your",  "going", "gonna", "get",  "got",   "all",   "some",  "any",   "more",
};

constexpr double kFunctionWordWeight = 0.3;

struct NumberWord {
  std::string_view word;
  int value;
  bool scale;  // hundred, thousand: multiplies what came before
};
constexpr NumberWord kNumberWords[] = {
    {"zero", 0, false},      {"one", 1, false},       {"two", 2, false},
    {"three", 3, false},     {"four", 4, false},      {"five", 5, false},
    {"six", 6, false},       {"seven", 7, false},     {"eight", 8, false},
    {"nine", 9, false},      {"ten", 10, false},      {"eleven", 11, false},
    {"twelve", 12, false},   {"thirteen", 13, false}, {"fourteen", 14, false},
    {"fifteen", 15, false},  {"sixteen", 16, false},  {"seventeen", 17, false},
    {"eighteen", 18, false}, {"nineteen", 19, false}, {"twenty", 20, false},
    {"thirty", 30, false},   {"forty", 40, false},    {"fifty", 50, false},
    {"sixty", 60, false},    {"seventy", 70, false},  {"eighty", 80, false},
    {"ninety", 90, false},   {"hundred", 100, true},  {"thousand", 1000, true},
};

const NumberWord* FindNumberWord(std::string_view key) {
  for (const NumberWord& n : kNumberWords) {
    if (n.word == key) return &n;
  }
  return nullptr;
}

bool IsWordByte(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  return IsAsciiAlpha(static_cast<char>(c)) || IsAsciiDigit(static_cast<char>(c));
}

// A code point of a word: ASCII letters and digits, and the letters of other scripts (anything at
// or above U+00C0 outside the general punctuation, symbol and space blocks).
bool IsWordCodePoint(uint32_t cp) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    return IsAsciiAlpha(c) || IsAsciiDigit(c);
  }
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD) return false;  // FFFD: bad bytes
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows, dashes
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFE30 && cp <= 0xFE6F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
  return true;
}

bool IsApostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018; }

std::string StemOf(const std::string& key) {
  size_t n = key.size();
  auto ends = [&](std::string_view s) { return n > s.size() && key.compare(n - s.size(), s.size(), s) == 0; };
  if (n > 4 && ends("ies")) return key.substr(0, n - 3) + "y";
  if (n > 4 && (ends("ses") || ends("xes") || ends("zes") || ends("ches") || ends("shes"))) {
    return key.substr(0, n - 2);
  }
  if (n > 3 && ends("'s")) return key.substr(0, n - 2);
  if (n > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is")) return key.substr(0, n - 1);
  if (n > 5 && ends("ed")) return key.substr(0, n - 2);
  if (n > 5 && ends("ing")) return key.substr(0, n - 3);
  return key;
}

// One raw token: its folded key and its bytes.
struct Token {
  std::string key;
  size_t begin;
  size_t end;
};

std::vector<Token> Tokens(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    size_t next = i;
    uint32_t cp = DecodeCodePoint(text, next);
    if (cp == '%') {
      tokens.push_back({"percent", i, next});
      i = next;
      continue;
    }
    if (!IsWordCodePoint(cp)) {
      i = next;
      continue;
    }
    Token token{std::string(), i, i};
    size_t j = i;
    while (j < text.size()) {
      size_t after = j;
      uint32_t c = DecodeCodePoint(text, after);
      if (IsWordCodePoint(c)) {
        if (c < 0x80) {
          token.key += AsciiLower(static_cast<char>(c));
        } else {
          token.key += NameKey(text.substr(j, after - j));
        }
        j = after;
        continue;
      }
      // An apostrophe between letters, a comma or point between digits: inside the word.
      if (after < text.size() && IsWordByte(text, after) && j > i) {
        char prev = text[j - 1];
        if (IsApostrophe(c) && !IsAsciiDigit(prev)) {
          token.key += '\'';
          j = after;
          continue;
        }
        if ((c == ',' || c == '.') && IsAsciiDigit(prev) && IsAsciiDigit(text[after])) {
          if (c == '.') token.key += '.';
          j = after;
          continue;
        }
      }
      break;
    }
    token.end = j;
    if (!token.key.empty()) tokens.push_back(std::move(token));
    i = j > i ? j : next;
  }
  return tokens;
}

}  // namespace

bool IsFunctionWord(std::string_view key) {
  return WordSetOf<kFunctionWords>().Contains(key);
}

std::vector<ClaimWord> SplitClaimWords(std::string_view text) {
  std::vector<Token> tokens = Tokens(text);
  std::vector<ClaimWord> words;
  words.reserve(tokens.size());
  size_t k = 0;
  while (k < tokens.size()) {
    const NumberWord* number = FindNumberWord(tokens[k].key);
    if (number != nullptr && !number->scale) {
      // A run of number words reads as the number they spell.
      int64_t total = 0;
      int64_t current = 0;
      size_t last = k;
      for (size_t m = k; m < tokens.size(); ++m) {
        const NumberWord* n = FindNumberWord(tokens[m].key);
        if (n == nullptr) break;
        if (n->scale) {
          current = (current == 0 ? 1 : current) * n->value;
          if (n->value >= 1000) {
            total += current;
            current = 0;
          }
        } else if (current % 100 == 0 && (current == 0 || n->value < 100)) {
          current += n->value;  // the first, or after a hundred: "three hundred five"
        } else if (current % 100 >= 20 && current % 10 == 0 && n->value < 10) {
          current += n->value;  // "twenty five"
        } else {
          break;  // "one two": two numbers, the second starts the next word
        }
        last = m;
      }
      ClaimWord word;
      word.key = std::to_string(total + current);
      word.stem = word.key;
      word.begin = tokens[k].begin;
      word.end = tokens[last].end;
      words.push_back(std::move(word));
      k = last + 1;
      continue;
    }
    ClaimWord word;
    word.key = std::move(tokens[k].key);
    word.stem = StemOf(word.key);
    word.begin = tokens[k].begin;
    word.end = tokens[k].end;
    word.weight = IsFunctionWord(word.key) ? kFunctionWordWeight : 1.0;
    words.push_back(std::move(word));
    ++k;
  }
  return words;
}

}  // namespace newsarchive
