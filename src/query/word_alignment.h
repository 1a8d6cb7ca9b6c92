// Where a claim's words stand in a real text: the best local alignment of the two word sequences
// (the claim is usually part of a longer turn), a second and third one for clauses the claim put in
// another order, a score from 0 to 1, and the word-level difference between claim and real words.
#ifndef NEWSARCHIVE_QUERY_WORD_ALIGNMENT_H_
#define NEWSARCHIVE_QUERY_WORD_ALIGNMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "query/claim_words.h"

namespace newsarchive {

struct AlignOp {
  enum Kind {
    kSame,       // the same word
    kVariant,    // the same stem: "sanction" for "sanctions"
    kChanged,    // another word in its place
    kClaimOnly,  // in the claim, not in the real words
    kRealOnly,   // in the real words, left out of the claim
  };
  Kind kind;
  int claim = -1;  // index into the claim's words, -1 for kRealOnly
  int real = -1;   // index into the real words, -1 for kClaimOnly
};

// One stretch of the claim aligned with one stretch of the real words, [begin, end) in each.
struct AlignedSegment {
  int claim_begin = 0;
  int claim_end = 0;
  int real_begin = 0;
  int real_end = 0;
  double matched = 0;  // weight of the claim words found, a variant counting for less
  std::vector<AlignOp> ops;
};

struct Alignment {
  std::vector<AlignedSegment> segments;  // in claim order; empty when nothing matched
  // The weight of the claim words found (a variant and a changed word inside counting for less)
  // over the larger of the claim's weight and that of the real words from the first found to the
  // last: 1 for the same words, under 1 for each word changed, left out or added; clauses in
  // another order cost 5% more. Function words weigh less than others (see ClaimWord::weight).
  double score = 0;
  bool reordered = false;  // the segments stand in another order in the real words
  bool exact = false;      // the same words in the same order, nothing added or left out
  // The real words the claim stands for: [first, last] word index, -1 when nothing matched.
  int real_first = -1;
  int real_last = -1;
};

// Aligns `claim` against `real`. Clauses of at least two words that the first alignment leaves
// out are looked for once more near it, so that reordering costs little.
Alignment AlignWords(const std::vector<ClaimWord>& claim, const std::vector<ClaimWord>& real);

// The claim against the real words, as printed forms.
struct WordDiff {
  // Word by word: same words as they are, `[-claim words-]` where only the claim has them,
  // `{+real words+}` where only the real words do, a change as both; clauses in another order
  // are separated by " ... ".
  std::string diff;
  // What differs, in words: `changed "terrific" to "tremendous"; added "North Korea"; left out
  // "unbelievable"; clauses in another order`. Empty when nothing differs.
  std::string differences;
};
WordDiff CompareWords(const Alignment& alignment, std::string_view claim_text,
                      const std::vector<ClaimWord>& claim, std::string_view real_text,
                      const std::vector<ClaimWord>& real);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_QUERY_WORD_ALIGNMENT_H_
