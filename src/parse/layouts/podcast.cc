// Podcast sites (This American Life and its kind): acts and a prologue as section headings,
// speakers' names alone on their lines above what each says.
#include "base/text_util.h"
#include "parse/layouts/layouts.h"
#include "parse/story_labels.h"

namespace newsarchive {
namespace {

// "Act One: The Quiz", "Act Two. No, Of Course", "Act 3:": a number, then a colon or period.
bool IsActHeading(std::string_view line) {
  if (!StartsWithIgnoreCase(line, "Act ")) return false;
  size_t end = 4;
  while (end < line.size() && IsAsciiAlpha(line[end])) ++end;
  std::string_view number = line.substr(4, end - 4);
  if (number.empty()) {
    while (end < line.size() && IsAsciiDigit(line[end])) ++end;
    number = line.substr(4, end - 4);
    if (number.empty()) return false;
  } else {
    static constexpr std::string_view kNumbers[] = {"one",  "two", "three",  "four",
                                                    "five", "six", "seven",  "eight",
                                                    "nine", "ten", "eleven", "twelve"};
    if (!WordSetOf<kNumbers>().Contains(AsciiLowerCopy(number))) return false;
  }
  return end == line.size() || line[end] == ':' || line[end] == '.';
}

bool IsChrome(std::string_view line) {
  return line.size() < 80 && (StartsWithIgnoreCase(line, "Prologue") ||
                              StartsWithIgnoreCase(line, "Epilogue") || IsActHeading(line));
}

// Act headings, and names alone between blank lines that recur.
int Score(const PageView& page) {
  int acts = 0;
  std::vector<std::string_view> names;
  const std::vector<std::string_view>& lines = page.lines;
  for (size_t i = 0; i < lines.size(); ++i) {
    acts += IsChrome(lines[i]);
    if (i > 0 && i + 1 < lines.size() && lines[i - 1].empty() && lines[i + 1].empty() &&
        LooksLikeBareName(lines[i])) {
      names.push_back(lines[i]);
    }
  }
  int recurring = 0;
  for (size_t a = 0; a < names.size(); ++a) {
    for (size_t b = a + 1; b < names.size(); ++b) {
      if (names[a] == names[b]) {
        ++recurring;
        break;
      }
    }
  }
  return 3 * std::min(acts, 3) + 2 * std::min(recurring, 10);
}

Layout Make() {
  Layout l;
  l.name = "podcast";
  l.description = "podcast sites: acts, speakers' names alone above what they say";
  l.score = Score;
  l.chrome_prefixes = {"Note: This American Life is produced",
                       "Full audio:", "Read the transcript to", "Read the transcript of"};
  l.is_chrome = IsChrome;
  l.bare_name_labels = true;
  return l;
}

}  // namespace

const Layout& PodcastLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
