// CNN transcripts: the site's furniture down to "Return to Transcripts main page", the show's
// name and the headline above "Aired May 12, 2005 - 13:30 ET", the rush-transcript notice.
#include "base/text_util.h"
#include "parse/layouts/layouts.h"

namespace newsarchive {
namespace {

int Score(const PageView& page) {
  return 10 * LinesOpeningWith(page, {"Return to Transcripts", "CNN.com - Transcripts",
                                      "Transcripts main page"}) +
         3 * LinesOpeningWith(page, {"Aired "}) +
         3 * LinesOpeningWith(page, {"THIS TRANSCRIPT MAY NOT BE"}) +
         std::min(5, LinesContaining(page, {", CNN "}));
}

HeaderMark Mark(std::string_view line) {
  if (StartsWithIgnoreCase(line, "Return to Transcripts")) return HeaderMark::kSiteHeaderEnds;
  if (StartsWithIgnoreCase(line, "Aired ")) return HeaderMark::kShowLineBelow;
  return HeaderMark::kNone;
}

Layout Make() {
  Layout l;
  l.name = "cnn";
  l.description = "CNN transcripts: \"Return to Transcripts main page\", \"Aired ...\"";
  l.score = Score;
  l.chrome_lines = {"Return to Transcripts main page"};
  l.chrome_prefixes = {"Return to Transcripts",
                       "THIS IS A RUSH TRANSCRIPT",
                       "This is a rush transcript. Copy may not",
                       "Aired ",
                       "THIS TRANSCRIPT MAY NOT BE",
                       "CNN.com - Transcripts",
                       "Transcripts main page",
                       "TO ORDER A VIDEO OF THIS TRANSCRIPT"};
  l.sources = {{"CNN", "CNN"}, {"Cable News Network", "CNN"}};
  l.header_mark = Mark;
  l.complete_metadata = CompleteRushTranscriptShowLine;
  l.fallback_source = "CNN";
  return l;
}

}  // namespace

const Layout& CnnLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
