#include "cli/output_options.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace newsarchive {
namespace {

namespace fs = std::filesystem;

// A fresh directory under the system temp dir, removed with everything in it.
class ScopedTempDir {
 public:
  ScopedTempDir() {
    std::string pattern = (fs::temp_directory_path() / "newsarchive-out-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~ScopedTempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int FilesIn(const fs::path& dir) {
  int n = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++n;
  return n;
}

OutputOptions ParseArgs(std::vector<std::string> args) {
  CLI::App app;
  OutputOptions options;
  AddOutputOptions(&app, &options);
  std::reverse(args.begin(), args.end());  // CLI11 takes a vector in reverse order
  app.parse(args);
  return options;
}

TEST(AddOutputOptions, ParsesEveryOption) {
  const OutputOptions options =
      ParseArgs({"--format", "CSV", "-o", "out.txt", "--bom", "--excel-safe"});
  EXPECT_EQ(options.format, "CSV");
  EXPECT_EQ(options.output_path, "out.txt");
  EXPECT_TRUE(options.bom);
  EXPECT_TRUE(options.excel_safe);
  EXPECT_EQ(ParseArgs({"--output", "x.json"}).output_path, "x.json");
}

TEST(AddOutputOptions, UnknownFormatIsAUsageErrorListingTheChoices) {
  try {
    ParseArgs({"--format", "xml"});
    FAIL() << "--format xml was accepted";
  } catch (const CLI::ValidationError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("xml"), std::string::npos) << message;
    EXPECT_NE(message.find("markdown"), std::string::npos) << message;
  }
}

TEST(AddOutputOptions, HelpNamesTheFormats) {
  CLI::App app;
  OutputOptions options;
  AddOutputOptions(&app, &options);
  const std::string help = app.help();
  for (const char* text :
       {"--format", "table, csv, tsv, json, jsonl", "--output", "--bom", "--excel-safe"}) {
    EXPECT_NE(help.find(text), std::string::npos) << text << " not in\n" << help;
  }
}

TEST(ResolveOutputFormat, FormatFlagThenExtensionThenTable) {
  const struct {
    const char* name;
    OutputOptions options;
    OutputFormat expected;
  } cases[] = {
      {"nothing given", {}, OutputFormat::kTable},
      {"format given", {"json", "", false, false}, OutputFormat::kJson},
      {"extension", {"", "people.csv", false, false}, OutputFormat::kCsv},
      {"jsonl extension", {"", "q.ndjson", false, false}, OutputFormat::kJsonl},
      {"format beats extension", {"tsv", "people.csv", false, false}, OutputFormat::kTsv},
      {"unknown extension", {"", "people.out", false, false}, OutputFormat::kTable},
      {"stdout dash", {"", "-", false, false}, OutputFormat::kTable},
      {"bom with csv", {"", "x.csv", true, false}, OutputFormat::kCsv},
      {"excel-safe with tsv", {"tsv", "", false, true}, OutputFormat::kTsv},
  };
  for (const auto& c : cases) {
    Result<OutputFormat> format = ResolveOutputFormat(c.options);
    ASSERT_TRUE(format.ok()) << c.name << ": " << format.status().ToString();
    EXPECT_EQ(*format, c.expected) << c.name;
  }
}

TEST(ResolveOutputFormat, RefusesBomAndExcelSafeOutsideCsvAndTsv) {
  Result<OutputFormat> bom_json = ResolveOutputFormat({"json", "", true, false});
  ASSERT_FALSE(bom_json.ok());
  EXPECT_NE(bom_json.status().message().find("--bom"), std::string::npos);
  EXPECT_FALSE(ResolveOutputFormat({"", "", false, true}).ok());  // table
  EXPECT_FALSE(ResolveOutputFormat({"xml", "", false, false}).ok());
}

TEST(OutputTarget, FileAppearsCompleteOnlyOnCommit) {
  ScopedTempDir dir;
  const fs::path path = dir.path() / "people.csv";
  Result<std::unique_ptr<OutputTarget>> target =
      OutputTarget::Open({"", path.string(), false, false});
  ASSERT_TRUE(target.ok()) << target.status().ToString();
  EXPECT_EQ((*target)->format(), OutputFormat::kCsv);
  RowWriter& writer = (*target)->writer();
  writer.Begin({"id", "name"});
  writer.Write({Cell::Integer(1), Cell::Text("Kim")});
  writer.End();
  EXPECT_FALSE(fs::exists(path)) << "visible before Commit";
  ASSERT_TRUE((*target)->Commit().ok());
  EXPECT_EQ(ReadFile(path), "id,name\r\n1,Kim\r\n");
  EXPECT_EQ(FilesIn(dir.path()), 1) << "temporary file left behind";
}

// Writes one csv row to `path` through an OutputTarget and commits it.
Status WriteOneRow(const fs::path& path, const std::string& archive = "") {
  Result<std::unique_ptr<OutputTarget>> target =
      OutputTarget::Open({"csv", path.string(), false, false}, archive);
  if (!target.ok()) return target.status();
  RowWriter& writer = (*target)->writer();
  writer.Begin({"id"});
  writer.Write({Cell::Integer(7)});
  writer.End();
  return (*target)->Commit();
}

TEST(OutputTarget, TheArchiveIsNeverATargetWhateverItsName) {
  ScopedTempDir dir;
  const fs::path archive = dir.path() / "a.db";
  std::ofstream(archive) << "the archive";
  fs::create_symlink(archive, dir.path() / "link.db");
  fs::create_hard_link(archive, dir.path() / "hard.db");
  std::ofstream(dir.path() / "a.db-wal") << "";
  for (const fs::path& name : {dir.path() / "." / "a.db", dir.path() / "link.db",
                               dir.path() / "hard.db", dir.path() / "a.db-wal"}) {
    Status written = WriteOneRow(name, archive.string());
    EXPECT_EQ(written.code(), Status::Code::kRefused) << name;
    EXPECT_NE(written.message().find("is the archive itself"), std::string::npos);
  }
  EXPECT_EQ(ReadFile(archive), "the archive");
  EXPECT_TRUE(WriteOneRow(dir.path() / "other.csv", archive.string()).ok());
}

TEST(OutputTarget, ASymbolicLinkIsWrittenThroughAndStaysALink) {
  ScopedTempDir dir;
  const fs::path target = dir.path() / "target.csv";
  std::ofstream(target) << "a much longer old content than the new one";
  fs::create_symlink(target, dir.path() / "link.csv");
  ASSERT_TRUE(WriteOneRow(dir.path() / "link.csv").ok());
  EXPECT_TRUE(fs::is_symlink(dir.path() / "link.csv"));
  EXPECT_EQ(ReadFile(target), "id\r\n7\r\n");
  EXPECT_EQ(FilesIn(dir.path()), 2) << "temporary file left behind";
}

TEST(OutputTarget, AFifoWithNoReaderIsAnErrorNotAWait) {
  ScopedTempDir dir;
  const fs::path fifo = dir.path() / "fifo";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  Status written = WriteOneRow(fifo);
  EXPECT_EQ(written.code(), Status::Code::kIoError);
  EXPECT_NE(written.message().find("nothing is reading it"), std::string::npos)
      << written.message();
  EXPECT_EQ(fs::status(fifo).type(), fs::file_type::fifo);
}

TEST(OutputTarget, WithoutCommitNothingIsLeftAndAnOldFileIsKept) {
  ScopedTempDir dir;
  const fs::path path = dir.path() / "quotes.json";
  std::ofstream(path) << "old contents";
  {
    Result<std::unique_ptr<OutputTarget>> target =
        OutputTarget::Open({"", path.string(), false, false});
    ASSERT_TRUE(target.ok()) << target.status().ToString();
    (*target)->writer().Begin({"id"});
    (*target)->writer().Write({Cell::Integer(1)});
    // The query failed here: no End, no Commit.
  }
  EXPECT_EQ(ReadFile(path), "old contents");
  EXPECT_EQ(FilesIn(dir.path()), 1);
}

TEST(OutputTarget, NewFileGetsTheUsualModeNotMkstemps) {
  ScopedTempDir dir;
  const fs::path path = dir.path() / "a.tsv";
  const mode_t mask = umask(022);
  Result<std::unique_ptr<OutputTarget>> target =
      OutputTarget::Open({"", path.string(), false, false});
  umask(mask);
  ASSERT_TRUE(target.ok());
  (*target)->writer().Begin({"x"});
  (*target)->writer().End();
  ASSERT_TRUE((*target)->Commit().ok());
  struct stat info {};
  ASSERT_EQ(stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0644u);
}

TEST(OutputTarget, UnwritablePathIsAnErrorNamingIt) {
  ScopedTempDir dir;
  const struct {
    const char* name;
    std::string path;
  } cases[] = {
      {"missing directory", (dir.path() / "no-such-dir" / "x.csv").string()},
      {"a directory", dir.path().string()},
  };
  for (const auto& c : cases) {
    Result<std::unique_ptr<OutputTarget>> target = OutputTarget::Open({"", c.path, false, false});
    ASSERT_FALSE(target.ok()) << c.name;
    EXPECT_EQ(target.status().code(), Status::Code::kIoError) << c.name;
    EXPECT_NE(target.status().message().find(c.path), std::string::npos)
        << c.name << ": " << target.status().message();
  }
}

TEST(StdoutWidth, UsesColumnsWhenStdoutIsNoTerminal) {
  if (isatty(STDOUT_FILENO)) GTEST_SKIP() << "stdout is a terminal here";
  const char* saved = std::getenv("COLUMNS");
  const std::string restore = saved ? saved : "";
  setenv("COLUMNS", "77", 1);
  EXPECT_EQ(StdoutWidth(), 77);
  setenv("COLUMNS", "wide", 1);
  EXPECT_EQ(StdoutWidth(), 0);
  unsetenv("COLUMNS");
  EXPECT_EQ(StdoutWidth(), 0);
  if (saved) setenv("COLUMNS", restore.c_str(), 1);
}

}  // namespace
}  // namespace newsarchive
