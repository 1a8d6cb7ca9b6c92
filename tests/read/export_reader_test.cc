#include "read/export_reader.h"

#include <gtest/gtest.h>

#include "parse/transcript_parser.h"

namespace newsarchive {
namespace {

TEST(ExportReader, TurnLinesInTheServicesForms) {
  ExportTurnLine t;
  ASSERT_TRUE(ParseExportTurnLine("Speaker 1 (00:00:02): Good afternoon.", &t));
  EXPECT_EQ(t.name, "Speaker 1");
  EXPECT_EQ(t.start, "00:00:02");
  EXPECT_EQ(std::string("Speaker 1 (00:00:02): Good afternoon.").substr(t.speech),
            "Good afternoon.");
  ASSERT_TRUE(ParseExportTurnLine("Marisol Peake  01:02", &t));
  EXPECT_EQ(t.name, "Marisol Peake");
  EXPECT_EQ(t.start, "00:01:02");
  ASSERT_TRUE(ParseExportTurnLine("Sam Roe [01:02:03]", &t));
  EXPECT_EQ(t.start, "01:02:03");
  EXPECT_FALSE(ParseExportTurnLine("The meeting starts at 10:30 sharp.", &t));
  EXPECT_FALSE(ParseExportTurnLine("Good afternoon.", &t));
}

const char kExport[] =
    "Harbor Authority briefing\n\n"
    "Speaker 1 (00:00:02):\nGood afternoon. I'm Marisol Peake, communications director.\n\n"
    "Speaker 2 (00:00:09):\nThanks, Marisol. Questions after a statement.\n\n"
    "Speaker 3 (00:00:15):\nWill the channel close?\n\n"
    "Speaker 2 (00:00:18):\nFor six weeks.\n";

TEST(ExportReader, NumberedSpeakersStayApartAndOneIsNamedFromHerIntroduction) {
  EXPECT_TRUE(LooksLikeExport(kExport));
  EXPECT_FALSE(LooksLikeExport("Headline\n\nThe meeting starts at 10:30.\n"));
  const Document d = ExportDocument(kExport, "a.txt");
  EXPECT_EQ(d.reader, "export");
  Result<Article> a = ParseDocument(d);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Harbor Authority briefing");
  std::vector<std::string> names;
  for (const Quote& q : a->quotes) {
    if (q.kind == QuoteKind::kTurn && q.speaker >= 0) names.push_back(a->speakers[q.speaker].name);
  }
  ASSERT_EQ(names.size(), 4u);
  EXPECT_EQ(names[0], "Marisol Peake");
  EXPECT_EQ(names[1], names[3]);
  EXPECT_NE(names[1], names[2]);
  EXPECT_NE(names[2], "Marisol Peake");
  for (const Speaker& s : a->speakers) {
    if (s.name != "Marisol Peake") {
      EXPECT_TRUE(s.unidentified) << s.name;
    }
  }
  EXPECT_EQ(a->quotes[0].start, "00:00:02");
  EXPECT_EQ(a->quotes[3].start, "00:00:18");
  for (const Quote& q : a->quotes) EXPECT_EQ(q.text.find("00:00"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive
