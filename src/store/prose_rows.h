// What a story's prose holds beyond its turns and blocks, as rows: where each direct or reported
// quote and each mention stands (the block it was found in and character offsets), checked
// before anything is written, and the mentions table's writer. The prose quotes themselves are
// staged with the turns by the Store, so the full-text index gets one statement per article.
#ifndef NEWSARCHIVE_STORE_PROSE_ROWS_H_
#define NEWSARCHIVE_STORE_PROSE_ROWS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "model/article.h"

namespace SQLite {
class Database;
class Statement;
}  // namespace SQLite

namespace newsarchive {

// Where a quote or a mention stands, as stored: the 1-based position of the block holding it and
// the offsets of its words in characters (code points), not bytes.
struct StoredPlace {
  int64_t found_in = 0;
  int64_t start = 0;
  int64_t end = 0;
};

// The stored place of bytes [begin, end) of article.quotes[found_in]. A place that runs on past
// the end of its block (a quote over several paragraphs) counts on through the blocks after it
// as if they were joined by a blank line ("\n\n"), as a turn's paragraphs are.
StoredPlace PlaceOf(const Article& article, int found_in, size_t begin, size_t end);

// Ok, or kInvalidInput naming the first prose quote or mention that is kTurn or kUnattributed,
// points at no speaker (a quote may have none: an unnamed source) or no block, or whose offsets
// fall outside the block they were found in and the blocks after it.
Status CheckProseRows(const Article& article, const std::string& file_name);

// article.prose_quotes ordered by the block they were found in, then where they start.
std::vector<const Quote*> ProseQuotesInStoryOrder(const Article& article);

// Characters (code points) in `text`.
int64_t CharCount(std::string_view text);

// Writes the mentions of one article (after its quotes: a mention references its block).
class MentionWriter {
 public:
  explicit MentionWriter(SQLite::Database& db);
  ~MentionWriter();
  MentionWriter(const MentionWriter&) = delete;
  MentionWriter& operator=(const MentionWriter&) = delete;

  // `person_ids` maps article.speakers to people ids.
  void Write(int64_t article_id, const Article& article, const std::vector<int64_t>& person_ids);

 private:
  std::unique_ptr<SQLite::Statement> insert_;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_PROSE_ROWS_H_
