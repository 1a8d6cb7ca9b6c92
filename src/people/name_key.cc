// How this works: the input is walked one UTF-8 code point at a time. ASCII letters and digits are
// lowercased; Latin-1 Supplement and Latin Extended-A letters are looked up in a small fold table
// (their base letter); apostrophes (' and U+2019) and periods vanish so that "O'Brien" and "OBRIEN"
// meet; anything else that is not a letter becomes a separator.
#include "people/name_key.h"

#include <cstdint>

namespace newsarchive {
namespace {

// Base letters for U+00C0..U+017F, lowercase; "" where the code point is not a letter to fold.
// Index = code point - 0xC0.
const char* const kLatinFold[] = {
    // U+00C0..U+00FF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  //
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",  //
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  //
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",   //
    // U+0100..U+017F
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",    //
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",    //
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",    //
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",  //
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",    //
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  //
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",    //
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",    //
};

// Decodes one code point at s[i], advancing i; invalid bytes come back as U+FFFD.
uint32_t NextCodePoint(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
  if (extra < 0 || i + extra >= s.size() + (extra == 0 ? 1 : 0)) {
    ++i;
    return extra == 0 ? c : 0xFFFD;
  }
  uint32_t cp = extra == 0 ? c : (c & (0x3F >> extra));
  for (int k = 1; k <= extra; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += extra + 1;
  return cp;
}

}  // namespace

std::string NameKey(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  auto emit = [&](std::string_view piece) {
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += piece;
  };
  size_t i = 0;
  while (i < name.size()) {
    size_t start = i;
    uint32_t cp = NextCodePoint(name, i);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') {
        char lower = static_cast<char>(c - 'A' + 'a');
        emit(std::string_view(&lower, 1));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '#') {
        emit(std::string_view(&c, 1));
      } else if (c == '\'' || c == '.') {
        // Dropped without a separator: O'Brien and OBRIEN, Jr. and Jr are the same name.
      } else {
        pending_space = true;
      }
    } else if (cp >= 0xC0 && cp <= 0x17F) {
      const char* folded = kLatinFold[cp - 0xC0];
      if (*folded) {
        emit(folded);
      } else {
        pending_space = true;  // U+00D7 and U+00F7, the multiplication and division signs
      }
    } else if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
      // Typographic apostrophes, dropped like the ASCII one.
    } else if (cp == 0xA0 || cp == 0x2002 || cp == 0x2003 || cp == 0x2009 || cp == 0x2010 ||
               cp == 0x2011 || cp == 0x2013 || cp == 0x2014 || cp == 0x201C || cp == 0x201D ||
               cp == 0xFFFD) {
      pending_space = true;
    } else {
      emit(name.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace newsarchive
