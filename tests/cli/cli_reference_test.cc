#include "cli/cli_reference.h"

#include <gtest/gtest.h>

#include "cli/sample_app.h"
#include "output/row_writer.h"
#include "query/query_catalogue.h"

namespace newsarchive {
namespace {

std::vector<std::string> Values(const OptionRef& option) {
  std::vector<std::string> values;
  for (const Choice& choice : option.choices) values.push_back(choice.value);
  return values;
}

class CliReferenceTest : public ::testing::Test {
 protected:
  testing_util::SampleApp sample_;
  CommandRef program_ = DescribeApp(sample_.app(), "tool");
  const CommandRef& run() { return program_.subcommands.at(0); }
  const OptionRef& Positional(const std::string& name) {
    for (const OptionRef* option : run().Positionals()) {
      if (option->positional == name) return *option;
    }
    throw std::runtime_error("no positional " + name);
  }
};

TEST_F(CliReferenceTest, VisibleCommandsOnlyWithTheirPaths) {
  EXPECT_TRUE(program_.path.empty());
  EXPECT_EQ(program_.name, "tool");
  ASSERT_EQ(program_.subcommands.size(), 1u);  // _secret is in the hidden group
  EXPECT_EQ(run().path, std::vector<std::string>{"run"});
  EXPECT_EQ(run().name, "tool run");
  EXPECT_EQ(AllCommands(program_).size(), 1u);
}

TEST_F(CliReferenceTest, GlobalOptionsWithDefaultAndEnvironment) {
  const OptionRef* db = program_.FindFlag("--db");
  ASSERT_NE(db, nullptr);
  EXPECT_EQ(db->kind, ValueKind::kFile);
  EXPECT_EQ(db->value_name, "FILE");
  EXPECT_EQ(db->default_value, "papers.db");
  EXPECT_EQ(db->envname, "TOOL_DB");
  const OptionRef* quiet = program_.FindFlag("-q");
  ASSERT_NE(quiet, nullptr);
  EXPECT_EQ(quiet, program_.FindFlag("--quiet"));
  EXPECT_EQ(quiet->flags, (std::vector<std::string>{"-q", "--quiet"}));
  EXPECT_FALSE(quiet->takes_value());
  EXPECT_EQ(program_.FindFlag("--help"), nullptr);  // --help is left to each renderer
}

TEST_F(CliReferenceTest, ValueKindsFollowTheTypeName) {
  const OptionRef* format = run().FindFlag("--format");
  ASSERT_NE(format, nullptr);
  EXPECT_EQ(format->kind, ValueKind::kChoice);
  EXPECT_EQ(Values(*format), OutputFormatNames());
  EXPECT_EQ(format->group, "Output");

  const OptionRef* mode = run().FindFlag("--mode");
  ASSERT_NE(mode, nullptr);
  EXPECT_EQ(mode->kind, ValueKind::kChoice);
  EXPECT_EQ(Values(*mode), (std::vector<std::string>{"fast", "slow"}));

  const OptionRef* limit = run().FindFlag("--limit");
  ASSERT_NE(limit, nullptr);
  EXPECT_EQ(limit->kind, ValueKind::kFree);
  EXPECT_EQ(limit->value_name, "N");  // the check's ":POSITIVE" is not part of the name

  const OptionRef* param = run().FindFlag("--param");
  ASSERT_NE(param, nullptr);
  EXPECT_TRUE(param->repeatable);
  EXPECT_EQ(param->kind, ValueKind::kFree);
}

TEST_F(CliReferenceTest, ReportPositionalOffersTheCatalogueWithDescriptions) {
  const OptionRef& report = Positional("REPORT");
  ASSERT_EQ(report.kind, ValueKind::kChoice);
  ASSERT_EQ(report.choices.size(), ReportCatalogue().size());
  for (size_t i = 0; i < report.choices.size(); ++i) {
    EXPECT_EQ(report.choices[i].value, ReportCatalogue()[i].name);
    EXPECT_EQ(report.choices[i].description.rfind(ReportCatalogue()[i].description, 0), 0u);
  }
  EXPECT_FALSE(report.required);
}

TEST_F(CliReferenceTest, PositionalsComeLastInOrder) {
  const OptionRef& paths = Positional("paths");
  EXPECT_EQ(paths.kind, ValueKind::kFile);
  EXPECT_TRUE(paths.repeatable);
  EXPECT_TRUE(paths.required);
  EXPECT_EQ(paths.ArgumentName(), "PATH");
  ASSERT_EQ(run().Positionals().size(), 2u);
  EXPECT_EQ(run().Positionals()[0]->positional, "REPORT");
  EXPECT_EQ(run().options.back().positional, "paths");
  EXPECT_TRUE(run().options.front().positional.empty());
}

TEST(OptionRefTest, ArgumentNameIsTheNameInCapitalsForGenericTypes) {
  OptionRef option;
  option.positional = "article";
  option.value_name = "INT";
  EXPECT_EQ(option.ArgumentName(), "ARTICLE");
  option.value_name = "REPORT";
  EXPECT_EQ(option.ArgumentName(), "REPORT");
}

TEST(SplitHelpTextTest, ParagraphsAreJoinedAndIndentedLinesKept) {
  std::vector<TextBlock> blocks =
      SplitHelpText("One line\nand the next.\n\nExamples:\n  tool a\n    tool  b\nAfter.");
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_FALSE(blocks[0].literal);
  EXPECT_EQ(blocks[0].lines, std::vector<std::string>{"One line and the next."});
  EXPECT_EQ(blocks[1].lines, std::vector<std::string>{"Examples:"});
  EXPECT_TRUE(blocks[2].literal);
  EXPECT_EQ(blocks[2].lines, (std::vector<std::string>{"tool a", "tool  b"}));
  EXPECT_FALSE(blocks[3].literal);
  EXPECT_EQ(blocks[3].lines, std::vector<std::string>{"After."});
  EXPECT_TRUE(SplitHelpText("").empty());
  EXPECT_TRUE(SplitHelpText("\n\n  \n").empty());
}

TEST_F(CliReferenceTest, ExamplesComeFromDescriptionAndFooter) {
  EXPECT_EQ(Examples(run()),
            (std::vector<std::string>{"tool run a.txt", "tool run --mode slow b.txt",
                                      "tool run --format csv c.txt", "tool run a.txt"}));
  EXPECT_EQ(Examples(program_), std::vector<std::string>{"tool run --mode fast a.txt"});
}

TEST(SummaryTest, FirstSentenceOnOneLine) {
  EXPECT_EQ(Summary("Run the papers through. Each one\nis read once."), "Run the papers through");
  EXPECT_EQ(Summary("Program (Fresh Air...) for transcripts. More."),
            "Program (Fresh Air...) for transcripts");
  EXPECT_EQ(Summary("Use a tool, e.g. a saw. Then rest."), "Use a tool, e.g. a saw");
  EXPECT_EQ(Summary("No full stop\nat all"), "No full stop at all");
  EXPECT_EQ(Summary(""), "");
}

}  // namespace
}  // namespace newsarchive
