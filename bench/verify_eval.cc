// newsarchive_verify_eval: how right and how fast `verify` is on an archive, measured rather than
// assumed. It takes real quotes from the archive, makes claims from them by kind of edit (one or
// two words swapped, words dropped, two clauses reordered, the ends cut, the words moved to another
// speaker, and unrelated sentences), verifies each in-process, and prints top-1 accuracy (the
// source quote, or one with the same words, comes first) and verdict accuracy per kind; then the
// time of `verify` for 20-word claims beside the plain full-text search of the same words
// (`quotes --search`), both through the same read-only connection.
//
//   newsarchive_verify_eval --db ARCHIVE [--claims N] [--timings N] [--seed S] [--misses]
// --misses prints each claim that got the wrong verdict, with the verdict's line, on stderr.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "query/claim_verify.h"
#include "query/claim_words.h"
#include "query/queries.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

// SplitMix64: the same claims for the same seed on every machine.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(Next() % n); }

 private:
  uint64_t state_;
};

struct SourceQuote {
  int64_t id = 0;
  int64_t person_id = 0;
  std::vector<std::string> words;  // as printed, split at spaces
};

// Sentences about nothing in any archive, for the not-found claims.
const char* const kUnrelated[] = {
    "the orchard cooperative will repaint every grain silo before the autumn fair",
    "our submarine museum expects record crowds after the lighthouse reopens",
    "nobody on the chess committee supports moving the tournament to the glacier",
    "the ferry union rejected the proposal to paint the harbor cranes purple",
    "three violinists quit the municipal orchestra over the new parking rules",
    "the bakery guild says sourdough prices will double if the mill closes",
    "astronomers at the college want the streetlights dimmed during the meteor shower",
    "the beekeepers association asked the council to ban leaf blowers on sundays",
    "we will lift every sanction next week",
    "my grandmother taught the whole village to knit sweaters for penguins",
    "the railway timetable now lists a midnight train to the volcano observatory",
    "volunteers counted eleven thousand tulips along the canal this spring",
};

std::string Join(const std::vector<std::string>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t k = begin; k < end && k < words.size(); ++k) {
    if (!out.empty()) out += ' ';
    out += words[k];
  }
  return out;
}

std::vector<std::string> SplitSpaces(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

struct Claim {
  std::string kind;
  std::string text;
  int64_t source_id = 0;  // 0 for a claim nobody made
  std::string source_span;  // the real words the claim was made from
  std::optional<int64_t> person;
  Verdict expected = Verdict::kNotFound;
};

// Indices of words worth swapping: not function words, not the first or last word.
std::vector<size_t> Swappable(const std::vector<std::string>& words) {
  std::vector<size_t> out;
  for (size_t k = 1; k + 1 < words.size(); ++k) {
    std::vector<ClaimWord> w = SplitClaimWords(words[k]);
    if (w.size() == 1 && !IsFunctionWord(w[0].key) && w[0].key.size() > 3) out.push_back(k);
  }
  return out;
}

class Generator {
 public:
  Generator(Archive& archive, uint64_t seed) : archive_(archive), rng_(seed) {}

  bool Load(int64_t wanted) {
    Result<std::vector<Row>> bounds = archive_.Rows("SELECT min(id), max(id) FROM quotes");
    if (!bounds.ok() || bounds->empty() || (*bounds)[0][0].is_null()) return false;
    int64_t lo = (*bounds)[0][0].AsInteger();
    int64_t hi = (*bounds)[0][1].AsInteger();
    for (int64_t tries = 0; static_cast<int64_t>(sources_.size()) < wanted && tries < wanted * 20; ++tries) {
      int64_t at = lo + static_cast<int64_t>(rng_.Below(static_cast<size_t>(hi - lo + 1)));
      Result<std::vector<Row>> row = archive_.Rows(
          "SELECT id, person_id, text FROM quotes WHERE id >= :at AND person_id IS NOT NULL "
          "AND kind = 'turn' AND word_count BETWEEN 14 AND 120 ORDER BY id LIMIT 1",
          {{"at", Cell::Integer(at)}});
      if (!row.ok() || row->empty()) continue;
      SourceQuote source;
      source.id = (*row)[0][0].AsInteger();
      source.person_id = (*row)[0][1].AsInteger();
      source.words = SplitSpaces((*row)[0][2].text);
      if (source.words.size() >= 14) sources_.push_back(std::move(source));
    }
    Result<std::vector<Row>> people = archive_.Rows(
        "SELECT id FROM people WHERE is_unidentified = 0 ORDER BY id LIMIT 5000");
    if (people.ok()) {
      for (const Row& row : *people) people_.push_back(row[0].AsInteger());
    }
    return !sources_.empty() && people_.size() > 1;
  }

  size_t size() const { return sources_.size(); }

  // A claim of `kind` from source `k`.
  Claim Make(const std::string& kind, size_t k) {
    const SourceQuote& source = sources_[k % sources_.size()];
    Claim claim;
    claim.kind = kind;
    claim.source_id = source.id;
    // A 12-word stretch of the quote, where a fact-checker's claim usually sits.
    size_t length = std::min<size_t>(12, source.words.size());
    size_t start = rng_.Below(source.words.size() - length + 1);
    std::vector<std::string> span(source.words.begin() + start,
                                  source.words.begin() + start + length);
    claim.source_span = Join(span, 0, span.size());
    claim.expected = Verdict::kClose;
    if (kind == "swap 1 word" || kind == "swap 2 words") {
      int swaps = kind == "swap 1 word" ? 1 : 2;
      std::vector<size_t> at = Swappable(span);
      for (int s = 0; s < swaps && !at.empty(); ++s) {
        size_t pick = rng_.Below(at.size());
        span[at[pick]] = OtherWord();
        at.erase(at.begin() + static_cast<long>(pick));
      }
    } else if (kind == "drop 2 words") {
      span.erase(span.begin() + 3, span.begin() + 5);
    } else if (kind == "reorder clauses") {
      std::vector<std::string> reordered(span.begin() + 6, span.end());
      reordered.insert(reordered.end(), span.begin(), span.begin() + 6);
      span = reordered;
    } else if (kind == "cut the ends") {
      span.erase(span.begin(), span.begin() + 2);
      span.pop_back();
      claim.expected = Verdict::kExact;
    } else if (kind == "exact") {
      claim.expected = Verdict::kExact;
    } else if (kind == "other speaker") {
      claim.expected = Verdict::kOtherSpeaker;
      int64_t other = source.person_id;
      while (other == source.person_id) other = people_[rng_.Below(people_.size())];
      claim.person = other;
    } else if (kind == "unrelated") {
      claim.source_id = 0;
      claim.expected = Verdict::kNotFound;
      claim.text = kUnrelated[k % (sizeof kUnrelated / sizeof kUnrelated[0])];
      return claim;
    }
    claim.text = Join(span, 0, span.size());
    return claim;
  }

  // 20 consecutive words of a random source, for the timings.
  std::string TwentyWords(size_t k) {
    const SourceQuote& source = sources_[k % sources_.size()];
    size_t length = std::min<size_t>(20, source.words.size());
    size_t start = rng_.Below(source.words.size() - length + 1);
    return Join(source.words, start, start + length);
  }

 private:
  std::string OtherWord() {
    const SourceQuote& other = sources_[rng_.Below(sources_.size())];
    std::vector<size_t> at = Swappable(other.words);
    return at.empty() ? std::string("meanwhile") : other.words[at[rng_.Below(at.size())]];
  }

  Archive& archive_;
  Rng rng_;
  std::vector<SourceQuote> sources_;
  std::vector<int64_t> people_;
};

// The top match is right when it is the source, or holds the very words the claim came from
// (a stock phrase said in several stories).
bool TopIsSource(const Claim& claim, const VerifyOutcome& outcome) {
  if (outcome.matches.empty()) return false;
  const VerifyMatch& top = outcome.matches.front();
  if (top.quote_id == claim.source_id) return true;
  std::vector<ClaimWord> a = SplitClaimWords(claim.source_span);
  std::vector<ClaimWord> b = SplitClaimWords(top.text);
  std::vector<ClaimWord> c = SplitClaimWords(claim.text);
  auto keys = [](const std::vector<ClaimWord>& w) {
    std::string out;
    for (const ClaimWord& x : w) out += x.key + " ";
    return out;
  };
  return keys(b).find(keys(c)) != std::string::npos || keys(b).find(keys(a)) != std::string::npos;
}

class NullWriter : public RowWriter {
 public:
  void Begin(const std::vector<std::string>&) override {}
  void Write(const Row&) override { ++rows; }
  void End() override {}
  int64_t rows = 0;
};

double Millis(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  size_t at = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[at];
}

int Run(int argc, char** argv) {
  std::string db;
  int64_t claims = 40;
  int64_t timings = 50;
  uint64_t seed = 1;
  bool show_misses = false;
  for (int k = 1; k < argc; ++k) {
    std::string arg = argv[k];
    auto value = [&]() -> std::string {
      if (k + 1 >= argc) {
        std::fprintf(stderr, "verify_eval: %s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++k];
    };
    if (arg == "--db") db = value();
    else if (arg == "--claims") claims = std::stoll(value());
    else if (arg == "--timings") timings = std::stoll(value());
    else if (arg == "--seed") seed = std::stoull(value());
    else if (arg == "--misses") show_misses = true;
    else {
      std::fprintf(stderr, "usage: newsarchive_verify_eval --db ARCHIVE [--claims N per kind] "
                           "[--timings N] [--seed S] [--misses]\n");
      return 2;
    }
  }
  Result<std::unique_ptr<Archive>> opened = Archive::Open(db, ArchiveMode::kReadOnly);
  if (!opened.ok()) {
    std::fprintf(stderr, "verify_eval: %s\n", opened.status().ToString().c_str());
    return 1;
  }
  Archive& archive = **opened;
  Result<std::vector<Row>> count = archive.Rows("SELECT count(*) FROM articles");
  Result<std::vector<Row>> quote_count = archive.Rows("SELECT count(*) FROM quotes");
  Generator generator(archive, seed);
  if (!generator.Load(claims * 2)) {
    std::fprintf(stderr, "verify_eval: %s holds too few quotes to sample\n", db.c_str());
    return 1;
  }
  std::printf("archive: %s (%s stories, %s quotes), %lld claims per kind, seed %llu\n\n", db.c_str(),
              count.ok() ? (*count)[0][0].text.c_str() : "?",
              quote_count.ok() ? (*quote_count)[0][0].text.c_str() : "?",
              static_cast<long long>(claims), static_cast<unsigned long long>(seed));

  const char* const kinds[] = {"exact",           "cut the ends", "swap 1 word",   "swap 2 words",
                               "drop 2 words",    "reorder clauses", "other speaker", "unrelated"};
  std::printf("| kind of edit | claims | top-1 right | verdict right | expected verdict | verdicts seen |\n");
  std::printf("|---|---:|---:|---:|---|---|\n");
  for (const char* kind : kinds) {
    int64_t top = 0;
    int64_t right = 0;
    std::map<std::string, int64_t> seen;
    Verdict expected = Verdict::kNotFound;
    for (int64_t k = 0; k < claims; ++k) {
      Claim claim = generator.Make(kind, static_cast<size_t>(k));
      expected = claim.expected;
      VerifyRequest request;
      request.claim = claim.text;
      request.person_id = claim.person;
      Result<VerifyOutcome> outcome = VerifyClaim(archive, request);
      if (!outcome.ok()) {
        ++seen["error"];
        continue;
      }
      ++seen[VerdictName(outcome->verdict)];
      if (outcome->verdict == claim.expected) {
        ++right;
      } else if (show_misses) {
        std::fprintf(stderr, "miss (%s): \"%s\" from quote %lld: %s\n", kind, claim.text.c_str(),
                     static_cast<long long>(claim.source_id), outcome->summary.c_str());
      }
      if (claim.source_id != 0 && TopIsSource(claim, *outcome)) ++top;
    }
    std::string verdicts;
    for (const auto& [name, n] : seen) {
      verdicts += (verdicts.empty() ? "" : ", ") + name + " " + std::to_string(n);
    }
    std::string top_text =
        expected == Verdict::kNotFound ? "-" : std::to_string(static_cast<double>(top) / claims).substr(0, 4);
    std::printf("| %s | %lld | %s | %.2f | %s | %s |\n", kind, static_cast<long long>(claims),
                top_text.c_str(), static_cast<double>(right) / claims, VerdictName(expected),
                verdicts.c_str());
  }

  std::vector<double> verify_ms;
  std::vector<double> search_ms;
  for (int64_t k = 0; k < timings; ++k) {
    std::string words = generator.TwentyWords(static_cast<size_t>(k));
    VerifyRequest request;
    request.claim = words;
    auto start = std::chrono::steady_clock::now();
    Result<VerifyOutcome> outcome = VerifyClaim(archive, request);
    verify_ms.push_back(Millis(std::chrono::steady_clock::now() - start));
    if (!outcome.ok()) {
      std::fprintf(stderr, "verify_eval: %s\n", outcome.status().ToString().c_str());
      return 1;
    }
    QuoteFilter filter;
    Result<std::string> fts = FtsQuery(words);
    if (!fts.ok()) continue;
    filter.search = *fts;
    filter.limit = 100;
    BoundQuery search = QuotesQuery(filter);
    NullWriter sink;
    start = std::chrono::steady_clock::now();
    Result<RunStats> ran = archive.Query(search.sql, search.params, sink);
    search_ms.push_back(Millis(std::chrono::steady_clock::now() - start));
    if (!ran.ok()) {
      std::fprintf(stderr, "verify_eval: %s\n", ran.status().ToString().c_str());
      return 1;
    }
  }
  // Claims nobody made take the longest path (every candidate search runs).
  std::vector<double> unrelated_ms;
  for (const char* sentence : kUnrelated) {
    VerifyRequest request;
    request.claim = sentence;
    auto start = std::chrono::steady_clock::now();
    Result<VerifyOutcome> outcome = VerifyClaim(archive, request);
    unrelated_ms.push_back(Millis(std::chrono::steady_clock::now() - start));
    if (!outcome.ok()) return 1;
  }
  std::printf("\n| 20-word claim, %lld runs | median ms | p95 ms | max ms |\n", static_cast<long long>(timings));
  std::printf("|---|---:|---:|---:|\n");
  std::printf("| verify | %.1f | %.1f | %.1f |\n", Percentile(verify_ms, 0.5),
              Percentile(verify_ms, 0.95), Percentile(verify_ms, 1.0));
  std::printf("| verify, a claim nobody made (%zu sentences) | %.1f | %.1f | %.1f |\n",
              unrelated_ms.size(), Percentile(unrelated_ms, 0.5), Percentile(unrelated_ms, 0.95),
              Percentile(unrelated_ms, 1.0));
  std::printf("| quotes --search, same words (all must appear) | %.1f | %.1f | %.1f |\n",
              Percentile(search_ms, 0.5), Percentile(search_ms, 0.95), Percentile(search_ms, 1.0));
  return 0;
}

}  // namespace
}  // namespace newsarchive

int main(int argc, char** argv) { return newsarchive::Run(argc, argv); }
