#include "query/claim_verify.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <utility>

#include "query/claim_words.h"
#include "query/queries.h"
#include "query/word_alignment.h"

namespace newsarchive {
namespace {

// A word in more quotes than this is common: it does not narrow the candidates alone.
constexpr int64_t kCommonWordCount = 2000;
// Counting a word's quotes stops here, which still orders the common words by how common.
constexpr int64_t kCountLimit = 20000;
// The rarest claim words the candidate search asks for, any of them.
constexpr size_t kSearchWords = 8;
// The rarest claim words the precise candidate search asks for, two at a time.
constexpr size_t kPreciseWords = 4;
constexpr int64_t kPreciseCandidates = 30;
// The least common of the common words the fallback search asks for, all of them.
constexpr size_t kCommonWords = 4;
// With a person, their own quotes the index proposes besides everyone's.
constexpr int64_t kPersonCandidates = 20;

// The quotes' search index, in whichever backend's terms (store/sql_dialect.h): the same search
// subquery as `quotes --search`.
const FtsTable kVerifyFts = {"quotes_fts", "quotes", "q"};

// A word the FTS5 index holds as one token: letters and digits only.
bool IsIndexToken(const std::string& key) {
  if (key.empty()) return false;
  for (char c : key) {
    bool ascii_word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!ascii_word && static_cast<unsigned char>(c) < 0x80) return false;
  }
  return true;
}

std::string FtsToken(const std::string& key) { return "\"" + key + "\""; }

// How many quotes hold each word, counted up to kCountLimit, in one statement.
Result<std::vector<std::pair<std::string, int64_t>>> WordCounts(Archive& archive,
                                                                const std::vector<std::string>& words) {
  const SqlDialect& dialect = archive.Dialect();
  std::vector<std::pair<std::string, int64_t>> counts;
  if (words.empty()) return counts;
  std::string sql;
  SqlParams params;
  for (size_t k = 0; k < words.size(); ++k) {
    if (k > 0) sql += " UNION ALL ";
    std::string name = "w" + std::to_string(k);
    sql += "SELECT " + std::to_string(k) + ", count(*) FROM (SELECT " +
           dialect.SearchRowId(kVerifyFts) + " FROM " + dialect.SearchFrom(kVerifyFts) +
           " WHERE " + dialect.SearchMatch(kVerifyFts, ":" + name) + " LIMIT " +
           std::to_string(kCountLimit) + ") AS w" + std::to_string(k);
    params[name] = Cell::Text(dialect.SearchValue(FtsToken(words[k])));
  }
  Result<std::vector<Row>> rows = archive.Rows(sql, params);
  if (!rows.ok()) return rows.status();
  for (const Row& row : *rows) {
    counts.push_back({words[static_cast<size_t>(row[0].AsInteger())], row[1].AsInteger()});
  }
  return counts;
}

// The FTS5 queries that propose candidates.
struct CandidateSearch {
  // Tried first, the most precise first: any two of the four rarest words together (the source,
  // when many quotes share a stock phrase of the claim's, and when the claim changed one of its
  // rare words), then any of the rarest few.
  std::vector<std::string> first;
  // When those find nothing close (the claim changed its rare words, or it has none): any two of
  // the least common few of the common words together, whose combinations are rarer.
  std::string common;
};

// "(a AND b) OR (a AND c) OR ..." over the first `n` of `words`.
std::string AnyTwo(const std::vector<std::string>& words, size_t n) {
  std::string pairs;
  for (size_t a = 0; a < words.size() && a < n; ++a) {
    for (size_t b = a + 1; b < words.size() && b < n; ++b) {
      pairs += (pairs.empty() ? "(" : " OR (") + words[a] + " AND " + words[b] + ")";
    }
  }
  return pairs;
}

CandidateSearch CandidateMatches(std::vector<std::pair<std::string, int64_t>> counts) {
  std::stable_sort(counts.begin(), counts.end(),
                   [](const auto& a, const auto& b) { return a.second < b.second; });
  std::vector<std::string> rare;
  std::vector<std::string> common;
  for (const auto& [word, count] : counts) {
    if (count == 0) continue;
    if (count <= kCommonWordCount && rare.size() < kSearchWords) rare.push_back(FtsToken(word));
    if (count > kCommonWordCount && common.size() < kCommonWords && !IsFunctionWord(word)) {
      common.push_back(FtsToken(word));
    }
  }
  CandidateSearch search;
  if (rare.size() >= 3) search.first.push_back(AnyTwo(rare, kPreciseWords));
  std::string any;
  for (const std::string& word : rare) any += (any.empty() ? "" : " OR ") + word;
  if (!any.empty()) search.first.push_back(any);
  if (common.size() >= 2) search.common = AnyTwo(common, kCommonWords);
  return search;
}

BoundQuery CandidateQuery(const SqlDialect& dialect, const std::string& match,
                          const VerifyRequest& request, std::optional<int64_t> only_person,
                          int64_t limit) {
  BoundQuery query;
  query.sql =
      "SELECT q.id, q.article_id, q.person_id, p.name, q.kind, a.title, a.published_on, "
      "q.position, q.text FROM " + dialect.SearchFrom(kVerifyFts) +
      " JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id "
      "WHERE " + dialect.SearchMatch(kVerifyFts, ":match");
  query.params["match"] = Cell::Text(dialect.SearchValue(match));
  if (!request.since.empty()) {
    query.sql += " AND a.published_on >= :since";
    query.params["since"] = Cell::Text(request.since);
  }
  if (!request.until.empty()) {
    query.sql += " AND a.published_on <= :until";
    query.params["until"] = Cell::Text(request.until);
  }
  if (only_person) {
    query.sql += " AND q.person_id = :person";
    query.params["person"] = Cell::Integer(*only_person);
  }
  query.sql += " ORDER BY " + dialect.SearchRank(kVerifyFts, ":match") + " LIMIT " +
               std::to_string(limit);
  return query;
}

VerifyMatch Score(const Row& row, const std::string& claim, const std::vector<ClaimWord>& words) {
  VerifyMatch match;
  match.quote_id = row[0].AsInteger();
  match.article_id = row[1].AsInteger();
  if (!row[2].is_null()) match.person_id = row[2].AsInteger();
  match.speaker = row[3].text;
  match.kind = row[4].text;
  match.title = row[5].text;
  match.published_on = row[6].text;
  if (!row[7].is_null()) match.position = row[7].AsInteger();
  const std::string& real_text = row[8].text;
  std::vector<ClaimWord> real = SplitClaimWords(real_text);
  Alignment alignment = AlignWords(words, real);
  match.score = alignment.score;
  match.exact = alignment.exact;
  for (const AlignedSegment& segment : alignment.segments) {
    for (const AlignOp& op : segment.ops) {
      if (op.kind == AlignOp::kSame || op.kind == AlignOp::kVariant) ++match.words_found;
    }
  }
  if (alignment.real_first >= 0) {
    size_t begin = real[alignment.real_first].begin;
    match.text = real_text.substr(begin, real[alignment.real_last].end - begin);
    WordDiff diff = CompareWords(alignment, claim, words, real_text, real);
    match.diff = std::move(diff.diff);
    match.differences = std::move(diff.differences);
  }
  if (match.exact) {
    match.verdict = Verdict::kExact;
  } else if (match.score >= kCloseScore && match.words_found >= kMinWordsFound) {
    match.verdict = Verdict::kClose;
  }
  return match;
}

bool Found(const VerifyMatch& match) { return match.verdict != Verdict::kNotFound; }

std::string Where(const VerifyMatch& match) {
  std::string where = "\"" + match.title + "\"";
  if (!match.published_on.empty()) where += " (" + match.published_on + ")";
  return where;
}

std::string SpeakerOf(const VerifyMatch& match) {
  return match.speaker.empty() ? "no one named (" + match.kind + ")" : match.speaker;
}

}  // namespace

std::string ScoreText(double score) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  return buffer;
}

const char* VerdictName(Verdict verdict) {
  switch (verdict) {
    case Verdict::kExact:
      return "exact";
    case Verdict::kClose:
      return "close";
    case Verdict::kOtherSpeaker:
      return "other-speaker";
    case Verdict::kNotFound:
      return "not-found";
  }
  return "not-found";
}

Result<VerifyOutcome> VerifyClaim(Archive& archive, const VerifyRequest& request) {
  std::vector<ClaimWord> words = SplitClaimWords(request.claim);
  if (words.empty()) return Status::InvalidInput("the claim holds no word to look for");
  if (static_cast<int>(words.size()) > kMaxClaimWords) {
    return Status::InvalidInput("the claim has " + std::to_string(words.size()) +
                                " words; verify compares at most " +
                                std::to_string(kMaxClaimWords) + " (quote the part in question)");
  }
  std::vector<std::string> keys;
  std::set<std::string> seen;
  for (const ClaimWord& word : words) {
    if (IsIndexToken(word.key) && seen.insert(word.key).second) keys.push_back(word.key);
  }
  Result<std::vector<std::pair<std::string, int64_t>>> counts = WordCounts(archive, keys);
  if (!counts.ok()) return counts.status();
  CandidateSearch search = CandidateMatches(*counts);

  VerifyOutcome outcome;
  std::string person_name;
  if (request.person_id) {
    Result<std::vector<Row>> name = archive.Rows("SELECT name FROM people WHERE id = :id",
                                                 {{"id", Cell::Integer(*request.person_id)}});
    if (!name.ok()) return name.status();
    if (!name->empty()) person_name = (*name)[0][0].text;
  }
  std::map<int64_t, VerifyMatch> scored;
  bool close = false;
  auto propose = [&](const std::string& match, std::optional<int64_t> person,
                     int64_t limit) -> Status {
    BoundQuery query = CandidateQuery(archive.Dialect(), match, request, person, limit);
    Result<std::vector<Row>> rows = archive.Rows(query.sql, query.params);
    if (!rows.ok()) return rows.status();
    for (const Row& row : *rows) {
      int64_t id = row[0].AsInteger();
      if (scored.count(id) != 0) continue;
      VerifyMatch match_found = Score(row, request.claim, words);
      close = close || Found(match_found);
      scored.emplace(id, std::move(match_found));
    }
    return Status::Ok();
  };
  for (size_t k = 0; k < search.first.size(); ++k) {
    bool precise = k + 1 < search.first.size();
    Status proposed = propose(search.first[k], std::nullopt,
                              precise ? kPreciseCandidates : request.candidates);
    if (!proposed.ok()) return proposed;
  }
  if (request.person_id && !search.first.empty()) {
    Status proposed = propose(search.first.back(), request.person_id, kPersonCandidates);
    if (!proposed.ok()) return proposed;
  }
  if (!close && !search.common.empty()) {
    Status proposed = propose(search.common, std::nullopt, request.candidates);
    if (!proposed.ok()) return proposed;
  }
  for (auto& [id, scored_match] : scored) outcome.matches.push_back(std::move(scored_match));
  std::stable_sort(outcome.matches.begin(), outcome.matches.end(),
                   [](const VerifyMatch& a, const VerifyMatch& b) {
                     if (Found(a) != Found(b)) return Found(a);
                     return a.score > b.score;
                   });

  if (request.person_id) {
    for (VerifyMatch& m : outcome.matches) {
      if (Found(m) && m.person_id != request.person_id) m.verdict = Verdict::kOtherSpeaker;
    }
    // The person's own words lead whenever they come close: the claim is about what they said.
    auto own = std::find_if(outcome.matches.begin(), outcome.matches.end(), [&](const VerifyMatch& m) {
      return m.person_id == request.person_id && Found(m);
    });
    if (own != outcome.matches.end()) {
      std::rotate(outcome.matches.begin(), own, own + 1);
    }
  }
  if (static_cast<int64_t>(outcome.matches.size()) > request.limit) {
    outcome.matches.resize(static_cast<size_t>(request.limit));
  }

  if (outcome.matches.empty() || !Found(outcome.matches.front())) {
    outcome.verdict = Verdict::kNotFound;
    outcome.summary = outcome.matches.empty()
                          ? "not-found: no quote in the archive shares the claim's words"
                          : "not-found: nothing comes close (best score " +
                                ScoreText(outcome.matches.front().score) + ", close needs " +
                                ScoreText(kCloseScore) + ")";
    return outcome;
  }
  const VerifyMatch& best = outcome.matches.front();
  outcome.verdict = best.verdict;
  switch (best.verdict) {
    case Verdict::kExact:
      outcome.summary = "exact: " + SpeakerOf(best) + ", " + Where(best);
      break;
    case Verdict::kClose:
      outcome.summary = "close (" + ScoreText(best.score) + "): " + SpeakerOf(best) + ", " +
                        Where(best) + ": " + best.differences;
      break;
    case Verdict::kOtherSpeaker:
      outcome.summary = "other-speaker: said by " + SpeakerOf(best) + ", not " +
                        (person_name.empty() ? "the person asked for" : person_name) + ", " +
                        Where(best) +
                        (best.exact ? "" : " (" + ScoreText(best.score) + ": " + best.differences + ")");
      break;
    case Verdict::kNotFound:
      break;
  }
  return outcome;
}

}  // namespace newsarchive
