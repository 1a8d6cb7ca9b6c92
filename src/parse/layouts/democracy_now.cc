// Democracy Now!: the appeal above the story ("Non-commercial news needs your support", signed
// "-Amy Goodman") and the related stories run into their dates ("StoryFeb 13, 2024The ...").
#include "base/text_util.h"
#include "parse/layouts/layouts.h"
#include "parse/story_metadata.h"
#include "people/names.h"

namespace newsarchive {
namespace {

int Score(const PageView& page) {
  return 3 * std::min(3, LinesContaining(page, {"Democracy Now", "DEMOCRACY NOW"})) +
         3 * LinesOpeningWith(page, {"Non-commercial news needs"});
}

bool IsPreambleChrome(std::string_view line) {
  if (line.size() > 100) return false;
  static constexpr std::string_view kAppealLines[] = {
      "Hi there,", "Non-commercial news needs", "Please do your part", "Please make your gift",
      "Other segments from the episode"};
  if (StartsWithAnyIgnoreCase(line, kAppealLines)) return true;
  // The appeal's signature, "-Amy Goodman"; a related story's "StoryFeb 13, 2024The Climate...".
  return (line[0] == '-' && line.size() > 1 && IsAsciiUpper(line[1]) &&
          SplitWords(line).size() <= 3) ||
         (StartsWithIgnoreCase(line, "Story") && line.size() > 8 && IsAsciiUpper(line[5]) &&
          !FindIsoDate(line.substr(5, 20)).empty());
}

Layout Make() {
  Layout l;
  l.name = "democracy-now";
  l.description = "Democracy Now!: the appeal above the story";
  l.score = Score;
  l.sources = {{"Democracy Now!", "Democracy Now!"}};
  l.is_preamble_chrome = IsPreambleChrome;
  return l;
}

}  // namespace

const Layout& DemocracyNowLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
