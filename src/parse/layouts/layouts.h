// The layout profiles, one file each; Layouts() (parse/layout.h) lists them. Adding a layout is a
// new file here, its line in this header and in the list of layout.cc, and its table tests.
#ifndef NEWSARCHIVE_PARSE_LAYOUTS_LAYOUTS_H_
#define NEWSARCHIVE_PARSE_LAYOUTS_LAYOUTS_H_

#include "parse/layout.h"

namespace newsarchive {

const Layout& NprLayout();            // npr.org, "NAME, BYLINE:" labels
const Layout& NprLegacyLayout();      // npr.org before 2010: "Mr. NAME (Role):", dated teasers
const Layout& NprStationLayout();     // member stations: "Play Live Radio", glued labels
const Layout& CnnLayout();            // CNN transcripts: "Return to Transcripts", "Aired ..."
const Layout& PbsLayout();            // PBS NewsHour
const Layout& NetworkLayout();        // NBC, ABC, CBS, Fox News, MSNBC: rush transcripts
const Layout& InternationalLayout();  // BBC, ABC (Australia), ministers' E&OE transcripts
const Layout& DemocracyNowLayout();   // Democracy Now!: appeals above the story
const Layout& PodcastLayout();        // podcast sites: acts, names alone above speech
const Layout& HearingLayout();        // hearing records: "Mr. Linder. The meeting ..."
const Layout& ParliamentLayout();     // Hansard: "Mr Tobias Wren (Eastmarch) (Lab)" above the speech
const Layout& EarningsLayout();       // earnings calls: Operator, "Name -- Title" above the speech
const Layout& BriefingLayout();       // press briefings: QUESTION:, the briefer from the header
const Layout& QaLayout();             // magazine Q&As: the publication's questions, "Interview by"
const Layout& CourtLayout();          // court transcripts, depositions: Q./A. under "BY MR. X:"
const Layout& ArticleLayout();        // print and web news articles: byline, dateline, no labels
// GenericLayout() is declared in parse/layout.h.

// The layout `kMake` builds, built on first use and kept for the life of the program.
template <Layout (*kMake)()>
const Layout& KeptLayout() {
  static const Layout* const layout = new Layout(kMake());
  return *layout;
}

// Cable transcripts' header (CNN, the networks' rush transcripts): the title read first is the
// show's name when a short headline-like teaser follows it; that teaser is the headline.
void CompleteRushTranscriptShowLine(std::string_view chrome, Article* article);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_LAYOUTS_LAYOUTS_H_
