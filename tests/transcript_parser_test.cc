#include "core/transcript_parser.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/text_decode.h"

namespace newsarchive {
namespace {

constexpr const char* kSeedPath = "/work/shared/seeds/000_adae15423d2abf8f.txt";

Article MustParse(const std::string& text, const std::string& name = "test.txt") {
  Result<Article> r = ParseTranscript(text, name);
  EXPECT_TRUE(r.ok()) << name << ": " << r.status().ToString();
  return r.ok() ? std::move(*r) : Article();
}

std::string SpeakerOf(const Article& a, const Quote& q) {
  return q.speaker < 0 ? "-" : a.speakers[q.speaker].name;
}

// "Name|Name|..." for the speakers of the turns, in order.
std::string TurnSpeakers(const Article& a) {
  std::string out;
  for (const Quote& q : a.quotes) {
    if (q.kind != QuoteKind::kTurn) continue;
    if (!out.empty()) out += '|';
    out += SpeakerOf(a, q);
  }
  return out;
}

bool HasRole(const Speaker& s, const std::string& needle) {
  for (const Role& r : s.roles) {
    std::string title = r.title;
    for (char& c : title) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
    if (title.find(needle) != std::string::npos) return true;
  }
  return false;
}

TEST(TranscriptParser, SeedTranscriptMeetsTheAcceptanceChecks) {
  std::ifstream in(kSeedPath, std::ios::binary);
  if (!in) GTEST_SKIP() << "seed not present at " << kSeedPath;
  std::stringstream bytes;
  bytes << in.rdbuf();
  Result<DecodedText> decoded = DecodeText(bytes.str());
  ASSERT_TRUE(decoded.ok());
  Article a = MustParse(decoded->text, "seed.txt");
  EXPECT_EQ(a.title, "President Trump Meets With North Korean Leader Kim Jong Un In Second Summit");
  EXPECT_EQ(a.summary.rfind("The second summit between", 0), 0u) << a.summary;
  EXPECT_EQ(a.dateline, "Hanoi");
  EXPECT_EQ(a.source, "NPR");
  ASSERT_EQ(a.speakers.size(), 4u);
  EXPECT_EQ(a.speakers[0].name, "Ayesha Rascoe");
  EXPECT_EQ(a.speakers[1].name, "Donald Trump");
  EXPECT_EQ(a.speakers[2].name, "Kim Jong Un");
  EXPECT_EQ(a.speakers[3].name, "Fred Fleitz");
  EXPECT_EQ(TurnSpeakers(a),
            "Ayesha Rascoe|Donald Trump|Ayesha Rascoe|Kim Jong Un|Ayesha Rascoe|Donald Trump|"
            "Ayesha Rascoe|Fred Fleitz|Ayesha Rascoe|Donald Trump|Ayesha Rascoe");
  ASSERT_EQ(a.quotes.size(), 11u);
  EXPECT_EQ(a.quotes[0].text.rfind("If President Trump has any doubts", 0), 0u);
  for (const Quote& q : a.quotes) {
    const bool kim = SpeakerOf(a, q) == "Kim Jong Un";
    EXPECT_EQ(q.via_interpreter, kim) << q.text;
    if (kim) {
      EXPECT_EQ(q.text.rfind("And I truly believe", 0), 0u) << q.text;
    }
    for (const char* chrome : {"Play Live Radio", "0:00", "Transcript provided by NPR",
                               "is a White House correspondent", "NPR News, Hanoi"}) {
      EXPECT_EQ(q.text.find(chrome), std::string::npos) << chrome << " in: " << q.text;
    }
  }
  EXPECT_TRUE(HasRole(a.speakers[1], "president"));
  EXPECT_TRUE(HasRole(a.speakers[2], "supreme leader"));
  EXPECT_TRUE(HasRole(a.speakers[0], "byline"));
  EXPECT_TRUE(HasRole(a.speakers[0], "correspondent") || HasRole(a.speakers[0], "reporter"));
  EXPECT_TRUE(HasRole(a.speakers[3], "chief of staff"));
}

}  // namespace
}  // namespace newsarchive
