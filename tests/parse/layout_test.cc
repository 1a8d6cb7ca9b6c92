#include "parse/layout.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "parse/layouts/layouts.h"
#include "parse/page_chrome.h"
#include "parse/transcript_parser.h"

namespace newsarchive {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string Detect(const std::string& text) {
  const std::vector<std::string> owned = Lines(text);
  const std::vector<std::string_view> lines(owned.begin(), owned.end());
  return std::string(DetectLayout(PageView{lines}).name);
}

TEST(Layout, EveryLayoutHasANameADescriptionAndAScoreAndTheGenericIsLast) {
  std::set<std::string_view> names;
  for (const Layout* layout : Layouts()) {
    EXPECT_FALSE(layout->name.empty());
    EXPECT_FALSE(layout->description.empty()) << layout->name;
    EXPECT_NE(layout->score, nullptr) << layout->name;
    EXPECT_TRUE(names.insert(layout->name).second) << "two layouts named " << layout->name;
  }
  ASSERT_FALSE(Layouts().empty());
  EXPECT_EQ(Layouts().back(), &GenericLayout());
}

// Pages written for this test, each in one layout's conventions.
TEST(Layout, DetectsEachLayoutFromItsCues) {
  struct Case {
    const char* layout;
    const char* page;
  };
  const Case cases[] = {
      {"cnn",
       "Return to Transcripts main page\nHARBOR WATCH\nFerry Strike Ends\nAired May 3, 2011 - "
       "21:00 ET\nMARA VOSS, CNN ANCHOR: Good evening.\n"},
      {"npr-station",
       "Play Live Radio\nNext Up:\nFerry Strike Ends\nOriginally published on May 3, 2011\n"},
      {"npr",
       "NPR logo\nFerry Strike Ends\nHeard on Morning Edition\nMARA VOSS, HOST: Good morning.\n"
       "TOMAS REYES, BYLINE: The ferries are back.\nTranscript provided by NPR, Copyright NPR.\n"},
      {"npr-legacy",
       "Ferry Strike Ends\nMr. TOMAS REYES (Deckhand): We held out.\nMs. MARA VOSS (Host): "
       "For how long?\nMr. TOMAS REYES (Deckhand): Nine weeks.\n"},
      {"pbs", "Ferry Strike Ends\nPBS NewsHour\nSupport Provided By:\n"},
      {"network",
       "This is a rush transcript from \"Harbor Watch,\" May 3, 2011.\nCBS News\nMTP STILL\n"},
      {"international", "E&OE TRANSCRIPT\nMara Voss reported this story on Friday, May 3.\n"},
      {"democracy-now", "Democracy Now!\nNon-commercial news needs your support.\n"},
      {"podcast",
       "Prologue\n\nMara Voss\n\nIt started with a ferry.\n\nTomas Reyes\n\nIt did.\n\nMara "
       "Voss\n\nAnd then?\n\nTomas Reyes\n\nNine weeks.\n"},
      {"hearing",
       "Mr. Linder. The meeting will come to order.\nMs. Okafor. Thank you.\nMr. Linder. "
       "Proceed.\n"},
      {"article",
       "Ferry Strike Ends\nBy Mara Voss, Staff Writer\nHALDEN FALLS, Ore. \u2014 The ferries "
       "are back.\n"},
      {"article", "Ferry Strike Ends\n(AP) \u2014 The ferries are back.\n"},
      {"generic", "Ferry Strike Ends\nBy Mara Voss\nThe ferries are back.\n"},
      {"generic",
       "Ferry Strike Ends\nHALDEN FALLS \u2014 The ferries are back.\nMARA VOSS: They are.\n"},
  };
  for (const Case& c : cases) EXPECT_EQ(Detect(c.page), c.layout) << c.page;
}

TEST(Layout, HeaderMarksComeFromTheLayoutThatSetsThePageSo) {
  ASSERT_NE(CnnLayout().header_mark, nullptr);
  EXPECT_EQ(CnnLayout().header_mark("Return to Transcripts main page"),
            HeaderMark::kSiteHeaderEnds);
  EXPECT_EQ(CnnLayout().header_mark("Aired May 3, 2011 - 21:00 ET"), HeaderMark::kShowLineBelow);
  EXPECT_EQ(CnnLayout().header_mark("Play Live Radio"), HeaderMark::kNone);
  ASSERT_NE(NprStationLayout().header_mark, nullptr);
  EXPECT_EQ(NprStationLayout().header_mark("Play Live Radio"), HeaderMark::kSiteHeaderEnds);
  EXPECT_EQ(NprStationLayout().header_mark("Originally published on May 3, 2011 5:01 pm"),
            HeaderMark::kHeadlineAbove);
  EXPECT_EQ(GenericLayout().header_mark, nullptr);
}

TEST(Layout, LabelShapesOfTheirOwn) {
  constexpr size_t npos = std::string_view::npos;
  ASSERT_NE(HearingLayout().label_end, nullptr);
  EXPECT_EQ(HearingLayout().label_end("Mr. Linder. The meeting will come to order."),
            std::make_pair(size_t{10}, size_t{12}));
  EXPECT_EQ(HearingLayout().label_end("Chairman LEAHY. Thank you."),
            std::make_pair(size_t{14}, size_t{16}));
  EXPECT_EQ(HearingLayout().label_end("Mr. Linder said the meeting would start.").first, npos);
  ASSERT_NE(NprStationLayout().label_end, nullptr);
  // "MR. TOMAS REYESFrom ...": the speech starts at the capital that opens its first word.
  EXPECT_EQ(NprStationLayout().label_end("MR. TOMAS REYESFrom the harbor, this is the show."),
            std::make_pair(size_t{15}, size_t{15}));
  EXPECT_EQ(NprStationLayout().label_end("MR. REYES went home.").first, npos);
  EXPECT_TRUE(PodcastLayout().bare_name_labels);
  EXPECT_FALSE(NprLayout().bare_name_labels);
}

// Furniture lists are every layout's: an exact furniture line is never speech on any page.
TEST(Layout, EveryLayoutsFurnitureIsChromeOnAnyPage) {
  for (const Layout* layout : Layouts()) {
    for (std::string_view line : layout->chrome_lines) {
      EXPECT_TRUE(IsChromeLine(line)) << layout->name << ": " << line;
    }
    for (std::string_view prefix : layout->chrome_prefixes) {
      EXPECT_TRUE(IsChromeLine(std::string(prefix) + " and more")) << layout->name << ": "
                                                                   << prefix;
    }
  }
  EXPECT_TRUE(IsChromeLine("Act Two: The Harbor"));  // the podcast layout's rule
  EXPECT_FALSE(IsChromeLine("MARA VOSS, HOST: Good morning."));
}

TEST(Layout, PublishersFromEveryLayoutTheFirstNamedWins) {
  EXPECT_EQ(SourceNamedByLayouts("Copyright 2011 Cable News Network"), "CNN");
  EXPECT_EQ(SourceNamedByLayouts("a PBS NewsHour production"), "PBS");
  EXPECT_EQ(SourceNamedByLayouts("Fox News and then NPR"), "Fox News");
  EXPECT_EQ(SourceNamedByLayouts("Harbor Radio"), "");
}

// The parser reads the page with its layout's rules: a hearing record's "Mr. Linder." labels.
TEST(Layout, AHearingRecordsPeriodLabelsAreTurnsOnItsPages) {
  Result<Article> hearing = ParseTranscript(
      "Harbor Hearing\n\nMr. Linder. The meeting will come to order.\n\nMs. Okafor. Thank "
      "you, Mr. Chairman.\n",
      "h.txt");
  ASSERT_TRUE(hearing.ok()) << hearing.status().ToString();
  EXPECT_EQ(hearing->layout, "hearing");
  ASSERT_EQ(hearing->quotes.size(), 2u);
  EXPECT_EQ(hearing->speakers[hearing->quotes[1].speaker].name, "Okafor");
}

// The Congressional Record's chair is named by the office alone: a turn of no person, never
// run on as the words of the member before it.
TEST(Layout, AHearingRecordsPresidingOfficerIsAPartNotTheLastSpeaker) {
  Result<Article> record = ParseTranscript(
      "CONGRESSIONAL RECORD\n\nHARBOR DREDGING ACT\n\n"
      "Mr. VELLACOTT. Mr. President, I rise to speak about the harbor bill.\n\n"
      "The PRESIDING OFFICER. The Senator from Orren is recognized.\n\n"
      "Mr. VELLACOTT. I thank the Chair.\n\nMs. ODERMATT. Will the Senator yield?\n\n"
      "The SPEAKER pro tempore. Without objection.\n",
      "cr.txt");
  ASSERT_TRUE(record.ok()) << record.status().ToString();
  EXPECT_EQ(record->layout, "hearing");
  ASSERT_EQ(record->quotes.size(), 5u);
  EXPECT_EQ(record->quotes[0].text, "Mr. President, I rise to speak about the harbor bill.");
  EXPECT_LT(record->quotes[1].speaker, 0);
  EXPECT_EQ(record->quotes[1].label, "The PRESIDING OFFICER");
  EXPECT_EQ(record->quotes[1].text, "The Senator from Orren is recognized.");
  EXPECT_LT(record->quotes[4].speaker, 0);
  EXPECT_EQ(record->quotes[4].label, "The SPEAKER pro tempore");
  for (const Speaker& s : record->speakers) {
    EXPECT_EQ(s.name.find("Officer"), std::string::npos) << s.name;
    EXPECT_EQ(s.name.find("Speaker"), std::string::npos) << s.name;
  }
}

// A record's opening ("met, pursuant to call") makes the one label of a first page a turn,
// and the presiding member named there lends it his full name; without it one line is not
// enough.
TEST(Layout, AHearingRecordsOpeningMakesASingleLabelATurn) {
  Result<Article> record = ParseTranscript(
      "Hearing on Harbor Dredging\n\nThe subcommittee met, pursuant to call, at 10:00 a.m., "
      "Hon. Abel Marrow [chairman of the subcommittee] presiding.\n\n"
      "Mr. Marrow. The subcommittee will come to order. We meet on the harbor.\n",
      "h.txt");
  ASSERT_TRUE(record.ok()) << record.status().ToString();
  EXPECT_EQ(record->layout, "hearing");
  ASSERT_FALSE(record->quotes.empty());
  const Quote& turn = record->quotes.back();
  ASSERT_GE(turn.speaker, 0);
  EXPECT_EQ(record->speakers[turn.speaker].name, "Abel Marrow");
  EXPECT_EQ(turn.text, "The subcommittee will come to order. We meet on the harbor.");

  Result<Article> prose = ParseTranscript(
      "Harbor Notes\n\nThe harbor was dredged in May.\n\nMr. Marrow. The name is on the door.\n",
      "n.txt");
  if (prose.ok()) {
    EXPECT_NE(prose->layout, "hearing");
  }
}

}  // namespace
}  // namespace newsarchive
