#include "cli/progress_bar.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace newsarchive {
namespace {

TEST(FormatDuration, MinutesAndSecondsThenHours) {
  const struct {
    double seconds;
    const char* text;
  } cases[] = {
      {0, "0:00"},       {18.2, "0:19"}, {59.5, "1:00"},     {725, "12:05"},
      {3723, "1:02:03"}, {-5, "0:00"},   {1e12, "99:59:59"},
  };
  for (const auto& c : cases) EXPECT_EQ(FormatDuration(c.seconds), c.text) << c.seconds;
}

TEST(FormatProgress, DrawsBarCountRateAndEta) {
  const struct {
    const char* name;
    int64_t done;
    int64_t total;
    double elapsed;
    int width;
    const char* expected;
  } cases[] = {
      {"partway, bar capped at 50 columns", 120, 1000, 120 / 45.2, 100,
       "[======>                                           ] 120/1000 files  45.2 files/s  ETA "
       "0:20"},
      {"bar fills the room left", 500, 1000, 10, 60,
       "[=========>         ] 500/1000 files  50.0 files/s  ETA 0:10"},
      {"start: no rate, no ETA", 0, 1000, 0, 40, "[>                        ] 0/1000 files"},
      {"done: full bar, no ETA", 8, 8, 2, 40, "[===============] 8/8 files  4.0 files/s"},
      {"too narrow for a bar", 120, 1000, 120 / 45.2, 40, "120/1000 files  45.2 files/s  ETA 0:20"},
      {"narrower still: cut", 120, 1000, 120 / 45.2, 12, "120/1000 fil"},
      {"unknown total", 7, 0, 2, 80, "7 files  3.5 files/s"},
      {"fast: whole rate", 5000, 10000, 2, 60,
       "[========>        ] 5000/10000 files  2500 files/s  ETA 0:02"},
      {"done beyond total is capped", 12, 10, 1, 40, "[============] 10/10 files  10.0 files/s"},
  };
  for (const auto& c : cases) {
    const std::string line = FormatProgress(c.done, c.total, c.elapsed, c.width);
    EXPECT_EQ(line, c.expected) << c.name;
    EXPECT_LE(line.size(), static_cast<size_t>(c.width)) << c.name;
  }
}

TEST(FormatProgress, NamesTheUnit) {
  EXPECT_EQ(FormatProgress(3, 0, 1, 80, "rows"), "3 rows  3.0 rows/s");
}

TEST(ProgressBar, RedrawsAtMostTenTimesASecondAndClearsItsLine) {
  std::ostringstream out;
  {
    ProgressBar bar(out, 41, 100, "files");
    bar.UpdateAt(1, 0.00);
    bar.UpdateAt(2, 0.05);  // too soon: not drawn
    bar.UpdateAt(3, 0.12);
    const std::string first = FormatProgress(1, 100, 0.00, 40);
    const std::string second = FormatProgress(3, 100, 0.12, 40);
    ASSERT_GT(first.size(), second.size());  // the bar gave way to the rate and ETA
    EXPECT_EQ(out.str(),
              "\r" + first + "\r" + second + std::string(first.size() - second.size(), ' '));
    bar.UpdateAt(100, 0.13);  // the last one is always drawn
    EXPECT_NE(out.str().find(FormatProgress(100, 100, 0.13, 40)), std::string::npos);
    out.str("");
    bar.Clear();
    EXPECT_EQ(out.str(), "\r" + std::string(40, ' ') + "\r");
    out.str("");
  }
  EXPECT_EQ(out.str(), "") << "cleared twice";
}

TEST(ProgressBar, ShorterLineBlanksTheRestOfTheLongerOne) {
  std::ostringstream out;
  ProgressBar bar(out, 81, 0, "files");
  bar.UpdateAt(5, 1);    // "5 files  5.0 files/s"
  bar.UpdateAt(5, 100);  // "5 files  0.1 files/s": same length
  bar.UpdateAt(12345, 1000);
  out.str("");
  bar.UpdateAt(1, 2000);  // "1 files  0.0 files/s" is shorter than the line before
  const std::string line = FormatProgress(1, 0, 2000, 80);
  const std::string longest = FormatProgress(12345, 0, 1000, 80);
  EXPECT_EQ(out.str(), "\r" + line + std::string(longest.size() - line.size(), ' '));
}

}  // namespace
}  // namespace newsarchive
