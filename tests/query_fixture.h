// A small archive about fictional people for the query-side tests: three broadcast stories, seven
// people (two named Kim, one with an accent, one with an apostrophe, one unidentified), their
// roles and turns, and (with FilledDb(true)) a print article whose paragraphs hold direct and
// reported quotes, an unnamed source, and a governor who is mentioned but never heard, written
// straight into a migrated in-memory database.
#ifndef NEWSARCHIVE_TESTS_QUERY_FIXTURE_H_
#define NEWSARCHIVE_TESTS_QUERY_FIXTURE_H_

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <stdexcept>
#include <sstream>
#include <string>
#include <vector>

#include "output/row_writer.h"
#include "store/migrator.h"
#include "store/person_counts.h"
#include "store/query_runner.h"
#include "store/sqlite_archive.h"

namespace newsarchive {
namespace testing_fixture {

// Ids of the fixture's people and articles, so tests say who they mean.
enum PersonId : int64_t {
  kOkafor = 1,     // Lena Okafor: Mayor; former town clerk
  kBrennan = 2,    // Tomas Brennan: Host
  kGonzalez = 3,   // Juan González: Harbor engineer
  kSorensen = 4,   // Kim Sorensen: Town clerk
  kKimHaNeul = 5,  // Kim Ha-neul: President of Valdoria, through an interpreter
  kOBrien = 6,     // Siobhan O'Brien: Byline in every story
  kUnidentified = 7,
  kHaugen = 8,  // Gov. Marit Haugen: only mentioned, in the print article
};
enum ArticleId : int64_t { kBridge = 1, kCharter = 2, kSummit = 3, kFerry = 4 };

// An in-memory database with every migration applied by the real Migrator.
// One migrated in-memory archive seen two ways: as the SQLite connection the fixture writes
// through, and as the Archive the query layer reads through.
class FixtureDb {
 public:
  explicit FixtureDb(std::unique_ptr<SQLite::Database> db)
      : archive_(std::make_unique<SqliteArchive>(std::move(db))) {}
  operator SQLite::Database&() { return archive_->db(); }
  operator Archive&() { return *archive_; }

 private:
  std::unique_ptr<SqliteArchive> archive_;
};

inline std::unique_ptr<FixtureDb> MigratedDb() {
  auto db = std::make_unique<SQLite::Database>(":memory:",
                                               SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db->exec("PRAGMA foreign_keys = ON");
  Migrator migrator(*db, ":memory:");
  Result<int> applied = migrator.ApplyPending();
  if (!applied.ok()) throw std::runtime_error(applied.status().ToString());
  return std::make_unique<FixtureDb>(std::move(db));
}

inline int WordCount(const std::string& text) {
  std::istringstream in(text);
  std::string word;
  int count = 0;
  while (in >> word) ++count;
  return count;
}

inline void AddQuote(SQLite::Database& db, int64_t article, int64_t person, int position,
                     const std::string& text, bool via_interpreter = false) {
  SQLite::Statement insert(db,
                           "INSERT INTO quotes (article_id, person_id, position, kind, text, "
                           "via_interpreter, word_count) VALUES (?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, static_cast<int64_t>(article));
  if (person > 0) {
    insert.bind(2, static_cast<int64_t>(person));
  } else {
    insert.bind(2);
  }
  insert.bind(3, position);
  insert.bind(4, person > 0 ? "turn" : "unattributed");
  insert.bind(5, text);
  insert.bind(6, via_interpreter ? 1 : 0);
  insert.bind(7, WordCount(text));
  insert.exec();
}

// Fills `db` (migrated, empty) with the fixture archive.
inline void FillArchive(SQLite::Database& db) {
  db.exec(
      "INSERT INTO articles (id, title, summary, source, program, published_on, dateline, "
      "story_key, original_text, sha256) VALUES "
      "(1, 'Harbor Bridge Reopens After Storm Repairs', 'Mayor Lena Okafor cuts the ribbon.', "
      "'NPR', 'Morning Edition', '2021-03-04', 'Port Alder', 'k1', 'text 1', 'sha1'), "
      "(2, 'Mining Town Votes On New Charter', 'Copper Hollow decides its future.', "
      "'NPR', 'Weekend Edition', '2021-05-10', 'Copper Hollow', 'k2', 'text 2', 'sha2'), "
      "(3, 'Summit In Valdoria Ends Without Deal', 'No agreement on the river treaty.', "
      "'NPR', 'All Things Considered', '2022-01-15', 'Valdoria', 'k3', 'text 3', 'sha3')");
  db.exec(
      "INSERT INTO people (id, name, name_key, is_unidentified) VALUES "
      "(1, 'Lena Okafor', 'lena okafor', 0), (2, 'Tomas Brennan', 'tomas brennan', 0), "
      "(3, 'Juan González', 'juan gonzalez', 0), (4, 'Kim Sorensen', 'kim sorensen', 0), "
      "(5, 'Kim Ha-neul', 'kim ha neul', 0), (6, 'Siobhan O''Brien', 'siobhan obrien', 0), "
      "(7, 'Unidentified Man #1', 'unidentified man #1 @3', 1)");
  db.exec(
      "INSERT INTO person_aliases (person_id, alias, alias_key) VALUES "
      "(1, 'MAYOR LENA OKAFOR', 'mayor lena okafor'), (1, 'OKAFOR', 'okafor'), "
      "(3, 'JUAN GONZÁLEZ', 'juan gonzalez'), (3, 'GONZÁLEZ', 'gonzalez'), "
      "(6, 'O''BRIEN', 'obrien'), (7, 'UNIDENTIFIED MAN #1', 'unidentified man #1')");
  db.exec(
      "INSERT INTO roles (person_id, article_id, title, organization, source) VALUES "
      "(2, 1, 'Host', 'NPR', 'label'), (6, 1, 'Byline', 'NPR', 'label'), "
      "(1, 1, 'Mayor', NULL, 'label'), (3, 1, 'Harbor engineer', NULL, 'text'), "
      "(2, 2, 'Host', 'NPR', 'label'), (4, 2, 'Town clerk', NULL, 'label'), "
      "(1, 2, 'Mayor', NULL, 'label'), (1, 2, 'former town clerk', NULL, 'text'), "
      "(6, 2, 'Byline', 'NPR', 'label'), "
      "(2, 3, 'Host', 'NPR', 'label'), (5, 3, 'President', 'Valdoria', 'label'), "
      "(6, 3, 'Byline', 'NPR', 'label'), (6, 3, 'Europe correspondent', 'NPR', 'bio')");
  AddQuote(db, kBridge, kBrennan, 1,
           "Good morning. The Harbor Bridge reopens today after months of storm repairs.");
  AddQuote(db, kBridge, kOBrien, 2, "Crews worked through the winter to replace the cables.");
  AddQuote(db, kBridge, kOkafor, 3,
           "This bridge carries forty thousand people a day, and we owe them a safe crossing.");
  AddQuote(db, kBridge, kGonzalez, 4, "We replaced every cable and tested each one twice.");
  AddQuote(db, kBridge, 0, 5, "The bridge first opened in 1931.");
  AddQuote(db, kBridge, kOkafor, 6, "Nobody should have to wait that long again.");
  AddQuote(db, kCharter, kBrennan, 1, "Voters in Copper Hollow decide on a new town charter.");
  AddQuote(db, kCharter, kSorensen, 2, "Turnout is the highest we have seen in twenty years.");
  AddQuote(db, kCharter, kOkafor, 3, "I started my career in that clerk's office.");
  AddQuote(db, kCharter, kOBrien, 4, "Results are expected late tonight, Tomas.");
  AddQuote(db, kSummit, kBrennan, 1,
           "Talks in Valdoria ended without a deal. Siobhan O'Brien was there.");
  AddQuote(db, kSummit, kKimHaNeul, 2,
           "We came with an open hand and we leave with an open hand.", true);
  AddQuote(db, kSummit, kUnidentified, 3, "Everyone is tired of waiting.");
  AddQuote(db, kSummit, kOBrien, 4, "Negotiators say they will meet again in the spring.");
  RecountAllPersonCounts(db);  // what the store keeps as it writes
}

// A direct or reported quote found in block `found_in` of `article`: the words at characters
// [start, start + length of text) of it; `person` 0 for an unnamed source described as `source`.
inline void AddProseQuote(SQLite::Database& db, int64_t article, int64_t person,
                          const std::string& kind, int found_in, int start,
                          const std::string& text, const std::string& source = "") {
  SQLite::Statement insert(db,
                           "INSERT INTO quotes (article_id, person_id, kind, text, word_count, "
                           "found_in, start_offset, end_offset, source) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, static_cast<int64_t>(article));
  if (person > 0) {
    insert.bind(2, static_cast<int64_t>(person));
  } else {
    insert.bind(2);
  }
  insert.bind(3, kind);
  insert.bind(4, text);
  insert.bind(5, WordCount(text));
  insert.bind(6, found_in);
  insert.bind(7, start);
  insert.bind(8, start + static_cast<int>(text.size()));  // ASCII: characters are bytes
  if (source.empty()) {
    insert.bind(9);
  } else {
    insert.bind(9, source);
  }
  insert.exec();
}

// The print article: three paragraphs, each followed by the quotes found in it (the store's
// order), and the mentions of the people named.
inline void FillProse(SQLite::Database& db) {
  db.exec(
      "INSERT INTO articles (id, title, published_on, dateline, story_key, original_text, "
      "sha256, form) VALUES (4, 'Ferry Fares To Rise In Port Alder', '2022-02-01', 'Port Alder', "
      "'k4', 'text 4', 'sha4', 'article')");
  db.exec(
      "INSERT INTO people (id, name, name_key, is_unidentified) VALUES "
      "(8, 'Marit Haugen', 'marit haugen', 0)");
  db.exec(
      "INSERT INTO roles (person_id, article_id, title, organization, source) VALUES "
      "(6, 4, 'Byline', NULL, 'signoff'), (1, 4, 'Mayor', NULL, 'text'), "
      "(8, 4, 'Gov.', NULL, 'text')");
  // Block 1: "\"We kept the fare flat for six years,\" said Mayor Lena Okafor."
  AddQuote(db, kFerry, 0, 1, "\"We kept the fare flat for six years,\" said Mayor Lena Okafor.");
  AddProseQuote(db, kFerry, kOkafor, "direct", 1, 1, "We kept the fare flat for six years,");
  AddQuote(db, kFerry, 0, 2,
           "Juan González said the new boats would run every half hour. Gov. Marit Haugen "
           "signed the grant.");
  AddProseQuote(db, kFerry, kGonzalez, "reported", 2, 19,
                "the new boats would run every half hour");
  AddQuote(db, kFerry, 0, 3, "\"It was overdue,\" a deckhand said.");
  AddProseQuote(db, kFerry, 0, "direct", 3, 1, "It was overdue,", "a deckhand");
  db.exec(
      "INSERT INTO mentions (article_id, person_id, found_in, start_offset, end_offset) VALUES "
      "(4, 1, 1, 50, 61), (4, 3, 2, 0, 13), (4, 8, 2, 65, 77)");
  RecountAllPersonCounts(db);  // what the store keeps as it writes
}

inline std::unique_ptr<FixtureDb> FilledDb(bool with_prose = false) {
  auto db = MigratedDb();
  FillArchive(*db);
  if (with_prose) FillProse(*db);
  return db;
}

// A RowWriter that keeps what it is given, to look at in tests.
class RowCollector : public RowWriter {
 public:
  void Begin(const std::vector<std::string>& names) override {
    ++begins;
    columns = names;
  }
  void Write(const Row& row) override { rows.push_back(row); }
  void End() override { ++ends; }
  void Abort(const std::string& reason) override { aborted = reason; }

  // The text of column `name` in row `i` ("NULL" for a NULL cell).
  std::string At(size_t i, const std::string& name) const {
    for (size_t c = 0; c < columns.size(); ++c) {
      if (columns[c] == name) return rows.at(i)[c].is_null() ? "NULL" : rows.at(i)[c].text;
    }
    return "<no column " + name + ">";
  }
  // Column `name` of every row, in order.
  std::vector<std::string> Column(const std::string& name) const {
    std::vector<std::string> out;
    for (size_t i = 0; i < rows.size(); ++i) out.push_back(At(i, name));
    return out;
  }

  std::vector<std::string> columns;
  std::vector<Row> rows;
  int begins = 0;
  int ends = 0;
  std::string aborted;  // the reason given to Abort, when the rows stopped short
};

inline int64_t Count(SQLite::Database& db, const std::string& sql) {
  return db.execAndGet(sql).getInt64();
}

}  // namespace testing_fixture
}  // namespace newsarchive

#endif  // NEWSARCHIVE_TESTS_QUERY_FIXTURE_H_
