// How this works: a new story only ever adds, so Add is one upsert per person with the story's
// date folded into first_date/last_date (NULL dates left out, as min() and max() leave them out).
// A replaced story can take counts and dates away, which an upsert cannot undo, so the store
// recounts those people from the tables instead (a few indexed lookups each). The recount of
// the check is the same definition over everyone at once, with GROUP BY.
#include "store/person_counts.h"

#include <SQLiteCpp/Database.h>

#include <iterator>

namespace newsarchive {
namespace {

// The counts of one person (?1) from the tables.
const char kRecountOne[] =
    "INSERT INTO person_counts (person_id, stories, turn_stories, turns, words, quotes, mentions, "
    "first_date, last_date) "
    "SELECT * FROM (SELECT ?1, count(*), "
    "(SELECT count(DISTINCT article_id) FROM quotes WHERE person_id = ?1 AND kind = 'turn'), "
    "(SELECT count(*) FROM quotes WHERE person_id = ?1 AND kind = 'turn'), "
    "(SELECT coalesce(sum(word_count), 0) FROM quotes WHERE person_id = ?1 AND kind = 'turn'), "
    "(SELECT count(*) FROM quotes WHERE person_id = ?1 AND kind <> 'turn'), "
    "(SELECT count(*) FROM mentions WHERE person_id = ?1), "
    "min(a.published_on), max(a.published_on) "
    "FROM (SELECT article_id FROM quotes WHERE person_id = ?1 "
    "UNION SELECT article_id FROM roles WHERE person_id = ?1 "
    "UNION SELECT article_id FROM mentions WHERE person_id = ?1) s "
    "JOIN articles a ON a.id = s.article_id) counted "
    "WHERE EXISTS (SELECT 1 FROM people WHERE id = ?1) "
    "ON CONFLICT (person_id) DO UPDATE SET stories = excluded.stories, "
    "turn_stories = excluded.turn_stories, turns = excluded.turns, words = excluded.words, "
    "quotes = excluded.quotes, mentions = excluded.mentions, first_date = excluded.first_date, "
    "last_date = excluded.last_date";

// Everyone's counts from the tables, one row per person, in person_counts' column order.
const char kRecountAll[] =
    "WITH appearances (person_id, article_id) AS ("
    "SELECT person_id, article_id FROM quotes WHERE person_id IS NOT NULL "
    "UNION SELECT person_id, article_id FROM roles "
    "UNION SELECT person_id, article_id FROM mentions), "
    "stories AS (SELECT ap.person_id, count(*) AS stories, min(a.published_on) AS first_date, "
    "max(a.published_on) AS last_date "
    "FROM appearances ap JOIN articles a ON a.id = ap.article_id GROUP BY ap.person_id), "
    "spoken AS (SELECT person_id, "
    "count(DISTINCT article_id) FILTER (WHERE kind = 'turn') AS turn_stories, "
    "count(*) FILTER (WHERE kind = 'turn') AS turns, "
    "coalesce(sum(word_count) FILTER (WHERE kind = 'turn'), 0) AS words, "
    "count(*) FILTER (WHERE kind <> 'turn') AS quotes "
    "FROM quotes WHERE person_id IS NOT NULL GROUP BY person_id), "
    "named AS (SELECT person_id, count(*) AS mentions FROM mentions GROUP BY person_id) "
    "SELECT p.id AS person_id, coalesce(s.stories, 0) AS stories, "
    "coalesce(q.turn_stories, 0) AS turn_stories, coalesce(q.turns, 0) AS turns, "
    "coalesce(q.words, 0) AS words, coalesce(q.quotes, 0) AS quotes, "
    "coalesce(n.mentions, 0) AS mentions, "
    "s.first_date AS first_date, s.last_date AS last_date "
    "FROM people p LEFT JOIN stories s ON s.person_id = p.id "
    "LEFT JOIN spoken q ON q.person_id = p.id LEFT JOIN named n ON n.person_id = p.id";

}  // namespace

const char* PersonRecountSql() { return kRecountOne; }

namespace {

const char* const kColumns[] = {"stories", "turn_stories", "turns",     "words",
                                "quotes",  "mentions",     "first_date", "last_date"};

}  // namespace

void PersonCountsDelta::Quote(int64_t person, QuoteKind kind, int words) {
  Counts& counts = people_[person];
  counts.in_story = true;
  if (kind == QuoteKind::kTurn) {
    ++counts.turns;
    counts.words += words;
  } else {
    ++counts.quotes;
  }
}

std::vector<int64_t> PersonCountsDelta::people() const {
  std::vector<int64_t> ids;
  for (const auto& entry : people_) ids.push_back(entry.first);
  return ids;
}

PersonCounts::PersonCounts(SQLite::Database& db)
    : add_(db,
           "INSERT INTO person_counts (person_id, stories, turn_stories, turns, words, quotes, "
           "mentions, first_date, last_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8) "
           "ON CONFLICT (person_id) DO UPDATE SET stories = stories + excluded.stories, "
           "turn_stories = turn_stories + excluded.turn_stories, "
           "turns = turns + excluded.turns, words = words + excluded.words, "
           "quotes = quotes + excluded.quotes, mentions = mentions + excluded.mentions, "
           "first_date = CASE WHEN first_date IS NULL OR excluded.first_date < first_date "
           "THEN coalesce(excluded.first_date, first_date) ELSE first_date END, "
           "last_date = CASE WHEN last_date IS NULL OR excluded.last_date > last_date "
           "THEN coalesce(excluded.last_date, last_date) ELSE last_date END"),
      recount_(db, kRecountOne) {}

void PersonCounts::Add(const PersonCountsDelta& delta, const std::string& published_on) {
  for (const auto& [person, counts] : delta.people_) {
    add_.tryReset();
    add_.bind(1, person);
    add_.bind(2, counts.in_story ? 1 : 0);
    add_.bind(3, counts.turns > 0 ? 1 : 0);
    add_.bind(4, counts.turns);
    add_.bind(5, counts.words);
    add_.bind(6, counts.quotes);
    add_.bind(7, counts.mentions);
    if (counts.in_story && !published_on.empty()) {
      add_.bindNoCopy(8, published_on);
    } else {
      add_.bind(8);
    }
    add_.exec();
  }
  add_.tryReset();
}

void PersonCounts::Recount(int64_t person) {
  recount_.tryReset();
  recount_.bind(1, person);
  recount_.exec();
  recount_.tryReset();
}

void RecountAllPersonCounts(SQLite::Database& db) {
  db.exec("DELETE FROM person_counts");
  db.exec(std::string("INSERT INTO person_counts (person_id, stories, turn_stories, turns, words, "
                      "quotes, mentions, first_date, last_date) ") +
          kRecountAll);
}

void CheckPersonCounts(SQLite::Database& db, CheckResult* result) {
  std::string differs;
  for (const char* column : kColumns) {
    if (!differs.empty()) differs += " OR ";
    differs += std::string("c.") + column + " IS NOT w." + column;
  }
  std::string sql = std::string("WITH want AS (") + kRecountAll +
                    ") SELECT w.person_id, p.name, c.person_id IS NULL";
  for (const char* column : kColumns) sql += std::string(", c.") + column + ", w." + column;
  sql += " FROM want w JOIN people p ON p.id = w.person_id "
         "LEFT JOIN person_counts c ON c.person_id = w.person_id "
         "WHERE c.person_id IS NULL OR " + differs + " ORDER BY w.person_id";
  SQLite::Statement q(db, sql);
  while (q.executeStep()) {
    const int64_t id = q.getColumn(0).getInt64();
    std::string who = "person " + std::to_string(id) + " \"" + q.getColumn(1).getString() + "\"";
    if (q.getColumn(2).getInt() == 1) {
      AddFinding(result, CheckSeverity::kError, "person_counts", id, who + " has no counts row");
      continue;
    }
    std::string diff;
    for (int i = 0; i < static_cast<int>(std::size(kColumns)); ++i) {
      SQLite::Column kept = q.getColumn(3 + 2 * i);
      SQLite::Column counted = q.getColumn(4 + 2 * i);
      std::string a = kept.isNull() ? "none" : kept.getString();
      std::string b = counted.isNull() ? "none" : counted.getString();
      if (a == b) continue;
      diff += (diff.empty() ? "" : ", ") + std::string(kColumns[i]) + " " + a + " (counted: " +
              b + ")";
    }
    AddFinding(result, CheckSeverity::kError, "person_counts", id,
               who + ": the kept counts differ from the tables: " + diff);
  }
}

}  // namespace newsarchive
