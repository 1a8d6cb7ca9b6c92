// How this works: each query is one SQL text put together from fixed pieces; only the choice of
// pieces depends on the filter, every value is a bound parameter. The pieces are written so that
// SQLite drives each query from an index (the person, the article, the FTS match, the date), which
// tests/query_catalogue_test.cc checks with EXPLAIN QUERY PLAN.
#include "query/queries.h"

#include <cctype>
#include <limits>
#include <string>
#include <vector>

#include "base/calendar.h"

namespace newsarchive {
namespace {

// A person's role titles in one story, in the order they were recorded, joined with "; " (titles
// may hold commas: "former chief of staff to the NSC, Trump administration").
std::string RolesInStory(const SqlDialect& dialect, const std::string& person,
                         const std::string& article) {
  return dialect.OrderedConcat(
      "title", "'; '", "roles WHERE person_id = " + person + " AND article_id = " + article, "id");
}

const FtsTable kQuotesFts = {"quotes_fts", "quotes", "q"};
const FtsTable kArticlesFts = {"articles_fts", "articles", "a"};

// "Quoted" FTS5 string: double quotes doubled.
std::string FtsString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

// True when FTS5's unicode61 tokenizer would find a token in `text` (a letter, digit or any
// non-ASCII character); a term without one would be an empty phrase.
bool HasToken(const std::string& text) {
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) return true;
  }
  return false;
}

bool IsDigits(const std::string& s, size_t from, size_t count) {
  if (from + count > s.size()) return false;
  for (size_t i = from; i < from + count; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

void AddDateRange(const std::string& since, const std::string& until, std::string* where,
                  SqlParams* params) {
  if (!since.empty()) {
    *where += " AND a.published_on >= :since";
    (*params)["since"] = Cell::Text(since);
  }
  if (!until.empty()) {
    *where += " AND a.published_on <= :until";
    (*params)["until"] = Cell::Text(until);
  }
}

// The value of :limit for `limit` rows, -1 meaning all: then the largest LIMIT, since PostgreSQL
// refuses a negative one where SQLite reads it as "no limit".
Cell LimitValue(int64_t limit) {
  return Cell::Integer(limit < 0 ? std::numeric_limits<int64_t>::max() : limit);
}

// Subqueries counting the quotes of each kind that match `condition` (on quotes): columns turns,
// direct and reported.
std::string QuoteCounts(const std::string& condition) {
  // A turn no one is named for (a reporter's "QUESTION:") is not a speaker's turn; a prose quote
  // from an unnamed source is still a quote the story holds.
  std::string columns =
      "(SELECT count(person_id) FROM quotes WHERE " + condition + " AND kind = 'turn') AS turns";
  for (const char* kind : {"direct", "reported"}) {
    columns += std::string(", (SELECT count(*) FROM quotes WHERE ") + condition + " AND kind = '" +
               kind + "') AS " + kind;
  }
  return columns;
}

// Completes `query` with `sql` ordered by `order` and cut at `limit` rows (-1 for all).
void Finish(const std::string& sql, const std::string& order, int64_t limit, BoundQuery* query) {
  query->sql = sql + " ORDER BY " + order + " LIMIT :limit";
  query->params["limit"] = LimitValue(limit);
}

}  // namespace

const std::vector<std::string>& QuoteKinds() {
  static const std::vector<std::string> kinds = {"turn", "direct", "reported"};
  return kinds;
}

std::string KindList(const std::vector<std::string>& kinds) {
  std::string list;
  for (const std::string& kind : QuoteKinds()) {
    bool wanted = kinds.empty();
    for (const std::string& k : kinds) wanted |= k == kind;
    if (!wanted) continue;
    list += (list.empty() ? "'" : ", '") + kind + "'";
  }
  return list.empty() ? "NULL" : list;  // kinds none of which exists: nothing
}

Result<std::string> FtsQuery(const std::string& text) {
  struct Term {
    std::string fts;
    bool is_or = false;
  };
  std::vector<Term> terms;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    if (c == '"') {
      size_t end = text.find('"', i + 1);
      if (end == std::string::npos) end = text.size();
      std::string phrase = text.substr(i + 1, end - i - 1);
      if (HasToken(phrase)) terms.push_back({FtsString(phrase)});
      i = end + 1;
      continue;
    }
    size_t end = i;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) &&
           text[end] != '"') {
      ++end;
    }
    std::string word = text.substr(i, end - i);
    i = end;
    if (word == "OR") {
      terms.push_back({"OR", true});
      continue;
    }
    bool prefix = word.size() > 1 && word.back() == '*';
    if (prefix) word.pop_back();
    if (HasToken(word)) terms.push_back({FtsString(word) + (prefix ? "*" : "")});
  }
  std::string query;
  bool after_term = false;
  for (size_t k = 0; k < terms.size(); ++k) {
    if (terms[k].is_or) {
      // OR joins two terms; anywhere else (first, last, doubled) it is dropped.
      bool next_is_term = k + 1 < terms.size() && !terms[k + 1].is_or;
      if (after_term && next_is_term) {
        query += " OR";
        after_term = false;
      }
      continue;
    }
    if (!query.empty()) query += ' ';
    query += terms[k].fts;
    after_term = true;
  }
  if (query.empty()) {
    return Status::InvalidInput("no words to search for in \"" + text + "\"");
  }
  return query;
}

Result<std::string> FtsPhrase(const std::string& text) {
  if (!HasToken(text)) return Status::InvalidInput("no words to search for in \"" + text + "\"");
  return FtsString(text);
}

Result<std::string> NormalizeDate(const std::string& text, bool end_of_period) {
  if (text.empty()) return std::string();
  Status bad =
      Status::InvalidInput("expected a date as YYYY-MM-DD, YYYY-MM or YYYY, not \"" + text + "\"");
  if (!IsDigits(text, 0, 4)) return bad;
  std::string month = end_of_period ? "12" : "01";
  std::string day = end_of_period ? "31" : "01";
  if (text.size() > 4) {
    if (text[4] != '-' || !IsDigits(text, 5, 2)) return bad;
    month = text.substr(5, 2);
    if (month < "01" || month > "12") return bad;
  }
  if (text.size() > 7) {
    if (text.size() != 10 || text[7] != '-' || !IsDigits(text, 8, 2)) return bad;
    day = text.substr(8, 2);
    if (!IsCalendarDate(std::stoi(text.substr(0, 4)), std::stoi(month), std::stoi(day))) {
      return Status::InvalidInput("no such day: \"" + text + "\"");
    }
  } else if (text.size() != 4 && text.size() != 7) {
    return bad;
  }
  return text.substr(0, 4) + "-" + month + "-" + day;
}

namespace {

// The WHERE clause (from " WHERE") of the turns `filter` lets through, its search aside, with
// its parameters bound in `query`; a role filter is left to the caller when `role_as_join`.
std::string QuoteConditions(const QuoteFilter& filter, bool role_as_join,
                            const SqlDialect& dialect, BoundQuery* query) {
  std::string where = " WHERE q.kind IN (" + KindList(filter.kinds) + ")";
  if (filter.person_id) {
    where += " AND q.person_id = :person";
    query->params["person"] = Cell::Integer(*filter.person_id);
  }
  if (filter.article_id) {
    where += " AND q.article_id = :article";
    query->params["article"] = Cell::Integer(*filter.article_id);
  }
  if (!filter.role.empty()) {
    query->params["role"] = Cell::Text(filter.role);
    if (!role_as_join) {
      where +=
          " AND EXISTS (SELECT 1 FROM roles r WHERE r.person_id = q.person_id "
          "AND r.article_id = q.article_id AND " +
          dialect.ContainsNoCase("r.title", ":role") + ")";
    }
  }
  AddDateRange(filter.since, filter.until, &where, &query->params);
  return where;
}

// The ids of the newest `rank_window` searched turns that pass the filter. FTS5 hands matches
// over in descending rowid order and the LIMIT stops it, without ranking any of them.
std::string RankWindowIds(const QuoteFilter& filter, const SqlDialect& dialect,
                          BoundQuery* query) {
  query->params["search"] = Cell::Text(dialect.SearchValue(filter.search));
  query->params["window"] = Cell::Integer(filter.rank_window);
  return "SELECT q.id AS id FROM " + dialect.SearchFrom(kQuotesFts) +
         " JOIN articles a ON a.id = q.article_id" +
         QuoteConditions(filter, false, dialect, query) + " AND " +
         dialect.SearchMatch(kQuotesFts, ":search") + " ORDER BY " +
         dialect.SearchRowId(kQuotesFts) + " DESC LIMIT :window";
}

}  // namespace

BoundQuery QuotesQuery(const QuoteFilter& filter, const SqlDialect& dialect) {
  BoundQuery query;
  bool searching = !filter.search.empty();
  bool role_only = !filter.role.empty() && !searching && !filter.person_id && !filter.article_id;
  std::string where = QuoteConditions(filter, role_only, dialect, &query);

  std::string columns =
      std::string(filter.source_in_speaker
                      ? "SELECT coalesce(p.name, '(' || q.source || ')') AS speaker, "
                      : "SELECT p.name AS speaker, ") +
      (filter.with_person_id ? "q.person_id AS person_id, " : "") +
      RolesInStory(dialect, "q.person_id", "q.article_id") +
      " AS role, q.kind AS kind, a.id AS article_id, a.title AS article, "
      "a.published_on AS date, coalesce(q.position, q.found_in) AS position, " +
      (filter.source_in_speaker ? "" : "q.source AS unnamed_source, ");
  if (!searching) {
    std::string from;
    if (role_only) {
      // The matching roles (few beside quotes) drive the query into quotes by (person, article).
      from =
          "(SELECT DISTINCT person_id, article_id FROM roles WHERE " +
          dialect.ContainsNoCase("title", ":role") +
          ") rm "
          "JOIN quotes q ON q.person_id = rm.person_id AND q.article_id = rm.article_id "
          "JOIN articles a ON a.id = q.article_id";
    } else if (filter.person_id) {
      from = "quotes q JOIN articles a ON a.id = q.article_id";
    } else {
      // Nothing narrows the quotes: walk the articles in date order (CROSS JOIN fixes that loop
      // order) and each one's quotes by id (story order: the store writes each turn or block,
      // then the quotes found in it), sorted one article at a time, so LIMIT stops the walk early.
      from = std::string("articles a ") + dialect.OuterLoopJoin() + " quotes q ON q.article_id = a.id";
    }
    // The rows to show are chosen and sorted on ids and sort keys alone; the roles and the
    // texts are then read for those rows only.
    query.params["limit"] = LimitValue(filter.limit);
    // NULLS FIRST is SQLite's own order, said so for PostgreSQL (which puts them last).
    query.sql = "WITH shown (id) AS (SELECT q.id FROM " + from + where +
                " ORDER BY a.published_on NULLS FIRST, a.id, q.id LIMIT :limit) " + columns +
                "q.text AS text FROM shown JOIN quotes q ON q.id = shown.id "
                "JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id "
                "ORDER BY a.published_on NULLS FIRST, a.id, q.id";
    return query;
  }
  // Ordered by rank alone, FTS5 hands the matches over best first and the LIMIT stops the join
  // early, so the snippet and the roles are made for the rows shown only (a common word can
  // match most of the archive). A tie-breaker would sort every match instead. The window is a
  // rowid bound FTS5 applies itself, so only the matches inside it are read and ranked.
  query.params["search"] = Cell::Text(dialect.SearchValue(filter.search));
  std::string window;
  if (filter.rank_window > 0) {
    window = " AND " + dialect.SearchRowId(kQuotesFts) + " >= (SELECT coalesce(min(id), 0) FROM (" +
             RankWindowIds(filter, dialect, &query) + ") window_ids)";
  }
  Finish(columns + dialect.SearchSnippet(kQuotesFts, "text", ":search") +
             " AS snippet, q.text AS text FROM " + dialect.SearchFrom(kQuotesFts) +
             " JOIN articles a ON a.id = q.article_id LEFT JOIN people p ON p.id = q.person_id" +
             where + " AND " + dialect.SearchMatch(kQuotesFts, ":search") + window,
         dialect.SearchRank(kQuotesFts, ":search"), filter.limit, &query);
  return query;
}

BoundQuery RankWindowQuery(const QuoteFilter& filter, const SqlDialect& dialect) {
  BoundQuery query;
  query.sql = RankWindowIds(filter, dialect, &query);
  return query;
}

Result<PeopleSort> ParsePeopleSort(const std::string& name) {
  if (name == "turns") return PeopleSort::kTurns;
  if (name == "stories") return PeopleSort::kStories;
  if (name == "name") return PeopleSort::kName;
  if (name == "id") return PeopleSort::kId;
  return Status::InvalidInput("unknown sort \"" + name + "\"; choose turns, stories, name or id");
}

// The counts come from person_counts (kept by the store); by name, the order comes from
// people_by_name, so a page of people costs its own rows however large the archive.
BoundQuery PeopleQuery(const PeopleFilter& filter, const SqlDialect& dialect) {
  BoundQuery query;
  const std::string by_name = dialect.NoCase("p.name") + ", p.id";
  std::string order = "turns DESC, " + by_name;
  switch (filter.sort) {
    case PeopleSort::kTurns:
      break;
    case PeopleSort::kStories:
      order = "stories DESC, turns DESC, " + by_name;
      break;
    case PeopleSort::kName:
      order = by_name;
      break;
    case PeopleSort::kId:
      order = "p.id";
      break;
  }
  query.sql =
      "SELECT p.id AS id, p.name AS name, " +
      dialect.FirstSpellingsConcat("title", "'; '", "roles WHERE person_id = p.id") +
      " AS roles, "
      "coalesce(c.stories, 0) AS stories, coalesce(c.turns, 0) AS turns, "
      "(SELECT count(*) FROM quotes WHERE person_id = p.id AND kind = 'direct') AS direct, "
      "(SELECT count(*) FROM quotes WHERE person_id = p.id AND kind = 'reported') AS reported, "
      "coalesce(c.mentions, 0) AS mentions "
      "FROM people p LEFT JOIN person_counts c ON c.person_id = p.id";
  if (!filter.include_unidentified) query.sql += " WHERE p.is_unidentified = 0";
  query.sql += " ORDER BY " + order + " LIMIT :limit";
  query.params["limit"] = LimitValue(filter.limit);
  return query;
}

BoundQuery CastQuery(int64_t article_id, const SqlDialect& dialect) {
  BoundQuery query;
  query.sql =
      "WITH cast_ids (person_id) AS ("
      "SELECT person_id FROM quotes WHERE article_id = :article AND person_id IS NOT NULL "
      "UNION SELECT person_id FROM roles WHERE article_id = :article "
      "UNION SELECT person_id FROM mentions WHERE article_id = :article) "
      "SELECT p.id AS id, p.name AS name, " +
      RolesInStory(dialect, "p.id", ":article") +
      " AS roles, "
      "(SELECT min(position) FROM quotes WHERE person_id = p.id AND article_id = :article) "
      "AS first_turn, " +
      QuoteCounts("person_id = p.id AND article_id = :article") +
      ", (SELECT coalesce(sum(word_count), 0) FROM quotes WHERE person_id = p.id "
      "AND article_id = :article AND kind = 'turn') AS words, "
      "(SELECT count(*) FROM mentions WHERE person_id = p.id AND article_id = :article) "
      "AS mentions "
      "FROM cast_ids c JOIN people p ON p.id = c.person_id "
      "ORDER BY first_turn NULLS LAST, p.name";
  query.params["article"] = Cell::Integer(article_id);
  return query;
}

BoundQuery ArticlesQuery(const ArticleFilter& filter, const SqlDialect& dialect) {
  BoundQuery query;
  bool searching = !filter.search.empty();
  std::string sql =
      "SELECT a.id AS id, a.published_on AS date, a.source AS source, a.program AS program, "
      "a.title AS title, a.form AS form, "
      "(SELECT count(DISTINCT person_id) FROM quotes WHERE article_id = a.id AND kind = 'turn') "
      "AS speakers, " +
      QuoteCounts("article_id = a.id") + " FROM ";
  sql += searching ? dialect.SearchFrom(kArticlesFts) : "articles a";
  std::string where = " WHERE TRUE";  // TRUE, not 1: PostgreSQL wants a boolean
  if (searching) {
    where += " AND " + dialect.SearchMatch(kArticlesFts, ":search");
    query.params["search"] = Cell::Text(dialect.SearchValue(filter.search));
  }
  if (filter.person_id) {
    where +=
        " AND a.id IN (SELECT article_id FROM quotes WHERE person_id = :person "
        "UNION SELECT article_id FROM roles WHERE person_id = :person "
        "UNION SELECT article_id FROM mentions WHERE person_id = :person)";
    query.params["person"] = Cell::Integer(*filter.person_id);
  }
  AddDateRange(filter.since, filter.until, &where, &query.params);
  Finish(sql + where,
         // NULLS FIRST is SQLite's own order, said so for PostgreSQL (which puts them last).
         searching ? dialect.SearchRank(kArticlesFts, ":search") : "a.published_on NULLS FIRST, a.id",
         filter.limit, &query);
  return query;
}

BoundQuery ArticleHeaderQuery(int64_t article_id) {
  BoundQuery query;
  query.sql =
      "SELECT id, title, published_on AS date, source, program, dateline, url, summary, copyright "
      "FROM articles WHERE id = :article";
  query.params["article"] = Cell::Integer(article_id);
  return query;
}

BoundQuery StoryQuery(int64_t article_id, const SqlDialect& dialect) {
  BoundQuery query;
  query.sql =
      "SELECT q.position AS position, p.name AS speaker, " +
      RolesInStory(dialect, "q.person_id", "q.article_id") +
      " AS role, q.kind AS kind, q.via_interpreter AS via_interpreter, "
      "q.annotation AS annotation, q.text AS text, q.label AS label, q.found_in AS found_in, "
      "q.start_offset AS start_offset, q.end_offset AS end_offset, "
      "q.source AS unnamed_source, q.start_time AS start_time "
      "FROM quotes q LEFT JOIN people p ON p.id = q.person_id "
      "WHERE q.article_id = :article ORDER BY q.id";
  query.params["article"] = Cell::Integer(article_id);
  return query;
}

}  // namespace newsarchive
