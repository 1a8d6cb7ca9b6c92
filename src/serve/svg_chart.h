// A bar chart as inline SVG, for a person's quotes per month: one bar per labelled value, the
// value above it and the label below, a <title> on each bar for a tooltip. No script, no style
// beyond the page's classes; every label is escaped.
#ifndef NEWSARCHIVE_SERVE_SVG_CHART_H_
#define NEWSARCHIVE_SERVE_SVG_CHART_H_

#include <cstdint>
#include <string>
#include <vector>

namespace newsarchive {

struct ChartBar {
  std::string label;  // "2023-05", "undated"
  int64_t value = 0;  // turns
};

// An <svg> of `bars` in order, `what` naming the values in its title ("turns"). An empty list
// gives an empty string.
std::string BarChartSvg(const std::vector<ChartBar>& bars, const std::string& what);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_SERVE_SVG_CHART_H_
