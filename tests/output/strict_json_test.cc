// The writers fuzzer trusts tests/fuzz/strict_json.h to reject what is not JSON; these rows
// prove it does, so a fuzzer that finds nothing means the writers are right, not the oracle lax.
#include "fuzz/strict_json.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive {
namespace {

struct JsonCase {
  const char* name;
  std::string text;
  bool valid;
};

TEST(StrictJson, AcceptsJsonAndRejectsEverythingElse) {
  const JsonCase cases[] = {
      {"empty array", "[]", true},
      {"objects in an array", "[\n{\"a\":1,\"b\":\"x\"},\n{\"a\":null,\"b\":true}\n]\n", true},
      {"numbers", "[0,-0,1.5,-2e10,3E+2,4e-3]", true},
      {"escapes", "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00\"", true},
      {"raw UTF-8", "\"caf\xC3\xA9 \xE2\x80\x99\"", true},
      {"nothing", "", false},
      {"trailing comma in array", "[1,]", false},
      {"trailing comma in object", "{\"a\":1,}", false},
      {"two documents", "{} {}", false},
      {"leading zero", "[01]", false},
      {"bare dot", "[.5]", false},
      {"nan", "[nan]", false},
      {"plus sign", "[+1]", false},
      {"unquoted key", "{a:1}", false},
      {"single quotes", "['a']", false},
      {"raw newline in string", "\"a\nb\"", false},
      {"raw tab in string", "\"a\tb\"", false},
      {"unknown escape", "\"\\x41\"", false},
      {"short \\u escape", "\"\\u12\"", false},
      {"lone high surrogate", "\"\\ud83d\"", false},
      {"lone low surrogate", "\"\\ude00\"", false},
      {"invalid UTF-8 byte", "\"\xFF\"", false},
      {"overlong UTF-8", "\"\xC0\xAF\"", false},
      {"UTF-8 surrogate", "\"\xED\xA0\x80\"", false},
      {"truncated UTF-8", "\"\xE2\x80\"", false},
      {"duplicate key", "{\"a\":1,\"a\":2}", false},
      {"duplicate key after escapes", "{\"\\u0061\":1,\"a\":2}", false},
      {"unterminated string", "\"abc", false},
      {"unterminated array", "[1,2", false},
      {"too deep", std::string(100, '[') + std::string(100, ']'), false},
  };
  for (const JsonCase& c : cases) {
    EXPECT_EQ(strict_json::Parse(c.text).has_value(), c.valid) << c.name;
  }
}

TEST(StrictJson, GivesBackDecodedValuesInOrder) {
  auto doc = strict_json::Parse("{\"k\\u00e9y\":\"a\\nb\\ud83d\\ude00\",\"n\":-1.5e3,\"z\":null}");
  ASSERT_TRUE(doc.has_value());
  ASSERT_EQ(doc->members.size(), 3u);
  EXPECT_EQ(doc->members[0].first, "k\xC3\xA9y");
  EXPECT_EQ(doc->members[0].second.text, "a\nb\xF0\x9F\x98\x80");
  EXPECT_EQ(doc->members[1].second.kind, strict_json::Value::Kind::kNumber);
  EXPECT_EQ(doc->members[1].second.text, "-1.5e3");
  EXPECT_EQ(doc->members[2].second.kind, strict_json::Value::Kind::kNull);
}

}  // namespace
}  // namespace newsarchive
