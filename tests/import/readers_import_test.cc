// The importer with the readers: a dataset streamed a record at a time (each record one story,
// a bad one rejected alone), the reader chosen per input or forced, and what each reader makes
// stored through the same parse and store path as text.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "import/importer.h"
#include "test_util.h"

namespace newsarchive {
namespace {

using testing_util::MigratedMemoryDb;
using testing_util::TempDir;

const char kDataset[] =
    R"({"id": "NPR-1", "date": "2019-04-02", "title": "A Lighthouse Keeper Retires", )"
    R"("utt": ["Good evening.", "Thank you."], "speaker": ["LINNEA SZABO, HOST", "AMBROSE TEAGUE"]})"
    "\n"
    R"({"id": "NPR-2", "title": "Broken", "utt": ["no speaker array"]})"
    "\n"
    R"({"id": "NPR-3", "date": "2019-04-03", "title": "Counting Continues", )"
    R"("utt": ["The count goes on."], "speaker": ["MARTIN ABERNATHY, COUNTY CLERK"]})"
    "\n";

struct ReaderRun {
  ReaderRun(Importer& importer, const std::vector<std::string>& paths) {
    ImportCallbacks callbacks;
    callbacks.on_file = [&](const FileReport& r) {
      std::string line = std::string(FileOutcomeName(r.outcome)) + " " + r.reader + " " +
                         std::to_string(r.record);
      if (!r.status.ok()) line += ": " + r.status.message();
      reports.push_back(line);
    };
    summary = importer.Run(paths, callbacks);
  }
  std::vector<std::string> reports;
  ImportSummary summary;
};

TEST(ReadersImport, ADatasetsRecordsAreStoriesAndABadOneIsSkippedAlone) {
  TempDir dir;
  const std::string path = dir.Write("sample.jsonl", kDataset);
  MigratedMemoryDb archive;
  Importer importer(&archive.archive(), ImportOptions());
  ReaderRun run(importer, {path});
  ASSERT_EQ(run.reports.size(), 3u);
  EXPECT_EQ(run.reports[0], "imported dataset 1");
  EXPECT_EQ(run.reports[1].rfind("rejected dataset 2: record 2 (id NPR-2): no 'utt'", 0), 0u)
      << run.reports[1];
  EXPECT_EQ(run.reports[2], "imported dataset 3");
  EXPECT_EQ(run.summary.imported, 2);
  EXPECT_EQ(run.summary.rejected, 1);
  EXPECT_EQ(archive.Count("articles"), 2);
  EXPECT_EQ(archive.db().execAndGet("SELECT group_concat(title, '|') FROM articles").getString(),
            "A Lighthouse Keeper Retires|Counting Continues");

  // The same records again, from standard input this time: nothing new.
  std::istringstream in(kDataset);
  Importer again(&archive.archive(), ImportOptions());
  again.set_standard_input(&in);
  ReaderRun second(again, {"-"});
  EXPECT_EQ(second.summary.already_imported, 2);
  EXPECT_EQ(archive.Count("articles"), 2);
}

// The first walk counts a dataset's records: they are the progress total, and a large dataset
// into an empty archive goes in bulk as as many files would.
TEST(ReadersImport, ADatasetsRecordsCountTowardsTheTotalAndBulkMode) {
  TempDir dir;
  const std::string small = dir.Write("small.jsonl", kDataset);
  const std::string text = dir.Write("one.txt", "ADA PARK, HOST: Good evening.\n");
  Importer dry(nullptr, [] {
    ImportOptions o;
    o.dry_run = true;
    return o;
  }());
  ReaderRun counted(dry, {small, text});
  EXPECT_EQ(counted.summary.files_total, 4);
  EXPECT_EQ(counted.summary.inputs_total, 2);
  EXPECT_EQ(counted.summary.files, 4);
  EXPECT_EQ(counted.summary.inputs, 2);

  std::string records;
  for (int64_t i = 0; i < kBulkMinFiles; ++i) {
    records += R"({"id": "SYN-)" + std::to_string(i) + R"(", "title": "Story )" + std::to_string(i) +
               R"(", "utt": ["Good evening."], "speaker": ["ADA PARK, HOST"]})" "\n";
  }
  const std::string large = dir.Write("large.jsonl", records);
  MigratedMemoryDb archive;
  Importer importer(&archive.archive(), ImportOptions());
  ReaderRun run(importer, {large});
  EXPECT_EQ(run.summary.files_total, kBulkMinFiles);
  EXPECT_EQ(run.summary.imported, kBulkMinFiles);
  EXPECT_EQ(run.summary.inputs, 1);
  EXPECT_TRUE(run.summary.bulk) << "a dataset of kBulkMinFiles records into an empty archive";
  EXPECT_EQ(archive.Count("articles"), kBulkMinFiles);
}

TEST(ReadersImport, ImportBytesRefusesADataset) {
  MigratedMemoryDb archive;
  Importer importer(&archive.archive(), ImportOptions());
  FileReport report;
  importer.ImportBytes("sample.jsonl", kDataset, &report);
  EXPECT_EQ(report.outcome, FileOutcome::kRejected);
  EXPECT_EQ(report.reader, "dataset");
  EXPECT_EQ(report.status.code(), Status::Code::kInvalidInput);
  EXPECT_NE(report.status.message().find("dataset holds many stories"), std::string::npos)
      << report.status.message();
  EXPECT_EQ(archive.Count("articles"), 0);

  // Forced, whatever the name and content.
  ImportOptions forced;
  forced.input_format = InputFormat::kDataset;
  Importer as_dataset(&archive.archive(), forced);
  as_dataset.ImportBytes("notes.txt", "ADA PARK, HOST: Good evening.\n", &report);
  EXPECT_EQ(report.outcome, FileOutcome::kRejected);
  // The same text without the forced format is a story.
  importer.ImportBytes("notes.txt", "ADA PARK, HOST: Good evening.\n", &report);
  EXPECT_EQ(report.outcome, FileOutcome::kImported) << report.status.message();
}

TEST(ReadersImport, TheFormatCanBeForcedAndTurnsKeepTheirStartTimes) {
  TempDir dir;
  const std::string path = dir.Write(
      "track.txt",
      "1\n00:00:01,000 --> 00:00:03,000\n>> TOMAS REYES: Good evening.\n\n"
      "2\n00:00:03,100 --> 00:00:05,000\n>> ADAEZE NWOSU: Thank you, Tomas.\n");
  MigratedMemoryDb archive;
  ImportOptions options;
  options.input_format = InputFormat::kText;  // forced: the cue lines are text then
  Importer as_text(nullptr, [&] {
    ImportOptions o = options;
    o.dry_run = true;
    return o;
  }());
  ReaderRun text(as_text, {path});
  EXPECT_EQ(text.reports, (std::vector<std::string>{"parsed text 0"}));

  Importer importer(&archive.archive(), ImportOptions());
  ReaderRun run(importer, {path});
  EXPECT_EQ(run.reports, (std::vector<std::string>{"imported srt 0"}));
  EXPECT_EQ(archive.db()
                .execAndGet("SELECT group_concat(start_time, '|') FROM (SELECT start_time FROM "
                            "quotes ORDER BY position)")
                .getString(),
            "00:00:01.000|00:00:03.100");
}

}  // namespace
}  // namespace newsarchive
