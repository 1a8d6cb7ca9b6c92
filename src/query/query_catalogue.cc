// How this works: ReportCatalogue() is the table; everything else reads it. A report's SQL names
// its parameters as :name and is run by RunQuery like any other query, so the read-only guard, the
// time limit and the binding rules are the same for reports as for ad-hoc SQL. Defaults that
// depend on the archive (the top speaker, a word that is sure to be found) are computed here, at
// the moment the report runs.
#include "query/query_catalogue.h"

#include <cctype>

#include "base/edit_distance.h"
#include "query/person_lookup.h"
#include "query/queries.h"

namespace newsarchive {
namespace {

const char kTopSpeakerSql[] =
    "SELECT c.person_id FROM person_counts c JOIN people p ON p.id = c.person_id "
    "WHERE p.is_unidentified = 0 AND c.turns > 0 "
    "ORDER BY c.turns DESC, c.words DESC, c.person_id LIMIT 1";

const char kNewestTurnSql[] =
    "SELECT text FROM quotes WHERE article_id = "
    "(SELECT id FROM articles ORDER BY published_on DESC NULLS LAST, id DESC LIMIT 1) "
    "AND position IS NOT NULL ORDER BY position LIMIT 1";  // its first turn or paragraph

ReportParam Limit(const char* value) {
  return {"limit", ParamKind::kInteger, DefaultRule::kValue, value, "how many rows at most"};
}

// The reports, in `d`'s SQL. GROUP BY names the primary key of each table whose other columns
// are shown (p.id, not r.person_id), as PostgreSQL requires.
std::vector<Report> BuildCatalogue(const SqlDialect& d) {
  const FtsTable quotes_fts = {"quotes_fts", "quotes", "q"};
  std::vector<Report> reports;
  reports.push_back({"summary",
                     "What the archive holds: stories, people, turns, words, dates",
                     {},
                     "SELECT (SELECT count(*) FROM articles) AS stories, "
                     "(SELECT count(*) FROM people WHERE is_unidentified = 0) AS people, "
                     "(SELECT count(person_id) FROM quotes WHERE kind = 'turn') AS turns, "
                     "(SELECT sum(word_count) FROM quotes WHERE kind = 'turn' AND person_id IS NOT "
                     "NULL) AS words, "
                     "(SELECT min(published_on) FROM articles) AS first_date, "
                     "(SELECT max(published_on) FROM articles) AS last_date"});
  reports.push_back({"top-speakers",
                     "People with the most turns, with their words and stories",
                     {Limit("20")},
                     "SELECT p.id AS id, p.name AS name, c.turns AS turns, c.words AS words, "
                     "c.turn_stories AS stories "
                     "FROM person_counts c JOIN people p ON p.id = c.person_id "
                     "WHERE p.is_unidentified = 0 AND c.turns > 0 "
                     "ORDER BY c.turns DESC, c.words DESC, p.name LIMIT :limit"});
  reports.push_back(
      {"reporters",
       "People with a byline: their stories, organizations, first and last dates",
       {Limit("20")},
       "SELECT p.id AS id, p.name AS name, count(DISTINCT r.article_id) AS stories, " +
           d.DistinctConcat("r.organization") +
           " AS organizations, "
           "min(a.published_on) AS first_date, max(a.published_on) AS last_date "
           "FROM roles r JOIN people p ON p.id = r.person_id JOIN articles a ON a.id = r.article_id "
           "WHERE " +
           d.EqualsNoCase("r.title", "'Byline'") +
           " GROUP BY p.id ORDER BY stories DESC, p.name LIMIT :limit"});
  reports.push_back(
      {"roles-of",
       "The roles a person held, over time: stories, first and last dates, where each came from",
       {{"person", ParamKind::kPerson, DefaultRule::kTopSpeaker, "", "whose roles (name or id)"}},
       "SELECT (SELECT name FROM people WHERE id = :person) AS person, " + d.AnyValue("r.title") +
           " AS role, "
           "r.organization AS organization, count(DISTINCT r.article_id) AS stories, "
           "min(a.published_on) AS first_date, max(a.published_on) AS last_date, " +
           d.DistinctConcat("r.source") +
           " AS sources "
           "FROM roles r JOIN articles a ON a.id = r.article_id WHERE r.person_id = :person "
           "GROUP BY " +
           d.NoCase("r.title") + ", r.organization ORDER BY first_date, role"});
  reports.push_back(
      {"co-appearances",
       "Pairs of people who speak in the same stories, with how many",
       {{"person", ParamKind::kPerson, DefaultRule::kAnyone, "", "only pairs with this person"},
        Limit("20")},
       "WITH appearances (article_id, person_id) AS ("
       "SELECT DISTINCT q.article_id, q.person_id FROM quotes q "
       "JOIN people p ON p.id = q.person_id WHERE p.is_unidentified = 0 AND q.kind = 'turn') "
       "SELECT x.person_id AS id_a, pa.name AS person_a, y.person_id AS id_b, pb.name AS person_b, "
       "count(*) AS stories "
       "FROM appearances x JOIN appearances y "
       "ON y.article_id = x.article_id AND y.person_id > x.person_id "
       "JOIN people pa ON pa.id = x.person_id JOIN people pb ON pb.id = y.person_id "
       "WHERE :person IS NULL OR :person IN (x.person_id, y.person_id) "
       "GROUP BY x.person_id, y.person_id, pa.id, pb.id ORDER BY stories DESC, person_a, person_b "
       "LIMIT :limit"});
  reports.push_back(
      {"quotes-by-month",
       "A person's turns, words and stories per month",
       {{"person", ParamKind::kPerson, DefaultRule::kTopSpeaker, "", "whose quotes (name or id)"}},
       "SELECT (SELECT name FROM people WHERE id = :person) AS person, "
       "coalesce(substr(a.published_on, 1, 7), 'undated') AS month, count(*) AS turns, "
       "sum(q.word_count) AS words, count(DISTINCT q.article_id) AS stories "
       "FROM quotes q JOIN articles a ON a.id = q.article_id "
       "WHERE q.person_id = :person AND q.kind = 'turn' GROUP BY month ORDER BY month"});
  reports.push_back(
      {"phrase",
       "Quotes holding a phrase (its words together, in order), best match first",
       {{"phrase", ParamKind::kPhrase, DefaultRule::kNewestWord, "", "the words to find"},
        Limit("50")},
       "SELECT p.name AS speaker, a.id AS article_id, a.title AS article, "
       "a.published_on AS date, q.position AS position, " +
           d.SearchSnippet(quotes_fts, "text", ":phrase") + " AS snippet, q.text AS text FROM " +
           d.SearchFrom(quotes_fts) +
           " JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id "
           "WHERE " +
           d.SearchMatch(quotes_fts, ":phrase") + " ORDER BY " +
           d.SearchRank(quotes_fts, ":phrase") + " LIMIT :limit"});
  reports.push_back(
      {"interpreters",
       "Turns spoken through an interpreter, in story order",
       {Limit("100")},
       "SELECT p.name AS speaker, a.id AS article_id, a.title AS article, "
       "a.published_on AS date, q.position AS position, q.text AS text "
       "FROM quotes q "
       "JOIN articles a ON a.id = q.article_id JOIN people p ON p.id = q.person_id "
       "WHERE q.via_interpreter = 1 ORDER BY a.published_on, a.id, q.position LIMIT :limit"});
  reports.push_back({"cast-sizes",
                     "Stories with the most speakers, with their turns and words",
                     {Limit("20")},
                     "SELECT a.id AS id, a.published_on AS date, a.title AS title, "
                     "count(DISTINCT q.person_id) FILTER (WHERE q.kind = 'turn') AS speakers, "
                     "count(q.person_id) FILTER (WHERE q.kind = 'turn') AS turns, "
                     "coalesce(sum(q.word_count) FILTER (WHERE q.kind = 'turn' AND q.person_id IS "
                     "NOT NULL), 0) AS words "
                     "FROM quotes q JOIN articles a ON a.id = q.article_id "
                     "WHERE q.kind IN ('turn', 'unattributed') GROUP BY a.id ORDER BY "
                     "speakers DESC, turns DESC, a.id LIMIT :limit"});
  reports.push_back(
      {"quoted-in-prose",
       "People most quoted inside the prose (direct and reported quotes), with their stories",
       {Limit("20")},
       "SELECT p.id AS id, p.name AS name, count(*) AS quotes, "
       "count(*) FILTER (WHERE q.kind = 'direct') AS direct, "
       "count(*) FILTER (WHERE q.kind = 'reported') AS reported, "
       "count(DISTINCT q.article_id) AS stories "
       "FROM quotes q JOIN people p ON p.id = q.person_id "
       "WHERE p.is_unidentified = 0 AND q.kind IN ('direct', 'reported') "
       "GROUP BY p.id ORDER BY quotes DESC, direct DESC, p.name LIMIT :limit"});
  reports.push_back(
      {"mentioned-unheard",
       "People the stories mention most who are never heard: no turn, no quote",
       {Limit("20")},
       "SELECT p.id AS id, p.name AS name, count(*) AS mentions, "
       "count(DISTINCT m.article_id) AS stories, " +
           d.FirstSpellingsConcat("title", "'; '", "roles WHERE person_id = p.id") +
           " AS roles "
           "FROM mentions m JOIN people p ON p.id = m.person_id "
           "WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.person_id = m.person_id) "
           "GROUP BY p.id ORDER BY mentions DESC, stories DESC, p.name LIMIT :limit"});
  return reports;
}

// The longest word (letters and digits; non-ASCII letters count) of `text`; the first on a tie.
std::string LongestWord(const std::string& text) {
  std::string best;
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(c);
      continue;
    }
    if (word.size() > best.size()) best = word;
    word.clear();
  }
  return best;
}

Result<Cell> DefaultValue(Archive& archive, const ReportParam& param) {
  switch (param.rule) {
    case DefaultRule::kValue:
      return ParamValueFromText(param.default_value);
    case DefaultRule::kAnyone:
      return Cell::Null();
    case DefaultRule::kTopSpeaker: {
      Result<std::vector<Row>> top = archive.Rows(kTopSpeakerSql);
      if (!top.ok()) return top.status();
      return top->empty() ? Cell::Null() : (*top)[0][0];
    }
    case DefaultRule::kNewestWord: {
      Result<std::vector<Row>> newest = archive.Rows(kNewestTurnSql);
      if (!newest.ok()) return newest.status();
      std::string word = newest->empty() ? "" : LongestWord((*newest)[0][0].text);
      // An empty archive has no word to offer; any word finds nothing there.
      return Cell::Text(
          archive.Dialect().SearchValue(FtsPhrase(word.empty() ? "news" : word).value()));
    }
  }
  return Cell::Null();
}

std::string ParamNames(const Report& report) {
  if (report.params.empty()) return "it takes none";
  std::string names;
  for (const ReportParam& param : report.params) {
    if (!names.empty()) names += ", ";
    names += param.name;
  }
  return "it takes " + names;
}

Result<Cell> ParseValue(Archive& archive, const ReportParam& param, const std::string& text) {
  std::string where = "--param " + param.name + ": ";
  switch (param.kind) {
    case ParamKind::kInteger: {
      Cell value = ParamValueFromText(text);
      if (value.type != Cell::Type::kInteger) {
        return Status::InvalidInput(where + "expected a whole number, not \"" + text + "\"");
      }
      return value;
    }
    case ParamKind::kPerson: {
      Result<PersonRef> person = FindPerson(archive, text);
      if (!person.ok()) {
        return Status::Error(person.status().code(), where + person.status().message());
      }
      return Cell::Integer(person->id);
    }
    case ParamKind::kPhrase: {
      Result<std::string> phrase = FtsPhrase(text);
      if (!phrase.ok()) return Status::InvalidInput(where + phrase.status().message());
      return Cell::Text(archive.Dialect().SearchValue(*phrase));
    }
  }
  return Cell::Null();
}

}  // namespace

std::string ReportParam::DefaultText() const {
  switch (rule) {
    case DefaultRule::kValue:
      return default_value;
    case DefaultRule::kTopSpeaker:
      return "the top speaker";
    case DefaultRule::kAnyone:
      return "anyone";
    case DefaultRule::kNewestWord:
      return "the longest word of the newest story's first turn";
  }
  return "";
}

const char* DefaultRuleSql(DefaultRule rule) {
  switch (rule) {
    case DefaultRule::kTopSpeaker:
      return kTopSpeakerSql;
    case DefaultRule::kNewestWord:
      return kNewestTurnSql;
    default:
      return nullptr;
  }
}

const std::vector<Report>& ReportCatalogue(const SqlDialect& dialect) {
  static const std::vector<Report> kSqlite = BuildCatalogue(SqliteDialect());
  static const std::vector<Report> kPostgres = BuildCatalogue(PostgresDialect());
  return &dialect == &PostgresDialect() ? kPostgres : kSqlite;
}

std::string ReportSql(const Report& report, const SqlDialect& dialect) {
  for (const Report& same : ReportCatalogue(dialect)) {
    if (same.name == report.name) return same.sql;
  }
  return report.sql;
}

Result<const Report*> FindReport(const std::string& name) {
  std::vector<std::string> names;
  for (const Report& report : ReportCatalogue()) {
    if (report.name == name) return &report;
    names.push_back(report.name);
  }
  std::string message = "unknown report \"" + name + "\"";
  std::string close = ClosestMatch(name, names, 3);
  if (!close.empty()) {
    message += "; did you mean \"" + close + "\"?";
  } else {
    message += "; see `newsarchive report --list`";
  }
  return Status::Error(Status::Code::kNotFound, message);
}

Result<SqlParams> ReportParams(Archive& archive, const Report& report,
                               const std::map<std::string, std::string>& given) {
  for (const auto& [name, value] : given) {
    bool known = false;
    for (const ReportParam& param : report.params) known = known || param.name == name;
    if (!known) {
      return Status::InvalidInput("report " + report.name + " has no parameter \"" + name + "\"; " +
                                  ParamNames(report));
    }
  }
  SqlParams params;
  for (const ReportParam& param : report.params) {
    auto it = given.find(param.name);
    Result<Cell> value =
        it == given.end() ? DefaultValue(archive, param) : ParseValue(archive, param, it->second);
    if (!value.ok()) return value.status();
    params[param.name] = *value;
  }
  return params;
}

std::vector<std::string> ReportListColumns() { return {"name", "description", "parameters"}; }

std::vector<Row> ReportListRows() {
  std::vector<Row> rows;
  for (const Report& report : ReportCatalogue()) {
    std::string params;
    for (const ReportParam& param : report.params) {
      if (!params.empty()) params += "; ";
      params += param.name + " (" + param.description + "; default: " + param.DefaultText() + ")";
    }
    rows.push_back({Cell::Text(report.name), Cell::Text(report.description), Cell::Text(params)});
  }
  return rows;
}

}  // namespace newsarchive
