// The store: writes parsed articles into the archive (schema/README.md), one transaction per
// article, with statements prepared once and reused and a cache of people by name key, so a batch
// import of many thousands of transcripts stays fast.
#ifndef NEWSARCHIVE_STORE_STORE_H_
#define NEWSARCHIVE_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "model/article.h"
#include "store/archive.h"

namespace SQLite {
class Database;
}  // namespace SQLite

namespace newsarchive {

class MentionWriter;

// The identity of a story across versions of its file: the normalized URL when the article has
// one ("npr.org/2019/02/28/123/trump-kim"), else NameKey(title) + "|" + published_on + "|" +
// the file's base name. See schema/README.md for why.
std::string StoryKey(const Article& article, const std::string& file_name);

// True when `candidate` is a better display name than `current` for the same person (same name
// key): a name with lowercase letters beats an all-caps one, then one with more accented
// (non-ASCII) letters wins, then one with more capitals ("McConnell" over "Mcconnell").
bool IsBetterDisplayName(const std::string& candidate, const std::string& current);

class Store {
 public:
  // `db` must be a migrated archive with foreign keys on (OpenArchive does both) and outlive
  // the store. Prepares every statement once. The people cache holds at most `max_cached_people`
  // entries (it is emptied when full), so memory stays bounded however large the archive.
  explicit Store(SQLite::Database& db, size_t max_cached_people = kMaxCachedPeople);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Writes `article` in one IMMEDIATE transaction: its articles row, its people (one row per
  // real person across the archive, found by NameKey(name); unidentified speakers get a key
  // scoped to this file's sha256 and are never shared), their aliases (each label spelling and
  // the name), roles (one per person, article and title), quotes (turns and blocks with
  // position = index + 1, then the direct and reported quotes found in them, with no position)
  // and mentions, each of the last two with the block it was found in and character offsets.
  // People who are only mentioned are people like the speakers: one row across the archive.
  // The same bytes again change nothing (kAlreadyImported). Another version of the same story
  // (same StoryKey) is kOtherVersion unless `replace`, which rewrites that article in place,
  // keeping its id, and removes people left with no quotes, no roles and no mentions.
  // A turn whose speaker is -1 is a turn with no person (quotes.person_id NULL, its label kept).
  // Returns kInvalidInput, writing nothing, when a quote points at no speaker of the story, or
  // unattributed text at one, or a prose quote or mention points at no speaker or block, or
  // stands outside the text it was found in (see CheckProseRows). SQLite errors are
  // thrown after the transaction is rolled back: nothing of the article remains.
  Result<StoreResult> ImportArticle(const Article& article, const SourceInfo& source,
                                    bool replace);

  // The article holding exactly the bytes with this sha256, or 0. Reads only.
  int64_t FindBySha256(const std::string& sha256);

  // Entries in the people cache; never more than the bound given to the constructor.
  size_t cached_people() const { return people_.size(); }
  static constexpr size_t kMaxCachedPeople = 50000;  // about 5 MB

 private:
  struct CachedPerson {
    int64_t id;
    std::string name;
  };
  struct Statements;

  int64_t PersonFor(const Speaker& speaker, size_t index, const std::string& sha256);
  void ForgetCacheIfOthersWrote();
  void RemoveOrphans(const std::vector<int64_t>& candidates);

  SQLite::Database& db_;
  std::unique_ptr<Statements> st_;
  std::unique_ptr<MentionWriter> mentions_;
  const size_t max_cached_people_;
  std::unordered_map<std::string, CachedPerson> people_;  // name_key -> person; real people only
  int64_t data_version_ = -1;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_STORE_H_
