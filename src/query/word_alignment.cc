#include "query/word_alignment.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace newsarchive {
namespace {

// Scores of the local alignment, per unit of word weight. A change costs less than a word left
// out plus a word added, so that a substituted word shows as a change.
constexpr double kVariantCredit = 0.7;   // of a word's weight, for the same stem
constexpr double kChangeCost = 0.5;      // of the heavier word's weight
constexpr double kClaimOnlyCost = 0.55;  // a claim word with nothing in the real words
constexpr double kRealOnlyCost = 0.45;   // a real word the claim left out
constexpr double kReorderFactor = 0.95;
constexpr double kChangedCredit = 0.3;  // of a changed claim word's weight, inside an alignment
// A clause looked for again must match at least this weight (two words, one of them meaningful).
constexpr double kMinClauseWeight = 1.3;
constexpr int kMaxSegments = 3;
// A run of at least this many claim words not found splits an alignment, so that the run can be
// looked for as a clause of its own elsewhere.
constexpr int kSplitRun = 3;

enum : uint8_t { kStop = 0, kDiagonal = 1, kUp = 2, kLeft = 3 };

AlignOp::Kind PairKind(const ClaimWord& c, const ClaimWord& r) {
  if (c.key == r.key) return AlignOp::kSame;
  if (c.stem == r.stem) return AlignOp::kVariant;
  return AlignOp::kChanged;
}

double PairScore(const ClaimWord& c, const ClaimWord& r) {
  switch (PairKind(c, r)) {
    case AlignOp::kSame:
      return c.weight;
    case AlignOp::kVariant:
      return kVariantCredit * c.weight;
    default:
      return -kChangeCost * std::max(c.weight, r.weight);
  }
}

double MatchedWeight(const ClaimWord& c, AlignOp::Kind kind) {
  if (kind == AlignOp::kSame) return c.weight;
  if (kind == AlignOp::kVariant) return kVariantCredit * c.weight;
  return 0;
}

// How the two ends of an alignment may fall.
enum class Ends {
  kLocal,       // anywhere in both (Smith-Waterman over words): the best-matching stretches
  kWholeClaim,  // every claim word placed, the real words' ends free (a claim is usually part of
                // a longer text): a claim word with no counterpart costs, so that a weak word at
                // either end stays in as a change rather than dropping out with its neighbours
};

// The ops of the best alignment of claim[ca, cb) within real[rx, ry), in claim order; empty
// when nothing aligns (kLocal: no positive score).
std::vector<AlignOp> BestOps(const std::vector<ClaimWord>& claim, const std::vector<ClaimWord>& real,
                             int ca, int cb, int rx, int ry, Ends ends) {
  std::vector<AlignOp> ops;
  const int n = cb - ca;
  const int m = ry - rx;
  if (n <= 0 || m <= 0) return ops;
  const bool local = ends == Ends::kLocal;
  std::vector<uint8_t> direction(static_cast<size_t>(n + 1) * (m + 1), kStop);
  std::vector<double> previous(m + 1, 0.0);
  std::vector<double> current(m + 1, 0.0);
  double best_score = 0;
  int best_i = 0;
  int best_j = 0;
  for (int i = 1; i <= n; ++i) {
    const ClaimWord& c = claim[ca + i - 1];
    current[0] = local ? 0 : previous[0] - kClaimOnlyCost * c.weight;
    if (!local) direction[static_cast<size_t>(i) * (m + 1)] = kUp;
    for (int j = 1; j <= m; ++j) {
      const ClaimWord& r = real[rx + j - 1];
      double diagonal = previous[j - 1] + PairScore(c, r);
      double up = previous[j] - kClaimOnlyCost * c.weight;
      double left = current[j - 1] - kRealOnlyCost * r.weight;
      double h = local ? 0 : diagonal;
      uint8_t from = local ? kStop : kDiagonal;
      if (diagonal > h) h = diagonal, from = kDiagonal;
      if (up > h) h = up, from = kUp;
      if (left > h) h = left, from = kLeft;
      current[j] = h;
      direction[static_cast<size_t>(i) * (m + 1) + j] = from;
      if (local && h > best_score) best_score = h, best_i = i, best_j = j;
    }
    std::swap(previous, current);
  }
  if (local && best_score <= 0) return ops;
  if (!local) {
    best_i = n;
    for (int j = 1; j <= m; ++j) {
      if (previous[j] > previous[best_j]) best_j = j;
    }
  }
  int i = best_i;
  int j = best_j;
  while (i > 0) {
    uint8_t from = direction[static_cast<size_t>(i) * (m + 1) + j];
    if (from == kStop) break;
    if (from == kDiagonal) {
      ops.push_back({PairKind(claim[ca + i - 1], real[rx + j - 1]), ca + i - 1, rx + j - 1});
      --i, --j;
    } else if (from == kUp) {
      ops.push_back({AlignOp::kClaimOnly, ca + i - 1, -1});
      --i;
    } else {
      ops.push_back({AlignOp::kRealOnly, -1, rx + j - 1});
      --j;
    }
  }
  std::reverse(ops.begin(), ops.end());
  return ops;
}

bool IsFound(const AlignOp& op) { return op.kind == AlignOp::kSame || op.kind == AlignOp::kVariant; }

// The segment of ops[begin, end), without the claim-only and real-only ops at either end.
AlignedSegment SegmentOf(const std::vector<ClaimWord>& claim, const std::vector<AlignOp>& ops,
                         size_t begin, size_t end) {
  auto kept = [](const AlignOp& op) {
    return op.kind != AlignOp::kClaimOnly && op.kind != AlignOp::kRealOnly;
  };
  while (begin < end && !kept(ops[begin])) ++begin;
  while (end > begin && !kept(ops[end - 1])) --end;
  AlignedSegment segment;
  segment.ops.assign(ops.begin() + begin, ops.begin() + end);
  segment.claim_begin = segment.ops.front().claim;
  segment.claim_end = segment.ops.back().claim + 1;
  segment.real_begin = segment.ops.front().real;
  segment.real_end = segment.ops.back().real + 1;
  for (const AlignOp& op : segment.ops) {
    if (op.claim >= 0) segment.matched += MatchedWeight(claim[op.claim], op.kind);
  }
  return segment;
}

// The best local alignment of claim[ca, cb) within real[rx, ry) as a segment; empty (matched 0)
// when nothing aligns.
AlignedSegment BestLocal(const std::vector<ClaimWord>& claim, const std::vector<ClaimWord>& real,
                         int ca, int cb, int rx, int ry) {
  std::vector<AlignOp> ops = BestOps(claim, real, ca, cb, rx, ry, Ends::kLocal);
  return ops.empty() ? AlignedSegment() : SegmentOf(claim, ops, 0, ops.size());
}

// The fitting alignment cut at every run of kSplitRun or more claim words not found: the pieces
// that found something, in claim order.
std::vector<AlignedSegment> SplitAtMisses(const std::vector<ClaimWord>& claim,
                                          const std::vector<AlignOp>& ops) {
  std::vector<AlignedSegment> pieces;
  size_t piece_begin = 0;
  size_t k = 0;
  auto close_piece = [&](size_t end) {
    if (std::any_of(ops.begin() + piece_begin, ops.begin() + end, IsFound)) {
      pieces.push_back(SegmentOf(claim, ops, piece_begin, end));
    }
  };
  while (k < ops.size()) {
    if (IsFound(ops[k])) {
      ++k;
      continue;
    }
    size_t run_end = k;
    int missed = 0;
    while (run_end < ops.size() && !IsFound(ops[run_end])) {
      if (ops[run_end].claim >= 0) ++missed;
      ++run_end;
    }
    if (missed >= kSplitRun) {
      close_piece(k);
      piece_begin = run_end;
    }
    k = run_end;
  }
  close_piece(ops.size());
  return pieces;
}

double WeightOf(const std::vector<ClaimWord>& words, int begin, int end) {
  double total = 0;
  for (int k = begin; k < end; ++k) total += words[k].weight;
  return total;
}

// The stretches of real[lo, hi) that no segment holds yet.
std::vector<std::pair<int, int>> FreeStretches(const std::vector<AlignedSegment>& segments, int lo,
                                               int hi) {
  std::vector<std::pair<int, int>> used;
  for (const AlignedSegment& s : segments) used.push_back({s.real_begin, s.real_end});
  std::sort(used.begin(), used.end());
  std::vector<std::pair<int, int>> free;
  int at = lo;
  for (const auto& [begin, end] : used) {
    if (begin > at) free.push_back({at, std::min(begin, hi)});
    at = std::max(at, end);
  }
  if (at < hi) free.push_back({at, hi});
  return free;
}

// The ops in the order a reader follows the claim: claim words no segment holds, each segment's
// ops, and between segments in the real order the real words the claim skipped. A kStop-like
// separator (claim and real both -1, kind kSame) stands between clauses in another order.
std::vector<AlignOp> DisplayOps(const Alignment& alignment, int claim_size) {
  std::vector<AlignOp> ops;
  int at = 0;
  const AlignedSegment* previous = nullptr;
  for (const AlignedSegment& segment : alignment.segments) {
    for (int k = at; k < segment.claim_begin; ++k) ops.push_back({AlignOp::kClaimOnly, k, -1});
    if (previous != nullptr) {
      if (alignment.reordered) {
        ops.push_back({AlignOp::kSame, -1, -1});
      } else {
        for (int r = previous->real_end; r < segment.real_begin; ++r) {
          ops.push_back({AlignOp::kRealOnly, -1, r});
        }
      }
    }
    ops.insert(ops.end(), segment.ops.begin(), segment.ops.end());
    at = segment.claim_end;
    previous = &segment;
  }
  for (int k = at; k < claim_size; ++k) ops.push_back({AlignOp::kClaimOnly, k, -1});
  return ops;
}

std::string_view Printed(std::string_view text, const ClaimWord& word) {
  return text.substr(word.begin, word.end - word.begin);
}

// Runs of differing ops: the claim's words and the real words of each, in display order, with
// the same words (and separators) between them.
struct DiffPiece {
  bool differs = false;
  bool separator = false;
  std::string claim;  // the claim's words of a differing run, or the same words
  std::string real;
};

std::vector<DiffPiece> DiffPieces(const Alignment& alignment, std::string_view claim_text,
                                  const std::vector<ClaimWord>& claim, std::string_view real_text,
                                  const std::vector<ClaimWord>& real) {
  std::vector<DiffPiece> pieces;
  auto append = [](std::string* to, std::string_view word) {
    if (!to->empty()) *to += ' ';
    to->append(word);
  };
  for (const AlignOp& op : DisplayOps(alignment, static_cast<int>(claim.size()))) {
    if (op.claim < 0 && op.real < 0) {
      pieces.push_back({false, true, "", ""});
      continue;
    }
    bool differs = op.kind != AlignOp::kSame;
    if (pieces.empty() || pieces.back().differs != differs || pieces.back().separator) {
      pieces.push_back({differs, false, "", ""});
    }
    DiffPiece& piece = pieces.back();
    if (!differs) {
      append(&piece.claim, Printed(real_text, real[op.real]));
      continue;
    }
    if (op.claim >= 0) append(&piece.claim, Printed(claim_text, claim[op.claim]));
    if (op.real >= 0) append(&piece.real, Printed(real_text, real[op.real]));
  }
  return pieces;
}

}  // namespace

Alignment AlignWords(const std::vector<ClaimWord>& claim, const std::vector<ClaimWord>& real) {
  Alignment alignment;
  const int n = static_cast<int>(claim.size());
  const int m = static_cast<int>(real.size());
  alignment.segments = SplitAtMisses(
      claim, BestOps(claim, real, 0, n, 0, m, Ends::kWholeClaim));
  if (alignment.segments.empty()) return alignment;
  // Clauses the claim holds outside the segments found so far, looked for near them.
  int window_lo = m;
  int window_hi = 0;
  for (const AlignedSegment& s : alignment.segments) {
    window_lo = std::min(window_lo, std::max(0, s.real_begin - 2 * n));
    window_hi = std::max(window_hi, std::min(m, s.real_end + 2 * n));
  }
  while (static_cast<int>(alignment.segments.size()) < kMaxSegments) {
    std::sort(alignment.segments.begin(), alignment.segments.end(),
              [](const AlignedSegment& a, const AlignedSegment& b) {
                return a.claim_begin < b.claim_begin;
              });
    AlignedSegment found;
    int at = 0;
    std::vector<std::pair<int, int>> gaps;
    for (const AlignedSegment& s : alignment.segments) {
      if (s.claim_begin > at) gaps.push_back({at, s.claim_begin});
      at = s.claim_end;
    }
    if (at < n) gaps.push_back({at, n});
    for (const auto& [ca, cb] : gaps) {
      if (cb - ca < 2 || WeightOf(claim, ca, cb) < kMinClauseWeight) continue;
      for (const auto& [rx, ry] : FreeStretches(alignment.segments, window_lo, window_hi)) {
        AlignedSegment candidate = BestLocal(claim, real, ca, cb, rx, ry);
        if (candidate.matched >= kMinClauseWeight &&
            candidate.matched >= 0.5 * WeightOf(claim, ca, cb) &&
            candidate.matched > found.matched) {
          found = std::move(candidate);
        }
      }
    }
    if (found.matched <= 0) break;
    alignment.segments.push_back(std::move(found));
  }
  std::sort(alignment.segments.begin(), alignment.segments.end(),
            [](const AlignedSegment& a, const AlignedSegment& b) {
              return a.claim_begin < b.claim_begin;
            });
  // The score counts what was found against the larger of the claim and the real words found
  // for it (from the first word found to the last): words left out or added both lower it. A word
  // changed between two words found still says something was there, and counts a little.
  double credit = 0;
  double spanned = 0;
  int first = m;
  int last = 0;
  int found_first = m;
  int found_last = 0;
  for (size_t k = 0; k < alignment.segments.size(); ++k) {
    const AlignedSegment& s = alignment.segments[k];
    first = std::min(first, s.real_begin);
    last = std::max(last, s.real_end);
    if (k > 0 && s.real_begin < alignment.segments[k - 1].real_end) alignment.reordered = true;
    auto found_begin = std::find_if(s.ops.begin(), s.ops.end(), IsFound);
    auto found_end = std::find_if(s.ops.rbegin(), s.ops.rend(), IsFound).base();
    for (auto op = found_begin; op < found_end; ++op) {
      if (IsFound(*op)) {
        credit += MatchedWeight(claim[op->claim], op->kind);
      } else if (op->kind == AlignOp::kChanged) {
        credit += kChangedCredit * claim[op->claim].weight;
      }
    }
    int segment_first = found_begin->real;
    int segment_last = (found_end - 1)->real;
    spanned += WeightOf(real, segment_first, segment_last + 1);
    found_first = std::min(found_first, segment_first);
    found_last = std::max(found_last, segment_last);
  }
  if (!alignment.reordered) spanned = WeightOf(real, found_first, found_last + 1);
  double claim_weight = WeightOf(claim, 0, n);
  alignment.score = std::min(1.0, credit / std::max(claim_weight, spanned));
  if (alignment.reordered) alignment.score *= kReorderFactor;
  alignment.real_first = first;
  alignment.real_last = last - 1;
  const AlignedSegment& only = alignment.segments[0];
  alignment.exact = alignment.segments.size() == 1 && only.claim_begin == 0 && only.claim_end == n &&
                    std::all_of(only.ops.begin(), only.ops.end(),
                                [](const AlignOp& op) { return op.kind == AlignOp::kSame; });
  if (alignment.exact) alignment.score = 1;
  return alignment;
}

WordDiff CompareWords(const Alignment& alignment, std::string_view claim_text,
                      const std::vector<ClaimWord>& claim, std::string_view real_text,
                      const std::vector<ClaimWord>& real) {
  WordDiff out;
  auto add = [&out](const std::string& part) {
    if (!out.differences.empty()) out.differences += "; ";
    out.differences += part;
  };
  for (const DiffPiece& piece : DiffPieces(alignment, claim_text, claim, real_text, real)) {
    if (!out.diff.empty()) out.diff += ' ';
    if (piece.separator) {
      out.diff += "...";
      continue;
    }
    if (!piece.differs) {
      out.diff += piece.claim;
      continue;
    }
    if (!piece.claim.empty()) out.diff += "[-" + piece.claim + "-]";
    if (!piece.real.empty()) out.diff += "{+" + piece.real + "+}";
    if (!piece.claim.empty() && !piece.real.empty()) {
      add("changed \"" + piece.claim + "\" to \"" + piece.real + "\"");
    } else if (!piece.claim.empty()) {
      add("added \"" + piece.claim + "\"");
    } else {
      add("left out \"" + piece.real + "\"");
    }
  }
  if (alignment.reordered) add("clauses in another order");
  return out;
}

}  // namespace newsarchive
