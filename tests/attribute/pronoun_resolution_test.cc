#include "attribute/pronoun_resolution.h"

#include <gtest/gtest.h>

#include <vector>

namespace newsarchive {
namespace {

const std::vector<char> kNoGenders(4, 0);

TEST(PronounResolution, OnePersonNamedJustBefore) {
  Discourse d;
  d.StartSentence();
  d.Name(2, 0);  // "Harlow said the city would act."
  d.StartSentence();
  EXPECT_EQ(d.Resolve("she", 3, kNoGenders), 2);  // "'We heard you,' she said"
  EXPECT_EQ(d.Resolve("They", 3, kNoGenders), -1);
}

TEST(PronounResolution, TheNamesOfItsOwnSentenceComeFirst) {
  Discourse d;
  d.StartSentence();
  d.Name(1, 0);
  d.StartSentence();
  d.Name(2, 0);  // "Marchetti disagreed. He told reporters ..."
  EXPECT_EQ(d.Resolve("He", 1, kNoGenders), 2);
  EXPECT_EQ(d.Resolve("He", 0, kNoGenders), 1);  // nothing before it here: the sentence before
}

TEST(PronounResolution, SeveralPeopleAreAmbiguousUnlessOneWasCreditedWithWords) {
  Discourse d;
  d.StartSentence();
  d.Name(0, 0);
  d.Name(1, 5);  // "Trump praised Kim."
  d.StartSentence();
  EXPECT_EQ(d.Resolve("he", 2, kNoGenders), -1);
  Discourse fleitz;
  fleitz.StartSentence();
  fleitz.Name(0, 0);
  fleitz.Name(1, 12);
  fleitz.Speech(0);  // "Fleitz, a former chief of staff to ... John Bolton, said ..."
  fleitz.StartSentence();
  EXPECT_EQ(fleitz.Resolve("He", 0, kNoGenders), 0);
}

TEST(PronounResolution, AnUnknownNameMakesItAmbiguous) {
  Discourse d;
  d.StartSentence();
  d.Name(0, 0);
  d.Name(kUnknownPerson, 4);  // "Harlow met Jane Roe."
  d.StartSentence();
  EXPECT_EQ(d.Resolve("she", 2, kNoGenders), -1);
}

TEST(PronounResolution, GenderRulesOutWhoItCannotBe) {
  Discourse d;
  d.StartSentence();
  d.Name(0, 0);
  d.Name(1, 4);
  d.StartSentence();
  const std::vector<char> genders = {'m', 'f'};
  EXPECT_EQ(d.Resolve("she", 2, genders), 1);
  EXPECT_EQ(d.Resolve("he", 2, genders), 0);
}

TEST(PronounResolution, LooksBackOverSentencesThatNameNoOne) {
  Discourse d;
  d.StartSentence();
  d.Name(3, 0);
  d.StartSentence();  // "The plan costs $5 million."
  d.StartSentence();
  EXPECT_EQ(d.Resolve("she", 2, kNoGenders), 3);
  for (int k = 0; k < 4; ++k) d.StartSentence();
  EXPECT_EQ(d.Resolve("she", 2, kNoGenders), -1);
}

}  // namespace
}  // namespace newsarchive
