#include "people/name_mentions.h"

#include <gtest/gtest.h>

#include <string>

#include "people/name_key.h"

namespace newsarchive {
namespace {

NameMentions Scan(const std::string& text, std::initializer_list<const char*> words) {
  std::unordered_set<std::string> wanted;
  for (const char* w : words) wanted.insert(NameKey(w));
  return NameMentions({text}, wanted);
}

TEST(NameMentions, TakesSpellingsFromRunningText) {
  const std::string text =
      "Senate leader Mitch McConnell met Rep. Rosa DeLuca, Juan Ibáñez and MCCONNELL's aide. "
      "Mcconnell later left.";
  NameMentions m = Scan(text, {"MCCONNELL", "DELUCA", "IBANEZ", "ROSA", "NOBODY"});
  EXPECT_EQ(m.Spelling("MCCONNELL"), "McConnell");
  EXPECT_EQ(m.Spelling("deluca"), "DeLuca");
  EXPECT_EQ(m.Spelling("IBANEZ"), "Ibáñez");
  EXPECT_EQ(m.Spelling("ROSA"), "Rosa");
  EXPECT_EQ(m.Spelling("NOBODY"), "");
}

TEST(NameMentions, HyphenBeforeAnAccentedLetterKeepsTheWordWhole) {
  NameMentions m = Scan("Senator McKinnon-\u00c1lvarez's fund grew.", {"MCKINNON-ALVAREZ"});
  EXPECT_EQ(m.Spelling("MCKINNON-\u00c1LVAREZ"), "McKinnon-\u00c1lvarez");
}

TEST(NameMentions, FindsFullNamesEndingInASurname) {
  struct Case {
    const char* text;
    const char* surname;
    char initial;
    const char* full;
  } cases[] = {
      {"NPR's Ayesha Rascoe reports.", "RASCOE", 0, "Ayesha Rascoe"},
      {"This is FRESH AIR. I'm Terry Gross.", "GROSS", 0, "Terry Gross"},
      {"President Donald Trump and President Trump.", "TRUMP", 0, "Donald Trump"},
      {"President Trump spoke.", "TRUMP", 0, ""},
      {"Secretary of State Mike Pompeo said.", "POMPEO", 0, "Mike Pompeo"},
      {"Miles O'Brien and Soledad O'Brien and Soledad O'Brien.", "O'BRIEN", 0, "Soledad O'Brien"},
      {"Miles O'Brien and Soledad O'Brien and Soledad O'Brien.", "O'BRIEN", 'm', "Miles O'Brien"},
      {"I'm Jed.", "JED", 0, ""},
      {"Hey, I'm Kelly McEvers. And I'm Eric Mennel.", "MENNEL", 0, "Eric Mennel"},
  };
  for (const Case& c : cases) {
    NameMentions m = Scan(c.text, {c.surname});
    EXPECT_EQ(m.FullNameEndingWith(c.surname, c.initial), c.full) << c.text;
  }
}

TEST(NameMentions, RecordsWhereNamesStand) {
  const std::string text = "Fred Fleitz, a former aide, said so. Fleitz agreed.";
  NameMentions m = Scan(text, {"FLEITZ"});
  ASSERT_EQ(m.mentions().size(), 2u);
  EXPECT_EQ(m.mentions()[0].name, "Fred Fleitz");
  EXPECT_EQ(text.substr(m.mentions()[0].end, 2), ", ");
  EXPECT_EQ(m.mentions()[1].name, "Fleitz");
}

TEST(NameMentions, KnowsWordsThatStandBeforeNames) {
  for (const char* w : {"President", "Sen.", "NPR's", "I'm", "The", "correspondent"}) {
    EXPECT_TRUE(IsWordBeforeName(w)) << w;
  }
  for (const char* w : {"Ayesha", "Fred", "Mitch"}) EXPECT_FALSE(IsWordBeforeName(w)) << w;
  EXPECT_EQ(WithoutPossessive("Rascoe's"), "Rascoe");
  EXPECT_EQ(WithoutPossessive("NPR\u2019s"), "NPR");
  EXPECT_EQ(WithoutPossessive("Jones"), "Jones");
}

TEST(NameMentions, LargeTextIsScannedOnce) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "Rascoe Rascoe said that the Rascoe plan works. ";
  NameMentions m = Scan(text, {"RASCOE"});
  EXPECT_LE(m.mentions().size(), 20000u);  // bounded
  EXPECT_EQ(m.Spelling("rascoe"), "Rascoe");
}

}  // namespace
}  // namespace newsarchive
