// The BBC, ABC (Australia) and ministers' transcripts: "E&OE TRANSCRIPT" headers, "Tony Eastley
// reported this story on Friday, February 7, 2014 08:24:00".
#include "base/text_util.h"
#include "parse/layouts/layouts.h"

namespace newsarchive {
namespace {

int Score(const PageView& page) {
  return 3 * LinesEqualTo(page, {"E&OE TRANSCRIPT", "E&OE"}) +
         3 * LinesContaining(page, {"reported this story on "}) +
         2 * std::min(3, LinesContaining(page, {"BBC"}));
}

bool IsPreambleChrome(std::string_view line) {
  return line.size() < 140 && line.find(" reported this story on ") != std::string_view::npos;
}

Layout Make() {
  Layout l;
  l.name = "international";
  l.description = "BBC, ABC (Australia), ministers' E&OE transcripts";
  l.score = Score;
  l.chrome_lines = {"E&OE TRANSCRIPT", "E&OE"};
  l.sources = {{"BBC", "BBC"}};
  l.is_preamble_chrome = IsPreambleChrome;
  return l;
}

}  // namespace

const Layout& InternationalLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
