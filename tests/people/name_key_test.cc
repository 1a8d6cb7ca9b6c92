#include "people/name_key.h"

#include <gtest/gtest.h>

namespace newsarchive {
namespace {

TEST(NameKey, FoldsCaseAccentsAndPunctuation) {
  struct Case {
    const char* name;
    const char* key;
  } cases[] = {
      {"Ayesha Rascoe", "ayesha rascoe"},
      {"AYESHA RASCOE", "ayesha rascoe"},
      {"Juan González", "juan gonzalez"},
      {"JUAN GONZALEZ", "juan gonzalez"},
      {"Soledad O'Brien", "soledad obrien"},
      {"SOLEDAD O\u2019BRIEN", "soledad obrien"},
      {"Horowitz-Ghazi", "horowitz ghazi"},
      {"  Kim   Jong\u00a0Un ", "kim jong un"},
      {"Martin Luther King Jr.", "martin luther king jr"},
      {"Unidentified Man #2", "unidentified man #2"},
      {"Søren Kierkegaard", "soren kierkegaard"},
      {"Straße", "strasse"},
      {"Łukasz Żak", "lukasz zak"},
      {"Ngô Đình Diệm", "ngo dinh di\u1ec7m"},  // U+1EC7 is outside the fold table: kept
      {"", ""},
      {"---", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NameKey(c.name), c.key) << "name: " << c.name;
  }
}

TEST(NameKey, InvalidUtf8BecomesASeparatorNotACrash) {
  EXPECT_EQ(NameKey("Ann\xFF" "Lee"), "ann lee");
  EXPECT_EQ(NameKey("Ann\xC3"), "ann");
}

}  // namespace
}  // namespace newsarchive
