#include "people/label_roles.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive {
namespace {

std::string Describe(const std::vector<Role>& roles) {
  std::string out;
  for (const Role& r : roles) {
    out +=
        (out.empty() ? "" : ";") + r.title + (r.organization.empty() ? "" : "@" + r.organization);
  }
  return out;
}

TEST(LabelRoles, SplitsOutsideParenthesesAndQuotes) {
  const std::vector<std::string_view> parts =
      SplitTopLevel("Author, \"Home, Work\", Host (Radio, TV); Editor", ',');
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0], "Author");
  EXPECT_EQ(parts[1], "\"Home, Work\"");
  EXPECT_EQ(parts[2], "Host (Radio, TV); Editor");
  EXPECT_EQ(SplitTopLevel("Staff Writer, New Yorker; Author", ';').size(), 2u);
}

TEST(LabelRoles, ReadsParties) {
  std::string party;
  ASSERT_TRUE(IsParty("D", &party));
  EXPECT_EQ(party, "Democrat");
  ASSERT_TRUE(IsParty("R-Texas", &party));
  EXPECT_EQ(party, "R-Texas");
  ASSERT_TRUE(IsParty("republican", &party));
  EXPECT_EQ(party, "Republican");
  EXPECT_FALSE(IsParty("Dean", &party));
  EXPECT_FALSE(IsParty("", &party));
}

TEST(LabelRoles, ReadsTheRolesOfOneLabel) {
  struct Case {
    const char* paren;
    std::vector<std::string_view> parts;
    const char* roles;
  } cases[] = {
      {"", {"CNN ANCHOR"}, "Anchor@CNN"},
      {"", {"FOX NEWS CHANNEL CORRESPONDENT"}, "Correspondent@Fox News Channel"},
      {"",
       {"Senior Climate Change Planner", "Kleinfelder"},
       "Senior Climate Change Planner@Kleinfelder"},
      {"Staff Writer, New Yorker; Author", {}, "Staff Writer@New Yorker;Author"},
      {"Author, \"Home Work\"", {}, "Author, \"Home Work\""},
      {"", {"Reporting for VOA"}, "Reporter@VOA"},
      {"", {"(D-IL) PRESIDENTIAL CANDIDATE"}, "Presidential Candidate@D-IL"},
      {"D", {"Minnesota"}, "Democrat@Minnesota"},
  };
  for (const Case& c : cases) {
    std::vector<Role> roles;
    AddLabelRoles(c.paren, c.parts, &roles);
    EXPECT_EQ(Describe(roles), c.roles) << c.paren;
  }
}

}  // namespace
}  // namespace newsarchive
