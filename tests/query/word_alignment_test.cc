#include "query/word_alignment.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive {
namespace {

struct Compared {
  Alignment alignment;
  std::string diff;
  std::string differences;
  std::string span;
};

Compared Compare(const std::string& claim, const std::string& real) {
  std::vector<ClaimWord> c = SplitClaimWords(claim);
  std::vector<ClaimWord> r = SplitClaimWords(real);
  Compared out;
  out.alignment = AlignWords(c, r);
  WordDiff diff = CompareWords(out.alignment, claim, c, real, r);
  out.diff = diff.diff;
  out.differences = diff.differences;
  if (out.alignment.real_first >= 0) {
    size_t begin = r[out.alignment.real_first].begin;
    out.span = real.substr(begin, r[out.alignment.real_last].end - begin);
  }
  return out;
}

const char kReal[] =
    "I think that your country has tremendous economic potential - unbelievable, unlimited. And "
    "I think that you will have a tremendous future with your country.";

TEST(WordAlignment, PartOfALongerTextWithTheSameWordsIsExact) {
  Compared c = Compare("\xE2\x80\x9CYour Country has tremendous economic potential\xE2\x80\x9D", kReal);
  EXPECT_TRUE(c.alignment.exact);
  EXPECT_DOUBLE_EQ(c.alignment.score, 1.0);
  EXPECT_EQ(c.span, "your country has tremendous economic potential");
  EXPECT_EQ(c.differences, "");
}

TEST(WordAlignment, AChangedWordIsNamedBothWays) {
  Compared c = Compare("your country has terrific economic potential", kReal);
  EXPECT_FALSE(c.alignment.exact);
  EXPECT_GT(c.alignment.score, 0.75);
  EXPECT_LT(c.alignment.score, 1.0);
  EXPECT_EQ(c.diff, "your country has [-terrific-]{+tremendous+} economic potential");
  EXPECT_EQ(c.differences, "changed \"terrific\" to \"tremendous\"");
}

TEST(WordAlignment, TheSeedClaimFindsTrumpsWordsWithEveryDifference) {
  Compared c = Compare("North Korea has terrific economic potential, unlimited", kReal);
  EXPECT_GE(c.alignment.score, 0.5);
  EXPECT_EQ(c.span, "your country has tremendous economic potential - unbelievable, unlimited");
  EXPECT_EQ(c.differences,
            "changed \"North Korea\" to \"your country\"; changed \"terrific\" to "
            "\"tremendous\"; left out \"unbelievable\"");
  EXPECT_EQ(c.diff,
            "[-North Korea-]{+your country+} has [-terrific-]{+tremendous+} economic potential "
            "{+unbelievable+} unlimited");
}

TEST(WordAlignment, DroppedAndAddedWordsLowerTheScore) {
  Compared dropped = Compare("your country has economic potential", kReal);
  Compared added = Compare("your whole country has tremendous economic potential", kReal);
  EXPECT_FALSE(dropped.alignment.exact);
  EXPECT_EQ(dropped.differences, "left out \"tremendous\"");
  EXPECT_EQ(added.differences, "added \"whole\"");
  EXPECT_GT(dropped.alignment.score, 0.6);
  EXPECT_GT(added.alignment.score, 0.6);
}

TEST(WordAlignment, ClausesInAnotherOrderAreFoundAndSaidToBe) {
  std::string real = "We replaced every cable on the bridge, and we tested each one twice.";
  Compared c = Compare("we tested each one twice, and we replaced every cable on the bridge", real);
  EXPECT_TRUE(c.alignment.reordered) << c.diff;
  EXPECT_GT(c.alignment.score, 0.7);
  EXPECT_NE(c.differences.find("clauses in another order"), std::string::npos) << c.differences;
  EXPECT_NE(c.diff.find(" ... "), std::string::npos) << c.diff;
}

TEST(WordAlignment, NumbersAsWordsOrDigitsAndPluralsMatch) {
  Compared digits = Compare("This bridge carries 40,000 people a day",
                            "This bridge carries forty thousand people a day, and we owe them.");
  EXPECT_TRUE(digits.alignment.exact) << digits.diff;
  Compared plural = Compare("without easing sanction", "without first easing sanctions");
  EXPECT_FALSE(plural.alignment.exact);
  EXPECT_NE(plural.differences.find("changed \"sanction\" to \"sanctions\""), std::string::npos)
      << plural.differences;
}

TEST(WordAlignment, UnrelatedWordsScoreLowAndNothingSharedIsNothing) {
  Compared unrelated = Compare("we will lift every sanction next week", kReal);
  EXPECT_LT(unrelated.alignment.score, 0.5);
  Compared nothing = Compare("moon cheese", kReal);
  EXPECT_TRUE(nothing.alignment.segments.empty());
  EXPECT_EQ(nothing.alignment.score, 0.0);
  EXPECT_EQ(nothing.alignment.real_first, -1);
}

}  // namespace
}  // namespace newsarchive
