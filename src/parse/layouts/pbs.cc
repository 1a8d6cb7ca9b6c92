// PBS NewsHour pages: the underwriters' credits ("Support Provided By:").
#include "base/text_util.h"
#include "parse/layouts/layouts.h"

namespace newsarchive {
namespace {

int Score(const PageView& page) {
  return 3 * std::min(3, LinesContaining(page, {"NewsHour", "NEWSHOUR", "PBS"})) +
         3 * LinesOpeningWith(page, {"Support Provided By"});
}

Layout Make() {
  Layout l;
  l.name = "pbs";
  l.description = "PBS NewsHour: \"Support Provided By\"";
  l.score = Score;
  l.chrome_lines = {"Support Provided By:", "Support Provided By", "Read the Full Transcript",
                   "Read Full Transcript"};
  l.chrome_prefixes = {"Support Provided By", "Support for this program"};
  l.sources = {{"NewsHour", "PBS"}, {"PBS", "PBS"}};
  return l;
}

}  // namespace

const Layout& PbsLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
