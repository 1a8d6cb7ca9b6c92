#include "read/text_decode.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive {
namespace {

TEST(TextDecode, NormalizesEncodingsLineEndsAndSpaces) {
  struct Case {
    const char* name;
    std::string bytes;
    std::string text;
    const char* encoding;
  } cases[] = {
      {"plain ascii", "HOST: Hello.\n", "HOST: Hello.\n", "utf-8"},
      {"utf-8 bom stripped", "\xEF\xBB\xBFHOST: Hi", "HOST: Hi", "utf-8"},
      {"crlf", "a\r\nb\r\n", "a\nb\n", "utf-8"},
      {"lone cr", "a\rb\r\rc", "a\nb\n\nc", "utf-8"},
      {"nbsp to space", "JUAN\xC2\xA0GONZ\xC3\x81LEZ:", "JUAN GONZ\xC3\x81LEZ:", "utf-8"},
      {"thin and em spaces",
       "a\xE2\x80\x89"
       "b\xE2\x80\x83"
       "c",
       "a b c", "utf-8"},
      {"zero width space dropped",
       "a\xE2\x80\x8B"
       "b",
       "ab", "utf-8"},
      {"accents kept", "Jos\xC3\xA9 \xE2\x80\x94 caf\xC3\xA9",
       "Jos\xC3\xA9 \xE2\x80\x94 caf\xC3\xA9", "utf-8"},
      {"replacement char kept", "lost \xEF\xBF\xBD here", "lost \xEF\xBF\xBD here", "utf-8"},
      {"replacement char after a title's period is the lost space",
       "Mr.\xEF\xBF\xBD"
       "COLIN ROE:",
       "Mr. COLIN ROE:", "utf-8"},
      {"utf-16le bom",
       std::string("\xFF\xFE"
                   "A\0:\0 \0\xE9\0\r\0\n\0",
                   14),
       "A: \xC3\xA9\n", "utf-16le"},
      {"utf-16be bom", std::string("\xFE\xFF\0A\0:\0 \0\xE9", 10), "A: \xC3\xA9", "utf-16be"},
      {"utf-16le surrogate pair", std::string("\xFF\xFE=\xD8\x00\xDE", 6), "\xF0\x9F\x98\x80",
       "utf-16le"},
      {"utf-16le without bom", std::string("H\0O\0S\0T\0:\0 \0h\0i\0", 16), "HOST: hi", "utf-16le"},
      {"cp1252 smart quotes",
       "\x93Hi\x94 \x96 it\x92s \x80"
       "5",
       "\xE2\x80\x9CHi\xE2\x80\x9D \xE2\x80\x93 it\xE2\x80\x99s \xE2\x82\xAC"
       "5",
       "windows-1252"},
      {"cp1252 latin-1 range", "GONZ\xC1LEZ: caf\xE9", "GONZ\xC3\x81LEZ: caf\xC3\xA9",
       "windows-1252"},
      {"cp1252 undefined bytes", "a\x81\x8D\x8F\x90\x9D",
       "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", "windows-1252"},
      {"cp1252 nbsp",
       "a\xA0"
       "b",
       "a b", "windows-1252"},
      {"cp1252 every 0x80-0x9F byte",
       "\x80\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8E\x91\x92\x93\x94\x95\x96\x97\x98\x99"
       "\x9A\x9B\x9C\x9E\x9F",
       "\xE2\x82\xAC\xE2\x80\x9A\xC6\x92\xE2\x80\x9E\xE2\x80\xA6\xE2\x80\xA0\xE2\x80\xA1\xCB\x86"
       "\xE2\x80\xB0\xC5\xA0\xE2\x80\xB9\xC5\x92\xC5\xBD\xE2\x80\x98\xE2\x80\x99\xE2\x80\x9C\xE2"
       "\x80\x9D\xE2\x80\xA2\xE2\x80\x93\xE2\x80\x94\xCB\x9C\xE2\x84\xA2\xC5\xA1\xE2\x80\xBA\xC5"
       "\x93\xC5\xBE\xC5\xB8",
       "windows-1252"},
      {"overlong utf-8 is not utf-8", "a\xC0\xAF", "a\xC3\x80\xC2\xAF", "windows-1252"},
      {"truncated utf-8 at end", "caf\xC3", "caf\xC3\x83", "windows-1252"},
      {"control chars removed",
       "a\x01"
       "b\x07\x0C"
       "c\td\x7F",
       "abc\td", "utf-8"},
  };
  for (const Case& c : cases) {
    Result<DecodedText> r = DecodeText(c.bytes);
    ASSERT_TRUE(r.ok()) << c.name << ": " << r.status().ToString();
    EXPECT_EQ(r->text, c.text) << c.name;
    EXPECT_EQ(r->encoding, c.encoding) << c.name;
  }
}

TEST(TextDecode, WarnsWithTheLineOfTheFirstBadByte) {
  Result<DecodedText> r = DecodeText("line one\r\nline two\nline \xE9three\n\xFF");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].line, 3);
  EXPECT_NE(r->warnings[0].message.find("line 3"), std::string::npos) << r->warnings[0].message;
  EXPECT_NE(r->warnings[0].message.find("Windows-1252"), std::string::npos);
}

TEST(TextDecode, WarnsAboutRemovedControlCharacters) {
  Result<DecodedText> r = DecodeText("ok\nfine\nbell\x07 here\x1B\n");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].line, 3);
  EXPECT_NE(r->warnings[0].message.find("2 control"), std::string::npos) << r->warnings[0].message;
}

TEST(TextDecode, RejectsBinaryAndEmptyInput) {
  struct Case {
    const char* name;
    std::string bytes;
    const char* message;
    int line;
  } cases[] = {
      {"empty", "", "empty file", 0},
      {"spaces and newlines", " \r\n\t\n  \xC2\xA0\n", "empty file", 0},
      {"bom only", "\xEF\xBB\xBF", "empty file", 0},
      {"nul on line 2", std::string("HOST: hi\nab\0cd\n", 15), "binary file (NUL byte at line 2)",
       2},
      {"png header", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16),
       "binary file (NUL byte at line 3)", 3},
  };
  for (const Case& c : cases) {
    Result<DecodedText> r = DecodeText(c.bytes);
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput) << c.name;
    EXPECT_EQ(r.status().message(), c.message) << c.name;
    EXPECT_EQ(r.status().line(), c.line) << c.name;
  }
}

TEST(TextDecode, LargeAsciiInputPassesThroughUnchanged) {
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "STEVE INSKEEP, HOST: Good morning, this is line text.\n";
  Result<DecodedText> r = DecodeText(big);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, big);
  EXPECT_TRUE(r->warnings.empty());
}

}  // namespace
}  // namespace newsarchive
