#include "parse/line_gutter.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace newsarchive {
namespace {

std::vector<std::string_view> LinesOf(const std::string& text) {
  std::vector<std::string_view> lines;
  std::string_view all = text;
  for (size_t start = 0; start <= all.size();) {
    size_t end = all.find('\n', start);
    if (end == std::string_view::npos) end = all.size();
    lines.push_back(all.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Two pages of pleading paper, numbered 1 to 9 each, with the reporter's footer between.
const std::string kPleading =
    "1 IN THE COURT OF APPEALS\n"
    "2 HARBOR FERRY COMPANY v. MARA OSTEN\n"
    "3 JUDGE PELLO: Counsel, you may begin.\n"
    "4 MS. WARDELL: Thank you, Your Honor. The tariff\n"
    "5 was filed in 2029.\n"
    "6\n"
    "7 JUDGE PELLO: Filed, but never approved?\n"
    "8 MS. WARDELL: Not disapproved.\n"
    "9\n"
    "Kestrel Reporting Company\n"
    "\n"
    "1 JUDGE PELLO: So silence is approval?\n"
    "2 MS. WARDELL: Silence for ninety days\n"
    "3 is approval under section 12.\n"
    "5 JUDGE PELLO: Thank you.\n"
    "6 (Recess.)\n";

TEST(LineGutter, TakesThePleadingPapersNumbersOffEveryLine) {
  std::vector<std::string_view> lines = LinesOf(kPleading);
  ASSERT_TRUE(StripLineNumberGutter(&lines));
  EXPECT_EQ(lines[2], "JUDGE PELLO: Counsel, you may begin.");
  EXPECT_EQ(lines[4], "was filed in 2029.");
  EXPECT_EQ(lines[5], "");  // a numbered blank line
  EXPECT_EQ(lines[9], "Kestrel Reporting Company");
  EXPECT_EQ(lines[13], "is approval under section 12.");
  EXPECT_EQ(lines[14], "JUDGE PELLO: Thank you.");  // line 4 skipped by the reporter
}

TEST(LineGutter, LeavesLinesThatOpenWithFiguresNotCountingUp) {
  // A story whose lines open with figures, but not with a run of line numbers.
  const std::string story =
      "12 boats left the harbor at dawn.\n3 came back.\n"
      "20 more were expected by noon, said Ines Okafor.\n"
      "7 of them carried salmon.\n9 carried cod.\n30 carried nothing.\n"
      "2 crews were missing.\n15 divers searched.\n4 were found.\n"
      "11 families waited.\n6 boats were towed.\n25 nets were lost.\n1 skipper spoke.\n";
  std::vector<std::string_view> lines = LinesOf(story);
  const std::vector<std::string_view> before = lines;
  EXPECT_FALSE(StripLineNumberGutter(&lines));
  EXPECT_EQ(lines, before);
}

TEST(LineGutter, NeedsMostLinesNumberedAndAPagesWorthOfThem) {
  // Five numbered lines among prose: a list, not pleading paper.
  const std::string list = "1 one\n2 two\n3 three\n4 four\n5 five\n";  // outlives its views
  std::vector<std::string_view> few = LinesOf(list);
  EXPECT_FALSE(StripLineNumberGutter(&few));
  std::string mixed;
  for (int i = 1; i <= 14; ++i) {
    mixed += std::to_string(i) + " numbered line\nAn unnumbered line of prose.\nAnd another.\n";
  }
  std::vector<std::string_view> lines = LinesOf(mixed);
  EXPECT_FALSE(StripLineNumberGutter(&lines));
}

TEST(LineGutter, AFigureWithPunctuationIsNoLineNumber) {
  std::string text;
  for (int i = 1; i <= 14; ++i) text += std::to_string(i) + ". An item of a list\n";
  std::vector<std::string_view> lines = LinesOf(text);
  EXPECT_FALSE(StripLineNumberGutter(&lines));
}

}  // namespace
}  // namespace newsarchive
