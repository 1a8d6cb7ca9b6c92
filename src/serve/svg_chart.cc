#include "serve/svg_chart.h"

#include <algorithm>

#include "serve/html.h"

namespace newsarchive {
namespace {

constexpr int kPlotHeight = 140;  // the tallest bar
constexpr int kTop = 18;          // room for the value above the tallest bar
constexpr int kBottom = 34;       // room for the labels
constexpr int kLeft = 8;

}  // namespace

std::string BarChartSvg(const std::vector<ChartBar>& bars, const std::string& what) {
  if (bars.empty()) return "";
  int64_t highest = 1;
  for (const ChartBar& bar : bars) highest = std::max(highest, bar.value);
  const int slot = bars.size() > 24 ? 30 : 52;  // a bar and the gap after it
  const int bar_width = slot - 12;
  const int width = kLeft * 2 + slot * static_cast<int>(bars.size());
  const int height = kTop + kPlotHeight + kBottom;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" +
                    std::to_string(width) + "\" height=\"" + std::to_string(height) +
                    "\" viewBox=\"0 0 " + std::to_string(width) + " " + std::to_string(height) +
                    "\">\n<title>" + Escape(what) + " per month</title>\n";
  const int baseline = kTop + kPlotHeight;
  svg += "<line x1=\"" + std::to_string(kLeft) + "\" y1=\"" + std::to_string(baseline) +
         "\" x2=\"" + std::to_string(width - kLeft) + "\" y2=\"" + std::to_string(baseline) +
         "\" stroke=\"#999\"/>\n";
  for (size_t i = 0; i < bars.size(); ++i) {
    const ChartBar& bar = bars[i];
    const int bar_height =
        static_cast<int>(bar.value * kPlotHeight / highest) + (bar.value > 0 ? 1 : 0);
    const int x = kLeft + slot * static_cast<int>(i) + 6;
    const int y = baseline - bar_height;
    const std::string label = Escape(bar.label);
    const std::string value = std::to_string(bar.value);
    const std::string center = std::to_string(x + bar_width / 2);
    svg += "<rect class=\"bar\" x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) +
           "\" width=\"" + std::to_string(bar_width) + "\" height=\"" +
           std::to_string(bar_height) + "\"><title>" + label + ": " + value + " " + Escape(what) +
           "</title></rect>\n";
    svg += "<text x=\"" + center + "\" y=\"" + std::to_string(y - 4) +
           "\" text-anchor=\"middle\">" + value + "</text>\n";
    // Labels alternate between two lines when bars are narrow, so they never overlap.
    const int label_y = baseline + 14 + (slot < 52 && i % 2 == 1 ? 14 : 0);
    svg += "<text x=\"" + center + "\" y=\"" + std::to_string(label_y) +
           "\" text-anchor=\"middle\">" + label + "</text>\n";
  }
  return svg + "</svg>\n";
}

}  // namespace newsarchive
