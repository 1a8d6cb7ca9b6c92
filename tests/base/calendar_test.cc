#include "base/calendar.h"

#include <gtest/gtest.h>

namespace newsarchive {
namespace {

TEST(Calendar, KnowsMonthLengthsAndLeapYears) {
  EXPECT_TRUE(IsCalendarDate(2019, 2, 28));
  EXPECT_FALSE(IsCalendarDate(2019, 2, 29));
  EXPECT_FALSE(IsCalendarDate(2019, 2, 30));
  EXPECT_TRUE(IsCalendarDate(2020, 2, 29));
  EXPECT_FALSE(IsCalendarDate(1900, 2, 29));
  EXPECT_TRUE(IsCalendarDate(2000, 2, 29));
  EXPECT_FALSE(IsCalendarDate(2021, 4, 31));
  EXPECT_TRUE(IsCalendarDate(2021, 12, 31));
  EXPECT_FALSE(IsCalendarDate(2021, 13, 1));
  EXPECT_FALSE(IsCalendarDate(0, 1, 1));
  EXPECT_FALSE(IsCalendarDate(2021, 1, 0));
}

}  // namespace
}  // namespace newsarchive
