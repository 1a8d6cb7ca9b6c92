// The person_counts table (schema/README.md): per person, the stories they are quoted in or hold a
// role in, the stories where they have a turn, their turns and the words of those, their other
// quotes, their mentions, and the first and last date of their stories. The store keeps it in the
// transaction of every write, adding what a new story brings (PersonCountsDelta) and recounting
// the people a replaced story touched; `check` recounts every row and compares.
#ifndef NEWSARCHIVE_STORE_PERSON_COUNTS_H_
#define NEWSARCHIVE_STORE_PERSON_COUNTS_H_

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/article.h"
#include "store/archive_check.h"

namespace SQLite {
class Database;
}  // namespace SQLite

namespace newsarchive {

// What one story adds to the counts of each person in it, gathered as the store writes its rows.
class PersonCountsDelta {
 public:
  void Person(int64_t person) { people_[person]; }  // in the story: gets a row even if all zero
  void Quote(int64_t person, QuoteKind kind, int words);
  void Role(int64_t person) { people_[person].in_story = true; }
  void Mention(int64_t person) {  // named in the story: it counts as one of theirs
    Counts& counts = people_[person];
    counts.in_story = true;
    ++counts.mentions;
  }
  bool empty() const { return people_.empty(); }
  std::vector<int64_t> people() const;  // everyone the story counts, by id

 private:
  friend class PersonCounts;
  struct Counts {
    bool in_story = false;  // quoted, holding a role or mentioned: the story is one of theirs
    int64_t turns = 0;
    int64_t words = 0;
    int64_t quotes = 0;
    int64_t mentions = 0;
  };
  std::map<int64_t, Counts> people_;
};

// The store's writer of person_counts; statements prepared once.
class PersonCounts {
 public:
  explicit PersonCounts(SQLite::Database& db);

  // Adds `delta`, the counts of one new story published on `published_on` (may be empty).
  void Add(const PersonCountsDelta& delta, const std::string& published_on);

  // Counts `person` again from the tables (after a story of theirs was replaced or removed).
  void Recount(int64_t person);

 private:
  SQLite::Statement add_;
  SQLite::Statement recount_;
};

// The upsert of one person's row (?1, the only parameter) recounted from the tables, in SQL
// both backends run (PostgreSQL with ?1 written $1).
const char* PersonRecountSql();

// Every person's row counted again from the tables, replacing what person_counts held (for rows
// written without the store, as test fixtures do).
void RecountAllPersonCounts(SQLite::Database& db);

// check: every person's row recounted from quotes, roles, mentions and articles; a row that
// differs, or a person without one, is an error naming the person and both sets of figures.
void CheckPersonCounts(SQLite::Database& db, CheckResult* result);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_PERSON_COUNTS_H_
