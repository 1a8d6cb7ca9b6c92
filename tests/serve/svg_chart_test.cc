#include "serve/svg_chart.h"

#include <gtest/gtest.h>

#include <regex>

namespace newsarchive {
namespace {

TEST(BarChartSvg, OneBarPerValueScaledToTheHighest) {
  const std::string svg = BarChartSvg({{"2023-05", 10}, {"2023-06", 5}, {"undated", 0}}, "turns");
  EXPECT_EQ(svg.rfind("<svg ", 0), 0u);
  std::regex bar("<rect class=\"bar\" x=\"\\d+\" y=\"\\d+\" width=\"\\d+\" height=\"(\\d+)\">");
  std::vector<int> heights;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), bar); it != std::sregex_iterator();
       ++it) {
    heights.push_back(std::stoi((*it)[1]));
  }
  ASSERT_EQ(heights.size(), 3u) << svg;
  EXPECT_EQ(heights[0], 141);
  EXPECT_EQ(heights[1], 71) << "half the highest, plus the pixel every nonzero bar gets";
  EXPECT_EQ(heights[2], 0);
  EXPECT_NE(svg.find("<title>2023-05: 10 turns</title>"), std::string::npos);
  EXPECT_NE(svg.find(">undated</text>"), std::string::npos);
}

TEST(BarChartSvg, EscapesLabelsAndIsEmptyWithoutBars) {
  EXPECT_EQ(BarChartSvg({}, "turns"), "");
  const std::string svg = BarChartSvg({{"<b>", 1}}, "turns");
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;b&gt;"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive
