// newsarchive_import_choices: what each bulk-import choice buys, measured. Parses N synthetic
// transcripts once, then stores the same parsed rows into a fresh archive (the real schema, from
// the embedded migrations) under a ladder of settings, each adding one choice to the previous:
//
//   1. rollback journal, synchronous=FULL, statements prepared per row, people found by SELECT
//   2. + WAL
//   3. + synchronous=NORMAL
//   4. + prepared statements reused
//   5. + people found through an in-memory cache            (what `newsarchive import` does)
//   6. + one transaction for the whole batch instead of one per transcript (for reference only:
//      the importer keeps one per transcript so nothing is ever half-imported)
//
// This is a model of the importer's write path (articles, people, aliases, roles, quotes, with
// the FTS triggers), not the importer itself; bench/run times the real `newsarchive import`.
//
//   newsarchive_import_choices [--count N] [--seed S] [--dir DIR]
#include <SQLiteCpp/SQLiteCpp.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "bench/synthetic_corpus.h"
#include "model/article.h"
#include "parse/transcript_parser.h"
#include "people/name_key.h"
#include "read/text_decode.h"
#include "store/migrations_embedded.h"

namespace {

using newsarchive::Article;

struct Choices {
  const char* name;
  bool wal;
  bool sync_normal;
  bool reuse_statements;
  bool people_cache;
  bool one_transaction;
};

const Choices kLadder[] = {
    {"rollback journal, sync FULL, prepare per row, SELECT people", false, false, false, false, false},
    {"+ WAL", true, false, false, false, false},
    {"+ synchronous=NORMAL", true, true, false, false, false},
    {"+ prepared statements reused", true, true, true, false, false},
    {"+ people cache (the importer's settings)", true, true, true, true, false},
    {"+ one transaction for all (reference)", true, true, true, true, true},
};

const char* const kArticleSql =
    "INSERT INTO articles (title, summary, source, program, url, published_on, dateline, "
    "copyright, story_key, file_name, original_text, sha256) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char* const kPersonSql =
    "INSERT INTO people (name, name_key, is_unidentified) VALUES (?, ?, ?) "
    "ON CONFLICT (name_key) DO NOTHING";
const char* const kFindPersonSql = "SELECT id FROM people WHERE name_key = ?";
const char* const kAliasSql =
    "INSERT OR IGNORE INTO person_aliases (person_id, alias, alias_key) VALUES (?, ?, ?)";
const char* const kRoleSql =
    "INSERT OR IGNORE INTO roles (person_id, article_id, title, organization, source) "
    "VALUES (?, ?, ?, ?, ?)";
const char* const kQuoteSql =
    "INSERT INTO quotes (article_id, person_id, position, kind, text, via_interpreter, "
    "annotation, label, line, word_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

double CpuSeconds() {
  rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int WordCount(const std::string& text) {
  int n = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// Statements either kept for the whole run or prepared afresh at each use.
class Statements {
 public:
  Statements(SQLite::Database& db, bool reuse) : db_(db), reuse_(reuse) {}
  SQLite::Statement& Get(const char* sql) {
    if (!reuse_) {
      fresh_ = std::make_unique<SQLite::Statement>(db_, sql);
      return *fresh_;
    }
    auto it = kept_.find(sql);
    if (it == kept_.end()) {
      it = kept_.emplace(sql, std::make_unique<SQLite::Statement>(db_, sql)).first;
    }
    it->second->reset();
    it->second->clearBindings();
    return *it->second;
  }

 private:
  SQLite::Database& db_;
  bool reuse_;
  std::unique_ptr<SQLite::Statement> fresh_;
  std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> kept_;
};

void BindText(SQLite::Statement& s, int i, const std::string& v) {
  if (v.empty()) {
    s.bind(i);  // NULL
  } else {
    s.bind(i, v);
  }
}

int64_t PersonId(SQLite::Database& db, Statements& st, const Choices& c,
                 std::unordered_map<std::string, int64_t>& cache, const std::string& name,
                 const std::string& key, bool unidentified) {
  if (c.people_cache) {
    auto it = cache.find(key);
    if (it != cache.end()) return it->second;
  }
  SQLite::Statement& insert = st.Get(kPersonSql);
  insert.bind(1, name);
  insert.bind(2, key);
  insert.bind(3, unidentified ? 1 : 0);
  int64_t id;
  if (insert.exec() == 1) {
    id = db.getLastInsertRowid();
  } else {
    SQLite::Statement& find = st.Get(kFindPersonSql);
    find.bind(1, key);
    find.executeStep();
    id = find.getColumn(0).getInt64();
  }
  if (c.people_cache) cache.emplace(key, id);
  return id;
}

void Store(SQLite::Database& db, Statements& st, const Choices& c,
           std::unordered_map<std::string, int64_t>& cache, const Article& a,
           const std::string& text, size_t index) {
  SQLite::Statement& art = st.Get(kArticleSql);
  const std::string sha = "synthetic-" + std::to_string(index);
  const std::string fields[] = {a.title, a.summary, a.source, a.program, a.url, a.published_on,
                                a.dateline, a.copyright, sha, sha + ".txt", text, sha};
  for (int i = 0; i < 12; ++i) BindText(art, i + 1, fields[i]);
  if (a.title.empty()) art.bind(1, "(untitled)");
  art.exec();
  const int64_t article_id = db.getLastInsertRowid();

  std::vector<int64_t> ids;
  for (const auto& speaker : a.speakers) {
    std::string key = newsarchive::NameKey(speaker.name);
    if (speaker.unidentified) key += " @" + std::to_string(article_id);
    const int64_t id = PersonId(db, st, c, cache, speaker.name, key, speaker.unidentified);
    ids.push_back(id);
    for (const std::string& label : speaker.labels) {
      SQLite::Statement& alias = st.Get(kAliasSql);
      alias.bind(1, id);
      alias.bind(2, label);
      alias.bind(3, newsarchive::NameKey(label));
      alias.exec();
    }
    for (const auto& role : speaker.roles) {
      SQLite::Statement& r = st.Get(kRoleSql);
      r.bind(1, id);
      r.bind(2, article_id);
      r.bind(3, role.title);
      BindText(r, 4, role.organization);
      r.bind(5, newsarchive::RoleSourceName(role.source));
      r.exec();
    }
  }
  int position = 0;
  for (const auto& q : a.quotes) {
    SQLite::Statement& s = st.Get(kQuoteSql);
    s.bind(1, article_id);
    if (q.speaker >= 0) {
      s.bind(2, ids[q.speaker]);
    } else {
      s.bind(2);
    }
    s.bind(3, ++position);
    s.bind(4, newsarchive::QuoteKindName(q.kind));
    s.bind(5, q.text);
    s.bind(6, q.via_interpreter ? 1 : 0);
    BindText(s, 7, q.annotation);
    BindText(s, 8, q.label);
    s.bind(9, q.line);
    s.bind(10, WordCount(q.text));
    s.exec();
  }
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t count = 2000, seed = 1, repeat = 3;
  std::string dir = "/tmp";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string arg = argv[i];
    if (arg == "--count") {
      count = std::strtoull(argv[i + 1], nullptr, 10);
    } else if (arg == "--seed") {
      seed = std::strtoull(argv[i + 1], nullptr, 10);
    } else if (arg == "--repeat") {
      repeat = std::max<uint64_t>(1, std::strtoull(argv[i + 1], nullptr, 10));
    } else if (arg == "--dir") {
      dir = argv[i + 1];
    } else {
      std::fprintf(stderr, "usage: newsarchive_import_choices [--count N] [--seed S] [--repeat R] [--dir D]\n");
      return 2;
    }
  }

  const newsarchive::SyntheticCorpus corpus(seed);
  std::vector<std::string> texts(count);
  std::vector<Article> articles(count);
  uint64_t quotes = 0;
  for (uint64_t i = 0; i < count; ++i) {
    auto decoded = newsarchive::DecodeText(corpus.Transcript(i));
    auto parsed = newsarchive::ParseTranscript(decoded->text, "synthetic.txt");
    if (!parsed.ok()) {
      std::fprintf(stderr, "transcript %" PRIu64 ": %s\n", i, parsed.status().ToString().c_str());
      return 1;
    }
    texts[i] = std::move(decoded->text);
    articles[i] = std::move(*parsed);
    quotes += articles[i].quotes.size();
  }

  std::printf("%-60s %8s %8s %14s %9s\n", "settings (each adds one choice)", "wall s", "cpu s",
              "transcripts/s", "speed-up");
  double first = 0;
  // Each setting runs `repeat` times into a fresh file and keeps its fastest run: on a shared
  // machine one slow run says more about the neighbours than about the setting.
  for (const Choices& c : kLadder) {
    double best_wall = 0, best_cpu = 0;
    for (uint64_t run = 0; run < repeat; ++run) {
      const std::string path = dir + "/import-choices.db";
      for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::remove((path + suffix).c_str());
      }
      SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
      db.exec(c.wal ? "PRAGMA journal_mode = WAL" : "PRAGMA journal_mode = DELETE");
      db.exec(c.sync_normal ? "PRAGMA synchronous = NORMAL" : "PRAGMA synchronous = FULL");
      db.exec("PRAGMA foreign_keys = ON");
      for (const auto& m : newsarchive::EmbeddedMigrations()) db.exec(m.sql);

      Statements statements(db, c.reuse_statements);
      std::unordered_map<std::string, int64_t> cache;
      const auto start = std::chrono::steady_clock::now();
      const double cpu_start = CpuSeconds();
      std::unique_ptr<SQLite::Transaction> all;
      if (c.one_transaction) all = std::make_unique<SQLite::Transaction>(db);
      for (uint64_t i = 0; i < count; ++i) {
        std::unique_ptr<SQLite::Transaction> one;
        if (!c.one_transaction) one = std::make_unique<SQLite::Transaction>(db);
        Store(db, statements, c, cache, articles[i], texts[i], i);
        if (one) one->commit();
      }
      if (all) all->commit();
      const double wall =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      const double cpu = CpuSeconds() - cpu_start;
      if (run == 0 || wall < best_wall) best_wall = wall;
      if (run == 0 || cpu < best_cpu) best_cpu = cpu;
    }
    if (first == 0) first = best_wall;
    std::printf("%-60s %8.2f %8.2f %14.0f %8.1fx\n", c.name, best_wall, best_cpu,
                count / best_wall, first / best_wall);
    std::fflush(stdout);
  }
  std::printf("transcripts=%" PRIu64 " quotes=%" PRIu64 "\n", count, quotes);
  return 0;
}
