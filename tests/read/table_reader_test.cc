#include "read/table_reader.h"

#include <gtest/gtest.h>

#include "parse/transcript_parser.h"
#include "read/input_format.h"

namespace newsarchive {
namespace {

struct Said {
  std::string speaker;
  std::string text;
  std::string start;
};

// The turns `text` parses to, read as a table.
std::vector<Said> TurnsOf(const std::string& text, Article* article = nullptr) {
  const Document d = TableDocument(text, "t.csv");
  EXPECT_EQ(d.reader, "table");
  Result<Article> a = ParseDocument(d);
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  std::vector<Said> out;
  if (!a.ok()) return out;
  for (const Quote& q : a->quotes) {
    if (q.kind != QuoteKind::kTurn) continue;
    out.push_back({q.speaker >= 0 ? a->speakers[q.speaker].name : "-", q.text, q.start});
  }
  if (article != nullptr) *article = *a;
  return out;
}

TEST(TableReader, MarkdownTableWithTimeSpeakerAndRole) {
  const std::string text =
      "Harbor Talk, Episode 12: Dredging the Marlow Channel\n\n"
      "| Time | Speaker | Transcript |\n|---|---|---|\n"
      "| 00:00:04 | Pella Orstad, Host | Welcome back. Today: the channel. |\n"
      "| 00:00:14 | Ivo Brask | Thanks. The dredging starts in May, \\| weather allowing. |\n"
      "| 00:00:26 | Pella Orstad, Host | Who pays? |\n\n"
      "Transcribed by Quay Words.\n";
  EXPECT_TRUE(LooksLikeTranscriptTable(text));
  EXPECT_EQ(ChooseInputFormat(text, "episode.txt"), InputFormat::kTable);
  Article a;
  const std::vector<Said> turns = TurnsOf(text, &a);
  ASSERT_EQ(turns.size(), 3u);
  EXPECT_EQ(a.title, "Harbor Talk, Episode 12: Dredging the Marlow Channel");
  EXPECT_EQ(turns[0].speaker, "Pella Orstad");
  EXPECT_EQ(turns[0].start, "00:00:04");
  EXPECT_EQ(turns[1].speaker, "Ivo Brask");
  EXPECT_EQ(turns[1].text, "Thanks. The dredging starts in May, | weather allowing.");
  EXPECT_EQ(turns[2].speaker, "Pella Orstad");
  EXPECT_EQ(turns[2].start, "00:00:26");
  for (const Said& s : turns) EXPECT_EQ(s.text.find("Quay Words"), std::string::npos) << s.text;
  bool told = false;
  for (const Diagnostic& w : TableDocument(text, "t.md").warnings) {
    told = told || (w.line == 9 && w.message.find("below the table") != std::string::npos);
  }
  EXPECT_TRUE(told) << "the line left out is named";
  bool host = false;
  for (const Speaker& s : a.speakers) {
    for (const Role& r : s.roles) host = host || (s.name == "Pella Orstad" && r.title == "Host");
  }
  EXPECT_TRUE(host);
}

TEST(TableReader, CsvWithQuotedCellsAndARowContinuingItsSpeaker) {
  const std::string text =
      "Speaker,Start Time,End Time,Text\n"
      "Odile Varga,0:02,0:09,\"Good morning, and welcome.\"\n"
      "Odile Varga,0:09,0:12,\"We begin with the \"\"levy\"\" vote.\"\n"
      "Teodor Halm,0:12,0:20,\"I move the motion,\nseconded by the chair.\"\n";
  EXPECT_EQ(ChooseInputFormat(text, "minutes.csv"), InputFormat::kTable);
  const std::vector<Said> turns = TurnsOf(text);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(turns[0].speaker, "Odile Varga");
  EXPECT_EQ(turns[0].text, "Good morning, and welcome.\n\nWe begin with the \"levy\" vote.");
  EXPECT_EQ(turns[0].start, "00:00:02");
  EXPECT_EQ(turns[1].speaker, "Teodor Halm");
  EXPECT_EQ(turns[1].text, "I move the motion, seconded by the chair.");
}

TEST(TableReader, TabSeparatedWithNumberedSpeakers) {
  const std::string text =
      "Speaker\tText\nSpeaker 1\tHello, I'm Rosa Fenn from the county.\n"
      "Speaker 2\tThanks for coming.\nSpeaker 1\tGlad to.\n";
  const std::vector<Said> turns = TurnsOf(text);
  ASSERT_EQ(turns.size(), 3u);
  EXPECT_EQ(turns[0].speaker, "Rosa Fenn");
  EXPECT_EQ(turns[2].speaker, "Rosa Fenn");
  EXPECT_NE(turns[1].speaker, "Rosa Fenn");
}

TEST(TableReader, OtherTablesAndProseAreNoTranscripts) {
  // A table of figures, a story with commas, a header with only one row under it.
  EXPECT_FALSE(LooksLikeTranscriptTable("Year,Tonnage,Berths\n2019,4100,12\n2020,3900,12\n"));
  EXPECT_FALSE(LooksLikeTranscriptTable(
      "Harbor dredging to start\n\nThe speaker, a county official, said the text was final.\n"
      "Work starts in May, weather allowing, and ends in June.\n"));
  EXPECT_FALSE(LooksLikeTranscriptTable("Speaker,Text\nOdile Varga,Good morning.\n"));
  // A cell too long to be anyone's name.
  EXPECT_FALSE(LooksLikeTranscriptTable(
      "Name,Text\n" + std::string(90, 'x') + ",Good morning.\n" + std::string(90, 'y') +
      ",Hello.\n"));
  EXPECT_EQ(ChooseInputFormat("Year,Tonnage\n2019,4100\n", "figures.txt"), InputFormat::kText);
}

}  // namespace
}  // namespace newsarchive
