#include "store/pg_import.h"

#include <pqxx/pqxx>

#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "base/text_util.h"
#include "people/name_key.h"
#include "store/person_counts.h"
#include "store/prose_rows.h"
#include "store/store.h"

namespace newsarchive {
namespace {

constexpr int kMaxAttempts = 8;

// Absent fields are NULL in the archive, not ''.
std::optional<std::string> Optional(const std::string& value) {
  if (value.empty()) return std::nullopt;
  return value;
}

// Thrown inside the transaction when another importer claimed the same article first: the
// story is tried again from the start, and then finds that article.
struct LostRace {};

int64_t PersonFor(pqxx::work& tx, const Speaker& speaker, size_t index, const std::string& sha256) {
  std::string key = NameKey(speaker.name);
  bool scoped = speaker.unidentified;
  if (key.empty()) {
    key = "speaker " + std::to_string(index + 1);
    scoped = true;
  }
  if (scoped) key += "@" + sha256;
  for (;;) {
    pqxx::result found = tx.exec_params("SELECT id, name FROM people WHERE name_key = $1", key);
    if (!found.empty()) {
      int64_t id = found[0][0].as<int64_t>();
      if (IsBetterDisplayName(speaker.name, found[0][1].as<std::string>())) {
        tx.exec_params("UPDATE people SET name = $1 WHERE id = $2", speaker.name, id);
      }
      return id;
    }
    pqxx::result inserted = tx.exec_params(
        "INSERT INTO people (name, name_key, is_unidentified) VALUES ($1, $2, $3) "
        "ON CONFLICT (name_key) DO NOTHING RETURNING id",
        speaker.name, key, scoped ? 1 : 0);
    if (!inserted.empty()) return inserted[0][0].as<int64_t>();
    // Another importer inserted this person since our SELECT: read theirs.
  }
}

// The SQLite store's recount of one person ($1), in PostgreSQL's placeholders.
std::string RecountSql() {
  std::string sql = PersonRecountSql();
  for (size_t at = sql.find("?1"); at != std::string::npos; at = sql.find("?1", at)) {
    sql.replace(at, 2, "$1::bigint");
  }
  return sql;
}

// One row of quotes: a turn or block (`place` null: it is its own place, `position`) or a
// direct or reported quote found in one, as the SQLite store writes it.
void InsertQuote(pqxx::work& tx, int64_t article_id, const std::vector<int64_t>& person_ids,
                 const Quote& quote, int64_t position, const StoredPlace* place) {
  std::optional<int64_t> person, at, found_in, start, end;
  if (quote.speaker >= 0) person = person_ids[quote.speaker];
  if (place == nullptr) {
    at = position;
  } else {
    found_in = place->found_in;
    start = place->start;
    end = place->end;
  }
  std::optional<int64_t> line;
  if (quote.line > 0) line = quote.line;
  tx.exec_params(
      "INSERT INTO quotes (article_id, person_id, position, kind, text, via_interpreter, "
      "annotation, label, line, word_count, found_in, start_offset, end_offset, source, "
      "start_time) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
      article_id, person, at, std::string(QuoteKindName(quote.kind)), quote.text,
      quote.via_interpreter ? 1 : 0, Optional(quote.annotation), Optional(quote.label), line,
      WordCount(quote.text), found_in, start, end, Optional(quote.source), Optional(quote.start));
}

// The turns and blocks of `article`, each followed by the prose quotes found in it (quote ids
// follow story order, as on SQLite), then its mentions.
void InsertQuotesAndMentions(pqxx::work& tx, int64_t article_id, const Article& article,
                             const std::vector<int64_t>& person_ids) {
  const std::vector<const Quote*> found = ProseQuotesInStoryOrder(article);
  size_t next_prose = 0;
  for (size_t i = 0; i < article.quotes.size(); ++i) {
    InsertQuote(tx, article_id, person_ids, article.quotes[i], static_cast<int64_t>(i + 1),
                nullptr);
    for (; next_prose < found.size() && static_cast<size_t>(found[next_prose]->found_in) == i;
         ++next_prose) {
      Quote quote = *found[next_prose];
      const StoredPlace place = PlaceOf(article, quote.found_in, quote.begin, quote.end);
      if (quote.line <= 0 && article.quotes[i].line > 0) quote.line = article.quotes[i].line;
      InsertQuote(tx, article_id, person_ids, quote, 0, &place);
    }
  }
  for (const Mention& mention : article.mentions) {
    const StoredPlace place = PlaceOf(article, mention.found_in, mention.begin, mention.end);
    tx.exec_params(
        "INSERT INTO mentions (article_id, person_id, found_in, start_offset, end_offset) "
        "VALUES ($1, $2, $3, $4, $5)",
        article_id, person_ids[mention.speaker], place.found_in, place.start, place.end);
  }
}

Result<StoreResult> ImportOnce(pqxx::connection& connection, const Article& article,
                               const SourceInfo& source, bool replace) {
  pqxx::work tx(connection);
  StoreResult result;
  pqxx::result same =
      tx.exec_params("SELECT id FROM articles WHERE sha256 = $1", source.sha256);
  if (!same.empty()) {
    result.outcome = StoreOutcome::kAlreadyImported;
    result.article_id = same[0][0].as<int64_t>();
    result.message = "already imported (article " + std::to_string(result.article_id) + ")";
    return result;
  }
  const std::string story_key = StoryKey(article, source.file_name);
  pqxx::result story = tx.exec_params("SELECT id FROM articles WHERE story_key = $1 FOR UPDATE",
                                      story_key);
  const int64_t old_id = story.empty() ? 0 : story[0][0].as<int64_t>();
  if (old_id != 0 && !replace) {
    result.outcome = StoreOutcome::kOtherVersion;
    result.article_id = old_id;
    result.message = "a different version of this story is already imported as article " +
                     std::to_string(old_id) + "; use --replace";
    return result;
  }

  std::vector<int64_t> previous_people;
  int64_t article_id = old_id;
  if (old_id != 0) {
    for (const pqxx::row& row : tx.exec_params(
             "SELECT person_id FROM quotes WHERE article_id = $1 AND person_id IS NOT NULL "
             "UNION SELECT person_id FROM roles WHERE article_id = $1 "
             "UNION SELECT person_id FROM mentions WHERE article_id = $1",
             old_id)) {
      previous_people.push_back(row[0].as<int64_t>());
    }
    tx.exec_params("DELETE FROM quotes WHERE article_id = $1", old_id);
    tx.exec_params("DELETE FROM roles WHERE article_id = $1", old_id);
    tx.exec_params(
        "UPDATE articles SET title = $1, summary = $2, source = $3, program = $4, url = $5, "
        "published_on = $6, dateline = $7, copyright = $8, story_key = $9, file_name = $10, "
        "original_text = $11, encoding = $12, sha256 = $13, form = $15, imported_at = "
        "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') WHERE id = $14",
        article.title, Optional(article.summary), Optional(article.source),
        Optional(article.program), Optional(article.url), Optional(article.published_on),
        Optional(article.dateline), Optional(article.copyright), story_key,
        Optional(source.file_name), source.original_text, Optional(source.encoding),
        source.sha256, old_id, std::string(StoryFormName(article.form)));
  } else {
    pqxx::result inserted = tx.exec_params(
        "INSERT INTO articles (title, summary, source, program, url, published_on, dateline, "
        "copyright, story_key, file_name, original_text, encoding, sha256, form) VALUES ($1, $2, "
        "$3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT DO NOTHING RETURNING id",
        article.title, Optional(article.summary), Optional(article.source),
        Optional(article.program), Optional(article.url), Optional(article.published_on),
        Optional(article.dateline), Optional(article.copyright), story_key,
        Optional(source.file_name), source.original_text, Optional(source.encoding),
        source.sha256, std::string(StoryFormName(article.form)));
    if (inserted.empty()) throw LostRace();
    article_id = inserted[0][0].as<int64_t>();
  }

  std::vector<int64_t> person_ids(article.speakers.size());
  std::set<std::pair<int64_t, std::string>> roles_seen;
  for (size_t i = 0; i < article.speakers.size(); ++i) {
    const Speaker& speaker = article.speakers[i];
    const int64_t person = person_ids[i] = PersonFor(tx, speaker, i, source.sha256);
    auto add_alias = [&](const std::string& alias) {
      if (alias.empty()) return;
      tx.exec_params(
          "INSERT INTO person_aliases (person_id, alias, alias_key) VALUES ($1, $2, $3) "
          "ON CONFLICT (person_id, alias) DO NOTHING",
          person, alias, NameKey(alias));
    };
    add_alias(speaker.name);
    for (const std::string& label : speaker.labels) {
      if (label != speaker.name) add_alias(label);
    }
    for (const Role& role : speaker.roles) {
      if (role.title.empty() || !roles_seen.emplace(person, AsciiLowerCopy(role.title)).second) {
        continue;
      }
      tx.exec_params(
          "INSERT INTO roles (person_id, article_id, title, organization, source) "
          "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (person_id, article_id, title) DO NOTHING",
          person, article_id, role.title, Optional(role.organization),
          std::string(RoleSourceName(role.source)));
    }
  }

  InsertQuotesAndMentions(tx, article_id, article, person_ids);
  for (int64_t id : previous_people) {
    tx.exec_params(
        "DELETE FROM people WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM quotes WHERE person_id "
        "= $1) AND NOT EXISTS (SELECT 1 FROM roles WHERE person_id = $1) AND NOT EXISTS (SELECT 1 "
        "FROM mentions WHERE person_id = $1)",
        id);
  }
  // The counts of everyone this story touched, each person's row locked in id order (so two
  // importers lock alike and seldom deadlock; a deadlock retries the story).
  static const std::string recount = RecountSql();
  std::set<int64_t> touched(person_ids.begin(), person_ids.end());
  touched.insert(previous_people.begin(), previous_people.end());
  for (int64_t id : touched) {
    tx.exec_params("SELECT 1 FROM people WHERE id = $1 FOR UPDATE", id);
    tx.exec_params(recount, id);
  }
  tx.commit();
  result.outcome = old_id != 0 ? StoreOutcome::kReplaced : StoreOutcome::kImported;
  result.article_id = article_id;
  return result;
}

}  // namespace

Result<StoreResult> PgImportArticle(pqxx::connection& connection, const Article& article,
                                    const SourceInfo& source, bool replace) {
  Status consistent = CheckArticleConsistent(article, source.file_name);
  if (!consistent.ok()) return consistent;
  for (int attempt = 1;; ++attempt) {
    try {
      return ImportOnce(connection, article, source, replace);
    } catch (const LostRace&) {
      // Retried at once: the other importer's article is committed or about to be.
    } catch (const pqxx::transaction_rollback&) {  // serialization failure, deadlock
      if (attempt >= kMaxAttempts) throw;
    } catch (const pqxx::unique_violation&) {  // story_key and sha256 claimed by two at once
      if (attempt >= kMaxAttempts) throw;
    }
    if (attempt >= kMaxAttempts) {
      throw DatabaseError("gave up writing " + source.file_name + " after " +
                          std::to_string(kMaxAttempts) + " attempts");
    }
  }
}

}  // namespace newsarchive
