#include "attribute/speech_verbs.h"

#include <gtest/gtest.h>

namespace newsarchive {
namespace {

TEST(SpeechVerbs, KnowsTheVerbsOfSayingAndWhatEachAllows) {
  struct Case {
    const char* word;
    bool inverts, object, reports, that_only, question;
  } cases[] = {
      {"said", true, false, true, false, false},      {"Says", true, false, true, false, false},
      {"told", false, true, true, false, false},      {"added", true, false, true, false, false},
      {"asked", true, true, true, false, true},       {"wrote", true, false, true, false, false},
      {"explained", true, false, true, false, false}, {"recalled", true, false, true, false, false},
      {"warned", true, true, true, false, false},     {"insisted", true, false, true, false, false},
      {"announced", false, false, true, true, false}, {"quipped", true, false, false, false, false},
  };
  for (const Case& c : cases) {
    const SpeechVerb* v = FindSpeechVerb(c.word);
    ASSERT_NE(v, nullptr) << c.word;
    EXPECT_EQ(v->inverts, c.inverts) << c.word;
    EXPECT_EQ(v->object, c.object) << c.word;
    EXPECT_EQ(v->reports, c.reports) << c.word;
    EXPECT_EQ(v->that_only, c.that_only) << c.word;
    EXPECT_EQ(v->question, c.question) << c.word;
  }
  for (const char* w : {"voted", "thinks", "the", "", "sa"}) {
    EXPECT_EQ(FindSpeechVerb(w), nullptr) << w;
  }
  // "pointed out that": a verb of saying only with its particle.
  ASSERT_NE(FindSpeechVerb("pointed"), nullptr);
  EXPECT_EQ(FindSpeechVerb("pointed")->particle, "out");
  EXPECT_TRUE(FindSpeechVerb("said")->particle.empty());
  // ", saying, '...'": a participle, which takes the sentence's subject and reports nothing.
  ASSERT_NE(FindSpeechVerb("saying"), nullptr);
  EXPECT_TRUE(FindSpeechVerb("saying")->participle);
  EXPECT_FALSE(FindSpeechVerb("saying")->reports);
  EXPECT_FALSE(FindSpeechVerb("said")->participle);
}

TEST(SpeechVerbs, WordsBetweenSubjectAndVerb) {
  for (const char* w : {"has", "had", "also", "later", "Repeatedly", "went", "on", "to"}) {
    EXPECT_TRUE(IsWordBeforeSpeechVerb(w)) << w;
  }
  for (const char* w : {"mayor", "not", "said"}) EXPECT_FALSE(IsWordBeforeSpeechVerb(w)) << w;
}

}  // namespace
}  // namespace newsarchive
