#include "base/status.h"

#include <gtest/gtest.h>

namespace newsarchive {
namespace {

TEST(Status, OkByDefault) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "ok");
}

TEST(Status, ErrorNamesFileLineAndOffendingLine) {
  Status s = Status::InvalidInput("label with no speech", "a.txt", 12, "RASCOE:");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.ToString(), "a.txt:12: label with no speech\n    RASCOE:");
}

TEST(Status, WithFileKeepsAnExistingFile) {
  EXPECT_EQ(Status::InvalidInput("x").WithFile("b.txt").file(), "b.txt");
  EXPECT_EQ(Status::InvalidInput("x", "a.txt").WithFile("b.txt").file(), "a.txt");
}

TEST(Status, LongOffendingLineIsCutOnACharacterBoundary) {
  std::string line(119, 'a');
  line += "\xC3\xA9\xC3\xA9";  // two-byte characters straddle the cut
  std::string shown = Status::InvalidInput("m", "f", 1, line).ToString();
  EXPECT_NE(shown.find(std::string(119, 'a') + "..."), std::string::npos) << shown;
}

TEST(Result, CarriesValueOrStatus) {
  Result<int> good(7);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 7);
  Result<int> bad(Status::InvalidInput("nope"));
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "nope");
}

}  // namespace
}  // namespace newsarchive
