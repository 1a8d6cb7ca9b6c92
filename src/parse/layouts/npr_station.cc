// NPR member stations' sites: the station's furniture above its player ("Play Live Radio"), a
// list of the station's programs above "Originally published on ...", fund drives, and (WAMU)
// labels glued to the speech: "MR. KOJO NNAMDIFrom WAMU 88.5 ...".
#include "base/text_util.h"
#include "parse/layouts/layouts.h"

namespace newsarchive {
namespace {

// WAMU's pages glue the speech to the label. Returns where the label ends and the speech starts
// (at the capital that opens its first word): an honorific, then names in capitals, the last of
// which runs into a capitalized word.
std::pair<size_t, size_t> GluedLabelEnd(std::string_view l) {
  constexpr std::pair<size_t, size_t> kNone{std::string_view::npos, std::string_view::npos};
  static constexpr std::string_view kHonorifics[] = {"MR. ", "MS. ", "MRS. ", "DR. "};
  if (!StartsWithAnyIgnoreCase(l, kHonorifics) || !IsAsciiUpper(l[0]) || !IsAsciiUpper(l[1])) {
    return kNone;
  }
  size_t at = l.find(' ') + 1;
  for (int word = 0; word < 4 && at < l.size(); ++word) {
    size_t end = at;
    while (end < l.size() && (IsAsciiUpper(l[end]) || l[end] == '-' || l[end] == '\'')) ++end;
    if (end - at < 3 || end >= l.size()) return kNone;
    if (l[end] == ' ') {
      at = end + 1;
      continue;
    }
    // "NNAMDIFrom": the last capital opens the speech's first word.
    if (!IsAsciiLower(l[end])) return kNone;
    return {end - 1, end - 1};
  }
  return kNone;
}

int Score(const PageView& page) {
  int glued = 0;
  for (std::string_view line : page.lines) {
    glued += GluedLabelEnd(line).first != std::string_view::npos;
  }
  return 5 * LinesEqualTo(page, {"Play Live Radio", "Available On Air Stations"}) +
         5 * LinesOpeningWith(page, {"Originally published on"}) + (glued >= 2 ? 2 * glued : 0);
}

HeaderMark Mark(std::string_view line) {
  if (EqualsIgnoreCase(line, "Play Live Radio")) return HeaderMark::kSiteHeaderEnds;
  if (StartsWithIgnoreCase(line, "Originally published")) return HeaderMark::kHeadlineAbove;
  return HeaderMark::kNone;
}

bool IsPreambleChrome(std::string_view line) {
  // A fund drive above the story: "Can you donate $10 to keep us going strong?"
  if (line.find('$') != std::string_view::npos && (line.find("donat") != std::string_view::npos ||
                                                   line.find("gift") != std::string_view::npos)) {
    return true;
  }
  // A station's schedule ("Weekdays at Noon"), a player's prompt.
  static constexpr std::string_view kListingOpeners[] = {
      "Weekdays ",        "Weekends ",      "Listen to this ", "Last Updated",
      "Subscribe to the", "Email the show", "Join the NPR"};
  return line.size() < 60 && StartsWithAnyIgnoreCase(line, kListingOpeners);
}

Layout Make() {
  Layout l;
  l.name = "npr-station";
  l.description = "NPR member stations: \"Play Live Radio\", \"Originally published on\"";
  l.score = Score;
  l.chrome_lines = {"Play Live Radio",
                    "Available On Air Stations",
                    "Episode Date:",
                    "Composer ID:",
                    "FCC Public Inspection Files:",
                    "Show Open:",
                    "Genre:",
                    "Local Anchor(s):",
                    "Local Host(s):"};
  l.chrome_prefixes = {"FCC Public", "FCC Applications",        "Contest Rules",
                       "EEO Report", "Originally published on", "You turn to us for voices"};
  l.is_preamble_chrome = IsPreambleChrome;
  l.header_mark = Mark;
  l.label_end = GluedLabelEnd;
  return l;
}

}  // namespace

const Layout& NprStationLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
