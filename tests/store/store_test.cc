#include "store/store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/sha256.h"
#include "store/archive_db.h"
#include "store/person_counts.h"
#include "test_util.h"

namespace newsarchive {
namespace {

using testing_util::MigratedMemoryDb;
using testing_util::TempDir;

// Builds the Article a parser would give, about fictional people.
class ArticleBuilder {
 public:
  explicit ArticleBuilder(std::string title, std::string published_on = "2021-03-04") {
    article_.title = std::move(title);
    article_.published_on = std::move(published_on);
    article_.source = "NPR";
  }
  int Speaker(std::string name, std::vector<std::string> labels = {},
              std::vector<Role> roles = {}, bool unidentified = false) {
    article_.speakers.push_back({std::move(name), unidentified, std::move(labels),
                                 std::move(roles)});
    return static_cast<int>(article_.speakers.size()) - 1;
  }
  ArticleBuilder& Turn(int speaker, std::string text, bool via_interpreter = false) {
    Quote quote;
    quote.speaker = speaker;
    quote.text = std::move(text);
    quote.via_interpreter = via_interpreter;
    quote.label = speaker >= 0 && !article_.speakers[speaker].labels.empty()
                      ? article_.speakers[speaker].labels[0]
                      : "";
    quote.line = static_cast<int>(article_.quotes.size()) * 2 + 3;
    article_.quotes.push_back(std::move(quote));
    return *this;
  }
  ArticleBuilder& Unattributed(std::string text) {
    Quote quote;
    quote.kind = QuoteKind::kUnattributed;
    quote.text = std::move(text);
    article_.quotes.push_back(std::move(quote));
    return *this;
  }
  Article& article() { return article_; }

 private:
  Article article_;
};

// A source whose bytes are `text` (so its sha256 is that of `text`).
SourceInfo Source(const std::string& file_name, const std::string& text) {
  return SourceInfo{file_name, text, Sha256Hex(text), "utf-8"};
}

Role MakeRole(std::string title, RoleSource source = RoleSource::kLabel,
              std::string organization = "") {
  return Role{std::move(title), std::move(organization), source};
}

StoreResult MustImport(Store& store, Article& article, const SourceInfo& source,
                       bool replace = false) {
  Result<StoreResult> result = store.ImportArticle(article, source, replace);
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  return result.ok() ? *result : StoreResult{};
}

// Every table's row count, to show that something changed nothing.
std::string Counts(MigratedMemoryDb& archive) {
  std::string out;
  for (const char* table : {"articles", "people", "person_aliases", "roles", "quotes", "person_counts"}) {
    out += std::string(table) + "=" + std::to_string(archive.Count(table)) + " ";
  }
  return out;
}

std::string Query(SQLite::Database& db, const std::string& sql) {
  return db.execAndGet(sql).getString();
}

// A bridge story with a host, a mayor (through an interpreter) and a line of unattributed text.
ArticleBuilder BridgeStory() {
  ArticleBuilder story("Harbor Bridge Reopens After Storm Repairs");
  int host = story.Speaker("Tomas Brennan", {"TOMAS BRENNAN, HOST", "BRENNAN"},
                           {MakeRole("Host", RoleSource::kLabel, "NPR")});
  int mayor = story.Speaker("Lena Okafor", {"MAYOR LENA OKAFOR"}, {MakeRole("Mayor")});
  story.Turn(host, "Good morning from Port Alder.")
      .Turn(mayor, "The bridge is open again,\n\nand it will stay open.", true)
      .Unattributed("(Crowd noise and a brass band.)")
      .Turn(host, "Thank you, Mayor.");
  story.article().dateline = "Port Alder";
  return story;
}

TEST(Store, WritesArticlePeopleAliasesRolesAndQuotes) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  ArticleBuilder story = BridgeStory();
  StoreResult result = MustImport(store, story.article(), Source("in/bridge.txt", "bridge v1"));
  EXPECT_EQ(result.outcome, StoreOutcome::kImported);
  EXPECT_EQ(result.article_id, 1);

  SQLite::Database& db = archive.db();
  EXPECT_EQ(Query(db, "SELECT title || '|' || dateline || '|' || source || '|' || file_name || '|' "
                      "|| original_text || '|' || encoding || '|' || sha256 FROM articles"),
            "Harbor Bridge Reopens After Storm Repairs|Port Alder|NPR|in/bridge.txt|bridge v1|"
            "utf-8|" + Sha256Hex("bridge v1"));
  EXPECT_EQ(Query(db, "SELECT (summary IS NULL) || (program IS NULL) || (url IS NULL) FROM "
                      "articles"),
            "111")
      << "absent fields are NULL";
  EXPECT_EQ(Query(db, "SELECT group_concat(name || ':' || name_key || ':' || is_unidentified, "
                      "'|') FROM people"),
            "Tomas Brennan:tomas brennan:0|Lena Okafor:lena okafor:0");
  EXPECT_EQ(Query(db, "SELECT group_concat(alias, '|') FROM (SELECT alias FROM person_aliases "
                      "ORDER BY person_id, alias)"),
            "BRENNAN|TOMAS BRENNAN, HOST|Tomas Brennan|Lena Okafor|MAYOR LENA OKAFOR");
  EXPECT_EQ(Query(db, "SELECT group_concat(title || '@' || coalesce(organization, '-') || ':' || "
                      "source, '|') FROM roles"),
            "Host@NPR:label|Mayor@-:label");
  EXPECT_EQ(Query(db, "SELECT group_concat(position || ':' || kind || ':' || "
                      "coalesce(person_id, '-') || ':' || via_interpreter || ':' || word_count || "
                      "':' || coalesce(label, '-'), '|') FROM quotes ORDER BY position"),
            "1:turn:1:0:5:TOMAS BRENNAN, HOST|2:turn:2:1:10:MAYOR LENA OKAFOR|"
            "3:unattributed:-:0:6:-|4:turn:1:0:3:TOMAS BRENNAN, HOST");
  EXPECT_EQ(Query(db, "SELECT text FROM quotes WHERE position = 2"),
            "The bridge is open again,\n\nand it will stay open.");
  EXPECT_EQ(Query(db, "SELECT group_concat(rowid) FROM quotes_fts WHERE quotes_fts MATCH 'brass'"),
            Query(db, "SELECT id FROM quotes WHERE position = 3"))
      << "the FTS index follows the quotes";
}

TEST(Store, OnePersonAcrossArticlesUnderDifferentLabelSpellingsIsOneRow) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  ArticleBuilder first("Harbor Bridge Reopens");
  first.Turn(first.Speaker("Juan Gonzalez", {"JUAN GONZALEZ, BYLINE"}), "The tide came in.");
  ArticleBuilder second("Mining Town Votes On Charter", "2021-05-10");
  second.Turn(second.Speaker("Juan González", {"Mr. GONZÁLEZ (Harbor engineer)", "GONZALEZ"}),
              "The vote is Tuesday.");
  ArticleBuilder third("Summit Ends Without Deal", "2022-01-15");
  third.Turn(third.Speaker("JUAN GONZALEZ", {"GONZALEZ"}), "No deal today.");
  MustImport(store, first.article(), Source("a.txt", "one"));
  MustImport(store, second.article(), Source("b.txt", "two"));
  MustImport(store, third.article(), Source("c.txt", "three"));

  EXPECT_EQ(archive.Count("people"), 1);
  EXPECT_EQ(Query(archive.db(), "SELECT name FROM people"), "Juan González")
      << "the accented, mixed-case spelling wins whenever it arrives";
  EXPECT_EQ(archive.Count("quotes", "person_id = 1"), 3);
  EXPECT_EQ(Query(archive.db(), "SELECT group_concat(alias, '|') FROM (SELECT alias FROM "
                                "person_aliases ORDER BY alias)"),
            "GONZALEZ|JUAN GONZALEZ|JUAN GONZALEZ, BYLINE|Juan Gonzalez|Juan González|"
            "Mr. GONZÁLEZ (Harbor engineer)");
}

TEST(Store, BetterDisplayNameIsKeptWhenAWorseSpellingComesLater) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  ArticleBuilder first("First");
  first.Turn(first.Speaker("Siobhan O'Brien"), "Hello.");
  ArticleBuilder second("Second");
  second.Turn(second.Speaker("Siobhan O'brien"), "Hello again.");
  MustImport(store, first.article(), Source("a.txt", "one"));
  MustImport(store, second.article(), Source("b.txt", "two"));
  EXPECT_EQ(Query(archive.db(), "SELECT group_concat(name) FROM people"), "Siobhan O'Brien");
}

TEST(Store, IsBetterDisplayNamePrefersCaseThenAccentsThenCapitals) {
  struct Case {
    const char* candidate;
    const char* current;
    bool better;
  };
  const Case cases[] = {
      {"Juan González", "Juan Gonzalez", true},
      {"Juan Gonzalez", "Juan González", false},
      {"Juan Gonzalez", "JUAN GONZALEZ", true},
      {"JUAN GONZÁLEZ", "Juan Gonzalez", false},
      {"Mitch McConnell", "Mitch Mcconnell", true},
      {"Mitch Mcconnell", "Mitch McConnell", false},
      {"Kim Jong Un", "Kim Jong Un", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(IsBetterDisplayName(c.candidate, c.current), c.better)
        << c.candidate << " over " << c.current;
  }
}

TEST(Store, UnidentifiedSpeakersNeverMergeAcrossStories) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  for (const char* text : {"first story", "second story"}) {
    ArticleBuilder story(std::string("Ferry Strike: ") + text);
    int man1 = story.Speaker("Unidentified Man #1", {"UNIDENTIFIED MAN #1"}, {}, true);
    int man2 = story.Speaker("Unidentified Man #2", {"UNIDENTIFIED MAN #2"}, {}, true);
    story.Turn(man1, "We want a contract.").Turn(man2, "And a schedule.");
    MustImport(store, story.article(), Source("strike.txt", text));
  }
  EXPECT_EQ(archive.Count("people"), 4);
  EXPECT_EQ(archive.Count("people", "is_unidentified = 1"), 4);
  EXPECT_EQ(archive.Count("people", "name = 'Unidentified Man #2'"), 2);
  EXPECT_EQ(Query(archive.db(), "SELECT name_key FROM people WHERE id = 2"),
            "unidentified man #2@" + Sha256Hex("first story"));
  EXPECT_EQ(archive.Count("quotes", "person_id IN (1, 2)"), 2)
      << "the second story's turns went to its own unidentified people";
}

TEST(Store, RolesAreDedupedPerPersonArticleAndTitle) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  for (const char* text : {"morning", "evening"}) {
    ArticleBuilder story(std::string("Call-In Show: ") + text);
    int host = story.Speaker("Tomas Brennan", {"BRENNAN"},
                             {MakeRole("Host", RoleSource::kLabel), MakeRole("Host", RoleSource::kIntro),
                              MakeRole("host", RoleSource::kText), MakeRole("Byline")});
    story.Turn(host, "Welcome back.");
    MustImport(store, story.article(), Source("show.txt", text));
  }
  EXPECT_EQ(Query(archive.db(), "SELECT group_concat(article_id || ':' || title || ':' || source, "
                                "'|') FROM (SELECT * FROM roles ORDER BY article_id, id)"),
            "1:Host:label|1:Byline:label|2:Host:label|2:Byline:label")
      << "the first spelling and source of a title win within a story";
}

TEST(Store, SameBytesAgainChangeNothing) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  ArticleBuilder story = BridgeStory();
  MustImport(store, story.article(), Source("bridge.txt", "bridge v1"));
  const std::string before = Counts(archive);
  const std::string imported_at = Query(archive.db(), "SELECT imported_at FROM articles");

  StoreResult again = MustImport(store, story.article(), Source("copy/of/bridge.txt", "bridge v1"));
  EXPECT_EQ(again.outcome, StoreOutcome::kAlreadyImported);
  EXPECT_EQ(again.article_id, 1);
  EXPECT_EQ(again.message, "already imported (article 1)");
  EXPECT_EQ(Counts(archive), before);
  EXPECT_EQ(Query(archive.db(), "SELECT file_name || imported_at FROM articles"),
            "bridge.txt" + imported_at);
  EXPECT_EQ(store.FindBySha256(Sha256Hex("bridge v1")), 1);
  EXPECT_EQ(store.FindBySha256(Sha256Hex("something else")), 0);
}

TEST(Store, AnotherVersionOfTheStoryIsSkippedWithoutReplace) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  ArticleBuilder story = BridgeStory();
  MustImport(store, story.article(), Source("bridge.txt", "bridge v1"));
  const std::string before = Counts(archive);

  ArticleBuilder edited = BridgeStory();
  edited.article().quotes[0].text = "Good morning from the harbor.";
  StoreResult skipped = MustImport(store, edited.article(), Source("bridge.txt", "bridge v2"));
  EXPECT_EQ(skipped.outcome, StoreOutcome::kOtherVersion);
  EXPECT_EQ(skipped.article_id, 1);
  EXPECT_EQ(skipped.message,
            "a different version of this story is already imported as article 1; use --replace");
  EXPECT_EQ(Counts(archive), before);
  EXPECT_EQ(Query(archive.db(), "SELECT text FROM quotes WHERE position = 1"),
            "Good morning from Port Alder.");
}

TEST(Store, ReplaceRewritesTheArticleInPlaceAndRemovesPeopleLeftWithNothing) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  ArticleBuilder v1("Harbor Bridge Reopens");
  int host = v1.Speaker("Tomas Brennan", {"BRENNAN"}, {MakeRole("Host")});
  int mayor = v1.Speaker("Lena Okafor", {"OKAFOR"}, {MakeRole("Mayor")});
  int passerby = v1.Speaker("Unidentified Woman", {"UNIDENTIFIED WOMAN"}, {}, true);
  v1.Turn(host, "Good morning.").Turn(mayor, "Pelicans everywhere.").Turn(passerby, "Finally.");
  // Okafor also speaks in another story: she must survive the replacement.
  ArticleBuilder other("Mining Town Votes");
  other.Turn(other.Speaker("Lena Okafor"), "I was a town clerk once.");
  MustImport(store, v1.article(), Source("bridge.txt", "bridge v1"));
  MustImport(store, other.article(), Source("vote.txt", "vote"));
  const std::string other_id = Query(archive.db(), "SELECT id FROM articles WHERE title LIKE 'Mining%'");

  ArticleBuilder v2("Harbor Bridge Reopens");
  int host2 = v2.Speaker("Tomas Brennan", {"TOMAS BRENNAN, HOST"}, {MakeRole("Host")});
  int engineer = v2.Speaker("Juan González", {"GONZÁLEZ"}, {MakeRole("Engineer")});
  v2.Turn(host2, "Good morning, again.").Turn(engineer, "Cormorants, not pelicans.");
  StoreResult replaced = MustImport(store, v2.article(), Source("bridge.txt", "bridge v2"), true);
  EXPECT_EQ(replaced.outcome, StoreOutcome::kReplaced);
  EXPECT_EQ(replaced.article_id, 1) << "the article keeps its id";

  SQLite::Database& db = archive.db();
  EXPECT_EQ(archive.Count("articles"), 2);
  EXPECT_EQ(Query(db, "SELECT sha256 FROM articles WHERE id = 1"), Sha256Hex("bridge v2"));
  EXPECT_EQ(Query(db, "SELECT group_concat(name, '|') FROM (SELECT name FROM people ORDER BY id)"),
            "Tomas Brennan|Lena Okafor|Juan González")
      << "the unidentified woman had nothing left; Okafor is still quoted elsewhere";
  EXPECT_EQ(Query(db, "SELECT group_concat(p.name || ':' || q.text, '|') FROM quotes q JOIN people "
                      "p ON p.id = q.person_id WHERE q.article_id = 1 ORDER BY q.position"),
            "Tomas Brennan:Good morning, again.|Juan González:Cormorants, not pelicans.");
  EXPECT_EQ(Query(db, "SELECT group_concat(title, '|') FROM roles WHERE article_id = 1"),
            "Host|Engineer");
  EXPECT_EQ(archive.Count("person_aliases", "alias = 'UNIDENTIFIED WOMAN'"), 0)
      << "aliases go with their person";
  EXPECT_EQ(archive.Count("quotes_fts", "quotes_fts MATCH 'pelicans'"), 1)
      << "only the new text and the other story are indexed";
  EXPECT_EQ(archive.Count("quotes", "article_id = " + other_id), 1);
  CheckResult counts;
  CheckPersonCounts(db, &counts);
  EXPECT_EQ(counts.errors, 0) << "the people of both versions were counted again";
  EXPECT_EQ(archive.Count("person_counts"), archive.Count("people"));
}

TEST(Store, RefusedRowMidArticleRejectsItAndLeavesNothing) {
  MigratedMemoryDb archive;
  SQLite::Database& db = archive.db();
  Store store(db);
  ArticleBuilder first("Harbor Bridge Reopens");
  first.Turn(first.Speaker("Tomas Brennan"), "Good morning.");
  MustImport(store, first.article(), Source("a.txt", "one"));
  const std::string before = Counts(archive);

  // A quote insert that fails after the article, a new person, aliases and roles were written.
  db.exec(
      "CREATE TRIGGER fail_mid_article BEFORE INSERT ON quotes WHEN new.text = 'BOOM' "
      "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
  ArticleBuilder broken("Mining Town Votes");
  int host = broken.Speaker("Tomas Brennan", {"BRENNAN"}, {MakeRole("Host")});
  int clerk = broken.Speaker("Kim Sorensen", {"KIM SORENSEN, TOWN CLERK"}, {MakeRole("Town clerk")});
  broken.Turn(host, "The polls are open.").Turn(clerk, "Turnout is high.").Turn(clerk, "BOOM");
  Result<StoreResult> refused = store.ImportArticle(broken.article(), Source("b.txt", "two"), false);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(refused.status().message().find("simulated failure"), std::string::npos)
      << refused.status().message();
  EXPECT_EQ(Counts(archive), before) << "nothing of the failed article remains";
  EXPECT_EQ(archive.Count("people", "name = 'Kim Sorensen'"), 0);

  // The same people again, now without the failure: no stale id of the rolled-back person.
  db.exec("DROP TRIGGER fail_mid_article");
  broken.article().quotes.back().text = "Results at nine.";
  StoreResult retried = MustImport(store, broken.article(), Source("b.txt", "two"));
  EXPECT_EQ(retried.outcome, StoreOutcome::kImported);
  EXPECT_EQ(archive.Count("quotes", "person_id = (SELECT id FROM people WHERE name = 'Kim "
                                    "Sorensen')"),
            2);
  EXPECT_EQ(Query(db, "SELECT count(*) FROM pragma_foreign_key_check"), "0");
}

// In a batch a refused story rolls back to its savepoint alone; the batch commits the others, and
// until then a rollback takes them all.
TEST(Store, InABatchARefusedStoryRollsBackAloneAndTheOthersCommitTogether) {
  MigratedMemoryDb archive;
  SQLite::Database& db = archive.db();
  Store store(db);
  db.exec("CREATE TRIGGER refuse BEFORE INSERT ON quotes WHEN new.text = 'BOOM' "
          "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
  store.BeginBatch();
  EXPECT_TRUE(store.InBatch());
  ArticleBuilder a("Harbor Bridge Reopens"), bad("Mining Town Votes"), c("Ferry Returns");
  a.Turn(a.Speaker("Tomas Brennan"), "Good morning.");
  bad.Turn(bad.Speaker("Kim Sorensen"), "Turnout is high.").Turn(0, "BOOM");
  c.Turn(c.Speaker("Tomas Brennan"), "The ferry is back.");
  MustImport(store, a.article(), Source("a.txt", "a"));
  EXPECT_FALSE(store.ImportArticle(bad.article(), Source("b.txt", "b"), false).ok());
  MustImport(store, c.article(), Source("c.txt", "c"));
  EXPECT_EQ(store.FindBySha256(Sha256Hex("c")), 2) << "the batch's stories are found in it";
  store.CommitBatch();
  EXPECT_FALSE(store.InBatch());
  EXPECT_EQ(Query(db, "SELECT group_concat(title, '|') FROM articles"),
            "Harbor Bridge Reopens|Ferry Returns");
  EXPECT_EQ(archive.Count("people", "name = 'Kim Sorensen'"), 0);
  EXPECT_EQ(Query(db, "SELECT stories || ' ' || turns FROM person_counts WHERE person_id = 1"),
            "2 2");

  store.BeginBatch();
  ArticleBuilder d("Orchard Fire Contained");
  d.Turn(d.Speaker("Juan González"), "The wind turned.");
  MustImport(store, d.article(), Source("d.txt", "d"));
  store.RollbackBatch();
  EXPECT_EQ(archive.Count("articles"), 2);
  EXPECT_EQ(archive.Count("person_counts"), 1);
}

TEST(Store, QuotePointingAtNoSpeakerOfTheStoryIsInvalidInputAndWritesNothing) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  ArticleBuilder story("Harbor Bridge Reopens");
  story.Turn(story.Speaker("Tomas Brennan"), "Good morning.");
  for (int wrong : {3, -2}) {
    story.article().quotes[0].speaker = wrong;
    Result<StoreResult> result =
        store.ImportArticle(story.article(), Source("a.txt", "x"), false);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().code(), Status::Code::kInvalidInput);
    EXPECT_EQ(result.status().ToString(), "a.txt:3: quote 1 points at no speaker of the story");
  }
  story.article().quotes[0] = Quote();
  story.article().quotes[0].kind = QuoteKind::kUnattributed;
  story.article().quotes[0].speaker = 0;
  story.article().quotes[0].text = "Prose.";
  Result<StoreResult> result = store.ImportArticle(story.article(), Source("a.txt", "x"), false);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().ToString(), "a.txt: quote 1 is unattributed but names a speaker");
  EXPECT_EQ(archive.Count("articles"), 0);
}

TEST(Store, TurnWithNoPersonKeepsItsLabelAndMakesNoPerson) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  ArticleBuilder story("Harbor Dues Briefing");
  const int briefer = story.Speaker("Folake Adeyemi-Clarke", {"MS ADEYEMI-CLARKE"});
  story.Turn(briefer, "Good afternoon.").Turn(-1, "Will she go to Lisbon?").Turn(briefer, "Yes.");
  story.article().quotes[1].label = "QUESTION";
  MustImport(store, story.article(), Source("a.txt", "briefing"));
  EXPECT_EQ(archive.Count("people"), 1);
  EXPECT_EQ(archive.Count("quotes", "kind = 'turn'"), 3);
  EXPECT_EQ(archive.Count("quotes", "kind = 'turn' AND person_id IS NULL AND label = 'QUESTION' "
                                    "AND text = 'Will she go to Lisbon?' AND position = 2"),
            1);
}

TEST(Store, StoryKeyIsTheNormalizedUrlElseTitleDateAndFileName) {
  struct Case {
    const char* url;
    const char* title;
    const char* date;
    const char* file;
    const char* key;
  };
  const Case cases[] = {
      {"https://www.NPR.org/2019/02/28/123/bridge-reopens/", "T", "", "x.txt",
       "npr.org/2019/02/28/123/bridge-reopens"},
      {"http://npr.org/2019/02/28/123/bridge-reopens#transcript", "T", "", "y.txt",
       "npr.org/2019/02/28/123/bridge-reopens"},
      {"  https://www.npr.org/templates/story/story.php?storyId=42  ", "", "", "",
       "npr.org/templates/story/story.php?storyId=42"},
      {"", "Harbor Bridge Reopens!", "2021-03-04", "in/dir/bridge.txt",
       "harbor bridge reopens|2021-03-04|bridge.txt"},
      {"", "Harbor Bridge Reopens", "", "-", "harbor bridge reopens||-"},
  };
  for (const Case& c : cases) {
    Article article;
    article.url = c.url;
    article.title = c.title;
    article.published_on = c.date;
    EXPECT_EQ(StoryKey(article, c.file), c.key) << c.url << c.title;
  }
}

TEST(Store, APersonNamedAgainIsFoundNotDuplicated) {
  MigratedMemoryDb archive;
  Store store(archive.db());
  const char* const names[] = {"Lena Okafor", "Tomas Brennan", "Kim Sorensen", "Juan González"};
  for (int round = 0; round < 2; ++round) {
    for (const char* name : names) {
      ArticleBuilder story(std::string("A Story About ") + name + " " + std::to_string(round));
      story.Turn(story.Speaker(name), "Hello.");
      MustImport(store, story.article(), Source("s.txt", name + std::to_string(round)));
    }
  }
  EXPECT_EQ(archive.Count("people"), 4) << "people are found again, not duplicated";
  EXPECT_EQ(archive.Count("quotes"), 8);
}

// Another connection removing a person this store wrote (its own --replace) must not leave this
// store pointing at a deleted row.
TEST(Store, APersonRemovedByAnotherConnectionIsWrittenAgain) {
  TempDir dir;
  const std::string path = dir.Path("archive.db");
  auto first = OpenArchive(path, ArchiveMode::kReadWrite);
  auto second = OpenArchive(path, ArchiveMode::kReadWrite);
  ASSERT_TRUE(first.ok() && second.ok());
  Store one(**first);
  Store two(**second);

  ArticleBuilder v1("Harbor Bridge Reopens");
  v1.Turn(v1.Speaker("Lena Okafor"), "Pelicans everywhere.");
  MustImport(one, v1.article(), Source("bridge.txt", "v1"));

  ArticleBuilder v2("Harbor Bridge Reopens");
  v2.Turn(v2.Speaker("Juan González"), "Cormorants.");
  MustImport(two, v2.article(), Source("bridge.txt", "v2"), true);
  ASSERT_EQ((*second)->execAndGet("SELECT count(*) FROM people WHERE name = 'Lena Okafor'").getInt(),
            0);

  ArticleBuilder later("Mining Town Votes");
  later.Turn(later.Speaker("Lena Okafor"), "I was a town clerk once.");
  StoreResult result = MustImport(one, later.article(), Source("vote.txt", "vote"));
  EXPECT_EQ(result.outcome, StoreOutcome::kImported);
  EXPECT_EQ((*first)->execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt(), 0);
  EXPECT_EQ((*first)->execAndGet("SELECT count(*) FROM quotes q JOIN people p ON p.id = "
                                 "q.person_id WHERE p.name = 'Lena Okafor'")
                .getInt(),
            1);
}

}  // namespace
}  // namespace newsarchive
