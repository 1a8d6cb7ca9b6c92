// npr.org today: "NAME, BYLINE:" labels, the player and share bar above the story, "Heard on
// Morning Edition" in the furniture, "Transcript provided by NPR, Copyright NPR." below it.
#include "base/text_util.h"
#include "parse/layouts/layouts.h"

namespace newsarchive {
namespace {

int Score(const PageView& page) {
  return 3 * LinesEqualTo(page, {"NPR logo", "Support NPR", "Get The NPR App"}) +
         3 * LinesContaining(page, {"Transcript provided by NPR", "Copyright NPR"}) +
         3 * LinesOpeningWith(page, {"Heard on "}) +
         std::min(10, LinesContaining(page, {", BYLINE:", ", HOST:"}));
}

bool IsPreambleChrome(std::string_view line) {
  return line.size() <= 100 && StartsWithIgnoreCase(line, "Heard on ");
}

// "Heard on Morning Edition" above the story names the program.
void CompleteMetadata(std::string_view chrome, Article* article) {
  const size_t heard = chrome.find("Heard on ");
  if (heard == std::string_view::npos || !article->program.empty()) return;
  const size_t end = chrome.find('\n', heard);
  article->program = std::string(Trim(chrome.substr(heard + 9, end - heard - 9)));
}

Layout Make() {
  Layout l;
  l.name = "npr";
  l.description = "npr.org: NAME, BYLINE: labels, \"Heard on ...\", \"Transcript provided by NPR\"";
  l.score = Score;
  l.chrome_lines = {"NPR logo", "Hourly News", "Support NPR", "Get The NPR App",
                    "Audio will be available later today."};
  l.chrome_prefixes = {"Embed <iframe", "Download Embed", "Support for NPR", "Get the NPR",
                       "NPR's sites use cookies"};
  l.sources = {{"NPR", "NPR"}, {"National Public Radio", "NPR"}};
  l.is_preamble_chrome = IsPreambleChrome;
  l.complete_metadata = CompleteMetadata;
  return l;
}

}  // namespace

const Layout& NprLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
