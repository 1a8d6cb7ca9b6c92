#include "people/speaker_resolver.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>

#include "people/name_key.h"

namespace newsarchive {
namespace {

// Resolves the labels `printed` (one turn each) against `text`; "I:Name" is a self-introduced
// host. Returns "Name|Name|..." for the turns.
std::string Resolve(std::vector<std::string> printed, const std::string& text,
                    std::vector<Speaker>* speakers_out = nullptr,
                    std::vector<Diagnostic>* warnings_out = nullptr) {
  std::deque<SpeakerLabel> labels;
  std::vector<TurnSpeaker> turns;
  for (const std::string& p : printed) {
    TurnSpeaker t;
    if (p.rfind("I:", 0) == 0) {
      t.intro_name = p.substr(2);
    } else {
      labels.emplace_back();
      EXPECT_TRUE(ParseSpeakerLabel(p + ": x", &labels.back())) << p;
      t.label = &labels.back();
    }
    turns.push_back(t);
  }
  NameMentions mentions({text}, WantedNameWords(turns));
  std::vector<int> speaker_of;
  std::vector<Diagnostic> warnings;
  std::vector<Speaker> speakers = ResolveSpeakers(turns, mentions, &speaker_of, &warnings);
  std::string out;
  for (int s : speaker_of) out += (out.empty() ? "" : "|") + speakers[s].name;
  if (speakers_out) *speakers_out = speakers;
  if (warnings_out) *warnings_out = warnings;
  return out;
}

TEST(SpeakerResolver, ResolvesShortLabels) {
  struct Case {
    std::vector<std::string> labels;
    const char* text;
    const char* speakers;
  } cases[] = {
      {{"AYESHA RASCOE, BYLINE", "RASCOE"}, "", "Ayesha Rascoe|Ayesha Rascoe"},
      {{"RASCOE", "AYESHA RASCOE, BYLINE"}, "", "Ayesha Rascoe|Ayesha Rascoe"},
      {{"SUPREME LEADER KIM JONG UN", "KIM"}, "", "Kim Jong Un|Kim Jong Un"},
      {{"Mr. OWEN KYLE (Author)", "Mr. KYLE"}, "", "Owen Kyle|Owen Kyle"},
      {{"SALLY DARE", "MILES DARE", "S. DARE", "M. DARE"},
       "",
       "Sally Dare|Miles Dare|Sally Dare|Miles Dare"},
      {{"I:Terry Gross", "GROSS"}, "", "Terry Gross|Terry Gross"},
      {{"CONAN"}, "This is TALK. I'm Neal Conan, in Washington.", "Neal Conan"},
      {{"VRETT"}, "President Vrett left.", "Vrett"},
      {{"Terry Gross", "Sue Scott", "TG", "SS"}, "", "Terry Gross|Sue Scott|Terry Gross|Sue Scott"},
      {{"MITCH MCCONNELL"}, "Senate leader Mitch McConnell said.", "Mitch McConnell"},
      {{"UNIDENTIFIED MAN #1", "UNIDENTIFIED MAN #2", "UNIDENTIFIED MAN #1"},
       "",
       "Unidentified Man #1|Unidentified Man #2|Unidentified Man #1"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Resolve(c.labels, c.text), c.speakers) << c.labels[0];
  }
}

TEST(SpeakerResolver, CollectsLabelsAndRolesPerSpeaker) {
  std::vector<Speaker> speakers;
  Resolve({"PRESIDENT DONALD TRUMP", "TRUMP", "DONALD TRUMP, President of the United States",
           "UNIDENTIFIED PERSON #1"},
          "", &speakers);
  ASSERT_EQ(speakers.size(), 2u);
  EXPECT_EQ(speakers[0].labels,
            (std::vector<std::string>{"PRESIDENT DONALD TRUMP", "TRUMP", "DONALD TRUMP"}));
  ASSERT_EQ(speakers[0].roles.size(), 2u);
  EXPECT_EQ(speakers[0].roles[0].title, "President");
  EXPECT_EQ(speakers[0].roles[1].title, "President of the United States");
  EXPECT_FALSE(speakers[0].unidentified);
  EXPECT_TRUE(speakers[1].unidentified);
}

TEST(SpeakerResolver, WarnsAboutAmbiguousShortLabels) {
  std::vector<Diagnostic> warnings;
  EXPECT_EQ(Resolve({"ANNA BELL", "CORA BELL", "BELL"}, "", nullptr, &warnings),
            "Anna Bell|Cora Bell|Bell");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].message.find("could be several"), std::string::npos);
}

TEST(SpeakerResolver, AddsRolesOnceAndFindsSpeakers) {
  Speaker s;
  s.name = "Ayesha Rascoe";
  AddRole(&s, {"Byline", "", RoleSource::kLabel});
  AddRole(&s, {"BYLINE", "NPR", RoleSource::kText});
  AddRole(&s, {"", "NPR", RoleSource::kText});
  ASSERT_EQ(s.roles.size(), 1u);
  EXPECT_EQ(s.roles[0].organization, "NPR");
  Speaker kim;
  kim.name = "Kim Jong Un";
  Speaker anon;
  anon.name = "Unidentified Man #1";
  anon.unidentified = true;
  const std::vector<Speaker> speakers = {s, kim, anon};
  const SpeakerIndex index(speakers);
  EXPECT_EQ(index.Find("AYESHA RASCOE"), 0);
  EXPECT_EQ(index.Find("Rascoe"), 0);
  EXPECT_EQ(index.Find("Un"), 1);
  EXPECT_EQ(index.Find("Unidentified Man #1"), -1);
  EXPECT_EQ(index.Find("Jane Rascoe"), -1);
}

}  // namespace
}  // namespace newsarchive
