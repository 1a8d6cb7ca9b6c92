#include "import/importer.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <atomic>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace newsarchive {
namespace {

using testing_util::MigratedMemoryDb;
using testing_util::TempDir;

// A short fictional transcript in the modern NPR shape; `title` makes it a distinct story.
std::string Transcript(const std::string& title, const std::string& extra = "") {
  return title +
         "\n\n"
         "ANNIKA VOSS, BYLINE: The light on Skarn Point has been automatic since spring.\n\n"
         "HALVOR BRENNA: I still go up and look at it every night. Habit." +
         extra +
         "\n\n"
         "VOSS: The keeper's cottage is for sale. Annika Voss, NPR News, Skarn Point.\n\n"
         "Transcript provided by NPR, Copyright NPR.\n";
}

// Runs an import and keeps every report as "outcome path[: status]" with the temp dir cut off.
struct ImportRun {
  ImportRun(Importer& importer, const TempDir& dir, const std::vector<std::string>& paths,
      const std::atomic<bool>* cancel = nullptr) {
    ImportCallbacks callbacks;
    callbacks.on_file = [&](const FileReport& report) {
      std::string line = std::string(FileOutcomeName(report.outcome)) + " " + report.path;
      if (!report.status.ok()) line += ": " + report.status.ToString();
      for (const Diagnostic& warning : report.warnings) line += " [" + warning.message + "]";
      size_t at;
      while ((at = line.find(dir.path() + "/")) != std::string::npos) {
        line.erase(at, dir.path().size() + 1);
      }
      reports.push_back(line);
      if (report.article != nullptr) titles.push_back(report.article->title);
    };
    callbacks.on_progress = [&](const ImportProgress& p) { progress.push_back(p); };
    callbacks.cancel = cancel;
    summary = importer.Run(paths, callbacks);
  }
  std::vector<std::string> reports;
  std::vector<std::string> titles;
  std::vector<ImportProgress> progress;
  ImportSummary summary;
};

TEST(Importer, ImportsADirectoryRecursivelyInSortedOrder) {
  TempDir dir;
  dir.Write("in/b/2.txt", Transcript("Second Lighthouse Story"));
  dir.Write("in/a.txt", Transcript("First Lighthouse Story"));
  dir.Write("in/b/1.txt", Transcript("Third Lighthouse Story"));
  dir.Write("in/README.md", "# Notes about these transcripts\n");
  MigratedMemoryDb archive;
  Importer importer(&archive.archive(), ImportOptions());
  ImportRun run(importer, dir, {dir.Path("in")});

  EXPECT_EQ(run.reports, (std::vector<std::string>{"imported in/a.txt", "imported in/b/1.txt",
                                                   "imported in/b/2.txt"}));
  EXPECT_EQ(run.summary.imported, 3);
  EXPECT_EQ(run.summary.files, 3);
  EXPECT_EQ(run.summary.ignored, 1) << "README.md";
  EXPECT_EQ(archive.Count("articles"), 3);
  EXPECT_EQ(archive.db().execAndGet("SELECT group_concat(title, '|') FROM (SELECT title FROM "
                                    "articles ORDER BY id)")
                .getString(),
            "First Lighthouse Story|Third Lighthouse Story|Second Lighthouse Story");
  EXPECT_EQ(archive.Count("people"), 2) << "Voss and Brenna, shared by the three stories";
  EXPECT_EQ(archive.db().execAndGet("SELECT file_name FROM articles WHERE id = 1").getString(),
            dir.Path("in/a.txt"));
}

TEST(Importer, BadFilesAreRejectedNamingTheFileAndTheOthersStillImport) {
  TempDir dir;
  dir.Write("in/1_good.txt", Transcript("Lighthouse Keeper Retires"));
  dir.Write("in/2_empty.txt", "");
  dir.Write("in/3_binary.bin", std::string("GIF89a\0\0\x01\x02", 10));
  dir.Write("in/4_no_turns.txt", "Lighthouse Keeper Retires\n\nThe light is automatic now.\n");
  dir.Write("in/5_good.txt", Transcript("Ferry Captain Retires"));
  MigratedMemoryDb archive;
  Importer importer(&archive.archive(), ImportOptions());
  ImportRun run(importer, dir, {dir.Path("in"), dir.Path("missing.txt")});

  ASSERT_EQ(run.reports.size(), 6u);
  EXPECT_EQ(run.reports[0], "imported in/1_good.txt");
  EXPECT_EQ(run.reports[1], "rejected in/2_empty.txt: in/2_empty.txt: empty file");
  EXPECT_NE(run.reports[2].find("rejected in/3_binary.bin: in/3_binary.bin"), std::string::npos)
      << run.reports[2];
  EXPECT_NE(run.reports[2].find("binary"), std::string::npos) << run.reports[2];
  EXPECT_NE(run.reports[3].find("rejected in/4_no_turns.txt: in/4_no_turns.txt"), std::string::npos)
      << run.reports[3];
  EXPECT_EQ(run.reports[4], "imported in/5_good.txt");
  EXPECT_NE(run.reports[5].find("rejected missing.txt: missing.txt: no such file"),
            std::string::npos)
      << run.reports[5];
  EXPECT_EQ(run.summary.imported, 2);
  EXPECT_EQ(run.summary.rejected, 4);
  EXPECT_EQ(archive.Count("articles"), 2) << "rejected files leave no rows";
  EXPECT_EQ(archive.Count("quotes"), 6);
}

TEST(Importer, SameFilesAgainAreAlreadyImportedAndChangeNothing) {
  TempDir dir;
  dir.Write("in/a.txt", Transcript("First Lighthouse Story"));
  dir.Write("in/b.txt", Transcript("Second Lighthouse Story"));
  MigratedMemoryDb archive;
  Importer importer(&archive.archive(), ImportOptions());
  ImportRun first(importer, dir, {dir.Path("in")});
  ASSERT_EQ(first.summary.imported, 2);
  ImportRun second(importer, dir, {dir.Path("in")});
  EXPECT_EQ(second.reports,
            (std::vector<std::string>{"already imported in/a.txt: in/a.txt: already imported (article 1)",
                                      "already imported in/b.txt: in/b.txt: already imported (article 2)"}));
  EXPECT_EQ(second.summary.already_imported, 2);
  EXPECT_EQ(second.summary.imported, 0);
  EXPECT_EQ(archive.Count("articles"), 2);
  EXPECT_EQ(archive.Count("quotes"), 6);
}

TEST(Importer, ChangedVersionIsSkippedUnlessReplace) {
  TempDir dir;
  const std::string path = dir.Write("story.txt", Transcript("Lighthouse Keeper Retires"));
  MigratedMemoryDb archive;
  {
    Importer importer(&archive.archive(), ImportOptions());
    ImportRun(importer, dir, {path});
  }
  dir.Write("story.txt", Transcript("Lighthouse Keeper Retires", " The stairs are steep."));
  {
    Importer importer(&archive.archive(), ImportOptions());
    ImportRun run(importer, dir, {path});
    EXPECT_EQ(run.reports, (std::vector<std::string>{
                               "skipped story.txt: story.txt: a different version of this story is "
                               "already imported as article 1; use --replace"}));
  }
  ImportOptions replace;
  replace.replace = true;
  Importer importer(&archive.archive(), replace);
  ImportRun run(importer, dir, {path});
  EXPECT_EQ(run.reports, (std::vector<std::string>{"replaced story.txt"}));
  EXPECT_EQ(archive.Count("articles"), 1);
  EXPECT_EQ(archive.Count("quotes", "text LIKE '%stairs are steep%'"), 1);
}

TEST(Importer, DryRunParsesAndWritesNothing) {
  TempDir dir;
  dir.Write("in/a.txt", Transcript("Lighthouse Keeper Retires"));
  dir.Write("in/b.txt", "");
  MigratedMemoryDb archive;
  ImportOptions options;
  options.dry_run = true;
  Importer importer(&archive.archive(), options);
  ImportRun run(importer, dir, {dir.Path("in")});
  EXPECT_EQ(run.reports, (std::vector<std::string>{"parsed in/a.txt",
                                                   "rejected in/b.txt: in/b.txt: empty file"}));
  EXPECT_EQ(run.titles, (std::vector<std::string>{"Lighthouse Keeper Retires"}));
  EXPECT_EQ(run.summary.parsed, 1);
  EXPECT_EQ(archive.Count("articles") + archive.Count("people") + archive.Count("quotes"), 0);

  Importer without_db(nullptr, options);
  ImportRun again(without_db, dir, {dir.Path("in/a.txt")});
  EXPECT_EQ(again.summary.parsed, 1);
}

TEST(Importer, OptionsFillOnlyWhatTheTextDoesNotSay) {
  TempDir dir;
  const std::string path = dir.Write("a.txt", Transcript("Lighthouse Keeper Retires"));
  MigratedMemoryDb archive;
  ImportOptions options;
  options.source = "Skarn Public Radio";
  options.program = "Coast Notes";
  options.url = "https://example.org/lighthouse";
  options.date = "2020-01-02";
  Importer importer(&archive.archive(), options);
  ImportRun(importer, dir, {path});
  EXPECT_EQ(archive.db()
                .execAndGet("SELECT source || '|' || program || '|' || url || '|' || "
                            "published_on || '|' || story_key FROM articles")
                .getString(),
            "NPR|Coast Notes|https://example.org/lighthouse|2020-01-02|example.org/lighthouse")
      << "the text's own source (NPR) wins over --source";
}

TEST(Importer, ValidatesTheDateOption) {
  struct Case {
    const char* date;
    bool ok;
  };
  const Case cases[] = {{"", true},          {"2024-02-29", true},  {"2023-02-29", false},
                        {"2024-13-01", false}, {"2024-04-31", false}, {"24-01-01", false},
                        {"2024-1-01", false},  {"2024/01/01", false}, {"yesterday", false}};
  for (const Case& c : cases) {
    ImportOptions options;
    options.date = c.date;
    Status status = ValidateImportOptions(options);
    EXPECT_EQ(status.ok(), c.ok) << c.date << ": " << status.ToString();
  }
}

TEST(Importer, AFifoWithNoWriterIsReadAsEmptyAndADeviceIsNotRead) {
  TempDir dir;
  const std::string fifo = dir.Path("fifo");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  MigratedMemoryDb archive;
  Importer importer(&archive.archive(), ImportOptions());
  ImportRun run(importer, dir, {fifo, "/dev/zero"});  // opening the FIFO used to wait forever
  ASSERT_EQ(run.reports.size(), 2u);
  EXPECT_EQ(run.reports[0], "rejected fifo: fifo: empty file");
  EXPECT_EQ(run.reports[1],
            "rejected /dev/zero: /dev/zero: not a regular file or a pipe; not read (- reads "
            "standard input)");
}

TEST(Importer, FileOverTheSizeLimitIsRejectedUnread) {
  TempDir dir;
  const std::string path = dir.Write("big.txt", Transcript("Lighthouse Keeper Retires"));
  MigratedMemoryDb archive;
  ImportOptions options;
  options.max_file_bytes = 100;
  Importer importer(&archive.archive(), options);
  ImportRun run(importer, dir, {path});
  ASSERT_EQ(run.reports.size(), 1u);
  const std::string size = std::to_string(testing_util::ReadFileBytes(path).size());
  EXPECT_EQ(run.reports[0], "rejected big.txt: big.txt: file is " + size +
                                " bytes, over the limit of 100 bytes for one transcript; not read");
  EXPECT_EQ(archive.Count("articles"), 0);
}

TEST(Importer, CancellationStopsBetweenTranscripts) {
  TempDir dir;
  for (const char* name : {"a", "b", "c"}) {
    dir.Write(std::string("in/") + name + ".txt", Transcript(std::string("Story ") + name));
  }
  MigratedMemoryDb archive;
  ImportOptions options;
  options.batch_files = 1;  // each story committed, and reported, on its own
  Importer importer(&archive.archive(), options);
  std::atomic<bool> cancel{false};
  ImportCallbacks callbacks;
  int seen = 0;
  callbacks.on_file = [&](const FileReport&) {
    if (++seen == 2) cancel.store(true);  // as if Ctrl-C came during the second transcript
  };
  callbacks.cancel = &cancel;
  ImportSummary summary = importer.Run({dir.Path("in")}, callbacks);
  EXPECT_TRUE(summary.interrupted);
  EXPECT_EQ(summary.imported, 2) << "the current transcript is finished, the next not started";
  EXPECT_EQ(summary.files_total, 3);
  EXPECT_EQ(archive.Count("articles"), 2);
}

TEST(Importer, ProgressCountsFilesAndBytes) {
  TempDir dir;
  int64_t total_bytes = 0;
  for (const char* name : {"a", "b", "c"}) {
    std::string text = Transcript(std::string("Story ") + name);
    total_bytes += static_cast<int64_t>(text.size());
    dir.Write(std::string("in/") + name + ".txt", text);
  }
  MigratedMemoryDb archive;
  Importer importer(&archive.archive(), ImportOptions());
  ImportRun run(importer, dir, {dir.Path("in")});
  ASSERT_EQ(run.progress.size(), 3u);
  EXPECT_EQ(run.progress[0].files_done, 1);
  EXPECT_EQ(run.progress[2].files_done, 3);
  EXPECT_EQ(run.progress[2].files_total, 3);
  EXPECT_EQ(run.progress[2].bytes_done, total_bytes);
  EXPECT_EQ(run.summary.bytes, total_bytes);
}

TEST(Importer, StandardInputIsReadForDash) {
  TempDir dir;
  MigratedMemoryDb archive;
  Importer importer(&archive.archive(), ImportOptions());
  std::istringstream in(Transcript("Lighthouse Keeper Retires"));
  importer.set_standard_input(&in);
  ImportRun run(importer, dir, {"-"});
  EXPECT_EQ(run.reports, (std::vector<std::string>{"imported -"}));
  EXPECT_EQ(archive.db().execAndGet("SELECT file_name || '|' || story_key FROM articles").getString(),
            "-|lighthouse keeper retires||-");
}

TEST(Importer, Windows1252IsDecodedWithAWarning) {
  TempDir dir;
  const std::string path =
      dir.Write("cafe.txt", Transcript("Caf\xE9 Opens On Skarn Point", " \x93Habit,\x94 he said."));
  MigratedMemoryDb archive;
  Importer importer(&archive.archive(), ImportOptions());
  ImportRun run(importer, dir, {path});
  ASSERT_EQ(run.reports.size(), 1u);
  EXPECT_EQ(run.reports[0].rfind("imported cafe.txt [", 0), 0u) << run.reports[0];
  EXPECT_NE(run.reports[0].find("Windows-1252"), std::string::npos) << run.reports[0];
  EXPECT_EQ(archive.db().execAndGet("SELECT title || '|' || encoding FROM articles").getString(),
            "Café Opens On Skarn Point|windows-1252");
}

}  // namespace
}  // namespace newsarchive
