#include "parse/line_gutter.h"

#include "base/text_util.h"

namespace newsarchive {
namespace {

// Pleading paper numbers 25 lines a page, some 28 or 32: a larger figure is not a line number.
constexpr int kMaxLineNumber = 34;
// A page's worth of numbered lines at least, before the run means anything.
constexpr int kMinNumberedLines = 12;

// The line number opening `line` and the length of it with the spaces after it; -1 when the
// line does not open with one ("1.", "3,000" and "12:30" are no line numbers).
int LineNumberOf(std::string_view line, size_t* width) {
  size_t i = 0;
  while (i < line.size() && i < 2 && IsAsciiDigit(line[i])) ++i;
  if (i == 0 || (i < line.size() && line[i] != ' ' && line[i] != '\t')) return -1;
  int number = 0;
  for (size_t d = 0; d < i; ++d) number = number * 10 + (line[d] - '0');
  if (number < 1 || number > kMaxLineNumber) return -1;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  *width = i;
  return number;
}

}  // namespace

bool StripLineNumberGutter(std::vector<std::string_view>* lines) {
  int non_blank = 0;
  int numbered = 0;
  int in_sequence = 0;  // numbered lines one past the number before them, or a page's first
  int previous = 0;
  for (std::string_view line : *lines) {
    if (line.empty()) continue;
    ++non_blank;
    size_t width = 0;
    const int number = LineNumberOf(line, &width);
    if (number < 0) continue;
    ++numbered;
    // A reporter skips the numbers of blank lines now and then: a small step up still counts.
    in_sequence += number == 1 || (number > previous && number <= previous + 3);
    previous = number;
  }
  if (numbered < kMinNumberedLines || numbered * 10 < non_blank * 6 ||
      in_sequence * 10 < numbered * 8) {
    return false;
  }
  for (std::string_view& line : *lines) {
    size_t width = 0;
    if (!line.empty() && LineNumberOf(line, &width) >= 0) line = Trim(line.substr(width));
  }
  return true;
}

}  // namespace newsarchive
