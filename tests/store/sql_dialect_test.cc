#include "store/sql_dialect.h"

#include <gtest/gtest.h>

namespace newsarchive {
namespace {

TEST(TsQueryFromFts5, WordsAreAndedAndLowerCased) {
  EXPECT_EQ(TsQueryFromFts5("\"Ferry\" \"strike\""), "('ferry') & ('strike')");
}

TEST(TsQueryFromFts5, PhraseWordsFollowEachOther) {
  EXPECT_EQ(TsQueryFromFts5("\"water rights\""), "('water' <-> 'rights')");
  // Punctuation splits words as FTS5's unicode61 does: O'Brien is "o" then "brien".
  EXPECT_EQ(TsQueryFromFts5("\"O'Brien\""), "('o' <-> 'brien')");
}

TEST(TsQueryFromFts5, PrefixOnTheLastWord) {
  EXPECT_EQ(TsQueryFromFts5("\"fish\"*"), "('fish':*)");
  EXPECT_EQ(TsQueryFromFts5("\"salmon pa\"*"), "('salmon' <-> 'pa':*)");
}

TEST(TsQueryFromFts5, OrBetweenTwoTerms) {
  EXPECT_EQ(TsQueryFromFts5("\"salmon\" OR \"eel\" \"river\""),
            "('salmon') | ('eel') & ('river')");
}

TEST(TsQueryFromFts5, DoubledQuotesAreText) {
  EXPECT_EQ(TsQueryFromFts5("\"say \"\"when\"\"\""), "('say' <-> 'when')");
}

TEST(SqlDialect, SqliteKeepsItsOwnSql) {
  const SqlDialect& d = SqliteDialect();
  EXPECT_EQ(d.NoCase("p.name"), "p.name COLLATE NOCASE");
  EXPECT_EQ(d.OrderedConcat("title", "'; '", "roles WHERE person_id = 1", "id"),
            "(SELECT group_concat(title, '; ') FROM (SELECT title FROM roles WHERE person_id = 1 "
            "ORDER BY id))");
  EXPECT_EQ(d.SearchValue("\"fish\"*"), "\"fish\"*");
}

TEST(SqlDialect, PostgresUsesItsOwnFunctions) {
  const SqlDialect& d = PostgresDialect();
  EXPECT_EQ(d.OrderedConcat("title", "'; '", "roles WHERE person_id = 1", "id"),
            "(SELECT string_agg(title, '; ' ORDER BY id) FROM roles WHERE person_id = 1)");
  EXPECT_EQ(d.ContainsNoCase("r.title", ":role"), "strpos(lower(r.title), lower(:role)) > 0");
  EXPECT_EQ(std::string(d.OuterLoopJoin()), "JOIN");
  EXPECT_EQ(d.SearchValue("\"fish\"*"), "('fish':*)");
}

}  // namespace
}  // namespace newsarchive
