#include "base/text_util.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive {
namespace {

TEST(TextUtil, CasesLatinLetters) {
  struct Case {
    const char* text;
    bool all_caps;
    bool has_lower;
    const char* lower;
    const char* upper;
  } cases[] = {
      {"O'BRIEN", true, false, "o'brien", "O'BRIEN"},
      {"GONZÁLEZ", true, false, "gonzález", "GONZÁLEZ"},
      {"Wałęsa", false, true, "wałęsa", "WAŁĘSA"},
      {"#2", false, false, "#2", "#2"},
      {"ÉMILE ZOLA", true, false, "émile zola", "ÉMILE ZOLA"},
      {"straße", false, true, "straße", "STRAßE"},
      {"", false, false, "", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(IsAllCaps(c.text), c.all_caps) << c.text;
    EXPECT_EQ(HasLowercase(c.text), c.has_lower) << c.text;
    EXPECT_EQ(ToLowerText(c.text), c.lower) << c.text;
    EXPECT_EQ(ToUpperText(c.text), c.upper) << c.text;
  }
}

TEST(TextUtil, DecodesUtf8AndReplacesBadBytes) {
  struct Case {
    std::string bytes;
    uint32_t cp;
    size_t length;
  } cases[] = {
      {"A", 'A', 1},
      {"\xC3\xA9", 0xE9, 2},
      {"\xE2\x80\x99", 0x2019, 3},
      {"\xF0\x9F\x98\x80", 0x1F600, 4},
      {"\xFF", 0xFFFD, 1},
      {"\xC3", 0xFFFD, 1},
      {"\xC0\xAF", 0xFFFD, 1},
      {"\xED\xA0\x80", 0xFFFD, 1},
  };
  for (const Case& c : cases) {
    size_t i = 0;
    EXPECT_EQ(DecodeCodePoint(c.bytes, i), c.cp) << c.bytes;
    EXPECT_EQ(i, c.length) << c.bytes;
    if (c.cp != 0xFFFD) {
      std::string round;
      AppendUtf8(c.cp, &round);
      EXPECT_EQ(round, c.bytes);
    }
  }
}

TEST(TextUtil, CutsTextOnCharacterBoundaries) {
  const std::string s = "ab\xC3\xA9\xE2\x80\x99z";  // a b é ’ z
  EXPECT_EQ(Utf8Head(s, 3), "ab");
  EXPECT_EQ(Utf8Head(s, 4), "ab\xC3\xA9");
  EXPECT_EQ(Utf8Head(s, 100), s);
  EXPECT_EQ(Utf8Tail(s, 3), "z");
  EXPECT_EQ(Utf8Tail(s, 4), "\xE2\x80\x99z");
  EXPECT_EQ(Utf8Tail(s, 100), s);
}

TEST(TextUtil, ComparesWithoutCase) {
  EXPECT_TRUE(EqualsIgnoreCase("Next Up:", "NEXT UP:"));
  EXPECT_FALSE(EqualsIgnoreCase("Next", "Nex"));
  EXPECT_TRUE(StartsWithIgnoreCase("Transcript provided by NPR", "transcript PROVIDED"));
  EXPECT_TRUE(EndsWithIgnoreCase("Jane Doe/Getty Images", "getty images"));
  EXPECT_EQ(FindIgnoreCase("a Tt tT TRANSCRIPT", "transcript"), 8u);
  EXPECT_EQ(FindIgnoreCase("abc", "abcd"), std::string_view::npos);
  EXPECT_EQ(FindIgnoreCase("xxThis is", "this is", 3), std::string_view::npos);
  EXPECT_EQ(Trim("  \t a b \n"), "a b");
}

TEST(TextUtil, WordSetsFindWordsAndPrefixes) {
  static constexpr std::string_view kWords[] = {"Host", "BYLINE", "next up", "zeta"};
  const WordSet set(kWords);
  EXPECT_TRUE(set.Contains("host"));
  EXPECT_TRUE(set.Contains("Byline"));
  EXPECT_TRUE(set.Contains("NEXT UP"));
  EXPECT_FALSE(set.Contains("hos"));
  EXPECT_FALSE(set.Contains(""));
  EXPECT_FALSE(set.Contains(std::string(500, 'h')));
  EXPECT_TRUE(set.IsPrefixOf("Next up: the weather"));
  EXPECT_TRUE(set.IsPrefixOf("Zetas"));
  EXPECT_FALSE(set.IsPrefixOf("Nex"));
  EXPECT_TRUE(WordSetOf<kWords>().Contains("ZETA"));
}

TEST(TextUtil, WordSetFindGivesTheIndexInTheListGiven) {
  static constexpr std::string_view kWords[] = {"said", "", "Told", "asked", "told", "a"};
  const WordSet set(kWords);
  EXPECT_EQ(set.Find("SAID"), 0u);
  EXPECT_EQ(set.Find("told"), 2u);  // the first of two equal entries
  EXPECT_EQ(set.Find("Asked"), 3u);
  EXPECT_EQ(set.Find("A"), 5u);
  EXPECT_EQ(set.Find("as"), WordSet::npos);   // no entry of that length
  EXPECT_EQ(set.Find("tolds"), WordSet::npos);
  EXPECT_EQ(set.Find("bold"), WordSet::npos);  // no entry with that first letter
  EXPECT_EQ(set.Find(""), WordSet::npos);
}

TEST(TextUtil, TerminalSafeEscapesControlAndBidiCharacters) {
  EXPECT_EQ(TerminalSafe("a\nimported b"), "a\\nimported b");
  EXPECT_EQ(TerminalSafe("x\ty\rz\x1b[2J\x7f"), "x\\ty\\rz\\x1B[2J\\x7F");
  EXPECT_EQ(TerminalSafe("evil\u202Etxt.exe"), "evil\\u{202E}txt.exe");
  EXPECT_EQ(TerminalSafe("\u2066a\u2069 \u200F"), "\\u{2066}a\\u{2069} \\u{200F}");
  EXPECT_EQ(TerminalSafe("c1 \xc2\x9b"), "c1 \\u{009B}");
  EXPECT_EQ(TerminalSafe("line one\nline two", /*keep_line_breaks=*/true), "line one\nline two");
  EXPECT_EQ(TerminalSafe("Zoë Ångström — “quoted”"), "Zoë Ångström — “quoted”");
  EXPECT_TRUE(IsBidiControl(0x202E));
  EXPECT_FALSE(IsBidiControl(0x2014));
}

TEST(SplitLinesTest, SplitsAtNewlinesAndDropsCarriageReturns) {
  const std::vector<std::string_view> want = {"a", "b", "", "c"};
  EXPECT_EQ(SplitLines("a\r\nb\n\nc"), want);
  EXPECT_EQ(SplitLines(""), std::vector<std::string_view>{""});
  const std::vector<std::string_view> two = {"x\r", ""};
  EXPECT_EQ(SplitLines("x\r\r\n"), two);  // only the '\r' before the '\n' is the line end's
}

TEST(FileStemTest, DropsFoldersAndTheLastExtension) {
  EXPECT_EQ(FileStem("samples/npr/story.txt"), "story");
  EXPECT_EQ(FileStem("C:\\pages\\hearing.vtt"), "hearing");
  EXPECT_EQ(FileStem("archive.tar.gz"), "archive.tar");
  EXPECT_EQ(FileStem("notes"), "notes");
  EXPECT_EQ(FileStem("drafts/.notes"), ".notes");
}

}  // namespace
}  // namespace newsarchive
