#include "cli/man_page.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "cli/exit_codes.h"
#include "cli/sample_app.h"

namespace newsarchive {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The text of the section headed `.SH NAME`, up to the next .SH.
std::string Section(const std::string& page, const std::string& name) {
  const size_t start = page.find(".SH " + name + "\n");
  if (start == std::string::npos) return "";
  const size_t end = page.find("\n.SH ", start + 1);
  return page.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

TEST(TroffTextTest, EscapesWhatTroffWouldReadAsMarkup) {
  EXPECT_EQ(TroffText("a\\b"), "a\\eb");
  EXPECT_EQ(TroffText("use --db or -q"), "use \\-\\-db or \\-q");
  EXPECT_EQ(TroffText("read-only, 2019-02-28"), "read-only, 2019-02-28");
  EXPECT_EQ(TroffText("see `quotes --search` too"), "see \\fBquotes \\-\\-search\\fR too");
  EXPECT_EQ(TroffText("an odd ` alone"), "an odd ` alone");
  EXPECT_EQ(TroffText("Álvarez café"), "\\[u00C1]lvarez caf\\[u00E9]");
}

class ManPageTest : public ::testing::Test {
 protected:
  testing_util::SampleApp sample_;
  CommandRef program_ = DescribeApp(sample_.app(), "tool");
  std::string page_ = RenderManPage(program_, "9.8.7");
};

TEST_F(ManPageTest, EveryRequestIsAKnownManMacro) {
  const std::set<std::string> known = {".TH", ".SH", ".SS", ".PP", ".TP", ".RS", ".RE",
                                       ".nf", ".fi", ".br", ".nh", ".ad", ".\\\""};
  for (const std::string& line : Lines(page_)) {
    if (line.empty() || line[0] != '.') continue;
    EXPECT_EQ(known.count(line.substr(0, line.find(' '))), 1u) << line;
  }
  EXPECT_EQ(page_.find("\n\n"), std::string::npos) << "a blank line in troff input";
}

TEST_F(ManPageTest, HeaderNamesTheVersionAndTheNameLineTheDescription) {
  EXPECT_NE(page_.find(".TH TOOL 1 \"\" \"tool 9.8.7\" \"User Commands\"\n"), std::string::npos);
  EXPECT_NE(page_.find(".SH NAME\ntool \\- files papers away\n"), std::string::npos);
}

TEST_F(ManPageTest, CommandsWithSynopsisOptionsAndArguments) {
  const std::string commands = Section(page_, "COMMANDS");
  EXPECT_NE(commands.find(".SS run\n"), std::string::npos);
  EXPECT_NE(commands.find("\\fBtool run\\fR [\\fIOPTION\\fR]... [\\fIREPORT\\fR] \\fIPATH\\fR..."),
            std::string::npos);
  for (const char* heading :
       {"\\fB\\-\\-format\\fR \\fIFORMAT\\fR", "\\fB\\-\\-mode\\fR \\fITEXT\\fR",
        "\\fB\\-\\-param\\fR \\fINAME=VALUE\\fR ...", "\\fIPATH\\fR..."}) {
    EXPECT_NE(commands.find(".TP\n" + std::string(heading) + "\n"), std::string::npos) << heading;
  }
  EXPECT_NE(commands.find("One of: fast, slow."), std::string::npos);
  EXPECT_EQ(commands.find("_secret"), std::string::npos);
  EXPECT_EQ(page_.find("_secret"), std::string::npos);
  // Groups as --help lists them: Options, then Output, then the arguments.
  const size_t options = commands.find("\\fIOptions:\\fR");
  const size_t output = commands.find("\\fIOutput:\\fR");
  const size_t arguments = commands.find("\\fIArguments:\\fR");
  ASSERT_NE(options, std::string::npos);
  EXPECT_LT(options, output);
  EXPECT_LT(output, arguments);
}

TEST_F(ManPageTest, ReportsAreListedWithTheirDescriptions) {
  const std::string commands = Section(page_, "COMMANDS");
  EXPECT_NE(commands.find(".RS\n.TP\n\\fBsummary\\fR\n"), std::string::npos);
  EXPECT_NE(commands.find("\\fBtop\\-speakers\\fR"), std::string::npos);
}

TEST_F(ManPageTest, ExitStatusHasEveryCode) {
  const std::string exit_status = Section(page_, "EXIT STATUS");
  for (const ExitCodeMeaning& exit : kExitCodeMeanings) {
    EXPECT_NE(exit_status.find(".TP\n\\fB" + std::to_string(exit.code) + "\\fR\n"),
              std::string::npos)
        << exit.code;
  }
}

TEST_F(ManPageTest, EnvironmentFilesAndExamples) {
  const std::string environment = Section(page_, "ENVIRONMENT");
  EXPECT_NE(environment.find("\\fBTOOL_DB\\fR\nArchive database file. Used when \\-\\-db is not "
                             "given."),
            std::string::npos);
  EXPECT_NE(environment.find("COLUMNS"), std::string::npos);
  EXPECT_NE(Section(page_, "FILES").find("\\fIpapers.db\\fR"), std::string::npos);
  const std::string examples = Section(page_, "EXAMPLES");
  EXPECT_NE(examples.find("tool run \\-\\-mode fast a.txt\n"), std::string::npos);
  EXPECT_NE(examples.find("tool run \\-\\-format csv c.txt\n"), std::string::npos);
  // "tool run a.txt" is in the description and in the footer: listed once.
  EXPECT_EQ(examples.find("tool run a.txt\n"), examples.rfind("tool run a.txt\n"));
}

TEST(ManPageLineTest, TextStartingWithADotOrQuoteIsNoRequest) {
  CLI::App app("tool: x");
  std::string value;
  app.add_subcommand("run", ".hidden files are skipped\n\n'quoted' first");
  const std::string page = RenderManPage(DescribeApp(app, "tool"), "1");
  EXPECT_NE(page.find("\n\\&.hidden files are skipped\n"), std::string::npos);
  EXPECT_NE(page.find("\n\\&'quoted' first\n"), std::string::npos);
}

}  // namespace
}  // namespace newsarchive
