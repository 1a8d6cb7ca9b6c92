#include "parse/article_header.h"

#include <gtest/gtest.h>

namespace newsarchive {
namespace {

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : "|") + n;
  return out;
}

TEST(ParseByline, ReadsTheWritersTheirJobAndTheirOutlet) {
  struct Case {
    const char* line;
    const char* names;  // "" when the line is no byline
    const char* title;
    const char* organization;
  };
  const Case cases[] = {
      {"By Marta Kessler", "Marta Kessler", "", ""},
      {"BY MARTA KESSLER", "Marta Kessler", "", ""},
      {"By Marta Kessler and Priya Anand", "Marta Kessler|Priya Anand", "", ""},
      {"By Marta Kessler, Priya Anand and Oskar Lund", "Marta Kessler|Priya Anand|Oskar Lund", "",
       ""},
      {"By Marta Kessler & Priya Anand", "Marta Kessler|Priya Anand", "", ""},
      {"By Priya Anand, Staff Writer", "Priya Anand", "Staff Writer", ""},
      {"By Marta Kessler and Priya Anand, Staff Writers", "Marta Kessler|Priya Anand",
       "Staff Writers", ""},
      {"By Dana Whitcomb, Associated Press", "Dana Whitcomb", "", "Associated Press"},
      {"By Dana Whitcomb, The Associated Press", "Dana Whitcomb", "", "Associated Press"},
      {"By Dana Whitcomb, Associated Press Writer", "Dana Whitcomb", "Associated Press Writer", ""},
      {"BY MARGERY T. HALE from the Associated Press", "Margery T. Hale", "", "Associated Press"},
      {"By Marta Kessler | Portville Ledger", "Marta Kessler", "", "Portville Ledger"},
      {"By Juan de Vega", "Juan de Vega", "", ""},
      {"By Aoife O'Rourke-Baines", "Aoife O'Rourke-Baines", "", ""},
      // No person, or no byline at all.
      {"By The Associated Press", "", "", ""},
      {"By Ledger Staff", "", "", ""},
      {"By Staff Reports", "", "", ""},
      {"By the time officers arrived, the man had gone inside.", "", "", ""},
      {"By Tuesday", "", "", ""},
      {"Marta Kessler", "", "", ""},
      {"By Marta Kessler, who covered the council for years", "", "", ""},
  };
  for (const Case& c : cases) {
    Byline b;
    const bool parsed = ParseByline(c.line, &b);
    EXPECT_EQ(parsed, *c.names != '\0') << c.line;
    if (!parsed) continue;
    EXPECT_EQ(Join(b.names), c.names) << c.line;
    EXPECT_EQ(b.title, c.title) << c.line;
    EXPECT_EQ(b.organization, c.organization) << c.line;
  }
}

TEST(ParseDateline, ReadsPlaceAgencyAndWhereTheStoryStarts) {
  struct Case {
    const char* paragraph;
    const char* place;  // "-" when the paragraph opens with no dateline
    const char* agency;
    const char* body;  // what follows the dash
  };
  const Case cases[] = {
      {"PORTVILLE, Ore. \u2014 The council voted.", "Portville, Ore.", "", "The council voted."},
      {"FERRIS COUNTY \u2014 Commissioners met.", "Ferris County", "", "Commissioners met."},
      {"NEW YORK (AP) \u2014 The agency said.", "New York", "AP", "The agency said."},
      {"BRUSSELS (Reuters) - Ministers met.", "Brussels", "Reuters", "Ministers met."},
      {"HALDEN FALLS (KXLA Newsradio) -- With one vote, ...", "Halden Falls", "KXLA Newsradio",
       "With one vote, ..."},
      {"(AP) \u2014 A storm hit.", "", "AP", "A storm hit."},
      {"WASHINGTON \u2013 The court ruled.", "Washington", "", "The court ruled."},
      {"WASHINGTON\u2014The court ruled.", "Washington", "", "The court ruled."},
      {"WASHINGTON, March 3 \u2014 The court ruled.", "Washington", "", "The court ruled."},
      {"NORTH LITTLE ROCK, Ark. (AP) \u2014 Police said.", "North Little Rock, Ark.", "AP",
       "Police said."},
      {"ST. LOUIS \u2014 \u201CWe won,\u201D she said.", "St. Louis", "",
       "\u201CWe won,\u201D she said."},
      {"MCALLEN, Texas \u2014 12 people.", "McAllen, Texas", "", "12 people."},
      // Not datelines.
      {"The council voted \u2014 again.", "-", "", ""},
      {"NASA \u2014 the agency said.", "-", "", ""},
      {"U.S. officials said on Monday.", "-", "", ""},
      {"PORTVILLE is a city on the river.", "-", "", ""},
      {"TV - The set broke.", "-", "", ""},
      {"CITY-STATE-THE-END", "-", "", ""},
  };
  for (const Case& c : cases) {
    Dateline d;
    const std::string_view p = c.paragraph;
    const bool parsed = ParseDateline(p, &d);
    EXPECT_EQ(parsed, std::string(c.place) != "-") << c.paragraph;
    if (!parsed) continue;
    EXPECT_EQ(d.place, c.place) << c.paragraph;
    EXPECT_EQ(d.agency, c.agency) << c.paragraph;
    EXPECT_EQ(p.substr(d.body), c.body) << c.paragraph;
  }
}

TEST(ParseCredit, KnowsCreditsAndBiosFromTheStory) {
  struct Case {
    const char* paragraph;
    bool credit;
    const char* names;
    const char* title;
    const char* organization;
  };
  const std::vector<std::string> writers = {"Marta Kessler"};
  const Case cases[] = {
      {"Marta Kessler covers city government for the Portville Ledger.", true, "", "",
       "Portville Ledger"},
      {"Marta Kessler is a staff writer for the Ledger.", true, "", "", "Ledger"},
      {"Reporting by Tomas Brandt and Ilse Moreau; editing by Karl Friis", true,
       "Tomas Brandt|Ilse Moreau", "Reporter", ""},
      {"(Reporting by Tomas Brandt; Writing by Ilse Moreau)", true, "Tomas Brandt", "Reporter", ""},
      {"Associated Press writers Jo Park and Ann Lee contributed to this report.", true,
       "Jo Park|Ann Lee", "Contributor", "Associated Press"},
      {"Staff writer Jo Park contributed reporting.", true, "Jo Park", "Contributor", ""},
      {"Jo Park contributed to this report.", true, "Jo Park", "Contributor", ""},
      {"Contact Marta Kessler at 555-0100.", true, "", "", ""},
      {"This story was originally published by the Portville Ledger.", true, "", "", ""},
      // The story itself.
      {"The county contributed $5 million to the project.", false, "", "", ""},
      {"Harlow said the city would open a discount program.", false, "", "", ""},
      {"Denise Harlow is the city's mayor.", false, "", "", ""},
  };
  for (const Case& c : cases) {
    Credit credit;
    EXPECT_EQ(ParseCredit(c.paragraph, writers, &credit), c.credit) << c.paragraph;
    if (!c.credit) continue;
    EXPECT_EQ(Join(credit.names), c.names) << c.paragraph;
    EXPECT_EQ(credit.title, c.title) << c.paragraph;
    EXPECT_EQ(credit.organization, c.organization) << c.paragraph;
  }
}

}  // namespace
}  // namespace newsarchive
