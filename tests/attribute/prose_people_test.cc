#include "attribute/prose_people.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "attribute/prose_test_util.h"

namespace newsarchive {
namespace {

std::vector<Speaker> Speakers(const std::vector<std::string>& names) {
  std::vector<Speaker> out;
  for (const std::string& n : names) out.push_back({n, false, {}, {}});
  return out;
}

TEST(ProsePeople, FindsOnePersonByNameSurnameOrFirstName) {
  std::vector<Speaker> speakers = Speakers({"Donald Trump", "Kim Jong Un", "Rascoe"});
  speakers.push_back({"Unidentified Man", true, {}, {}});
  ProsePeople people(&speakers);
  struct Case {
    const char* name;
    int person;
  } cases[] = {
      {"Donald Trump", 0},
      {"donald TRUMP", 0},
      {"Donald J. Trump", 0},
      {"Trump", 0},
      {"Kim", 1},
      {"Un", 1},
      {"Rascoe", 2},
      {"Ivanka Trump", -1},
      {"Man", -1},
      {"Unidentified Man", -1},
      {"", -1},
  };
  for (const Case& c : cases) EXPECT_EQ(people.Find(c.name), c.person) << c.name;
}

TEST(ProsePeople, ASharedSurnameNamesNoOne) {
  std::vector<Speaker> speakers = Speakers({"Ana Ortiz", "Rafael Ortiz"});
  ProsePeople people(&speakers);
  EXPECT_EQ(people.Find("Ortiz"), -1);
  EXPECT_EQ(people.Find("Rafael Ortiz"), 1);
}

TEST(ProsePeople, AddsNewFullNamesOnce) {
  std::vector<Speaker> speakers = Speakers({"Rascoe"});
  ProsePeople people(&speakers);
  testing_util::ReadText read("Gov. Tina Marsh and Ayesha Rascoe and Gov. Tina Marsh and Ortiz");
  NamePhrase marsh, rascoe, again, ortiz;
  ASSERT_TRUE(NameStartingAt(read.tokens(), 0, &marsh));
  ASSERT_TRUE(NameStartingAt(read.tokens(), read.At("Ayesha"), &rascoe));
  ASSERT_TRUE(NameStartingAt(read.tokens(), 7, &again));
  ASSERT_TRUE(NameStartingAt(read.tokens(), read.At("Ortiz"), &ortiz));
  EXPECT_EQ(people.FindOrAdd(marsh), 1);
  EXPECT_EQ(people.FindOrAdd(rascoe), 0);  // the one-word speaker is her
  EXPECT_EQ(people.FindOrAdd(again), 1);
  EXPECT_EQ(people.FindOrAdd(ortiz), -1);  // one word is no one new
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[1].name, "Tina Marsh");
  EXPECT_TRUE(people.Added(1));
  EXPECT_FALSE(people.Added(0));
  people.AddRoles(0, {{"Mayor", "", RoleSource::kText}});  // speakers keep their own roles
  EXPECT_TRUE(speakers[0].roles.empty());
}

TEST(ProsePeople, FindsTheOneWithAJob) {
  std::vector<Speaker> speakers = Speakers({"Denise Harlow", "Rafael Ortiz", "Jo Ames"});
  speakers[0].roles.push_back({"Mayor", "", RoleSource::kText});
  speakers[1].roles.push_back({"Councilman", "", RoleSource::kText});
  speakers[2].roles.push_back({"deputy mayor", "", RoleSource::kText});
  ProsePeople people(&speakers);
  EXPECT_EQ(people.FindByJob("councilman"), 1);
  EXPECT_EQ(people.FindByJob("mayor"), -1);  // two of them
  EXPECT_EQ(people.FindByJob("owner"), -1);
}

TEST(ProsePeople, NoPeopleFromHeadlinesCapitalsOrTitles) {
  Article a = testing_util::ArticleOf({
      "Flagstaff Police: Officers Kill Person Who Fired At Them",
      "GENEVA, SWITZERLAND - NOVEMBER 24: Secretary Ada Lind, a diplomat, spoke.",
      "AP Spokesman Bo Kerr, who wrote the note, said it was late.",
  });
  std::vector<ProseRun> runs = ReadProseRuns(a.quotes);
  ProsePeople people(&a.speakers);
  DiscoverPeople(runs, &people);
  std::vector<std::string> names;
  for (const Speaker& s : a.speakers) names.push_back(s.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Ada Lind", "Bo Kerr"}));
}

TEST(ProsePeople, DiscoversPeopleButNotBodiesTeamsOrPlaces) {
  Article a = testing_util::ArticleOf({
      "The Portville City Council voted on Tuesday in Portville, Ore.",
      "Councilman Rafael Ortiz, who voted against it, said the rates would hurt.",
      "The minor-league Ferris Foxes play at Ferris Field, near Ferris State University.",
      "Jane Roe said the team would stay.",
      "Tom Poe thinks so.",
  });
  std::vector<ProseRun> runs = ReadProseRuns(a.quotes);
  ProsePeople people(&a.speakers);
  DiscoverPeople(runs, &people);
  std::vector<std::string> names;
  for (const Speaker& s : a.speakers) names.push_back(s.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Rafael Ortiz", "Jane Roe"}));
  ASSERT_FALSE(a.speakers[0].roles.empty());
  EXPECT_EQ(a.speakers[0].roles[0].title, "Councilman");
}

TEST(ProsePeople, MentionsAreTheLongestNamingAndKnowTheirPlace) {
  Article a = testing_util::ArticleOf({"Kim Jong Un met Trump.", "Chair Lorraine Beaulieu spoke."});
  a.speakers = Speakers({"Kim Jong Un", "Donald Trump", "Lorraine Beaulieu"});
  std::vector<ProseRun> runs = ReadProseRuns(a.quotes);
  ProsePeople people(&a.speakers);
  std::vector<Mention> m = FindMentions(runs, people);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].speaker, 0);
  EXPECT_EQ(a.quotes[0].text.substr(m[0].begin, m[0].end - m[0].begin), "Kim Jong Un");
  EXPECT_EQ(m[1].speaker, 1);
  EXPECT_EQ(a.quotes[0].text.substr(m[1].begin, m[1].end - m[1].begin), "Trump");
  EXPECT_EQ(m[2].speaker, 2);
  EXPECT_EQ(a.quotes[0].text.substr(m[2].begin, m[2].end - m[2].begin), "Lorraine Beaulieu");
  EXPECT_EQ(m[2].found_in, 0);
}

}  // namespace
}  // namespace newsarchive
