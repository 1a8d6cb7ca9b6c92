#include "query/claim_words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive {
namespace {

std::vector<std::string> Keys(const std::string& text) {
  std::vector<std::string> keys;
  for (const ClaimWord& word : SplitClaimWords(text)) keys.push_back(word.key);
  return keys;
}

using Words = std::vector<std::string>;

TEST(ClaimWords, FoldsCaseAccentsPunctuationAndQuoteMarks) {
  EXPECT_EQ(Keys("\xE2\x80\x9CWe\xE2\x80\x99re ready,\xE2\x80\x9D Gonz\xC3\xA1lez said."),
            (Words{"we're", "ready", "gonzalez", "said"}));
  EXPECT_EQ(Keys("\"We're READY\" -- gonzalez said"), (Words{"we're", "ready", "gonzalez", "said"}));
}

TEST(ClaimWords, HyphensAndDashesSeparateWords) {
  EXPECT_EQ(Keys("a well-known fact\xE2\x80\x94really"), (Words{"a", "well", "known", "fact", "really"}));
}

TEST(ClaimWords, NumbersWrittenAsWordsReadAsDigits) {
  EXPECT_EQ(Keys("forty thousand people"), (Words{"40000", "people"}));
  EXPECT_EQ(Keys("40,000 people"), (Words{"40000", "people"}));
  EXPECT_EQ(Keys("twenty five years"), (Words{"25", "years"}));
  EXPECT_EQ(Keys("three hundred and five"), (Words{"300", "and", "5"}));
  EXPECT_EQ(Keys("two thousand five hundred"), (Words{"2500"}));
  EXPECT_EQ(Keys("one two"), (Words{"1", "2"})) << "two numbers, not twelve";
  EXPECT_EQ(Keys("3.5 million"), (Words{"3.5", "million"}));
  EXPECT_EQ(Keys("up 5%"), (Words{"up", "5", "percent"}));
}

TEST(ClaimWords, EachWordKeepsItsBytesAndANumberRunSpansAllItsWords) {
  std::string text = "It took twenty five years.";
  std::vector<ClaimWord> words = SplitClaimWords(text);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(text.substr(words[2].begin, words[2].end - words[2].begin), "twenty five");
  EXPECT_EQ(text.substr(words[3].begin, words[3].end - words[3].begin), "years");
}

TEST(ClaimWords, StemsJoinPluralsAndTensesAndFunctionWordsWeighLess) {
  std::vector<ClaimWord> words = SplitClaimWords("the sanctions sanction policies policy");
  ASSERT_EQ(words.size(), 5u);
  EXPECT_EQ(words[1].stem, words[2].stem);
  EXPECT_EQ(words[3].stem, words[4].stem);
  EXPECT_LT(words[0].weight, words[1].weight);
  EXPECT_TRUE(IsFunctionWord("the"));
  EXPECT_FALSE(IsFunctionWord("sanction"));
}

TEST(ClaimWords, NothingButPunctuationHasNoWords) {
  EXPECT_TRUE(SplitClaimWords(" \"...\" -- !").empty());
  EXPECT_TRUE(SplitClaimWords("").empty());
}

}  // namespace
}  // namespace newsarchive
