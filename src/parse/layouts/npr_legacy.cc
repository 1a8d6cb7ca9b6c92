// npr.org before about 2010, and NPR's library records: "Mr. BILL MOYERS (Author, "Title"):"
// labels, a teaser opened by the date ("July 22, 2008 · ..."), and the record header of an
// archive copy ("Show: FRESH AIR", "Tran: 121801np.217").
#include "base/text_util.h"
#include "parse/layouts/layouts.h"

namespace newsarchive {
namespace {

constexpr std::string_view kHeaderFields[] = {
    "Show: ", "Date: ", "Time: ", "Tran: ",   "Type: ",
    "Head: ", "Sect: ", "Spec: ", "Length: ", "Section: "};

// "Mr. JIMI IZRAEL (Writer): Thanks": an honorific, a name in capitals, a role in parentheses.
bool IsLegacyLabel(std::string_view line) {
  static constexpr std::string_view kHonorifics[] = {"Mr. ", "Ms. ", "Mrs. ", "Dr. "};
  if (!StartsWithAnyIgnoreCase(line, kHonorifics)) return false;
  const size_t close = line.find("):");
  return close != std::string_view::npos && close < 160 && line.find(" (") < close;
}

int Score(const PageView& page) {
  int labels = 0;
  for (std::string_view line : page.lines) labels += IsLegacyLabel(line);
  return std::min(10, labels) + 3 * std::min(3, LinesOpeningWith(page, {"Tran: ", "Show: "}));
}

bool IsPreambleChrome(std::string_view line) {
  return line.size() <= 100 && StartsWithAnyIgnoreCase(line, kHeaderFields);
}

Layout Make() {
  Layout l;
  l.name = "npr-legacy";
  l.description = "npr.org before 2010 and NPR archive records: Mr. NAME (Role): labels";
  l.score = Score;
  l.is_preamble_chrome = IsPreambleChrome;
  return l;
}

}  // namespace

const Layout& NprLegacyLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
