// Direct and reported quotes and mentions in the archive: written with their article, placed by
// block and character offsets, people deduplicated, re-imports and --replace kept exact. The
// articles are filled by hand here, as the attribution stage would fill them.
#include "store/prose_rows.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <string>

#include "base/sha256.h"
#include "store/store.h"
#include "test_util.h"

namespace newsarchive {
namespace {

using testing_util::MigratedMemoryDb;

// Byte offsets of `words` in `text`.
std::pair<size_t, size_t> Find(const std::string& text, const std::string& words) {
  const size_t at = text.find(words);
  EXPECT_NE(at, std::string::npos) << words;
  return {at, at + words.size()};
}

Quote ProseQuote(const Article& a, QuoteKind kind, int speaker, int found_in,
                 const std::string& words, const std::string& source = "") {
  Quote q;
  q.kind = kind;
  q.speaker = speaker;
  q.found_in = found_in;
  std::tie(q.begin, q.end) = Find(a.quotes[found_in].text, words);
  q.text = words;
  q.source = source;
  return q;
}

Mention MentionOf(const Article& a, int speaker, int found_in, const std::string& name) {
  Mention m;
  m.speaker = speaker;
  m.found_in = found_in;
  std::tie(m.begin, m.end) = Find(a.quotes[found_in].text, name);
  return m;
}

// A council story as print: a byline, three paragraphs, the quotes and people inside them.
Article CouncilStory(const std::string& title = "Council Raises Water Rates") {
  Article a;
  a.title = title;
  a.published_on = "2021-03-03";
  a.form = StoryForm::kArticle;
  a.speakers = {{"Marta Kessler", false, {}, {{"Byline", "", RoleSource::kSignoff}}},
                {"Denise Harlow", false, {}, {{"Mayor", "", RoleSource::kText}}},
                {"Tina Marsh", false, {}, {{"Gov.", "", RoleSource::kText}}}};
  for (const char* text :
       {"\"We cannot keep deferring maintenance,\" said Mayor Denise Harlow.",
        "Harlow said the city would open a discount program. The law was signed by Gov. Tina "
        "Marsh, whom Zo\u00EB Ortiz called \u201Cthe caf\u00E9 governor.\u201D",
        "\"It was a long time coming,\" a bureau engineer said."}) {
    Quote block;
    block.kind = QuoteKind::kUnattributed;
    block.text = text;
    block.line = static_cast<int>(a.quotes.size()) * 2 + 5;
    a.quotes.push_back(block);
  }
  a.prose_quotes = {
      ProseQuote(a, QuoteKind::kDirect, 1, 0, "We cannot keep deferring maintenance,"),
      ProseQuote(a, QuoteKind::kReported, 1, 1, "the city would open a discount program"),
      ProseQuote(a, QuoteKind::kDirect, -1, 2, "It was a long time coming,",
                 "a bureau engineer")};
  a.mentions = {MentionOf(a, 1, 0, "Denise Harlow"), MentionOf(a, 2, 1, "Tina Marsh")};
  return a;
}

SourceInfo Source(const std::string& name, const std::string& bytes) {
  return {name, bytes, Sha256Hex(bytes), "utf-8"};
}

std::string Rows(SQLite::Database& db, const std::string& sql) {
  std::string out;
  SQLite::Statement q(db, sql);
  while (q.executeStep()) {
    if (!out.empty()) out += "\n";
    for (int c = 0; c < q.getColumnCount(); ++c) {
      out += (c ? "|" : "") + (q.getColumn(c).isNull() ? "NULL" : q.getColumn(c).getString());
    }
  }
  return out;
}

TEST(ProseRows, QuotesAndMentionsAreWrittenWithTheirPlaces) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  Article a = CouncilStory();
  ASSERT_TRUE(store.ImportArticle(a, Source("water.txt", "v1"), false).ok());
  SQLite::Database& db = archive.db();
  EXPECT_EQ(Rows(db, "SELECT form FROM articles"), "article");
  // The blocks keep positions 1..3; the quotes found in them have none, and each follows its
  // block: ids are story order.
  EXPECT_EQ(Rows(db,
                 "SELECT q.kind, coalesce(p.name, 'NULL'), q.position, q.found_in, "
                 "q.start_offset, q.end_offset, q.source, q.line FROM quotes q "
                 "LEFT JOIN people p ON p.id = q.person_id ORDER BY q.id"),
            "unattributed|NULL|1|NULL|NULL|NULL|NULL|5\n"
            "direct|Denise Harlow|NULL|1|1|38|NULL|5\n"
            "unattributed|NULL|2|NULL|NULL|NULL|NULL|7\n"
            "reported|Denise Harlow|NULL|2|12|50|NULL|7\n"
            "unattributed|NULL|3|NULL|NULL|NULL|NULL|9\n"
            "direct|NULL|NULL|3|1|27|a bureau engineer|9");
  // Offsets count characters, so SQL's substr finds the words.
  EXPECT_EQ(Rows(db,
                 "SELECT substr(b.text, q.start_offset + 1, q.end_offset - q.start_offset) = "
                 "q.text FROM quotes q JOIN quotes b ON b.article_id = q.article_id AND "
                 "b.position = q.found_in ORDER BY q.id"),
            "1\n1\n1");
  EXPECT_EQ(Rows(db,
                 "SELECT p.name, m.found_in, substr(b.text, m.start_offset + 1, "
                 "m.end_offset - m.start_offset) FROM mentions m JOIN people p ON p.id = "
                 "m.person_id JOIN quotes b ON b.article_id = m.article_id AND b.position = "
                 "m.found_in ORDER BY m.id"),
            "Denise Harlow|1|Denise Harlow\nTina Marsh|2|Tina Marsh");
  EXPECT_EQ(Rows(db, "PRAGMA foreign_key_check"), "");
}

TEST(ProseRows, OffsetsPastTheAccentsOfABlockAreCharacters) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  Article a = CouncilStory();
  a.prose_quotes.push_back(ProseQuote(a, QuoteKind::kDirect, -1, 1, "the caf\u00E9 governor."));
  ASSERT_TRUE(store.ImportArticle(a, Source("water.txt", "v1"), false).ok());
  EXPECT_EQ(Rows(archive.db(),
                 "SELECT substr(b.text, q.start_offset + 1, q.end_offset - q.start_offset) FROM "
                 "quotes q JOIN quotes b ON b.article_id = q.article_id AND b.position = "
                 "q.found_in WHERE q.text LIKE 'the caf%'"),
            "the caf\u00E9 governor.");
}

TEST(ProseRows, AQuoteOverTwoParagraphsCountsOnIntoTheNextBlock) {
  Article a = CouncilStory();
  const std::string& first = a.quotes[0].text;
  // From "deferring" in block 1 to "Harlow" in block 2, the blocks joined by a blank line.
  const size_t begin = first.find("deferring");
  const size_t end = first.size() + 2 + a.quotes[1].text.find(" said");
  const StoredPlace place = PlaceOf(a, 0, begin, end);
  EXPECT_EQ(place.found_in, 1);
  EXPECT_EQ(place.start, static_cast<int64_t>(begin));
  EXPECT_EQ(place.end, CharCount(first) + 2 + 6);
  Quote q;
  q.kind = QuoteKind::kDirect;
  q.speaker = 1;
  q.found_in = 0;
  q.begin = begin;
  q.end = end;
  a.prose_quotes.push_back(q);
  EXPECT_TRUE(CheckProseRows(a, "f.txt").ok());
  a.prose_quotes.back().end = first.size() + 2 + a.quotes[1].text.size() + 3 +
                              a.quotes[2].text.size();  // past the story's end
  EXPECT_FALSE(CheckProseRows(a, "f.txt").ok());
}

TEST(ProseRows, MentionedPeopleAreOneRowAcrossTheArchiveLikeSpeakers) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  Article first = CouncilStory();
  Article second = CouncilStory("Governor Signs Lead Pipe Law");
  second.speakers[2].name = "TINA MARSH";  // a worse spelling of the same person
  ASSERT_TRUE(store.ImportArticle(first, Source("a.txt", "a"), false).ok());
  ASSERT_TRUE(store.ImportArticle(second, Source("b.txt", "b"), false).ok());
  EXPECT_EQ(Rows(archive.db(),
                 "SELECT p.name, count(*) FROM mentions m JOIN people p ON p.id = m.person_id "
                 "GROUP BY p.id ORDER BY p.name"),
            "Denise Harlow|2\nTina Marsh|2");
  EXPECT_EQ(archive.Count("people", "name_key = 'tina marsh'"), 1);
}

TEST(ProseRows, ImportingAgainChangesNothingAndReplaceRewritesEverything) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  Article a = CouncilStory();
  auto counts = [&] {
    return std::to_string(archive.Count("quotes")) + "/" +
           std::to_string(archive.Count("mentions")) + "/" +
           std::to_string(archive.Count("people"));
  };
  ASSERT_TRUE(store.ImportArticle(a, Source("water.txt", "v1"), false).ok());
  EXPECT_EQ(counts(), "6/2/3");
  Result<StoreResult> again = store.ImportArticle(a, Source("water.txt", "v1"), false);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->outcome, StoreOutcome::kAlreadyImported);
  EXPECT_EQ(counts(), "6/2/3");

  // The corrected version no longer names the governor: she goes, with her mention.
  Article fixed = CouncilStory();
  fixed.speakers.pop_back();
  fixed.mentions.pop_back();
  Result<StoreResult> replaced = store.ImportArticle(fixed, Source("water.txt", "v2"), true);
  ASSERT_TRUE(replaced.ok()) << replaced.status().ToString();
  EXPECT_EQ(replaced->outcome, StoreOutcome::kReplaced);
  EXPECT_EQ(counts(), "6/1/2");
  EXPECT_EQ(archive.Count("people", "name = 'Tina Marsh'"), 0);
  EXPECT_EQ(Rows(archive.db(), "PRAGMA foreign_key_check"), "");
}

TEST(ProseRows, AnArticleWhoseProseRowsPointNowhereIsRefusedWritingNothing) {
  struct Case {
    const char* what;
    void (*spoil)(Article*);
    const char* message;
  };
  const Case cases[] = {
      {"no such speaker", [](Article* a) { a->prose_quotes[0].speaker = 7; },
       "prose quote 1 names no speaker of the story"},
      {"no such block", [](Article* a) { a->prose_quotes[1].found_in = 9; },
       "prose quote 2 points to no turn or block of the story"},
      {"offsets reversed", [](Article* a) { a->prose_quotes[2].begin = 20, a->prose_quotes[2].end = 3; },
       "prose quote 3 stands outside the text it was found in"},
      {"a turn among the prose quotes", [](Article* a) { a->prose_quotes[0].kind = QuoteKind::kTurn; },
       "prose quote 1 is neither direct nor reported"},
      {"a mention of no one", [](Article* a) { a->mentions[0].speaker = -1; },
       "mention 1 names no one"},
      {"a mention past its block", [](Article* a) { a->mentions[1].begin = 5000; },
       "mention 2 stands outside the text it was found in"},
  };
  for (const Case& c : cases) {
    MigratedMemoryDb archive;
    Store store(archive.db());
    Article a = CouncilStory();
    c.spoil(&a);
    Result<StoreResult> r = store.ImportArticle(a, Source("water.txt", "v1"), false);
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput) << c.what;
    EXPECT_EQ(r.status().message(), c.message) << c.what;
    EXPECT_EQ(archive.Count("articles"), 0) << c.what;
  }
}

}  // namespace
}  // namespace newsarchive
