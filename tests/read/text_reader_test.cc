#include "read/text_reader.h"

#include <gtest/gtest.h>

#include "parse/transcript_parser.h"

namespace newsarchive {
namespace {

TEST(TextReader, OneBlockPerNonEmptyLineWithItsLineAndTheBlankLinesBefore) {
  const Document d = TextDocument("  Headline  \n\n \nHOST: Hello.\nMore.\n", "a.txt");
  EXPECT_EQ(d.name, "a.txt");
  EXPECT_EQ(d.reader, "text");
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_EQ(d.blocks[0].text, "Headline");
  EXPECT_EQ(d.blocks[0].line, 1);
  EXPECT_EQ(d.blocks[0].blank_before, 0);
  EXPECT_EQ(d.blocks[1].text, "HOST: Hello.");
  EXPECT_EQ(d.blocks[1].line, 4);
  EXPECT_EQ(d.blocks[1].blank_before, 2);  // a line of spaces is blank too
  EXPECT_EQ(d.blocks[2].line, 5);
  EXPECT_EQ(d.blocks[2].blank_before, 0);
  for (const Block& b : d.blocks) EXPECT_EQ(b.kind, Block::Kind::kText);
}

TEST(TextReader, EmptyTextHasNoBlocks) {
  EXPECT_TRUE(TextDocument("", "a.txt").blocks.empty());
  EXPECT_TRUE(TextDocument("\n \n\t\n", "a.txt").blocks.empty());
}

// The parser numbers turns by the source lines of their blocks, not by where they stand once
// laid out: a reader whose blocks carry other line numbers gets those back.
TEST(TextReader, ParsedQuotesCarryTheBlocksSourceLines) {
  Document d = TextDocument("Headline\n\nTERRY GROSS: Hello there.\n\nJOHN ROE: Hi, Terry.\n", "a");
  for (Block& b : d.blocks) b.line += 100;
  Result<Article> article = ParseDocument(d);
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  ASSERT_EQ(article->quotes.size(), 2u);
  EXPECT_EQ(article->quotes[0].line, 103);
  EXPECT_EQ(article->quotes[1].line, 105);
}

}  // namespace
}  // namespace newsarchive
