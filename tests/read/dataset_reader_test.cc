#include "read/dataset_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "parse/transcript_parser.h"

namespace newsarchive {
namespace {

const char kGood1[] =
    R"({"id": "NPR-1", "program": "All Things Considered", "date": "2019-04-02", )"
    R"("url": "https://radio.example/1", "title": "A Lighthouse Keeper Retires", "summary": "s", )"
    R"("utt": ["Good evening.", "He kept the light for 41 years.", "Thank you."], )"
    R"("speaker": ["LINNEA SZABO, HOST", "LINNEA SZABO, HOST", "AMBROSE TEAGUE"]})";
const char kGood2[] =
    R"({"id": "CNN-2", "program": "CNN NEWSROOM", "date": "2020-11-05", "title": "Counting",)"
    R"( "utt": ["The count goes on."], "speaker": ["MARTIN ABERNATHY, COUNTY CLERK"]})";

std::vector<DatasetRecord> ReadAll(std::string bytes, Status* status = nullptr) {
  std::unique_ptr<InputStream> in = InputStream::FromBytes(std::move(bytes), "d.jsonl");
  DatasetReader reader(in.get(), "d.jsonl", 1 << 20);
  std::vector<DatasetRecord> out;
  DatasetRecord r;
  while (reader.Next(&r)) out.push_back(std::move(r));
  if (status != nullptr) *status = reader.status();
  return out;
}

TEST(DatasetReader, EachRecordIsOneStoryAndABadOneIsNamedAndSkippedAlone) {
  const std::string jsonl = std::string(kGood1) + "\n{\"id\": \"X-9\", \"utt\": [1, \n" +
                            "\n" + kGood2 + "\n";
  Status status;
  const std::vector<DatasetRecord> records = ReadAll(jsonl, &status);
  EXPECT_TRUE(status.ok()) << status.ToString();
  ASSERT_EQ(records.size(), 3u);
  EXPECT_TRUE(records[0].status.ok()) << records[0].status.ToString();
  EXPECT_EQ(records[0].id, "NPR-1");
  EXPECT_EQ(records[0].line, 1);
  EXPECT_FALSE(records[1].status.ok());
  EXPECT_EQ(records[1].number, 2);
  EXPECT_NE(records[1].status.ToString().find("record 2"), std::string::npos)
      << records[1].status.ToString();
  EXPECT_NE(records[1].status.ToString().find("d.jsonl:2"), std::string::npos)
      << records[1].status.ToString();
  ASSERT_TRUE(records[2].status.ok()) << records[2].status.ToString();
  EXPECT_EQ(records[2].id, "CNN-2");
  EXPECT_EQ(records[2].number, 3);
}

TEST(DatasetReader, SpeakerStringsGoThroughTheLabelGrammar) {
  const std::vector<DatasetRecord> records = ReadAll(kGood1);
  ASSERT_EQ(records.size(), 1u);
  Result<Article> a = ParseDocument(records[0].document);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "A Lighthouse Keeper Retires");
  EXPECT_EQ(a->published_on, "2019-04-02");
  EXPECT_EQ(a->program, "All Things Considered");
  EXPECT_EQ(a->url, "https://radio.example/1");
  ASSERT_EQ(a->speakers.size(), 2u);
  EXPECT_EQ(a->speakers[0].name, "Linnea Szabo");
  ASSERT_FALSE(a->speakers[0].roles.empty());
  EXPECT_EQ(a->speakers[0].roles[0].title, "Host");
  EXPECT_EQ(a->speakers[1].name, "Ambrose Teague");
  // One speaker's utterances in a row are one turn, in paragraphs.
  ASSERT_EQ(a->quotes.size(), 2u);
  EXPECT_EQ(a->quotes[0].text, "Good evening.\n\nHe kept the light for 41 years.");
}

TEST(DatasetReader, AJsonArrayAndGzipReadTheSameRecords) {
  const std::string array = std::string("[\n") + kGood1 + ",\n" + kGood2 + "\n]\n";
  std::vector<DatasetRecord> records = ReadAll(array);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[1].id, "CNN-2");

  // gzip: deflateInit2 with 16 + window bits writes a gzip member.
  z_stream z{};
  ASSERT_EQ(deflateInit2(&z, 6, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string gz(array.size() + 256, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(array.data()));
  z.avail_in = static_cast<uInt>(array.size());
  z.next_out = reinterpret_cast<Bytef*>(gz.data());
  z.avail_out = static_cast<uInt>(gz.size());
  ASSERT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  gz.resize(z.total_out);
  deflateEnd(&z);
  records = ReadAll(gz);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].id, "NPR-1");
  EXPECT_TRUE(records[1].status.ok());
}

// The first walk's count is the number of records the reader cuts, bad ones included.
TEST(DatasetReader, RecordsAreCountedAsTheSplitterCutsThem) {
  auto count = [](std::string bytes) {
    std::unique_ptr<InputStream> in = InputStream::FromBytes(std::move(bytes), "d.jsonl");
    return CountJsonRecords(in.get());
  };
  const std::string lines = std::string(kGood1) + "\n\nnot json at all\n" + kGood2 + "\n";
  EXPECT_EQ(count(lines), 3);
  EXPECT_EQ(ReadAll(lines).size(), 3u);
  const std::string array = std::string("[\n") + kGood1 + ",\n" + kGood2 + "\n]\n";
  EXPECT_EQ(count(array), 2);
  // Records running over several lines each, one after another.
  const std::string values = "{\"id\": \"a\",\n \"utt\": [\"}{\"]}\n{\n\"id\": \"b\"}\n";
  EXPECT_EQ(count(values), 2);
  EXPECT_EQ(ReadAll(values).size(), 2u);
  EXPECT_EQ(count(""), 0);
  EXPECT_EQ(count("[]"), 0);
  // A record longer than the splitter's 64 KiB buffer is still one record.
  const std::string big = "{\"id\": \"big\", \"utt\": [\"" + std::string(200000, 'x') + "\"]}";
  EXPECT_EQ(count(big + "\n" + kGood2 + "\n"), 2);
  EXPECT_EQ(count("[" + big + ",\n" + kGood2 + "]"), 2);
}

// Found by dataset_fuzzer (tests/fuzz/regressions/dataset/stray-comma-before-a-record): records
// over several lines starting with a stray ',' cut an empty record at the ',' forever.
TEST(DatasetReader, AStrayDelimiterIsOneBadRecordNotALoop) {
  std::vector<DatasetRecord> records = ReadAll(",{\n");  // "," alone, then an unclosed "{"
  ASSERT_EQ(records.size(), 2u);
  EXPECT_FALSE(records[0].status.ok());
  EXPECT_FALSE(records[1].status.ok());
  // Stray commas between records over several lines: each one bad record, the records read.
  const std::string values = ",{\n\"id\": \"a\"}\n,,{\"id\":\n\"b\"}\n";
  records = ReadAll(values);
  ASSERT_EQ(records.size(), 5u);
  EXPECT_EQ(records[1].id, "a");
  EXPECT_EQ(records[4].id, "b");
  std::unique_ptr<InputStream> in = InputStream::FromBytes(values, "d.json");
  EXPECT_EQ(CountJsonRecords(in.get()), 5);
}

TEST(DatasetReader, RecordsOfTheWrongShapeSayWhy) {
  std::string json = R"({"id": "A", "utt": ["a", "b"], "speaker": ["X"]})";
  std::string id;
  Document d;
  Status s = DatasetRecordDocument(&json, "d.jsonl", 4, &id, &d);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("'utt' has 2 entries"), std::string::npos) << s.ToString();
  json = R"({"id": "B", "title": "No turns"})";
  s = DatasetRecordDocument(&json, "d.jsonl", 5, &id, &d);
  EXPECT_NE(s.message().find("no 'utt'"), std::string::npos) << s.ToString();
  json = "[1, 2]";
  EXPECT_FALSE(DatasetRecordDocument(&json, "d.jsonl", 6, &id, &d).ok());
}

}  // namespace
}  // namespace newsarchive
