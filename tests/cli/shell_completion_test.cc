#include "cli/shell_completion.h"

#include <gtest/gtest.h>

#include "cli/sample_app.h"
#include "query/query_catalogue.h"

namespace newsarchive {
namespace {

class ShellCompletionTest : public ::testing::Test {
 protected:
  testing_util::SampleApp sample_;
  CommandRef program_ = DescribeApp(sample_.app(), "tool");
};

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_F(ShellCompletionTest, BashTablesHoldCommandsOptionsAndValues) {
  const std::string script = RenderBashCompletion(program_);
  EXPECT_TRUE(Contains(script, "  ['tool']='run'\n"));
  EXPECT_TRUE(Contains(script, "  ['tool']='-h --help --db -q --quiet'\n"));
  EXPECT_TRUE(Contains(script, "  ['tool run']='--format --mode --limit --param'\n"));
  EXPECT_TRUE(Contains(script, "  ['tool|--db']='f'\n"));
  EXPECT_TRUE(Contains(script, "  ['tool run|--mode']='w:fast slow'\n"));
  EXPECT_TRUE(Contains(script, "  ['tool run|--limit']='v'\n"));
  EXPECT_FALSE(Contains(script, "'tool|-q'"));  // a flag takes no value
  EXPECT_TRUE(Contains(script, "  ['tool run#0']='w:" + ReportCatalogue()[0].name + " "));
  EXPECT_TRUE(Contains(script, "  ['tool run#*']='f'\n"));
  EXPECT_FALSE(Contains(script, "_secret"));
  EXPECT_TRUE(Contains(script, "\ncomplete -F _tool tool\n"));
  EXPECT_TRUE(Contains(script, "path='tool' npos=0"));
}

TEST_F(ShellCompletionTest, ZshSpecsPerCommandWithInheritedOptions) {
  const std::string script = RenderZshCompletion(program_);
  EXPECT_EQ(script.rfind("#compdef tool\n", 0), 0u);
  const size_t run = script.find("_tool_run() {\n");
  ASSERT_NE(run, std::string::npos);
  const std::string body = script.substr(run, script.find("\n}\n", run) - run);
  EXPECT_TRUE(Contains(body, "'--db=[Archive database file]:FILE:_files'"));  // fallthrough
  EXPECT_TRUE(Contains(body, "'(-q --quiet)-q[No progress lines]'"));
  EXPECT_TRUE(Contains(body, "'--mode=[How\\: it'\\''s fast or slow]:TEXT:(fast slow)'"));
  EXPECT_TRUE(Contains(body, "'*--param=[NAME=VALUE (repeatable)]:NAME=VALUE: '"));
  EXPECT_TRUE(Contains(body, "'::REPORT:_tool_run_REPORT'"));
  EXPECT_TRUE(Contains(body, "'*:PATH:_files'"));
  EXPECT_TRUE(Contains(script, "_tool_run_REPORT() {\n  local -a choices=(\n    'summary:"));
  EXPECT_TRUE(Contains(script, "        'run') _tool_run && ret=0 ;;\n"));
  EXPECT_TRUE(Contains(script, "        'run:Run the papers through'\n"));
  EXPECT_FALSE(Contains(script, "_secret"));
}

}  // namespace
}  // namespace newsarchive
