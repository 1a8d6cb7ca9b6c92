// How a transcript is chosen: transcript i gets its own Rng seeded from (seed, i) and picks an
// outlet format (modern NPR 50%, older NPR 18%, CNN 20%, PBS 12%); StoryWriter does the rest.
#include "bench/synthetic_corpus.h"

#include "bench/story_writer.h"

namespace newsarchive {

SyntheticCorpus::SyntheticCorpus(uint64_t seed) : seed_(seed), world_(seed) {}

void SyntheticCorpus::Write(uint64_t index, std::string* out, SyntheticStory* story) const {
  out->clear();
  if (story != nullptr) *story = SyntheticStory();
  Rng rng(MixSeed(seed_, index + 1));
  StoryWriter writer(world_, rng, out, story);
  uint32_t format = rng.Below(100);
  if (format < 50) {
    writer.WriteModernNpr();
  } else if (format < 68) {
    writer.WriteOlderNpr();
  } else if (format < 88) {
    writer.WriteCnn();
  } else {
    writer.WritePbs();
  }
}

std::string SyntheticCorpus::Transcript(uint64_t index) const {
  std::string out;
  Write(index, &out);
  return out;
}

}  // namespace newsarchive
