#include "base/edit_distance.h"

#include <gtest/gtest.h>

namespace newsarchive {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
  struct Case {
    const char* a;
    const char* b;
    size_t distance;
  };
  const Case cases[] = {
      {"", "", 0},           {"abc", "abc", 0},        {"", "abc", 3},
      {"abc", "", 3},        {"kitten", "sitting", 3}, {"reporter", "reporters", 1},
      {"top-speaker", "top-speakers", 1}, {"phrsae", "phrase", 2},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(EditDistance(c.a, c.b), c.distance) << c.a << " / " << c.b;
    EXPECT_EQ(EditDistance(c.b, c.a), c.distance) << "symmetric: " << c.a << " / " << c.b;
  }
}

TEST(EditDistance, ClosestMatchPicksTheNearestWithinTheLimit) {
  std::vector<std::string> names = {"top-speakers", "reporters", "roles-of", "phrase"};
  EXPECT_EQ(ClosestMatch("top-speaker", names, 3), "top-speakers");
  EXPECT_EQ(ClosestMatch("reportrs", names, 3), "reporters");
  EXPECT_EQ(ClosestMatch("role-of", names, 3), "roles-of");
  EXPECT_EQ(ClosestMatch("zzzzzzzz", names, 3), "");
}

TEST(EditDistance, ClosestMatchAcceptsATruncatedName) {
  std::vector<std::string> names = {"quotes-by-month", "co-appearances"};
  EXPECT_EQ(ClosestMatch("quotes-by", names, 2), "quotes-by-month");
  EXPECT_EQ(ClosestMatch("co", names, 2), "co-appearances");
}

}  // namespace
}  // namespace newsarchive
