// The store: writes parsed articles into the archive (schema/README.md), one savepoint per
// article inside batches of many (or one transaction per article), with statements prepared once
// and reused, so an import of many thousands of transcripts stays fast.
#ifndef NEWSARCHIVE_STORE_STORE_H_
#define NEWSARCHIVE_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
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

// The words of a quote's text (runs of non-space), kept in quotes.word_count.
int WordCount(const std::string& text);

// Ok, or kInvalidInput naming `file_name` and the line when a turn has no speaker or an
// unattributed quote names one. Both backends check this before writing anything.
Status CheckArticleConsistent(const Article& article, const std::string& file_name);

class Store {
 public:
  // `db` must be a migrated archive with foreign keys on (OpenArchive does both) and outlive
  // the store. Prepares every statement once, turns secure_delete off (nothing the archive
  // frees is secret, and zeroing it doubled the writes of a --replace) and gives the connection
  // a page cache sized for bulk writing (kCacheKiB).
  explicit Store(SQLite::Database& db);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  static constexpr int kCacheKiB = 16 << 10;

  // A batch: one IMMEDIATE transaction holding many ImportArticle calls, each inside a
  // savepoint of its own, so that a story that fails rolls back alone and the others commit
  // together. Without a batch each ImportArticle is a transaction of its own.
  void BeginBatch();
  void CommitBatch();
  // Rolls back whatever the batch holds; harmless when SQLite already rolled it back itself.
  void RollbackBatch();
  // Whether a batch's transaction is open (false again after SQLite rolled it back on an error).
  bool InBatch() const;

  // Bulk mode: the full-text triggers are set aside (store/bulk_load.h), so a story's quotes go
  // straight into their table instead of through the staging table that kept FTS5 to one
  // segment per story.
  void set_bulk(bool bulk) { bulk_ = bulk; }

  // Writes `article`: its articles row, its people (one row per real person across the archive,
  // found by NameKey(name); unidentified speakers get a key scoped to this file's sha256 and are
  // never shared), their aliases (each label spelling and the name), roles (one per person,
  // article and title), quotes (turns and blocks with position = index + 1, then the direct and
  // reported quotes found in them, with no position), mentions (each of the last two with the
  // block it was found in and character offsets) and what it adds to person_counts. People who
  // are only mentioned are people like the speakers: one row across the archive. The same bytes
  // again change nothing (kAlreadyImported). Another version of the same story (same StoryKey)
  // is kOtherVersion unless `replace`, which rewrites that article in place, keeping its id,
  // recounts the people of both versions and removes people left with no quotes, no roles and
  // no mentions. A turn whose speaker is -1 is a turn with no person (quotes.person_id NULL, its
  // label kept). Returns kInvalidInput, writing nothing, when a quote points at no speaker of
  // the story, or unattributed text at one, or a prose quote or mention points at no speaker or
  // block, or stands outside the text it was found in (see CheckProseRows), or the schema
  // refuses a row (a constraint). Other SQLite errors are thrown after the story is rolled back
  // (inside a batch, SQLite may have rolled back the whole batch: see InBatch).
  Result<StoreResult> ImportArticle(const Article& article, const SourceInfo& source,
                                    bool replace);

  // The article holding exactly the bytes with this sha256, or 0. Reads only (inside an open
  // batch it sees the batch's stories too).
  int64_t FindBySha256(const std::string& sha256);

 private:
  struct Statements;

  int64_t PersonFor(const Speaker& speaker, size_t index, const std::string& sha256);
  StoreResult Write(const Article& article, const SourceInfo& source, int64_t old_id,
                    const std::string& story_key);
  void RemoveOrphans(const std::vector<int64_t>& candidates);

  SQLite::Database& db_;
  std::unique_ptr<Statements> st_;
  std::unique_ptr<MentionWriter> mentions_;
  bool bulk_ = false;
  bool batch_ = false;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_STORE_H_
