#include "store/sql_dialect.h"

#include <cctype>
#include <vector>

namespace newsarchive {
namespace {

class Sqlite : public SqlDialect {
 public:
  const char* Name() const override { return "sqlite"; }
  std::string NoCase(const std::string& expr) const override { return expr + " COLLATE NOCASE"; }
  std::string EqualsNoCase(const std::string& a, const std::string& b) const override {
    return a + " = " + b + " COLLATE NOCASE";
  }
  std::string OrderedConcat(const std::string& column, const std::string& separator,
                            const std::string& from_where,
                            const std::string& order) const override {
    // group_concat keeps the order its rows arrive in, which the inner ORDER BY fixes.
    return "(SELECT group_concat(" + column + ", " + separator + ") FROM (SELECT " + column +
           " FROM " + from_where + " ORDER BY " + order + "))";
  }
  std::string FirstSpellingsConcat(const std::string& column, const std::string& separator,
                                   const std::string& from_where) const override {
    // With min() in the query, SQLite takes a bare column from the row holding the minimum.
    return "(SELECT group_concat(" + column + ", " + separator + ") FROM (SELECT " + column +
           " FROM " + from_where + " GROUP BY " + NoCase(column) + " ORDER BY min(id)))";
  }
  std::string DistinctConcat(const std::string& expr) const override {
    return "group_concat(DISTINCT " + expr + ")";
  }
  std::string AnyValue(const std::string& expr) const override { return expr; }
  const char* OuterLoopJoin() const override { return "CROSS JOIN"; }

  std::string SearchFrom(const FtsTable& t) const override {
    return std::string(t.fts) + " JOIN " + t.table + " " + t.alias + " ON " + t.alias +
           ".id = " + t.fts + ".rowid";
  }
  std::string SearchMatch(const FtsTable& t, const std::string& param) const override {
    return std::string(t.fts) + " MATCH " + param;
  }
  std::string SearchRowId(const FtsTable& t) const override { return std::string(t.fts) + ".rowid"; }
  std::string SearchRank(const FtsTable& t, const std::string&) const override {
    return std::string(t.fts) + ".rank";
  }
  std::string SearchSnippet(const FtsTable& t, const std::string&,
                            const std::string&) const override {
    return std::string("snippet(") + t.fts + ", 0, '[', ']', '...', 12)";
  }
  std::string SearchValue(const std::string& fts5_query) const override { return fts5_query; }

 protected:
  const char* SubstringPosition() const override { return "instr"; }
};

class Postgres : public SqlDialect {
 public:
  const char* Name() const override { return "postgresql"; }
  // The archive's text columns are COLLATE "C", where lower() folds ASCII letters only, as NOCASE.
  std::string NoCase(const std::string& expr) const override { return "lower(" + expr + ")"; }
  std::string EqualsNoCase(const std::string& a, const std::string& b) const override {
    return NoCase(a) + " = " + NoCase(b);
  }
  std::string OrderedConcat(const std::string& column, const std::string& separator,
                            const std::string& from_where,
                            const std::string& order) const override {
    return "(SELECT string_agg(" + column + ", " + separator + " ORDER BY " + order + ") FROM " +
           from_where + ")";
  }
  std::string FirstSpellingsConcat(const std::string& column, const std::string& separator,
                                   const std::string& from_where) const override {
    return "(SELECT string_agg(first_spelling, " + separator +
           " ORDER BY first_id) FROM (SELECT DISTINCT ON (" + NoCase(column) + ") " + column +
           " AS first_spelling, id AS first_id FROM " + from_where + " ORDER BY " +
           NoCase(column) + ", id) first_spellings)";
  }
  std::string DistinctConcat(const std::string& expr) const override {
    return "string_agg(DISTINCT " + expr + ", ',')";
  }
  std::string AnyValue(const std::string& expr) const override { return "min(" + expr + ")"; }
  const char* OuterLoopJoin() const override { return "JOIN"; }

  std::string SearchFrom(const FtsTable& t) const override {
    return std::string(t.table) + " " + t.alias;
  }
  std::string SearchMatch(const FtsTable& t, const std::string& param) const override {
    return std::string(t.alias) + ".search @@ to_tsquery('simple', " + param + ")";
  }
  std::string SearchRowId(const FtsTable& t) const override { return std::string(t.alias) + ".id"; }
  std::string SearchRank(const FtsTable& t, const std::string& param) const override {
    return "ts_rank_cd(" + std::string(t.alias) + ".search, to_tsquery('simple', " + param +
           ")) DESC, " + t.alias + ".id DESC";
  }
  std::string SearchSnippet(const FtsTable& t, const std::string& column,
                            const std::string& param) const override {
    return "ts_headline('simple', " + std::string(t.alias) + "." + column +
           ", to_tsquery('simple', " + param +
           "), 'StartSel=[, StopSel=], MaxWords=12, MinWords=6, ShortWord=0, "
           "FragmentDelimiter=...')";
  }
  std::string SearchValue(const std::string& fts5_query) const override {
    return TsQueryFromFts5(fts5_query);
  }

 protected:
  const char* SubstringPosition() const override { return "strpos"; }
};

// FTS5's unicode61 splits text into runs of ASCII letters and digits and of non-ASCII bytes.
bool IsTokenByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

}  // namespace

const SqlDialect& SqliteDialect() {
  static const Sqlite dialect;
  return dialect;
}

const SqlDialect& PostgresDialect() {
  static const Postgres dialect;
  return dialect;
}

std::string TsQueryFromFts5(const std::string& fts5_query) {
  std::string out;
  bool pending_or = false;
  size_t i = 0;
  while (i < fts5_query.size()) {
    if (fts5_query[i] == ' ') {
      ++i;
      continue;
    }
    if (fts5_query.compare(i, 2, "OR") == 0 && fts5_query[i] != '"') {
      pending_or = true;
      i += 2;
      continue;
    }
    if (fts5_query[i] != '"') {  // not FTS5 as FtsQuery writes it: skip the byte
      ++i;
      continue;
    }
    std::string phrase;
    for (++i; i < fts5_query.size(); ++i) {
      if (fts5_query[i] == '"') {
        if (i + 1 < fts5_query.size() && fts5_query[i + 1] == '"') {
          phrase += '"';
          ++i;
          continue;
        }
        ++i;
        break;
      }
      phrase += fts5_query[i];
    }
    const bool prefix = i < fts5_query.size() && fts5_query[i] == '*';
    if (prefix) ++i;
    std::vector<std::string> words;
    std::string word;
    for (size_t k = 0; k <= phrase.size(); ++k) {
      unsigned char c = k < phrase.size() ? static_cast<unsigned char>(phrase[k]) : ' ';
      if (IsTokenByte(c)) {
        word += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
      } else if (!word.empty()) {
        words.push_back(word);
        word.clear();
      }
    }
    if (words.empty()) continue;
    std::string term = "(";
    for (size_t k = 0; k < words.size(); ++k) {
      if (k > 0) term += " <-> ";
      term += "'" + words[k] + "'";  // a word holds no quote or backslash
    }
    term += prefix ? ":*)" : ")";
    if (!out.empty()) out += pending_or ? " | " : " & ";
    pending_or = false;
    out += term;
  }
  return out;
}

}  // namespace newsarchive
