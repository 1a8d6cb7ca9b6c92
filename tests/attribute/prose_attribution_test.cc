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

// A transcript in the seed's shape (our own words): a reporter's turn reports what a guest said
// and names two people who never speak, with their roles; the guest's own turn stays a turn.
TEST(ProseAttribution, ReportedSpeechAndPeopleInsideTranscriptTurns) {
  Article a;
  a.speakers.push_back({"Talia Brightwater", false, {"TALIA BRIGHTWATER, BYLINE"}, {}});
  a.speakers.push_back({"Gideon Farrow", false, {"GIDEON FARROW"}, {}});
  a.speakers.push_back({"Arlo Venn", false, {"PRESIDENT ARLO VENN"}, {}});
  Quote reporter;
  reporter.speaker = 0;
  reporter.text =
      "Gideon Farrow, a former chief of staff to national security adviser Helena Strand, said "
      "lifting the tariffs without a full deal has been a red line for the White House. Farrow "
      "says it's possible the U.S. might be willing to open a trade office in Varnia. Meanwhile, "
      "Venn's former lawyer Oren Wilde testified in Congress, praising the talks.";
  Quote guest;
  guest.speaker = 1;
  guest.text = "I think it is a minor concession. \"It is minor,\" I said then.";
  a.quotes = {reporter, guest};
  AttributeProse(&a);
  EXPECT_EQ(Found(a), (std::vector<std::string>{
                          "reported Gideon Farrow: lifting the tariffs without a full deal has "
                          "been a red line for the White House",
                          "reported Gideon Farrow: it's possible the U.S. might be willing to "
                          "open a trade office in Varnia",
                      }));
  for (const Quote& q : a.prose_quotes) EXPECT_EQ(q.found_in, 0);
  std::vector<std::string> people;
  for (const Speaker& s : a.speakers) {
    std::string roles;
    for (const Role& r : s.roles) roles += (roles.empty() ? "" : "; ") + r.title;
    people.push_back(s.name + ": " + roles);
  }
  EXPECT_EQ(people, (std::vector<std::string>{
                        "Talia Brightwater: ", "Gideon Farrow: ", "Arlo Venn: ",
                        "Helena Strand: national security adviser",
                        "Oren Wilde: former lawyer"}));
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
