#include "people/names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "people/name_key.h"

namespace newsarchive {
namespace {

TEST(Names, ProperCasesNamesPrintedInCapitals) {
  struct Case {
    const char* printed;
    const char* name;
  } cases[] = {
      {"AYESHA RASCOE", "Ayesha Rascoe"},
      {"KIM JONG UN", "Kim Jong Un"},
      {"MITCH MCCONNELL", "Mitch McConnell"},
      {"SOLEDAD O'BRIEN", "Soledad O'Brien"},
      {"SOLEDAD O\u2019BRIEN", "Soledad O\u2019Brien"},
      {"HOROWITZ-GHAZI", "Horowitz-Ghazi"},
      {"JUAN GONZÁLEZ", "Juan González"},
      {"ÉMILE ZOLA", "Émile Zola"},
      {"LECH WAŁĘSA", "Lech Wałęsa"},
      {"DOUGLAS MACARTHUR", "Douglas MacArthur"},
      {"MACK BROWN", "Mack Brown"},
      {"BILL DE BLASIO", "Bill de Blasio"},
      {"URSULA VON DER LEYEN", "Ursula von der Leyen"},
      {"U.S. CENSUS BUREAU OFFICIAL", "U.S. Census Bureau Official"},
      {"J.R. EWING", "J.R. Ewing"},
      {"AP", "AP"},
      {"MICHAEL J. FOX", "Michael J. Fox"},
      {"BASHAR AL-ASSAD", "Bashar al-Assad"},
      {"AL GORE", "Al Gore"},
      {"MARTIN LUTHER KING JR.", "Martin Luther King Jr."},
      {"HENRY FORD III", "Henry Ford III"},
      {"J. KING", "J. King"},
      {"UNIDENTIFIED PERSON #1", "Unidentified Person #1"},
      {"D'ANGELO RUSSELL", "D'Angelo Russell"},
      {"Matt Katz", "Matt Katz"},
      {"host", "Host"},
      {"Ngô Đình Diệm", "Ngô Đình Diệm"},
  };
  for (const Case& c : cases) EXPECT_EQ(ProperCaseName(c.printed), c.name) << c.printed;
}

TEST(Names, StoresTitlesInProperCase) {
  struct Case {
    const char* printed;
    const char* title;
  } cases[] = {
      {"HOST", "Host"},
      {"host", "Host"},
      {"Host", "Host"},
      {"BYLINE", "Byline"},
      {"ANCHOR", "Anchor"},
      {"PRESIDENT OF THE UNITED STATES", "President of the United States"},
      {"U.S. ARMY", "U.S. Army"},
      {"CNN SENIOR WHITE HOUSE CORRESPONDENT", "CNN Senior White House Correspondent"},
      {"Senior Climate Change Planner", "Senior Climate Change Planner"},
      {"former chief of staff", "Former chief of staff"},
      {"VICE-CHAIR", "Vice-Chair"},
      {"FRM. U.S. SECRETARY OF STATE", "Former U.S. Secretary of State"},
  };
  for (const Case& c : cases) EXPECT_EQ(ProperCaseTitle(c.printed), c.title) << c.printed;
}

TEST(Names, RecognizesTitlesBeforeNames) {
  struct Case {
    const char* words;
    size_t span;
    const char* title;
  } cases[] = {
      {"PRESIDENT DONALD TRUMP", 1, "President"},
      {"PRES. DONALD TRUMP", 1, "President"},
      {"SUPREME LEADER KIM JONG UN", 2, "Supreme Leader"},
      {"Sen. Amy Klobuchar", 1, "Senator"},
      {"Representative Nancy Pelosi", 1, "Representative"},
      {"LT. GOV. JANE ROE", 2, "Lieutenant Governor"},
      {"FORMER SECRETARY OF STATE JOHN KERRY", 4, "Former Secretary of State"},
      {"DONALD TRUMP", 0, ""},
      {"PRESIDENTIAL HISTORIAN", 0, ""},
  };
  for (const Case& c : cases) {
    std::vector<std::string_view> words = SplitWords(c.words);
    std::string title;
    EXPECT_EQ(MatchTitlePrefix(words, 0, &title), c.span) << c.words;
    EXPECT_EQ(title, c.title) << c.words;
  }
}

TEST(Names, FoldedNameIsNameKey) {
  for (const char* name : {"Ayesha Rascoe", "AYESHA RASCOE", "O'Brien", "  Kim   Jong-Un ",
                           "Martin Luther King Jr.", "Unidentified Man #2", "---", "", "a.b.c",
                           "Juan González", "Søren", "R2-D2", "Dr. X, Ph.D."}) {
    EXPECT_EQ(FoldedName(name), NameKey(name)) << name;
  }
}

TEST(Names, ClassifiesWords) {
  EXPECT_TRUE(IsHonorific("Mr."));
  EXPECT_TRUE(IsHonorific("MS."));
  EXPECT_TRUE(IsHonorific("Mrs"));
  EXPECT_FALSE(IsHonorific("Dr."));
  EXPECT_TRUE(IsGenericSpeakerWord("UNIDENTIFIED"));
  EXPECT_TRUE(IsGenericSpeakerWord("Man"));
  EXPECT_FALSE(IsGenericSpeakerWord("RASCOE"));
  EXPECT_TRUE(IsInitial("S."));
  EXPECT_FALSE(IsInitial("St."));
  EXPECT_TRUE(IsNewsOrganization("CNN"));
  EXPECT_FALSE(IsNewsOrganization("Kleinfelder"));
  EXPECT_TRUE(LooksLikeRole("Senior Climate Change Planner"));
  EXPECT_TRUE(LooksLikeRole("Kyiv Residents"));
  EXPECT_FALSE(LooksLikeRole("Kleinfelder"));
  EXPECT_FALSE(LooksLikeRole("U.S. Army"));
}

}  // namespace
}  // namespace newsarchive
