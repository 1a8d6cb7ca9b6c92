#include "base/text_util.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <utility>

namespace newsarchive {

std::string_view Trim(std::string_view s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

size_t FindIgnoreCase(std::string_view haystack, std::string_view needle, size_t from) {
  if (needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  if (haystack.size() < needle.size() || from > haystack.size() - needle.size()) {
    return std::string_view::npos;
  }
  // memchr finds candidates for each case of the first letter; each is searched for again
  // only once it has been consumed, so the scan stays linear.
  const char lower = AsciiLower(needle[0]);
  const char upper = AsciiUpper(needle[0]);
  const char* const base = haystack.data();
  const char* const end = base + (haystack.size() - needle.size() + 1);
  auto next = [&](const char* from_ptr, char c) -> const char* {
    if (from_ptr >= end) return end;
    const void* hit = std::memchr(from_ptr, c, end - from_ptr);
    return hit ? static_cast<const char*>(hit) : end;
  };
  const char* at_lower = next(base + from, lower);
  const char* at_upper = lower == upper ? end : next(base + from, upper);
  while (true) {
    const char* at = std::min(at_lower, at_upper);
    if (at == end) return std::string_view::npos;
    if (EqualsIgnoreCase(std::string_view(at + 1, needle.size() - 1), needle.substr(1))) {
      return at - base;
    }
    if (at == at_lower) at_lower = next(at + 1, lower);
    if (at == at_upper) at_upper = next(at + 1, upper);
  }
}

std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

WordSet::WordSet(const std::string_view* words, size_t count) {
  std::vector<std::pair<std::string, uint32_t>> entries;
  for (size_t i = 0; i < count; ++i) {
    std::string lower = AsciiLowerCopy(words[i]);
    if (lower.empty()) continue;
    max_size_ = std::max(max_size_, lower.size());
    min_size_ = entries.empty() ? lower.size() : std::min(min_size_, lower.size());
    first_chars_[static_cast<unsigned char>(lower[0])] = true;
    lengths_ |= uint64_t{1} << std::min<size_t>(lower.size(), 63);
    entries.emplace_back(std::move(lower), static_cast<uint32_t>(i));
  }
  std::sort(entries.begin(), entries.end());  // equal words: the first given first
  for (auto& [lower, index] : entries) {
    sorted_.push_back(std::move(lower));
    index_.push_back(index);
  }
  for (size_t i = sorted_.size(); i-- > 0;) {
    const unsigned char c = static_cast<unsigned char>(sorted_[i][0]);
    first_begin_[c] = static_cast<uint16_t>(i);
    if (first_end_[c] == 0) first_end_[c] = static_cast<uint16_t>(i + 1);
  }
}

size_t WordSet::Find(std::string_view word) const {
  if (word.empty() || word.size() > max_size_ || word.size() < min_size_ ||
      (lengths_ & (uint64_t{1} << std::min<size_t>(word.size(), 63))) == 0) {
    return npos;
  }
  const unsigned char c = static_cast<unsigned char>(AsciiLower(word[0]));
  if (!first_chars_[c]) return npos;
  char buffer[128];
  if (word.size() > sizeof buffer) return npos;
  for (size_t i = 0; i < word.size(); ++i) buffer[i] = AsciiLower(word[i]);
  const std::string_view lower(buffer, word.size());
  const auto begin = sorted_.begin() + first_begin_[c];
  const auto end = sorted_.begin() + first_end_[c];
  auto it = std::lower_bound(begin, end, lower,
                             [](const std::string& a, std::string_view b) { return a < b; });
  if (it == end || *it != lower) return npos;
  return index_[it - sorted_.begin()];
}

bool WordSet::IsPrefixOf(std::string_view s) const {
  if (s.size() < min_size_ || !first_chars_[static_cast<unsigned char>(AsciiLower(s[0]))]) {
    return false;
  }
  const unsigned char c = static_cast<unsigned char>(AsciiLower(s[0]));
  for (size_t i = first_begin_[c]; i < first_end_[c]; ++i) {
    if (StartsWithIgnoreCase(s, sorted_[i])) return true;
  }
  return false;
}

std::string_view Utf8Head(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

std::string_view Utf8Tail(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t begin = s.size() - max_bytes;
  while (begin < s.size() && (static_cast<unsigned char>(s[begin]) & 0xC0) == 0x80) ++begin;
  return s.substr(begin);
}

uint32_t DecodeCodePoint(std::string_view s, size_t& i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int extra;
  uint32_t cp;
  if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
    extra = 1;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    extra = 2;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
    extra = 3;
    cp = c & 0x07;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + extra >= s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k <= extra; ++k) {
    const unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  // Overlong forms and surrogates are not characters.
  if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += extra + 1;
  return cp;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsBidiControl(uint32_t cp) {
  return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

std::string TerminalSafe(std::string_view text, bool keep_line_breaks) {
  std::string out;
  out.reserve(text.size());
  char escape[16];
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      if (c == '\n' && keep_line_breaks) {
        out.push_back('\n');
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c == 0x7F) {
        std::snprintf(escape, sizeof escape, "\\x%02X", c);
        out.append(escape);
      } else {
        out.push_back(static_cast<char>(c));
      }
      continue;
    }
    const size_t start = i;
    const uint32_t cp = DecodeCodePoint(text, i);
    if ((cp >= 0x80 && cp < 0xA0) || IsBidiControl(cp)) {
      std::snprintf(escape, sizeof escape, "\\u{%04X}", static_cast<unsigned>(cp));
      out.append(escape);
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

namespace {

// Latin Extended-A pairs its letters upper/lower, but the parity flips in two stretches.
bool ExtendedAIsUpper(uint32_t cp) {
  if (cp == 0x130) return true;
  if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;
  if (cp == 0x178) return true;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 == 1;
  return cp % 2 == 0;
}

}  // namespace

bool StartsUpper(std::string_view w) {
  if (w.empty()) return false;
  size_t i = 0;
  return IsUpperLetter(DecodeCodePoint(w, i));
}

bool IsUpperLetter(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return ExtendedAIsUpper(cp);
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

bool IsLowerLetter(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return !ExtendedAIsUpper(cp);
  if (cp >= 0x3B1 && cp <= 0x3C9) return true;
  if (cp >= 0x430 && cp <= 0x45F) return true;
  return false;
}

bool IsLetter(uint32_t cp) {
  if (IsUpperLetter(cp) || IsLowerLetter(cp)) return true;
  if (cp < 0x250) return cp == 0xAA || cp == 0xBA || (cp >= 0x180 && cp < 0x250);
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFE00 && cp <= 0xFFFF) return false;  // specials, U+FFFD
  return true;
}

uint32_t ToLowerLetter(uint32_t cp) {
  if (!IsUpperLetter(cp)) return cp;
  if (cp < 0x80 || (cp >= 0xC0 && cp <= 0xDE)) return cp + 0x20;
  if (cp == 0x130) return 'i';
  if (cp == 0x178) return 0xFF;
  if (cp >= 0x100 && cp <= 0x17F) return cp + 1;
  if (cp >= 0x391 && cp <= 0x3A9) return cp + 0x20;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  return cp;
}

uint32_t ToUpperLetter(uint32_t cp) {
  if (!IsLowerLetter(cp)) return cp;
  if (cp < 0x80) return cp - 0x20;
  if (cp >= 0xE0 && cp <= 0xFE) return cp - 0x20;
  if (cp == 0xFF) return 0x178;
  if (cp == 0x131) return 'I';
  if (cp == 0x138 || cp == 0x149 || cp == 0x17F || cp == 0xDF) return cp;
  if (cp >= 0x100 && cp <= 0x17F) return cp - 1;
  if (cp >= 0x3B1 && cp <= 0x3C9) return cp == 0x3C2 ? 0x3A3 : cp - 0x20;
  if (cp >= 0x430 && cp <= 0x44F) return cp - 0x20;
  if (cp >= 0x450 && cp <= 0x45F) return cp - 0x50;
  return cp;
}

bool IsAllCaps(std::string_view s) {
  bool letter = false;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      if (IsAsciiLower(s[i])) return false;
      if (IsAsciiUpper(s[i])) letter = true;
      ++i;
      continue;
    }
    const uint32_t cp = DecodeCodePoint(s, i);
    if (IsLowerLetter(cp)) return false;
    if (IsUpperLetter(cp)) letter = true;
  }
  return letter;
}

bool HasLowercase(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      if (IsAsciiLower(s[i])) return true;
      ++i;
      continue;
    }
    if (IsLowerLetter(DecodeCodePoint(s, i))) return true;
  }
  return false;
}

namespace {

template <typename Map>
std::string MapLetters(std::string_view s, Map map) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out.push_back(static_cast<char>(map(static_cast<unsigned char>(s[i]))));
      ++i;
      continue;
    }
    const size_t start = i;
    const uint32_t cp = DecodeCodePoint(s, i);
    const uint32_t mapped = map(cp);
    if (mapped == cp) {
      out.append(s.substr(start, i - start));  // keeps even invalid bytes as they were
    } else {
      AppendUtf8(mapped, &out);
    }
  }
  return out;
}

}  // namespace

std::string ToLowerText(std::string_view s) { return MapLetters(s, ToLowerLetter); }
std::string ToUpperText(std::string_view s) { return MapLetters(s, ToUpperLetter); }

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(start, end - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    lines.push_back(l);
    start = end + 1;
  }
  return lines;
}

std::string_view FileStem(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  const size_t dot = path.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? path : path.substr(0, dot);
}

}  // namespace newsarchive
