#include "attribute/prose_attribution.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "attribute/prose_test_util.h"

namespace newsarchive {
namespace {

using testing_util::ArticleOf;
using testing_util::Found;

// A wire story of our own in the conventions of the print fixtures.
Article Story() {
  return ArticleOf({
      "The Larch Harbor Port Commission voted 4-1 on Monday to dredge the north channel.",
      "\"We have waited long enough,\" said Commissioner Ines Varga, who wrote the plan.",
      "Harbor pilot Tomas Reyes, 58, told the commission the channel had silted badly.",
      "\"I have run this channel for thirty years. It has never been this shallow.",
      "\"Something has to give,\" Reyes said.",
      "The dredging follows a state order signed by Gov. Lena Holt in March.",
  });
}

TEST(ProseAttribution, FillsProseQuotesPeopleAndMentions) {
  Article a = Story();
  AttributeProse(&a);
  EXPECT_EQ(Found(a), (std::vector<std::string>{
                          "direct Ines Varga: We have waited long enough",
                          "reported Tomas Reyes: the channel had silted badly",
                          "direct Tomas Reyes: I have run this channel for thirty years. It has "
                          "never been this shallow.\n\nSomething has to give",
                      }));
  std::vector<std::string> people;
  for (const Speaker& s : a.speakers) {
    std::string roles;
    for (const Role& r : s.roles) roles += (roles.empty() ? "" : "; ") + r.title;
    people.push_back(s.name + ": " + roles);
  }
  EXPECT_EQ(people, (std::vector<std::string>{"Ines Varga: Commissioner",
                                              "Tomas Reyes: harbor pilot", "Lena Holt: Governor"}));
  // Every naming, with where it stands.
  std::vector<std::string> mentions;
  for (const Mention& m : a.mentions) {
    mentions.push_back(a.speakers[m.speaker].name + "=" +
                       a.quotes[m.found_in].text.substr(m.begin, m.end - m.begin));
  }
  EXPECT_EQ(mentions, (std::vector<std::string>{"Ines Varga=Ines Varga", "Tomas Reyes=Tomas Reyes",
                                                "Tomas Reyes=Reyes", "Lena Holt=Lena Holt"}));
  // Offsets point at the words.
  for (const Quote& q : a.prose_quotes) {
    const std::string at = a.quotes[q.found_in].text.substr(q.begin, q.end - q.begin);
    EXPECT_EQ(at.substr(0, 10), q.text.substr(0, 10));
  }
}

TEST(ProseAttribution, RunningTwiceChangesNothing) {
  Article a = Story();
  AttributeProse(&a);
  const std::vector<std::string> first = Found(a);
  const size_t speakers = a.speakers.size();
  const size_t mentions = a.mentions.size();
  AttributeProse(&a);
  EXPECT_EQ(Found(a), first);
  EXPECT_EQ(a.speakers.size(), speakers);
  EXPECT_EQ(a.mentions.size(), mentions);
}

TEST(ProseAttribution, AnEmptyStoryHasNothing) {
  Article a;
  AttributeProse(&a);
  EXPECT_TRUE(a.prose_quotes.empty());
  EXPECT_TRUE(a.mentions.empty());
  EXPECT_TRUE(a.speakers.empty());
}

}  // namespace
}  // namespace newsarchive
