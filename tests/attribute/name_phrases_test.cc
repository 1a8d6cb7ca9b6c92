#include "attribute/name_phrases.h"

#include <gtest/gtest.h>

#include <string>

#include "attribute/prose_test_util.h"

namespace newsarchive {
namespace {

using testing_util::ReadText;

TEST(NamePhrases, ReadsTitlesAndNames) {
  struct Case {
    const char* text;
    const char* start;  // the first word of the phrase
    const char* name;
    const char* title;
    char gender;
    bool organization;
  } cases[] = {
      {"said Mayor Denise Harlow today", "Mayor", "Denise Harlow", "Mayor", 0, false},
      {"signed by Gov. Tina Marsh that", "Gov.", "Tina Marsh", "Governor", 0, false},
      {"Commission Chair Lorraine Beaulieu said", "Commission", "Lorraine Beaulieu",
       "Commission Chair", 0, false},
      {"met Secretary of State Mike Pompeo", "Secretary", "Mike Pompeo", "Secretary of State", 0,
       false},
      {"Ferris County Commissioner Theo Marchetti disagreed", "Ferris", "Theo Marchetti",
       "Ferris County Commissioner", 0, false},
      {"Economist Hana Novak, of", "Economist", "Hana Novak", "Economist", 0, false},
      {"asked Ms. Harlow again", "Ms.", "Harlow", "", 'f', false},
      {"Martin Luther King Jr. said", "Martin", "Martin Luther King Jr.", "", 0, false},
      {"Bill de Blasio said", "Bill", "Bill de Blasio", "", 0, false},
      {"Harlow's plan", "Harlow's", "Harlow", "", 0, false},
      {"The Portville City Council voted", "Portville", "Portville City Council", "", 0, true},
      {"for the Ferris Foxes today", "Ferris", "Ferris Foxes", "", 0, true},
      {"in North Korea now", "North", "North Korea", "", 0, true},
      {"at Ferris State University", "Ferris", "Ferris State University", "", 0, true},
      {"the FBI said", "FBI", "FBI", "", 0, true},
      {"Governor-elect Tina Marsh has said", "Governor-elect", "Tina Marsh", "Governor-elect", 0,
       false},
      {"Attorney General-elect Omar Vance has said", "Attorney", "Omar Vance",
       "Attorney General-elect", 0, false},
  };
  for (const Case& c : cases) {
    ReadText read(c.text);
    NamePhrase np;
    ASSERT_TRUE(NameStartingAt(read.tokens(), read.At(c.start), &np)) << c.text;
    EXPECT_EQ(np.name, c.name) << c.text;
    EXPECT_EQ(np.title, c.title) << c.text;
    EXPECT_EQ(np.gender, c.gender) << c.text;
    EXPECT_EQ(np.organization, c.organization) << c.text;
  }
}

TEST(NamePhrases, ATitleAloneIsNoName) {
  // "the Minister of Finance has resigned": the title runs through "of", and no name is left.
  ReadText read("the Minister of Finance has resigned");
  NamePhrase np;
  EXPECT_FALSE(NameStartingAt(read.tokens(), read.At("Minister"), &np)) << np.name;
}

TEST(NamePhrases, ReadsBackwardsFromTheLastWord) {
  ReadText read("But Mayor Denise Harlow said");
  NamePhrase np;
  ASSERT_TRUE(NameEndingAt(read.tokens(), read.At("said"), 0, &np));
  EXPECT_EQ(np.name, "Denise Harlow");
  EXPECT_EQ(np.title, "Mayor");
  EXPECT_EQ(np.first, 1u);  // "But" opens the sentence and is no part of it
  // "NPR's Ayesha Rascoe": the possessive ends what came before.
  ReadText npr("NPR's Ayesha Rascoe reports");
  ASSERT_TRUE(NameEndingAt(npr.tokens(), npr.At("reports"), 0, &np));
  EXPECT_EQ(np.name, "Ayesha Rascoe");
  EXPECT_FALSE(NameEndingAt(npr.tokens(), npr.At("reports") + 1, 0, &np));
}

TEST(NamePhrases, WordLists) {
  EXPECT_TRUE(IsTitleWord("Councilman"));
  EXPECT_TRUE(IsTitleWord("gov."));
  EXPECT_FALSE(IsTitleWord("Harlow"));
  EXPECT_TRUE(IsTitleWord("Mayor-elect"));
  EXPECT_FALSE(IsTitleWord("Harlow-elect"));
  EXPECT_TRUE(IsCapitalizedNonName("The"));
  EXPECT_TRUE(IsCapitalizedNonName("Monday"));
  EXPECT_FALSE(IsCapitalizedNonName("May"));  // a month, and a name
  EXPECT_TRUE(LooksLikeOrganization("Portville Water Bureau"));
  EXPECT_TRUE(LooksLikeOrganization("White House"));
  EXPECT_FALSE(LooksLikeOrganization("Denise Harlow"));
}

}  // namespace
}  // namespace newsarchive
