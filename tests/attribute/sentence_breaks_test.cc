#include "attribute/sentence_breaks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const TextSpan& s : SentenceSpans(text))
    out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(SentenceBreaks, AbbreviationsEndNoSentence) {
  struct Case {
    const char* text;
    std::vector<std::string> sentences;
  } cases[] = {
      {"A law signed by Gov. Tina Marsh passed. It took effect.",
       {"A law signed by Gov. Tina Marsh passed. ", "It took effect."}},
      {"Sen. Bo Lind spoke. The U.S. Army came.", {"Sen. Bo Lind spoke. ", "The U.S. Army came."}},
      {"At 5 p.m. Tuesday she left. Dr. Ames stayed.",
       {"At 5 p.m. Tuesday she left. ", "Dr. Ames stayed."}},
      {"George W. Bush met Mr. Ode in St. Louis. Then?",
       {"George W. Bush met Mr. Ode in St. Louis. ", "Then?"}},
      {"PORTVILLE, Ore. — The council voted.", {"PORTVILLE, Ore. — The council voted."}},
      {"\"Go home.\" She left.", {"\"Go home.\" ", "She left."}},
      {"\"Why?\" she asked. Nobody knew.", {"\"Why?\" she asked. ", "Nobody knew."}},
      {"One line\nwrapped here. Two.", {"One line\nwrapped here. ", "Two."}},
      {"", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Sentences(c.text), c.sentences) << c.text;
}

TEST(SentenceBreaks, KnowsAbbreviationsAsPrinted) {
  for (const char* w : {"Gov.", "Sen.", "U.S.", "p.m.", "Calif.", "Jan.", "W.", "(Rep.", "St."}) {
    EXPECT_TRUE(IsAbbreviation(w)) << w;
  }
  for (const char* w : {"said.", "no.", "US", "Gov", "it."}) EXPECT_FALSE(IsAbbreviation(w)) << w;
}

}  // namespace
}  // namespace newsarchive
