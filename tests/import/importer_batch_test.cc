// The importer's write path: batches, the parsing thread, bulk mode and its crash safety, seen
// through a file archive as the CLI opens it.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "import/importer.h"
#include "store/archive.h"
#include "test_util.h"

namespace newsarchive {
namespace {

using testing_util::TempDir;

// A short fictional transcript; `n` makes it a distinct story with a distinct guest.
std::string Story(int n) {
  const std::string id = std::to_string(n);
  return "Lighthouse Story Number " + id +
         "\n\n"
         "ANNIKA VOSS, BYLINE: The light on Skarn Point has been automatic since spring.\n\n"
         "GUEST " + id + " HALVORSEN: I still go up and look at it every night. Habit.\n\n"
         "VOSS: Annika Voss, NPR News, Skarn Point.\n\n"
         "Transcript provided by NPR, Copyright NPR.\n";
}

class ImporterBatchTest : public ::testing::Test {
 protected:
  std::unique_ptr<Archive> OpenArchive(ArchiveMode mode = ArchiveMode::kReadWrite) {
    auto archive = Archive::Open(path_, mode);
    EXPECT_TRUE(archive.ok()) << archive.status().ToString();
    return archive.ok() ? std::move(*archive) : nullptr;
  }
  std::vector<std::string> WriteStories(int first, int count) {
    for (int n = first; n < first + count; ++n) {
      dir_.Write("in" + std::to_string(first) + "/" + std::to_string(n) + ".txt", Story(n));
    }
    return {dir_.Path("in" + std::to_string(first))};
  }
  int64_t Count(const std::string& sql) {
    SQLite::Database db(path_, SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
  }
  // What an archive must show after any import: every check clean, nothing set aside, each
  // quote once in the full-text index, the indexes of a freshly migrated archive present.
  void ExpectSound(Archive& archive, int64_t stories) {
    CheckReport report = archive.Check();
    EXPECT_EQ(report.errors(), 0);
    for (const CheckResult& check : report.checks) {
      for (const CheckFinding& f : check.findings) ADD_FAILURE() << check.name << ": " << f.message;
    }
    EXPECT_EQ(Count("SELECT count(*) FROM articles"), stories);
    EXPECT_EQ(Count("SELECT count(*) FROM set_aside"), 0);
    EXPECT_EQ(Count("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'habit'"), stories);
    EXPECT_EQ(Count("SELECT count(*) FROM sqlite_schema WHERE type IN ('index', 'trigger') AND "
                    "sql IS NOT NULL"),
              indexes_and_triggers_);
  }
  void SetUp() override {
    OpenArchive();
    indexes_and_triggers_ = Count(
        "SELECT count(*) FROM sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL");
    ASSERT_GT(indexes_and_triggers_, 5);
  }

  TempDir dir_;
  const std::string path_ = dir_.Path("archive.db");
  int64_t indexes_and_triggers_ = 0;
};

TEST_F(ImporterBatchTest, ManyStoriesInSmallBatchesAreAllStoredAndCounted) {
  auto archive = OpenArchive();
  ImportOptions options;
  options.batch_files = 7;
  Importer importer(archive.get(), options);
  std::vector<std::string> reported;
  ImportCallbacks callbacks;
  callbacks.on_file = [&](const FileReport& r) { reported.push_back(r.path); };
  ImportSummary summary = importer.Run(WriteStories(0, 40), callbacks);
  EXPECT_EQ(summary.imported, 40);
  EXPECT_FALSE(summary.bulk) << "40 files are too few for bulk mode by default";
  ASSERT_EQ(reported.size(), 40u);
  EXPECT_EQ(reported.front(), dir_.Path("in0/0.txt")) << "reports keep the walk's order";
  ExpectSound(*archive, 40);
  EXPECT_EQ(Count("SELECT turns FROM person_counts c JOIN people p ON p.id = c.person_id "
                  "WHERE p.name = 'Annika Voss'"),
            Count("SELECT count(*) FROM quotes q JOIN people p ON p.id = q.person_id "
                  "WHERE p.name = 'Annika Voss' AND q.kind = 'turn'"));
  EXPECT_EQ(Count("SELECT stories FROM person_counts c JOIN people p ON p.id = c.person_id "
                  "WHERE p.name = 'Annika Voss'"),
            40);
}

// The parsing thread looks a copy up before the writer has stored the original: the writer's
// own look-up, inside the batch, still finds it.
TEST_F(ImporterBatchTest, ACopyInTheSameBatchIsStoredOnce) {
  auto archive = OpenArchive();
  std::vector<std::string> paths = WriteStories(0, 5);
  dir_.Write("in0/0-copy.txt", Story(0));
  Importer importer(archive.get(), ImportOptions());
  ImportSummary summary = importer.Run(paths, ImportCallbacks());
  EXPECT_EQ(summary.imported, 5);
  EXPECT_EQ(summary.already_imported, 1);
  ExpectSound(*archive, 5);
}

TEST_F(ImporterBatchTest, BulkModeSetsIndexesAsideAndRebuildsThemAtTheEnd) {
  auto archive = OpenArchive();
  ImportOptions options;
  options.bulk = BulkMode::kOn;
  Importer importer(archive.get(), options);
  bool rebuilt = false;
  ImportCallbacks callbacks;
  bool first = true;
  callbacks.on_file = [&](const FileReport&) {
    if (!first) return;
    first = false;
    EXPECT_THROW(Count("SELECT count(*) FROM articles"), SQLite::Exception)
        << "no other connection reads the archive while its indexes are set aside";
  };
  callbacks.on_rebuild = [&] { rebuilt = true; };
  ImportSummary summary = importer.Run(WriteStories(0, 12), callbacks);
  EXPECT_TRUE(summary.bulk);
  EXPECT_TRUE(rebuilt);
  EXPECT_EQ(summary.imported, 12);
  ExpectSound(*archive, 12);

  // A second, ordinary import on top keeps everything in step.
  Importer more(archive.get(), ImportOptions());
  EXPECT_EQ(more.Run(WriteStories(100, 3), ImportCallbacks()).imported, 3);
  ExpectSound(*archive, 15);
}

TEST_F(ImporterBatchTest, BulkModeIsRefusedWithReplace) {
  ImportOptions options;
  options.bulk = BulkMode::kOn;
  options.replace = true;
  EXPECT_EQ(ValidateImportOptions(options).code(), Status::Code::kInvalidInput);
}

// As if the process died between setting the indexes aside and rebuilding them.
TEST_F(ImporterBatchTest, BulkLoadCutShortIsRefusedReadOnlyAndFinishedByTheNextWriter) {
  {
    auto archive = OpenArchive();
    ASSERT_TRUE(archive->BeginBulkLoad());
    Importer importer(archive.get(), ImportOptions());  // small: no bulk mode of its own
    ASSERT_EQ(importer.Run(WriteStories(0, 4), ImportCallbacks()).imported, 4);
  }  // closed without FinishBulkLoad
  ASSERT_GT(Count("SELECT count(*) FROM set_aside"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'habit'"), 0)
      << "the full-text index owes these stories";

  auto read_only = Archive::Open(path_, ArchiveMode::kReadOnly);
  ASSERT_FALSE(read_only.ok());
  EXPECT_EQ(read_only.status().code(), Status::Code::kRefused);
  EXPECT_NE(read_only.status().message().find("newsarchive migrate"), std::string::npos)
      << read_only.status().message();

  auto writer = OpenArchive();  // rebuilds what is owed before anything else
  ExpectSound(*writer, 4);
  EXPECT_TRUE(Archive::Open(path_, ArchiveMode::kReadOnly).ok());
}

}  // namespace
}  // namespace newsarchive
