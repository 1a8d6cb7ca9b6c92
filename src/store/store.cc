// How an article is written: inside a savepoint of the open batch (or BEGIN IMMEDIATE of its
// own, so two importers take turns instead of failing on a lock upgrade), the sha256 and the
// story key are looked up first; then the article row is inserted (or, for --replace, its old
// quotes and roles deleted and the row updated in place), each speaker is mapped to a person id
// (people.name_key, else a new row), and aliases, roles and quotes follow (each turn or block
// followed by the direct and reported quotes found in it, so ids follow story order, all in one
// staged INSERT), then the mentions and person_counts. Every statement is prepared once in the
// constructor.
//
// There is no cache of people: the name_key lookup is one probe of a UNIQUE index, and a cache
// measured 4 to 9% slower (bench/README.md) while needing care on every rollback.
#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <cctype>
#include <set>
#include <utility>

#include "people/name_key.h"
#include "store/person_counts.h"
#include "store/prose_rows.h"

namespace newsarchive {

struct Store::Statements {
  explicit Statements(SQLite::Database& db)
      : staging_table(CreateStagingTable(db)),
        counts(db),
        find_sha(db, "SELECT id FROM articles WHERE sha256 = ?"),
        find_story(db, "SELECT id FROM articles WHERE story_key = ?"),
        insert_article(db,
                       "INSERT INTO articles (title, summary, source, program, url, published_on, "
                       "dateline, copyright, story_key, file_name, original_text, encoding, "
                       "sha256, form) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                       "?13, ?15)"),
        update_article(db,
                       "UPDATE articles SET title = ?1, summary = ?2, source = ?3, program = ?4, "
                       "url = ?5, published_on = ?6, dateline = ?7, copyright = ?8, "
                       "story_key = ?9, file_name = ?10, original_text = ?11, encoding = ?12, "
                       "sha256 = ?13, form = ?15, "
                       "imported_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?14"),
        people_of_article(db,
                          "SELECT person_id FROM quotes WHERE article_id = ?1 AND person_id IS "
                          "NOT NULL UNION SELECT person_id FROM roles WHERE article_id = ?1 "
                          "UNION SELECT person_id FROM mentions WHERE article_id = ?1"),
        delete_quotes(db, "DELETE FROM quotes WHERE article_id = ?"),
        delete_roles(db, "DELETE FROM roles WHERE article_id = ?"),
        delete_orphan(db,
                      "DELETE FROM people WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM quotes "
                      "WHERE person_id = ?1) AND NOT EXISTS (SELECT 1 FROM roles WHERE "
                      "person_id = ?1) AND NOT EXISTS (SELECT 1 FROM mentions WHERE "
                      "person_id = ?1)"),
        find_person(db, "SELECT id, name FROM people WHERE name_key = ?"),
        insert_person(db, "INSERT INTO people (name, name_key, is_unidentified) VALUES (?, ?, ?)"),
        rename_person(db, "UPDATE people SET name = ? WHERE id = ?"),
        insert_alias(db,
                     "INSERT INTO person_aliases (person_id, alias, alias_key) VALUES (?, ?, ?) "
                     "ON CONFLICT (person_id, alias) DO NOTHING"),
        insert_role(db,
                    "INSERT INTO roles (person_id, article_id, title, organization, source) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_id, article_id, title) DO NOTHING"),
        stage_quote(db,
                    "INSERT INTO temp.quote_staging (article_id, person_id, position, kind, text, "
                    "via_interpreter, annotation, label, line, word_count, found_in, "
                    "start_offset, end_offset, source, start_time) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        insert_staged_quotes(db,
                             "INSERT INTO quotes (article_id, person_id, position, kind, text, "
                             "via_interpreter, annotation, label, line, word_count, found_in, "
                             "start_offset, end_offset, source, start_time) "
                             "SELECT article_id, person_id, position, kind, text, via_interpreter, "
                             "annotation, label, line, word_count, found_in, start_offset, "
                             "end_offset, source, start_time FROM temp.quote_staging ORDER BY rowid"),
        insert_quote(db,
                     "INSERT INTO quotes (article_id, person_id, position, kind, text, "
                     "via_interpreter, annotation, label, line, word_count, found_in, "
                     "start_offset, end_offset, source, start_time) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        clear_staging(db, "DELETE FROM temp.quote_staging") {}

  // The quotes of one article are gathered here and written with one INSERT ... SELECT: FTS5
  // flushes its pending index data to a new segment at every statement savepoint, so one
  // statement per quote would write one segment per quote (the import ran twice as slow). In
  // bulk mode no trigger feeds FTS5 and the quotes go straight in (insert_quote).
  static bool CreateStagingTable(SQLite::Database& db) {
    db.exec(
        "CREATE TEMP TABLE IF NOT EXISTS quote_staging (article_id, person_id, position, kind, "
        "text, via_interpreter, annotation, label, line, word_count, found_in, start_offset, "
        "end_offset, source, start_time)");
    return true;
  }

  bool staging_table;
  PersonCounts counts;
  SQLite::Statement find_sha, find_story, insert_article, update_article, people_of_article,
      delete_quotes, delete_roles, delete_orphan, find_person, insert_person, rename_person,
      insert_alias, insert_role, stage_quote, insert_staged_quotes, insert_quote, clear_staging;
};

namespace {

// Binds text, or NULL when it is empty (absent fields are NULL in the archive, not '').
void BindOptional(SQLite::Statement& statement, int index, const std::string& value) {
  if (value.empty()) {
    statement.bind(index);
  } else {
    statement.bindNoCopy(index, value);
  }
}

// Runs a statement that returns no rows, leaving it ready for the next use.
void Run(SQLite::Statement& statement) {
  statement.exec();
  statement.tryReset();
}

// The id in the first column of the first row, or 0 when there is none.
int64_t FirstId(SQLite::Statement& statement) {
  int64_t id = statement.executeStep() ? statement.getColumn(0).getInt64() : 0;
  statement.tryReset();
  return id;
}

std::string AsciiLower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string NormalizeUrl(std::string url) {
  while (!url.empty() && std::isspace(static_cast<unsigned char>(url.back()))) url.pop_back();
  size_t start = 0;
  while (start < url.size() && std::isspace(static_cast<unsigned char>(url[start]))) ++start;
  url.erase(0, start);
  size_t hash = url.find('#');
  if (hash != std::string::npos) url.erase(hash);
  size_t scheme = url.find("://");
  if (scheme != std::string::npos) url.erase(0, scheme + 3);
  size_t host_end = url.find_first_of("/?");
  if (host_end == std::string::npos) host_end = url.size();
  for (size_t i = 0; i < host_end; ++i) {
    url[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(url[i])));
  }
  if (url.compare(0, 4, "www.") == 0) url.erase(0, 4);
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

struct NameScore {
  bool has_lower = false;
  int non_ascii = 0;
  int upper = 0;
};

NameScore Score(const std::string& name) {
  NameScore score;
  for (unsigned char c : name) {
    if (c >= 0x80) {
      ++score.non_ascii;
    } else if (std::islower(c)) {
      score.has_lower = true;
    } else if (std::isupper(c)) {
      ++score.upper;
    }
  }
  return score;
}

}  // namespace

int WordCount(const std::string& text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

Status CheckArticleConsistent(const Article& article, const std::string& file_name) {
  for (size_t i = 0; i < article.quotes.size(); ++i) {
    const Quote& quote = article.quotes[i];
    // A turn names one of the story's speakers, or no one (-1: a turn with no person, such as
    // a reporter's "QUESTION:", kept with its label); unattributed text names no one.
    const bool in_range =
        quote.speaker >= -1 && quote.speaker < static_cast<int>(article.speakers.size());
    if (quote.kind != QuoteKind::kTurn && quote.kind != QuoteKind::kUnattributed) {
      return Status::InvalidInput("quote " + std::to_string(i + 1) +
                                      " is a quote found in the prose, not a turn or a block",
                                  file_name, quote.line);
    }
    if (!in_range || (quote.kind != QuoteKind::kTurn && quote.speaker >= 0)) {
      return Status::InvalidInput("quote " + std::to_string(i + 1) +
                                      (in_range ? " is unattributed but names a speaker"
                                                : " points at no speaker of the story"),
                                  file_name, quote.line);
    }
  }
  return CheckProseRows(article, file_name);
}

const char* StoreOutcomeName(StoreOutcome outcome) {
  switch (outcome) {
    case StoreOutcome::kImported: return "imported";
    case StoreOutcome::kReplaced: return "replaced";
    case StoreOutcome::kAlreadyImported: return "already imported";
    case StoreOutcome::kOtherVersion: return "skipped";
  }
  return "imported";
}

std::string StoryKey(const Article& article, const std::string& file_name) {
  std::string url = NormalizeUrl(article.url);
  if (!url.empty()) return url;
  return NameKey(article.title) + "|" + article.published_on + "|" + BaseName(file_name);
}

bool IsBetterDisplayName(const std::string& candidate, const std::string& current) {
  NameScore a = Score(candidate);
  NameScore b = Score(current);
  if (a.has_lower != b.has_lower) return a.has_lower;
  if (a.non_ascii != b.non_ascii) return a.non_ascii > b.non_ascii;
  return a.upper > b.upper;
}

namespace {

// One story's writes: a savepoint of the open batch, else a transaction of its own. Unless
// committed, they are rolled back when the scope ends (an early return or an exception).
class StoryScope {
 public:
  StoryScope(SQLite::Database& db, bool in_batch) : db_(db), in_batch_(in_batch) {
    db_.exec(in_batch_ ? "SAVEPOINT story" : "BEGIN IMMEDIATE");
  }
  ~StoryScope() {
    if (done_) return;
    try {
      if (in_batch_) {
        db_.exec("ROLLBACK TO story; RELEASE story");
      } else if (!sqlite3_get_autocommit(db_.getHandle())) {
        db_.exec("ROLLBACK");
      }
    } catch (const SQLite::Exception&) {
      // SQLite already rolled the transaction back itself (an I/O error, a full disk).
    }
  }
  StoryScope(const StoryScope&) = delete;
  StoryScope& operator=(const StoryScope&) = delete;
  void Commit() {
    db_.exec(in_batch_ ? "RELEASE story" : "COMMIT");
    done_ = true;
  }

 private:
  SQLite::Database& db_;
  const bool in_batch_;
  bool done_ = false;
};

}  // namespace

Store::Store(SQLite::Database& db)
    : db_(db),
      st_(std::make_unique<Statements>(db)),
      mentions_(std::make_unique<MentionWriter>(db)) {
  db_.exec("PRAGMA secure_delete = OFF");
  db_.exec("PRAGMA cache_size = -" + std::to_string(kCacheKiB));
}

Store::~Store() = default;

void Store::BeginBatch() {
  db_.exec("BEGIN IMMEDIATE");
  batch_ = true;
}

void Store::CommitBatch() {
  batch_ = false;
  db_.exec("COMMIT");
}

void Store::RollbackBatch() {
  batch_ = false;
  if (!sqlite3_get_autocommit(db_.getHandle())) db_.exec("ROLLBACK");
}

bool Store::InBatch() const { return batch_ && !sqlite3_get_autocommit(db_.getHandle()); }

int64_t Store::FindBySha256(const std::string& sha256) {
  st_->find_sha.tryReset();
  st_->find_sha.bindNoCopy(1, sha256);
  return FirstId(st_->find_sha);
}

int64_t Store::PersonFor(const Speaker& speaker, size_t index, const std::string& sha256) {
  std::string key = NameKey(speaker.name);
  bool scoped = speaker.unidentified;
  if (key.empty()) {  // a name with nothing to fold ("?"): keep it to this story, like "Unidentified"
    key = "speaker " + std::to_string(index + 1);
    scoped = true;
  }
  if (scoped) key += "@" + sha256;

  SQLite::Statement& find = st_->find_person;
  find.tryReset();
  find.bindNoCopy(1, key);
  int64_t id = 0;
  std::string name;
  if (find.executeStep()) {
    id = find.getColumn(0).getInt64();
    name = find.getColumn(1).getString();
  }
  find.tryReset();
  if (id != 0) {
    if (IsBetterDisplayName(speaker.name, name)) {
      st_->rename_person.tryReset();
      st_->rename_person.bindNoCopy(1, speaker.name);
      st_->rename_person.bind(2, id);
      Run(st_->rename_person);
    }
    return id;
  }
  st_->insert_person.tryReset();
  st_->insert_person.bindNoCopy(1, speaker.name);
  st_->insert_person.bindNoCopy(2, key);
  st_->insert_person.bind(3, scoped ? 1 : 0);
  Run(st_->insert_person);
  return db_.getLastInsertRowid();
}

void Store::RemoveOrphans(const std::vector<int64_t>& candidates) {
  for (int64_t id : candidates) {
    st_->delete_orphan.tryReset();
    st_->delete_orphan.bind(1, id);
    Run(st_->delete_orphan);  // its person_counts row goes with it (ON DELETE CASCADE)
  }
}

Result<StoreResult> Store::ImportArticle(const Article& article, const SourceInfo& source,
                                         bool replace) {
  Status consistent = CheckArticleConsistent(article, source.file_name);
  if (!consistent.ok()) return consistent;

  StoryScope scope(db_, InBatch());
  try {
    StoreResult result;
    if (int64_t existing = FindBySha256(source.sha256)) {
      result.outcome = StoreOutcome::kAlreadyImported;
      result.article_id = existing;
      result.message = "already imported (article " + std::to_string(existing) + ")";
      return result;
    }
    const std::string story_key = StoryKey(article, source.file_name);
    st_->find_story.tryReset();
    st_->find_story.bindNoCopy(1, story_key);
    const int64_t old_id = FirstId(st_->find_story);
    if (old_id != 0 && !replace) {
      result.outcome = StoreOutcome::kOtherVersion;
      result.article_id = old_id;
      result.message = "a different version of this story is already imported as article " +
                       std::to_string(old_id) + "; use --replace";
      return result;
    }
    result = Write(article, source, old_id, story_key);
    scope.Commit();
    return result;
  } catch (const SQLite::Exception& e) {
    // A row the schema refuses is this story's fault: it alone is rolled back (by `scope`).
    if ((e.getErrorCode() & 0xFF) != SQLITE_CONSTRAINT) throw;
    return Status::InvalidInput(std::string("the archive refused a row of it: ") + e.what(),
                                source.file_name);
  }
}

StoreResult Store::Write(const Article& article, const SourceInfo& source, int64_t old_id,
                         const std::string& story_key) {
  std::vector<int64_t> previous_people;
  if (old_id != 0) {
    SQLite::Statement& people = st_->people_of_article;
    people.tryReset();
    people.bind(1, old_id);
    while (people.executeStep()) previous_people.push_back(people.getColumn(0).getInt64());
    people.tryReset();
    for (SQLite::Statement* remove : {&st_->delete_quotes, &st_->delete_roles}) {
      remove->tryReset();
      remove->bind(1, old_id);
      Run(*remove);
    }
  }

  SQLite::Statement& row = old_id != 0 ? st_->update_article : st_->insert_article;
  row.tryReset();
  row.bindNoCopy(1, article.title);
  BindOptional(row, 2, article.summary);
  BindOptional(row, 3, article.source);
  BindOptional(row, 4, article.program);
  BindOptional(row, 5, article.url);
  BindOptional(row, 6, article.published_on);
  BindOptional(row, 7, article.dateline);
  BindOptional(row, 8, article.copyright);
  row.bindNoCopy(9, story_key);
  BindOptional(row, 10, source.file_name);
  row.bindNoCopy(11, source.original_text);
  BindOptional(row, 12, source.encoding);
  row.bindNoCopy(13, source.sha256);
  if (old_id != 0) row.bind(14, old_id);
  row.bind(15, StoryFormName(article.form));
  Run(row);
  const int64_t article_id = old_id != 0 ? old_id : db_.getLastInsertRowid();

  PersonCountsDelta counts;
  std::vector<int64_t> person_ids(article.speakers.size());
  std::set<std::pair<int64_t, std::string>> roles_seen;
  for (size_t i = 0; i < article.speakers.size(); ++i) {
    const Speaker& speaker = article.speakers[i];
    const int64_t person = person_ids[i] = PersonFor(speaker, i, source.sha256);
    counts.Person(person);
    auto add_alias = [&](const std::string& alias) {
      if (alias.empty()) return;
      std::string alias_key = NameKey(alias);
      st_->insert_alias.tryReset();
      st_->insert_alias.bind(1, person);
      st_->insert_alias.bindNoCopy(2, alias);
      st_->insert_alias.bindNoCopy(3, alias_key);
      Run(st_->insert_alias);
    };
    add_alias(speaker.name);
    for (const std::string& label : speaker.labels) {
      if (label != speaker.name) add_alias(label);
    }
    for (const Role& role : speaker.roles) {
      if (role.title.empty() || !roles_seen.emplace(person, AsciiLower(role.title)).second) continue;
      SQLite::Statement& insert = st_->insert_role;
      insert.tryReset();
      insert.bind(1, person);
      insert.bind(2, article_id);
      insert.bindNoCopy(3, role.title);
      BindOptional(insert, 4, role.organization);
      insert.bind(5, RoleSourceName(role.source));
      Run(insert);
      counts.Role(person);
    }
  }

  if (!bulk_) {
    st_->clear_staging.tryReset();
    Run(st_->clear_staging);  // a failed import may have left rows behind
  }
  SQLite::Statement& insert = bulk_ ? st_->insert_quote : st_->stage_quote;
  // One row: a turn or block (`place` null: it is its own place) or a quote found in one.
  auto stage = [&](const Quote& quote, int64_t position, const StoredPlace* place) {
    const int words = WordCount(quote.text);
    insert.tryReset();
    insert.bind(1, article_id);
    if (quote.speaker >= 0) {
      insert.bind(2, person_ids[quote.speaker]);
      counts.Quote(person_ids[quote.speaker], quote.kind, words);
    } else {
      insert.bind(2);
    }
    if (place == nullptr) {
      insert.bind(3, position);
    } else {
      insert.bind(3);
    }
    insert.bind(4, QuoteKindName(quote.kind));
    insert.bindNoCopy(5, quote.text);
    insert.bind(6, quote.via_interpreter ? 1 : 0);
    BindOptional(insert, 7, quote.annotation);
    BindOptional(insert, 8, quote.label);
    if (quote.line > 0) {
      insert.bind(9, quote.line);
    } else {
      insert.bind(9);
    }
    insert.bind(10, words);
    for (int column : {11, 12, 13}) insert.bind(column);
    if (place != nullptr) {
      insert.bind(11, place->found_in);
      insert.bind(12, place->start);
      insert.bind(13, place->end);
    }
    BindOptional(insert, 14, quote.source);
    BindOptional(insert, 15, quote.start);
    Run(insert);
  };
  // Each turn or block, then the prose quotes found in it: quote ids follow story order, so the
  // query side orders every kind by id within an article.
  const std::vector<const Quote*> found = ProseQuotesInStoryOrder(article);
  size_t next_prose = 0;
  for (size_t i = 0; i < article.quotes.size(); ++i) {
    stage(article.quotes[i], static_cast<int64_t>(i + 1), nullptr);
    for (; next_prose < found.size() && static_cast<size_t>(found[next_prose]->found_in) == i;
         ++next_prose) {
      const Quote& quote = *found[next_prose];
      const StoredPlace place = PlaceOf(article, quote.found_in, quote.begin, quote.end);
      if (quote.line > 0 || article.quotes[i].line <= 0) {
        stage(quote, 0, &place);
      } else {
        Quote located = quote;  // the line of the block holding it
        located.line = article.quotes[i].line;
        stage(located, 0, &place);
      }
    }
  }
  if (!bulk_) {
    st_->insert_staged_quotes.tryReset();
    Run(st_->insert_staged_quotes);
    st_->clear_staging.tryReset();
    Run(st_->clear_staging);
  }
  mentions_->Write(article_id, article, person_ids);
  for (const Mention& mention : article.mentions) counts.Mention(person_ids[mention.speaker]);

  if (old_id == 0) {
    st_->counts.Add(counts, article.published_on);
  } else {
    // The old version's counts and dates cannot be subtracted from a min or a max: count the
    // people of both versions again.
    std::set<int64_t> touched(previous_people.begin(), previous_people.end());
    for (int64_t person : counts.people()) touched.insert(person);
    for (int64_t person : touched) st_->counts.Recount(person);
    RemoveOrphans(previous_people);
  }
  StoreResult result;
  result.outcome = old_id != 0 ? StoreOutcome::kReplaced : StoreOutcome::kImported;
  result.article_id = article_id;
  return result;
}

}  // namespace newsarchive
