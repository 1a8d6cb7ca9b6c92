#include "output/json_writer.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "writer_test_util.h"

namespace newsarchive {
namespace {

TEST(JsonWriter, EscapesTextIntoValidJsonStrings) {
  const struct {
    const char* name;
    std::string input;
    std::string expected;
  } cases[] = {
      {"plain", "Kim Jong Un", "\"Kim Jong Un\""},
      {"quote", "say \"hi\"", "\"say \\\"hi\\\"\""},
      {"backslash", "C:\\x", "\"C:\\\\x\""},
      {"newline and tab", "a\nb\tc\r", "\"a\\nb\\tc\\r\""},
      {"backspace and form feed", "\b\f", "\"\\b\\f\""},
      {"other control bytes", std::string("\x01\x1f\x7f", 3), "\"\\u0001\\u001f\\u007f\""},
      {"NUL", std::string("a\0b", 3), "\"a\\u0000b\""},
      {"slash stays", "a/b", "\"a/b\""},
      {"valid UTF-8 passes through", "Gonz\xC3\xA1lez \xE9\x87\x91 \xF0\x9F\x93\xB0",
       "\"Gonz\xC3\xA1lez \xE9\x87\x91 \xF0\x9F\x93\xB0\""},
      {"Windows-1252 byte", "caf\xE9", "\"caf\xEF\xBF\xBD\""},
      {"lone continuation byte", "a\x80z", "\"a\xEF\xBF\xBDz\""},
      {"truncated sequence at end", "a\xE9\x87", "\"a\xEF\xBF\xBD\xEF\xBF\xBD\""},
      {"overlong slash", "\xC0\xAF", "\"\xEF\xBF\xBD\xEF\xBF\xBD\""},
      {"UTF-16 surrogate", "\xED\xA0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},
  };
  for (const auto& c : cases) {
    std::string out;
    AppendJsonString(c.input, &out);
    EXPECT_EQ(out, c.expected) << c.name;
  }
}

TEST(JsonWriter, WritesNumbersNullAndText) {
  const struct {
    const char* name;
    Cell cell;
    const char* expected;
  } cases[] = {
      {"integer", Cell::Integer(-42), "-42"},
      {"large integer", Cell::Integer(9007199254740993), "9007199254740993"},
      {"real", Cell::Real(0.1), "0.1"},
      {"whole real", Cell::Real(3), "3.0"},
      {"exponent", Cell::Real(1e300), "1e+300"},
      {"nan", Cell::Real(std::numeric_limits<double>::quiet_NaN()), "null"},
      {"infinity", Cell::Real(-std::numeric_limits<double>::infinity()), "null"},
      {"real text JSON does not allow", Cell{Cell::Type::kReal, ".5"}, "0.5"},
      {"real text that is no number", Cell{Cell::Type::kReal, "abc"}, "null"},
      {"integer text that is no number", Cell{Cell::Type::kInteger, "0x10"}, "\"0x10\""},
      {"null", Cell::Null(), "null"},
      {"text that looks like a number", Cell::Text("12"), "\"12\""},
      {"empty text", Cell::Text(""), "\"\""},
  };
  for (const auto& c : cases) {
    std::string out;
    AppendJsonValue(c.cell, &out);
    EXPECT_EQ(out, c.expected) << c.name;
  }
}

TEST(JsonWriter, RecognizesJsonNumberGrammar) {
  for (const char* yes : {"0", "-0", "12", "-3", "0.5", "1e5", "1E+5", "2.5e-3"}) {
    EXPECT_TRUE(IsJsonNumber(yes)) << yes;
  }
  for (const char* no : {"", "-", "01", "+1", ".5", "1.", "1e", "nan", "inf", "0x1", "1 "}) {
    EXPECT_FALSE(IsJsonNumber(no)) << no;
  }
}

TEST(JsonWriter, WritesAnArrayOfObjectsOnePerLine) {
  const std::string json = WriteRows(OutputFormat::kJson, {"id", "speaker", "role"},
                                     {{Cell::Integer(1), T("Ayesha Rascoe"), T("Host")},
                                      {Cell::Integer(2), T("Kim \"KJU\""), Cell::Null()}});
  EXPECT_EQ(json,
            "[\n"
            "{\"id\":1,\"speaker\":\"Ayesha Rascoe\",\"role\":\"Host\"},\n"
            "{\"id\":2,\"speaker\":\"Kim \\\"KJU\\\"\",\"role\":null}\n"
            "]\n");
}

TEST(JsonWriter, EmptyResultIsAnEmptyArray) {
  EXPECT_EQ(WriteRows(OutputFormat::kJson, {"id"}, {}), "[]\n");
}

TEST(JsonWriter, EscapesColumnNamesAndMakesRepeatedOnesUnique) {
  const std::string json =
      WriteRows(OutputFormat::kJson, {"id", "id", "id_2", "say \"x\""},
                {{Cell::Integer(1), Cell::Integer(2), Cell::Integer(3), Cell::Integer(4)}});
  EXPECT_EQ(json, "[\n{\"id\":1,\"id_3\":2,\"id_2\":3,\"say \\\"x\\\"\":4}\n]\n");
}

// Found by the writers fuzzer (tests/fuzz/regressions/writers/json-keys-equal-after-utf8-repair):
// names that differ only in invalid bytes became the same key once those bytes were U+FFFD.
TEST(JsonWriter, RegressionKeysEqualAfterUtf8RepairStayUnique) {
  const std::string json = WriteRows(OutputFormat::kJson, {"a\xFF", "a\xFE", "a\xEF\xBF\xBD"},
                                     {{Cell::Integer(1), Cell::Integer(2), Cell::Integer(3)}});
  // The valid name keeps its spelling even though it comes last; the repaired ones yield.
  EXPECT_EQ(json, "[\n{\"a\xEF\xBF\xBD_2\":1,\"a\xEF\xBF\xBD_3\":2,\"a\xEF\xBF\xBD\":3}\n]\n");
}

TEST(JsonLinesWriter, WritesOneObjectPerLine) {
  const std::string jsonl = WriteRows(OutputFormat::kJsonl, {"n", "text"},
                                      {{Cell::Integer(1), T("two\nlines")}, {Cell::Null(), T("")}});
  EXPECT_EQ(jsonl, "{\"n\":1,\"text\":\"two\\nlines\"}\n{\"n\":null,\"text\":\"\"}\n");
}

TEST(JsonLinesWriter, EmptyResultWritesNothing) {
  EXPECT_EQ(WriteRows(OutputFormat::kJsonl, {"n"}, {}), "");
}

}  // namespace
}  // namespace newsarchive
