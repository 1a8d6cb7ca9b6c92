// SyntheticCorpus: transcript number i of a seeded, endless corpus of fictional news transcripts in
// the conventions real pages use (modern and older NPR, CNN, PBS; see
// /work/shared/TRANSCRIPT-CONVENTIONS.md). Transcript i depends only on the seed and i, so any
// slice can be generated alone, in any order, and the same seed always gives the same bytes.
#ifndef NEWSARCHIVE_BENCH_SYNTHETIC_CORPUS_H_
#define NEWSARCHIVE_BENCH_SYNTHETIC_CORPUS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "bench/synthetic_world.h"

namespace newsarchive {

// A transcript as a dataset record holds it (MediaSum's shape): the headline, the date and each
// labelled turn's speaker label and words (continuation paragraphs joined by "\n"); the page's
// chrome and unlabelled lines are not in it.
struct SyntheticStory {
  std::string title;
  std::string date;  // YYYY-MM-DD
  std::vector<std::string> speakers, utterances;
};

class SyntheticCorpus {
 public:
  explicit SyntheticCorpus(uint64_t seed);

  // Replaces *out with the bytes of transcript `index` (UTF-8, "\n" line ends).
  // With `story`, also fills it with the same transcript's record (the text does not change).
  void Write(uint64_t index, std::string* out, SyntheticStory* story = nullptr) const;
  std::string Transcript(uint64_t index) const;

  // Facts the query benchmarks rely on.
  // A stock phrase found in several percent of all turns.
  const std::string& CommonPhrase() const { return world_.phrases[0]; }
  // A phrase put into about one turn in 20,000; its words occur nowhere else.
  static const char* RarePhrase() { return "quixby zaxon"; }
  // The most quoted person (a president) and the most frequent NPR reporter, as "First Last".
  const std::string& TopNewsmaker() const { return world_.people[world_.newsmakers[0]].full; }
  const std::string& TopReporter() const { return world_.people[world_.reporters[0]].full; }

  const World& world() const { return world_; }
  uint64_t seed() const { return seed_; }

 private:
  uint64_t seed_;
  World world_;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_BENCH_SYNTHETIC_CORPUS_H_
