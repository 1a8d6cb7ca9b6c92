#include "attribute/prose_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "attribute/prose_test_util.h"

namespace newsarchive {
namespace {

using testing_util::ReadText;

// "word|,|<Q>|" for each sentence.
std::vector<std::string> Shapes(const ProseRun& run) {
  std::vector<std::string> out;
  for (const Sentence& s : run.sentences) {
    std::string shape;
    for (const Token& t : s.tokens) {
      shape += t.kind == TokenKind::kQuote ? std::string("<Q>") : std::string(t.text);
      shape += '|';
    }
    out.push_back(shape);
  }
  return out;
}

TEST(ProseText, FoldsEachQuoteIntoOneTokenOfItsSentence) {
  struct Case {
    const char* text;
    std::vector<std::string> sentences;
  } cases[] = {
      {"\"A. B,\" she said, \"C.\"", {"<Q>|she|said|,|<Q>|"}},
      {"Harlow spoke in April. \"Nobody is against it,\" Beaulieu said. \"We are ready.\"",
       {"Harlow|spoke|in|April|.|", "<Q>|Beaulieu|said|.|", "<Q>|"}},
      {"The U.S. team's coach, Gov. Tina Marsh's aide, said: \"Go.\"",
       {"The|U.S.|team's|coach|,|Gov.|Tina|Marsh's|aide|,|said|:|<Q>|"}},
      {"A \u201Cwater war\u201D began. It ended.", {"A|<Q>|began|.|", "It|ended|.|"}},
      {"\u201Cand so on,\u201D he said", {"<Q>|he|said|"}},
  };
  for (const Case& c : cases) {
    ReadText read(c.text);
    EXPECT_EQ(Shapes(read.runs.at(0)), c.sentences) << c.text;
  }
}

TEST(ProseText, QuotesKnowTheirLastMarkAndPlace) {
  ReadText read("\"We heard you,\" she said, \"and we will act.\"");
  const std::vector<Token>& t = read.tokens();
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].last, ',');
  EXPECT_EQ(t[4].last, '.');
  EXPECT_EQ(t[0].quote, 0);
  EXPECT_EQ(t[4].quote, 1);
  EXPECT_EQ(read.runs[0].piece_at[1][0].token, 4u);
}

TEST(ProseText, RunsAreTurnsOrConsecutiveBlocks) {
  std::vector<Quote> quotes(4);
  quotes[0].kind = QuoteKind::kUnattributed;
  quotes[0].text = "First block.\n\nSecond paragraph.";
  quotes[1].kind = QuoteKind::kUnattributed;
  quotes[1].text = "Second block.";
  quotes[2].kind = QuoteKind::kTurn;
  quotes[2].speaker = 3;
  quotes[2].text = "A turn.";
  quotes[3].kind = QuoteKind::kUnattributed;
  quotes[3].text = "After the turn.";
  std::vector<ProseRun> runs = ReadProseRuns(quotes);
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_FALSE(runs[0].turn);
  ASSERT_EQ(runs[0].paragraphs.size(), 3u);
  EXPECT_EQ(runs[0].paragraphs[1].block, 0);
  EXPECT_EQ(runs[0].paragraphs[1].offset, 14u);
  EXPECT_EQ(runs[0].paragraphs[1].text, "Second paragraph.");
  EXPECT_EQ(runs[0].paragraphs[2].block, 1);
  EXPECT_TRUE(runs[1].turn);
  EXPECT_EQ(runs[1].turn_speaker, 3);
  EXPECT_EQ(runs[2].paragraphs[0].block, 3);
}

TEST(ProseText, AQuoteRunsOverTheBlocksOfOneRun) {
  std::vector<Quote> quotes(2);
  quotes[0].kind = quotes[1].kind = QuoteKind::kUnattributed;
  quotes[0].text = "\"I paid every bill.";
  quotes[1].text = "\"I ask you to remember,\" he said.";
  std::vector<ProseRun> runs = ReadProseRuns(quotes);
  ASSERT_EQ(runs.size(), 1u);
  ASSERT_EQ(runs[0].quotes.size(), 1u);
  EXPECT_EQ(runs[0].quotes[0].pieces.size(), 2u);
}

}  // namespace
}  // namespace newsarchive
