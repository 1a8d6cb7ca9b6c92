#include "query/story_view.h"

#include <gtest/gtest.h>

#include "import/importer.h"
#include "query_fixture.h"
#include "test_util.h"

namespace newsarchive {
namespace {

using namespace testing_fixture;

TEST(StoryView, LoadsTheHeaderAndEveryQuoteInStoryOrder) {
  auto db = FilledDb();
  Result<Story> story = LoadStory(*db, kBridge);
  ASSERT_TRUE(story.ok()) << story.status().ToString();
  EXPECT_EQ(story->title, "Harbor Bridge Reopens After Storm Repairs");
  EXPECT_EQ(story->date, "2021-03-04");
  EXPECT_EQ(story->url, "") << "NULL becomes empty";
  ASSERT_EQ(story->turns.size(), 6u);
  EXPECT_EQ(story->turns[0].speaker, "Tomas Brennan");
  EXPECT_EQ(story->turns[0].role, "Host");
  EXPECT_EQ(story->turns[4].speaker, "") << "unattributed text";
  EXPECT_EQ(story->turns[4].text, "The bridge first opened in 1931.");
  for (size_t i = 0; i < story->turns.size(); ++i) {
    EXPECT_EQ(story->turns[i].position, static_cast<int64_t>(i + 1));
  }
}

TEST(StoryView, ATurnWithNoPersonReadsAsItsLabel) {
  auto db = FilledDb();
  static_cast<SQLite::Database&>(*db).exec(
      "INSERT INTO quotes (article_id, person_id, position, kind, text, label, word_count) "
      "VALUES (2, NULL, 5, 'turn', 'Will the charter pass tonight?', 'QUESTION', 5)");
  Result<Story> story = LoadStory(*db, kCharter);
  ASSERT_TRUE(story.ok()) << story.status().ToString();
  ASSERT_EQ(story->turns.size(), 5u);
  EXPECT_EQ(story->turns[4].speaker, "QUESTION");
  EXPECT_NE(FormatStory(*story).find("\nQUESTION: Will the charter pass tonight?\n"),
            std::string::npos);
}

TEST(StoryView, MissingArticleIsNotFound) {
  auto db = FilledDb();
  Result<Story> story = LoadStory(*db, 42);
  EXPECT_EQ(story.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(story.status().message(), "no article with id 42 (see `newsarchive articles`)");
}

TEST(StoryView, FormatsHeaderThenSpeakerRoleAndTextPerTurn) {
  auto db = FilledDb();
  Result<Story> story = LoadStory(*db, kSummit);
  ASSERT_TRUE(story.ok());
  EXPECT_EQ(FormatStory(*story),
            "Summit In Valdoria Ends Without Deal\n"
            "#3 \xC2\xB7 2022-01-15 \xC2\xB7 NPR \xC2\xB7 All Things Considered \xC2\xB7 Valdoria\n"
            "\n"
            "No agreement on the river treaty.\n"
            "\n"
            "Tomas Brennan (Host): Talks in Valdoria ended without a deal. Siobhan O'Brien was "
            "there.\n"
            "\n"
            "Kim Ha-neul (President) [through interpreter]: We came with an open hand and we "
            "leave with an open hand.\n"
            "\n"
            "Unidentified Man #1: Everyone is tired of waiting.\n"
            "\n"
            "Siobhan O'Brien (Byline; Europe correspondent): Negotiators say they will meet again "
            "in the spring.\n");
}

TEST(StoryView, UnattributedTextIsAPlainParagraphAndAnnotationsAreShown) {
  Story story;
  story.id = 9;
  story.title = "T";
  story.url = "https://example.org/t";
  story.turns = {{"", "", false, "", "A paragraph.\n\nAnother one.", {}, {}, 1, ""},
                 {"Ada Quill", "", false, "singing", "La la.", {}, {}, 2, ""}};
  EXPECT_EQ(FormatStory(story),
            "T\n#9\nhttps://example.org/t\n\nA paragraph.\n\nAnother one.\n\nAda Quill "
            "[singing]: La la.\n");
}

// Captions and exports give each turn a start time; the story shows it before the speaker.
TEST(StoryView, ATurnsStartTimeIsShownBeforeItsSpeaker) {
  testing_util::MigratedMemoryDb archive;
  Importer importer(&archive.archive(), ImportOptions());
  FileReport report;
  importer.ImportBytes("newscast.srt",
                       "1\n00:00:01,000 --> 00:00:03,000\n>> TOMAS REYES: Good evening.\n\n"
                       "2\n00:01:03,100 --> 00:01:05,000\n>> ADAEZE NWOSU: Thank you, Tomas.\n",
                       &report);
  ASSERT_EQ(report.outcome, FileOutcome::kImported) << report.status.ToString();
  Result<Story> story = LoadStory(archive.archive(), report.article_id);
  ASSERT_TRUE(story.ok()) << story.status().ToString();
  ASSERT_EQ(story->turns.size(), 2u);
  EXPECT_EQ(story->turns[0].start_time, "00:00:01.000");
  EXPECT_EQ(story->turns[1].start_time, "00:01:03.100");
  const std::string text = FormatStory(*story);
  EXPECT_NE(text.find("\n[00:00:01.000] Tomas Reyes: Good evening.\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\n[00:01:03.100] Adaeze Nwosu: Thank you, Tomas.\n"), std::string::npos)
      << text;

  // A turn with no start time (text, print) shows none.
  Story plain;
  plain.title = "T";
  plain.turns = {{"Ada Quill", "", false, "", "Hello.", {}, {}, 1, ""}};
  EXPECT_EQ(FormatStory(plain), "T\n#0\n\nAda Quill: Hello.\n");
}

}  // namespace
}  // namespace newsarchive
