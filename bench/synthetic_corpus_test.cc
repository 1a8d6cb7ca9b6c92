// The generator's promises: determinism, the conventions it writes, the skews it draws with.
#include "bench/synthetic_corpus.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace newsarchive {
namespace {

int CountOf(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

TEST(SyntheticCorpus, SameSeedGivesSameBytes) {
  SyntheticCorpus a(7), b(7);
  for (uint64_t i = 0; i < 200; ++i) {
    ASSERT_EQ(a.Transcript(i), b.Transcript(i)) << "transcript " << i;
  }
}

TEST(SyntheticCorpus, TranscriptDependsOnlyOnSeedAndIndex) {
  SyntheticCorpus corpus(7);
  std::string later = corpus.Transcript(123);
  for (uint64_t i = 0; i < 50; ++i) corpus.Transcript(i);
  EXPECT_EQ(corpus.Transcript(123), later);
}

TEST(SyntheticCorpus, DifferentSeedsGiveDifferentCorpora) {
  SyntheticCorpus a(1), b(2);
  EXPECT_NE(a.Transcript(0), b.Transcript(0));
  EXPECT_NE(a.world().people[0].full, b.world().people[0].full);
}

TEST(SyntheticCorpus, WritesEveryOutletConvention) {
  SyntheticCorpus corpus(1);
  const char* const kShapes[] = {
      ", HOST:\n",                       // modern NPR host label alone on its line
      ", BYLINE: ",                      // modern NPR reporter, inline
      "Transcript provided by NPR, Copyright NPR.",
      ", NPR News, ",                    // reporter sign-off
      " correspondent for NPR. ",        // bio
      "(SOUNDBITE OF ARCHIVED RECORDING)",
      "(Through interpreter) ",
      "UNIDENTIFIED ",
      "This is ",                        // older NPR unlabelled opening
      " reporting: ",                    // older NPR reporter
      "Mr. ",                            // older NPR guest honorific
      ", CNN ANCHOR: ",
      "(BEGIN VIDEOTAPE)",
      "(voice-over): ",
      "(COMMERCIAL BREAK)",
      "Return to Transcripts main page",
      "Play Live Radio\nNext Up:\n0:00 0:00",
  };
  std::string all;
  for (uint64_t i = 0; i < 400; ++i) all += corpus.Transcript(i);
  for (const char* shape : kShapes) EXPECT_GT(CountOf(all, shape), 0) << "shape: " << shape;
}

TEST(SyntheticCorpus, TranscriptsHaveRealisticSizes) {
  SyntheticCorpus corpus(1);
  size_t total = 0, smallest = SIZE_MAX, largest = 0;
  for (uint64_t i = 0; i < 500; ++i) {
    size_t n = corpus.Transcript(i).size();
    total += n;
    smallest = std::min(smallest, n);
    largest = std::max(largest, n);
  }
  EXPECT_GT(smallest, 500u);
  EXPECT_LT(largest, 200000u);
  EXPECT_GT(total / 500, 3000u);
  EXPECT_LT(total / 500, 20000u);
}

TEST(SyntheticCorpus, CommonPhraseIsCommonAndRarePhraseIsRare) {
  SyntheticCorpus corpus(1);
  int common = 0, rare = 0;
  for (uint64_t i = 0; i < 2000; ++i) {
    std::string t = corpus.Transcript(i);
    common += t.find(corpus.CommonPhrase()) != std::string::npos ? 1 : 0;
    rare += CountOf(t, SyntheticCorpus::RarePhrase());
  }
  EXPECT_GT(common, 2000 / 10) << corpus.CommonPhrase();
  EXPECT_LT(rare, 20);
}

TEST(SyntheticCorpus, RarePhraseWordsNeverOccurByChance) {
  SyntheticCorpus corpus(1);
  for (const std::string& w : corpus.world().words) {
    ASSERT_EQ(w.find('q'), std::string::npos) << w;
  }
  for (const FakePerson& p : corpus.world().people) {
    ASSERT_EQ(p.full.find('q'), std::string::npos) << p.full;
  }
}

TEST(SyntheticWorld, HasThousandsOfDistinctPeople) {
  World world(1);
  std::set<std::string> names;
  for (const FakePerson& p : world.people) names.insert(p.full_upper);
  EXPECT_GT(world.people.size(), 3000u);
  EXPECT_EQ(names.size(), world.people.size());
}

TEST(ZipfSampler, DrawsInProportionToProbability) {
  ZipfSampler sampler(1000, 1.0, 0.0);
  Rng rng(3);
  int counts[3] = {0, 0, 0};
  const int kDraws = 200000;
  for (int i = 0; i < kDraws; ++i) {
    uint32_t r = sampler.Draw(rng);
    ASSERT_LT(r, 1000u);
    if (r < 3) ++counts[r];
  }
  for (uint32_t rank = 0; rank < 3; ++rank) {
    double expected = sampler.Probability(rank) * kDraws;
    EXPECT_NEAR(counts[rank], expected, expected * 0.05) << "rank " << rank;
  }
  EXPECT_NEAR(sampler.Probability(0) / sampler.Probability(1), 2.0, 1e-9);
}

TEST(UpperName, UppercasesAsciiAndLatinAccents) {
  EXPECT_EQ(UpperName("Jos\xC3\xA9 O'Brien-Smith"), "JOS\xC3\x89 O'BRIEN-SMITH");
  EXPECT_EQ(UpperName("McDastrin"), "MCDASTRIN");
}

}  // namespace
}  // namespace newsarchive
