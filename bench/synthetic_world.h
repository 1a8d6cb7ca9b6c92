// The fictional world synthetic transcripts are drawn from: a vocabulary with a Zipf word-frequency
// curve, stock phrases, a few thousand recurring people, places and organizations. Everything is
// derived from one seed with a hand-written generator and sampler, so the same seed gives the same
// world on every machine and compiler (std:: distributions are implementation-defined).
#ifndef NEWSARCHIVE_BENCH_SYNTHETIC_WORLD_H_
#define NEWSARCHIVE_BENCH_SYNTHETIC_WORLD_H_

#include <cstdint>
#include <string>
#include <vector>

namespace newsarchive {

// SplitMix64: tiny, fast, and the same sequence everywhere.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); n > 0.
  uint32_t Below(uint32_t n) {
    return static_cast<uint32_t>(((Next() >> 32) * static_cast<uint64_t>(n)) >> 32);
  }
  // Uniform in [lo, hi].
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<uint32_t>(hi - lo + 1))); }
  // True with probability p (resolution 2^-32).
  bool Chance(double p) { return (Next() >> 32) < static_cast<uint64_t>(p * 4294967296.0); }
  template <typename T>
  const T& Pick(const std::vector<T>& v) { return v[Below(static_cast<uint32_t>(v.size()))]; }

 private:
  uint64_t state_;
};

// Mixes two values into a well-spread seed (one per transcript from the corpus seed and index).
uint64_t MixSeed(uint64_t a, uint64_t b);

// Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1 + q)^s in O(1) per draw
// (Walker's alias method, thresholds in fixed point so draws need no floating point).
class ZipfSampler {
 public:
  ZipfSampler() = default;
  ZipfSampler(uint32_t n, double s, double q);
  uint32_t Draw(Rng& rng) const;
  uint32_t size() const { return static_cast<uint32_t>(cells_.size()); }
  // The probability of `rank`, for tests and for describing the corpus.
  double Probability(uint32_t rank) const { return probability_[rank]; }

 private:
  struct Cell {
    uint32_t threshold;  // keep the drawn index when the low 32 random bits are below this
    uint32_t alias;      // the index drawn otherwise
  };
  std::vector<Cell> cells_;  // one cache line fetch per draw
  std::vector<double> probability_;
};

enum class Outlet { kNpr, kCnn, kPbs };
enum class PersonKind { kHost, kReporter, kAnchor, kCorrespondent, kNewsmaker, kGuest };

struct FakePerson {
  std::string first;
  std::string last;
  bool female = false;
  PersonKind kind = PersonKind::kGuest;
  Outlet outlet = Outlet::kNpr;  // hosts, reporters, anchors, correspondents
  int program = -1;              // hosts: index into the outlet's programs
  std::string title;             // newsmakers: "Senator"; guests: "Professor of Economics"
  std::string short_title;       // newsmakers: "SEN." (label form), may be empty
  std::string organization;      // guests: "Harlow Institute"; reporters: beat ("science")
  bool foreign = false;          // newsmakers who speak through an interpreter
  // Derived once: the forms labels are printed in.
  std::string full_upper;  // "MARELO DASTRIN"
  std::string last_upper;  // "DASTRIN"
  std::string full;        // "Marelo Dastrin"
};

struct Program {
  std::string name;
  Outlet outlet;
  std::vector<int> hosts;  // indexes into World::people
};

// Everything a transcript draws from. Built once per seed (a few milliseconds).
struct World {
  explicit World(uint64_t seed);

  std::vector<std::string> words;  // by frequency rank; rank 0 is the most common
  ZipfSampler word_sampler;
  // The same words packed for the hot loop: word r is word_bytes[word_at[r] >> 8 ...], length
  // word_at[r] & 0xFF.
  std::string word_bytes;
  std::vector<uint32_t> word_at;
  std::vector<std::string> phrases;  // stock phrases, by frequency rank
  ZipfSampler phrase_sampler;
  std::vector<std::string> places;
  ZipfSampler place_sampler;
  std::vector<FakePerson> people;
  std::vector<Program> programs;
  // People of one kind, each with a skewed sampler over them (rank 0 appears most).
  std::vector<int> reporters, anchors, correspondents, newsmakers, guests;
  ZipfSampler reporter_sampler, anchor_sampler, correspondent_sampler, newsmaker_sampler,
      guest_sampler;
};

// Uppercases ASCII letters and the Latin-1 accented letters names use ("José" -> "JOSÉ").
std::string UpperName(const std::string& s);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_BENCH_SYNTHETIC_WORLD_H_
