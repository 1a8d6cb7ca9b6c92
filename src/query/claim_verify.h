// verify: did they really say it? The real words nearest a claim, found through the full-text
// index and ranked by a word alignment that respects word order, with a verdict on the best:
// exact, close (and what differs), other-speaker (said, but by someone else) or not-found.
#ifndef NEWSARCHIVE_QUERY_CLAIM_VERIFY_H_
#define NEWSARCHIVE_QUERY_CLAIM_VERIFY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "store/archive.h"

namespace newsarchive {

enum class Verdict { kExact, kClose, kOtherSpeaker, kNotFound };
const char* VerdictName(Verdict verdict);  // "exact", "close", "other-speaker", "not-found"

// A score as the verdict line prints it: two decimals ("0.57").
std::string ScoreText(double score);

// The thresholds, documented in the README: a match is `close` from this score on, and only when
// at least kMinWordsFound of the claim's words were found in order.
constexpr double kCloseScore = 0.5;
constexpr int kMinWordsFound = 2;
// The claim's words verify compares at the most; a longer claim is refused.
constexpr int kMaxClaimWords = 100;

struct VerifyRequest {
  std::string claim;
  std::optional<int64_t> person_id;  // who the claim says said it
  std::string since;                 // normalized date bounds (see NormalizeDate); "" for none
  std::string until;
  int64_t limit = 5;        // matches returned, best first
  int64_t candidates = 100;  // quotes the index proposes for alignment
};

struct VerifyMatch {
  int64_t quote_id = 0;
  int64_t article_id = 0;
  std::optional<int64_t> person_id;
  std::string speaker;  // the person's name; empty for unattributed text
  std::string kind;     // turn, direct, reported, unattributed
  std::string title;
  std::string published_on;
  std::optional<int64_t> position;
  std::string text;  // the span of the real words the claim stands for
  double score = 0;
  bool exact = false;
  int words_found = 0;      // claim words found, the same or a variant, in order
  std::string diff;         // see WordDiff
  std::string differences;
  Verdict verdict = Verdict::kNotFound;  // of this match alone
};

struct VerifyOutcome {
  Verdict verdict = Verdict::kNotFound;
  std::string summary;               // one line: the verdict and why
  std::vector<VerifyMatch> matches;  // best first; with a person, their words first when close
};

// Verifies `request.claim` against every quote in `archive`. kInvalidInput for a claim without
// words or with more than kMaxClaimWords; database failures as Archive::Query.
Result<VerifyOutcome> VerifyClaim(Archive& archive, const VerifyRequest& request);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_QUERY_CLAIM_VERIFY_H_
