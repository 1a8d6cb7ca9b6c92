#include "parse/page_chrome.h"

#include <array>

#include "base/text_util.h"
#include "parse/layout.h"

namespace newsarchive {
namespace {

constexpr size_t kCopyrightWindow = 120;

constexpr std::array<bool, 256> MakeSentenceEnds() {
  std::array<bool, 256> t{};
  for (char c : {'.', '!', '?', '"', ')', '\''}) t[static_cast<unsigned char>(c)] = true;
  t[0x9D] = true;  // last byte of U+201D, the closing quote
  return t;
}
constexpr std::array<bool, 256> kSentenceEnd = MakeSentenceEnds();

// "Transcript provided by NPR", "Copyright NPR", "Copyright 2015", "Copyright (c)", "COPYRIGHT",
// "©" at p[at]; not "Copyright law" or "copyrighted".
bool IsCopyrightAt(std::string_view p, size_t at) {
  std::string_view rest = p.substr(at);
  if (rest.empty()) return false;
  switch (rest[0]) {
    case 'T':
    case 't':
      return StartsWithIgnoreCase(rest, "transcript provided by");
    case '\xC2':
      return rest.compare(0, 2, "\xC2\xA9") == 0;
    case 'C':
      break;
    default:
      return false;
  }
  if (rest.compare(0, 9, "COPYRIGHT") == 0) return true;
  if (rest.compare(0, 9, "Copyright") != 0) return false;
  size_t next = 9;
  if (next < rest.size() && rest[next] == ' ') ++next;
  if (next >= rest.size()) return false;
  const char d = rest[next];
  return IsAsciiDigit(d) || d == '(' || IsAsciiUpper(d) || rest.compare(next, 2, "\xC2\xA9") == 0;
}

}  // namespace

bool IsChromeLine(std::string_view line) {
  // List bullets of scraped pages: "  • Download", "* Transcript".
  for (std::string_view bullet : {std::string_view("\u2022"), std::string_view("\u00B7"),
                                  std::string_view("* "), std::string_view("- ")}) {
    if (line.compare(0, bullet.size(), bullet) == 0) {
      line = Trim(line.substr(bullet.size()));
      break;
    }
  }
  return !line.empty() && IsLayoutChromeLine(line);
}

bool IsPreambleChromeLine(std::string_view line) {
  return !line.empty() && IsLayoutPreambleChrome(line);
}

bool IsOnScreenText(std::string_view line) {
  static constexpr std::string_view kOnScreen[] = {
      "SUBTITLE:",       "GRAPHIC:", "ON SCREEN:", "ON-SCREEN TEXT:",
      "ON SCREEN TEXT:", "CAPTION:", "CHYRON:",    "TEXT ON SCREEN:"};
  return StartsWithAnyIgnoreCase(line, kOnScreen);
}

size_t FindCopyright(std::string_view p) {
  // A statement opens its paragraph or closes it (glued to the story's last sentence), so only
  // sentence starts in the last kCopyrightWindow bytes, and the paragraph start, are looked at.
  const size_t n = p.size();
  size_t at = n > kCopyrightWindow ? n - kCopyrightWindow : 0;
  for (size_t start = 0; start < n;) {
    if (IsCopyrightAt(p, start)) return start;
    while (at < n && !kSentenceEnd[static_cast<unsigned char>(p[at])]) ++at;
    if (at == n) break;
    start = ++at;
    while (start < n && p[start] == ' ') ++start;
  }
  return std::string_view::npos;
}

}  // namespace newsarchive
