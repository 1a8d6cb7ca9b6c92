#include "parse/paragraph_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive {
namespace {

TEST(ParagraphText, TellsWhenALineCarriesOnTheSentence) {
  EXPECT_TRUE(ContinuesSentence("a harbor strike that began at dawn and", "closed every pier."));
  EXPECT_TRUE(ContinuesSentence("This may be the most", "\u00e9lan was the word."));
  EXPECT_FALSE(ContinuesSentence("The cranes stood still.", "no ship moved."));
  EXPECT_FALSE(ContinuesSentence("a harbor strike that began at", "Dawn, said the captain."));
  EXPECT_FALSE(ContinuesSentence("ANN LEE, HOST:", "good evening."));
  EXPECT_FALSE(ContinuesSentence("", "and more."));
  EXPECT_TRUE(EndsSentence("He said \u201cno.\u201d"));
  EXPECT_TRUE(EndsSentence("(Laughter)"));
  EXPECT_FALSE(EndsSentence("and then"));
}

TEST(ParagraphText, FindsHardWrappedPages) {
  std::vector<std::string_view> wrapped, unwrapped;
  for (int i = 0; i < 10; ++i) {
    wrapped.push_back("this line of a long paragraph stops at a fixed width and goes on");
    unwrapped.push_back("Each paragraph of this page is one line, and it ends a sentence.");
  }
  const std::vector<bool> no_chrome(10, false);
  const std::vector<int> no_labels(10, -1);
  EXPECT_TRUE(IsHardWrapped(wrapped, no_chrome, no_labels));
  EXPECT_FALSE(IsHardWrapped(unwrapped, no_chrome, no_labels));
  // Too few lines to tell.
  EXPECT_FALSE(
      IsHardWrapped({wrapped.begin(), wrapped.begin() + 3}, {false, false, false}, {-1, -1, -1}));
}

TEST(ParagraphText, StripsNotesAndAppliesTheOpeningOnes) {
  Quote quote;
  EXPECT_EQ(StripNotes("(Through interpreter) And I believe.", &quote, true), "And I believe.");
  EXPECT_TRUE(quote.via_interpreter);

  Quote acted;
  EXPECT_EQ(StripNotes("(As George) Finally. (LAUGHTER)", &acted, true), "Finally.");
  EXPECT_EQ(acted.annotation, "as George");

  Quote later;
  EXPECT_EQ(StripNotes("(voice over): What goes up.", &later, false), "What goes up.");
  EXPECT_EQ(later.annotation, "");
  EXPECT_EQ(StripNotes("(ph) is a note kept.", &later, false), "(ph) is a note kept.");

  size_t last = 0;
  AppendParagraph("One.", &quote, &last);
  AppendParagraph("Two.", &quote, &last);
  EXPECT_EQ(quote.text, "One.\n\nTwo.");
  EXPECT_EQ(last, 6u);
}

}  // namespace
}  // namespace newsarchive
