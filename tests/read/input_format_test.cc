#include "read/input_format.h"

#include <gtest/gtest.h>

#include "read/timestamp.h"
#include "test_util.h"

namespace newsarchive {
namespace {

TEST(InputFormat, ContentChoosesBeforeTheExtension) {
  EXPECT_EQ(ChooseInputFormat("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n", "a.txt"),
            InputFormat::kWebVtt);
  EXPECT_EQ(ChooseInputFormat("1\n00:00:01,000 --> 00:00:02,000\nHi.\n", "a.txt"),
            InputFormat::kSrt);
  EXPECT_EQ(ChooseInputFormat("{\"id\": \"NPR-1\", \"utt\": []}\n", "a.txt"),
            InputFormat::kDataset);
  EXPECT_EQ(ChooseInputFormat("[\n  {\"id\": 1}\n]", "a.txt"), InputFormat::kDataset);
  EXPECT_EQ(ChooseInputFormat("<!DOCTYPE html><html><body><p>Hi</p></body></html>", "a.txt"),
            InputFormat::kHtml);
  EXPECT_EQ(ChooseInputFormat("Speaker 1 (00:00:02):\nGood afternoon.\n\nSpeaker 2 (00:00:09):\n"
                              "Thanks.\n",
                              "a.txt"),
            InputFormat::kExport);
}

TEST(InputFormat, TheExtensionDecidesWhenTheContentSaysNothing) {
  const std::string plain = "Headline\n\nTERRY GROSS: Hello.\n";
  EXPECT_EQ(ChooseInputFormat(plain, "story.txt"), InputFormat::kText);
  EXPECT_EQ(ChooseInputFormat(plain, "dir/story"), InputFormat::kText);
  EXPECT_EQ(ChooseInputFormat(plain, "page.HTM"), InputFormat::kHtml);
  EXPECT_EQ(ChooseInputFormat(plain, "data.jsonl.gz"), InputFormat::kDataset);
  EXPECT_EQ(ChooseInputFormat(plain, "track.vtt"), InputFormat::kWebVtt);
  EXPECT_EQ(ChooseInputFormat(plain, "track.srt"), InputFormat::kSrt);
  EXPECT_EQ(ChooseInputFormat(plain, "dir.v2/story"), InputFormat::kText);
}

TEST(InputFormat, ADatasetCountsItsRecordsAndAnythingElseOneStory) {
  testing_util::TempDir dir;
  const std::string records = "{\"id\": \"a\"}\n{\"id\": \"b\"}\n{\"id\": \"c\"}\n";
  EXPECT_EQ(CountInputStories(dir.Write("d.jsonl", records), InputFormat::kAuto), 3);
  EXPECT_EQ(CountInputStories(dir.Write("d.ndjson", records), InputFormat::kAuto), 3);
  // Not a dataset's name: one story unless the format is forced.
  const std::string txt = dir.Write("d.txt", records);
  EXPECT_EQ(CountInputStories(txt, InputFormat::kAuto), 1);
  EXPECT_EQ(CountInputStories(txt, InputFormat::kDataset), 3);
  EXPECT_EQ(CountInputStories(txt, InputFormat::kText), 1);
  // A dataset's name on other content: the content chooses, as it does for the import.
  EXPECT_EQ(CountInputStories(dir.Write("page.json", "<html><p>Hello</p></html>"),
                              InputFormat::kAuto),
            1);
  EXPECT_EQ(CountInputStories(dir.Write("empty.jsonl", ""), InputFormat::kAuto), 1);
  EXPECT_EQ(CountInputStories(dir.Path("missing.jsonl"), InputFormat::kAuto), 1);
}

TEST(InputFormat, NamesParseBackAndUnknownOnesListTheChoices) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kHtml,
                        InputFormat::kDataset, InputFormat::kWebVtt, InputFormat::kSrt,
                        InputFormat::kExport}) {
    Result<InputFormat> back = ParseInputFormat(InputFormatName(f));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, f);
  }
  EXPECT_EQ(*ParseInputFormat("JSONL"), InputFormat::kDataset);
  EXPECT_EQ(*ParseInputFormat("vtt"), InputFormat::kWebVtt);
  Result<InputFormat> bad = ParseInputFormat("pdf");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("'pdf'"), std::string::npos);
  EXPECT_NE(bad.status().message().find("webvtt"), std::string::npos);
}

TEST(Timestamp, CaptionAndExportFormsNormalizeToOneForm) {
  EXPECT_EQ(NormalizeTimestamp("00:01:02,500"), "00:01:02.500");
  EXPECT_EQ(NormalizeTimestamp("01:02.5"), "00:01:02.500");
  EXPECT_EQ(NormalizeTimestamp("1:02:03"), "01:02:03");
  EXPECT_EQ(NormalizeTimestamp("0:02"), "00:00:02");
  EXPECT_EQ(NormalizeTimestamp("00:61"), "");
  EXPECT_EQ(NormalizeTimestamp("12"), "");
  EXPECT_EQ(NormalizeTimestamp("10:30am"), "");
  EXPECT_EQ(TimestampLength("00:00:02): Good"), 8u);
  EXPECT_EQ(TimestampLength("Good"), 0u);
}

}  // namespace
}  // namespace newsarchive
