#include "attribute/prose_roles.h"

#include <gtest/gtest.h>

#include <string>

#include "attribute/prose_test_util.h"

namespace newsarchive {
namespace {

using testing_util::ReadText;

// "title @ organization; ..." for the roles around the name that starts with `start`.
std::string RolesOf(const char* text, const char* start) {
  ReadText read(text);
  NamePhrase np;
  if (!NameStartingAt(read.tokens(), read.At(start), &np)) return "(no name)";
  std::string out;
  for (const Role& r : RolesAround(read.tokens(), read.quotes[0].text, np)) {
    EXPECT_EQ(r.source, RoleSource::kText);
    if (!out.empty()) out += "; ";
    out += r.title + (r.organization.empty() ? "" : " @ " + r.organization);
  }
  return out;
}

TEST(ProseRoles, ReadsRolesAroundAName) {
  struct Case {
    const char* text;
    const char* start;
    const char* roles;
  } cases[] = {
      {"Fred Fleitz, a former chief of staff to national security adviser John Bolton, said it.",
       "Fred", "former chief of staff to national security adviser John Bolton"},
      {"Fred Fleitz, a former chief of staff to national security adviser John Bolton, said it.",
       "John", "national security adviser"},
      {"the testimony of his former lawyer Michael Cohen threatens it", "Michael", "former lawyer"},
      {"a law signed by Gov. Tina Marsh that requires it", "Gov.", "Governor"},
      {"Economist Hana Novak, of Ferris State University, who has studied it, says so.",
       "Economist", "Economist @ Ferris State University"},
      {"Jenna Whitfield, a spokeswoman for the Portville Water Bureau, said: no.", "Jenna",
       "spokeswoman @ Portville Water Bureau"},
      {"Retired teacher Oskar Lindqvist, 71, told the council.", "Oskar", "retired teacher"},
      {"\"Yes,\" said Jane Roe, a lawyer.", "Jane", "lawyer"},
      // A clause after a comma is no appositive.
      {"According to Whitfield, the plant will cost $48 million.", "Whitfield", ""},
      {"When she met Jane Roe, the plan changed.", "Jane", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(RolesOf(c.text, c.start), c.roles) << c.text;
}

TEST(ProseRoles, CuesThatANameIsAPersons) {
  struct Case {
    const char* text;
    const char* start;
    bool person;
  } cases[] = {
      {"Councilman Rafael Ortiz voted.", "Councilman", true},
      {"Rafael Ortiz, who voted no, left.", "Rafael", true},
      {"Oskar Lindqvist, 71, left.", "Oskar", true},
      {"Ms. Ada Lind left.", "Ms.", true},
      {"his former lawyer Michael Cohen left", "Michael", true},
      {"Rafael Ortiz voted no.", "Rafael", false},
      {"the minor-league Ferris Foxes play", "Ferris", false},
  };
  for (const Case& c : cases) {
    ReadText read(c.text);
    NamePhrase np;
    ASSERT_TRUE(NameStartingAt(read.tokens(), read.At(c.start), &np)) << c.text;
    EXPECT_EQ(HasPersonCue(read.tokens(), read.quotes[0].text, np), c.person) << c.text;
  }
}

}  // namespace
}  // namespace newsarchive
