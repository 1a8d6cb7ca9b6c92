#include "read/caption_reader.h"

#include <gtest/gtest.h>

#include "parse/transcript_parser.h"

namespace newsarchive {
namespace {

std::vector<std::pair<std::string, std::string>> Turns(const Article& a) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Quote& q : a.quotes) {
    if (q.kind != QuoteKind::kTurn) continue;
    out.emplace_back(q.speaker >= 0 ? a.speakers[q.speaker].name : "", q.text);
  }
  return out;
}

const char kVtt[] =
    "WEBVTT\n\nNOTE a fictional track\nover two lines\n\n"
    "STYLE\n::cue { color: yellow }\n\n"
    "00:00:01.000 --> 00:00:04.500 align:start\n<v Chair Ingrid Solberg>The committee will\n"
    "come to <i>order</i>.\n\n"
    "00:00:04.600 --> 00:00:06.000\n<v Chair Ingrid Solberg>Director, welcome.\n\n"
    "intro-3\n00:00:06.200 --> 00:00:09.000\n<v Samuel Achebe>Thank you &amp; good morning.\n";

TEST(CaptionReader, WebVttVoicesAreSpeakersAndTheirCuesOneTurnWithItsStartTime) {
  EXPECT_TRUE(LooksLikeWebVtt("\xEF\xBB\xBFWEBVTT\n"));
  EXPECT_FALSE(LooksLikeWebVtt("WEBVTTX\n"));
  const Document d = CaptionDocument(kVtt, true, "a.vtt");
  EXPECT_EQ(d.reader, "webvtt");
  Result<Article> a = ParseDocument(d);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  const auto turns = Turns(*a);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(turns[0].first, "Ingrid Solberg");
  EXPECT_NE(turns[0].second.find("The committee will come to order."), std::string::npos);
  EXPECT_NE(turns[0].second.find("Director, welcome."), std::string::npos);
  EXPECT_EQ(turns[1].first, "Samuel Achebe");
  EXPECT_EQ(turns[1].second, "Thank you & good morning.");
  for (const auto& t : turns) {
    for (const char* noise : {"-->", "NOTE", "color", "<v", "<i>", "intro-3"}) {
      EXPECT_EQ(t.second.find(noise), std::string::npos) << noise << " in " << t.second;
    }
  }
  EXPECT_EQ(a->quotes[0].start, "00:00:01.000");
  EXPECT_EQ(a->quotes[1].start, "00:00:06.200");
}

const char kSrt[] =
    "1\n00:00:01,000 --> 00:00:03,000\n>> TOMAS REYES: Good evening. The reservoir\n"
    "stands at its\n\n"
    "2\n00:00:03,100 --> 00:00:05,000\nlowest level since 1977.\n\n"
    "3\n00:00:05,100 --> 00:00:07,000\n>> ADAEZE NWOSU: Farmers are worried.\n\n"
    "4\n00:00:07,100 --> 00:00:09,000\n>> TOMAS REYES: Thank you, Adaeze.\n";

TEST(CaptionReader, SrtSpeakerChangesAtMarkersAndPlainCuesCarryTheTurnOn) {
  EXPECT_TRUE(LooksLikeSrt(kSrt));
  EXPECT_FALSE(LooksLikeSrt("1\nHeadline\n"));
  const Document d = CaptionDocument(kSrt, false, "a.srt");
  EXPECT_EQ(d.reader, "srt");
  Result<Article> a = ParseDocument(d);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  const auto turns = Turns(*a);
  ASSERT_EQ(turns.size(), 3u);
  EXPECT_EQ(turns[0].first, "Tomas Reyes");
  EXPECT_NE(turns[0].second.find("stands at its lowest level since 1977."), std::string::npos)
      << turns[0].second;
  EXPECT_EQ(turns[1].first, "Adaeze Nwosu");
  EXPECT_EQ(turns[2].first, "Tomas Reyes");
  EXPECT_EQ(a->quotes[0].start, "00:00:01.000");
  EXPECT_EQ(a->quotes[1].start, "00:00:05.100");
}

TEST(CaptionReader, GarbageIsNoCrashAndNoSpeech) {
  const Document d = CaptionDocument("WEBVTT\n\n-->\n<v>\n<v \n00:00 --> \n", true, "x.vtt");
  for (const Block& b : d.blocks) EXPECT_EQ(b.text.find("-->"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive
