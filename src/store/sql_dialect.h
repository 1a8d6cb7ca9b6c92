// The few places where the SQL of the commands and reports must be written differently for
// SQLite and for PostgreSQL, described once: each backend's Archive hands out its SqlDialect
// (Archive::Dialect()), and src/query builds every statement from these pieces, so no query
// asks which database it runs on. docs/postgresql.md lists what still differs in results.
#ifndef NEWSARCHIVE_STORE_SQL_DIALECT_H_
#define NEWSARCHIVE_STORE_SQL_DIALECT_H_

#include <string>

namespace newsarchive {

// A full-text index and the table it indexes: on SQLite an FTS5 table beside the table (its rowid
// is the row's id), on PostgreSQL a tsvector column `search` of the table itself.
struct FtsTable {
  const char* fts;    // "quotes_fts"
  const char* table;  // "quotes"
  const char* alias;  // "q"
};

class SqlDialect {
 public:
  virtual ~SqlDialect() = default;

  virtual const char* Name() const = 0;  // "sqlite" or "postgresql"

  // `expr` as a key compared and sorted with ASCII letters folded (SQLite's NOCASE), for ORDER BY
  // and GROUP BY.
  virtual std::string NoCase(const std::string& expr) const = 0;
  // Whether `a` equals `b` with ASCII letters folded.
  virtual std::string EqualsNoCase(const std::string& a, const std::string& b) const = 0;
  // Whether `needle` occurs in `haystack`, byte for byte.
  std::string Contains(const std::string& haystack, const std::string& needle) const {
    return std::string(SubstringPosition()) + "(" + haystack + ", " + needle + ") > 0";
  }
  // Whether `needle` occurs in `haystack`, ASCII letters folded.
  std::string ContainsNoCase(const std::string& haystack, const std::string& needle) const {
    return Contains("lower(" + haystack + ")", "lower(" + needle + ")");
  }

  // A scalar subquery: `column` of the rows `from_where` ("roles WHERE person_id = p.id") selects,
  // joined with `separator` (an SQL literal) in `order`; NULL when there are none.
  virtual std::string OrderedConcat(const std::string& column, const std::string& separator,
                                    const std::string& from_where,
                                    const std::string& order) const = 0;
  // The same, each value once whatever its case, spelled as its first row (smallest id) spells
  // it, in the order of those first rows.
  virtual std::string FirstSpellingsConcat(const std::string& column, const std::string& separator,
                                           const std::string& from_where) const = 0;
  // An aggregate: the distinct values of `expr` in the group joined with ",".
  virtual std::string DistinctConcat(const std::string& expr) const = 0;
  // An aggregate standing for a column that is the same in the whole group but for its case
  // (SQLite takes any row's value; PostgreSQL needs an aggregate: the smallest).
  virtual std::string AnyValue(const std::string& expr) const = 0;

  // The join that makes the left table the outer loop ("CROSS JOIN" on SQLite, whose planner
  // keeps that order; a plain JOIN on PostgreSQL, which refuses CROSS JOIN ... ON).
  virtual const char* OuterLoopJoin() const = 0;

  // --- Full-text search. `param` is the name of the parameter (":search") holding SearchValue().

  // The FROM items giving the rows of `t` with their index: "quotes_fts JOIN quotes q ON ...".
  virtual std::string SearchFrom(const FtsTable& t) const = 0;
  // The condition that a row matches.
  virtual std::string SearchMatch(const FtsTable& t, const std::string& param) const = 0;
  // The indexed row's id, as the index can bound it.
  virtual std::string SearchRowId(const FtsTable& t) const = 0;
  // ORDER BY terms putting the best match first (bm25 on SQLite, ts_rank_cd on PostgreSQL).
  virtual std::string SearchRank(const FtsTable& t, const std::string& param) const = 0;
  // The indexed text `column` (of t) cut to about 12 words around the matches, each match in [ ].
  virtual std::string SearchSnippet(const FtsTable& t, const std::string& column,
                                    const std::string& param) const = 0;
  // The value to bind for a search written as an FTS5 query (as FtsQuery and FtsPhrase in
  // src/query write them: quoted terms, `*` after a prefix, OR between two terms).
  virtual std::string SearchValue(const std::string& fts5_query) const = 0;

 protected:
  // The function giving where a string occurs in another, 0 when nowhere: instr, strpos.
  virtual const char* SubstringPosition() const = 0;
};

// The dialect of each backend (SqliteArchive and PgArchive return them from Dialect()).
const SqlDialect& SqliteDialect();
const SqlDialect& PostgresDialect();

// An FTS5 query as FtsQuery writes it, as the equivalent PostgreSQL tsquery text for
// to_tsquery('simple', ...): each quoted term's words (as FTS5's unicode61 tokenizer splits them,
// ASCII letters lower-cased) joined by <-> (followed by), :* on the last word of a prefix term,
// terms joined by & and OR by |. Exposed for its test.
std::string TsQueryFromFts5(const std::string& fts5_query);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_SQL_DIALECT_H_
