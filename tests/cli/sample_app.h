// A small CLI::App shaped like newsarchive's (global options, a command with options of every
// value kind, a hidden command), for the tests of what is generated from an app's definition.
#ifndef NEWSARCHIVE_TESTS_CLI_SAMPLE_APP_H_
#define NEWSARCHIVE_TESTS_CLI_SAMPLE_APP_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

namespace newsarchive {
namespace testing_util {

class SampleApp {
 public:
  SampleApp()
      : app_("tool: files papers away.\n\n"
             "Example:\n"
             "  tool run --mode fast a.txt") {
    app_.add_option("--db", db_, "Archive database file")
        ->type_name("FILE")
        ->envname("TOOL_DB")
        ->capture_default_str();
    app_.add_flag("-q,--quiet", quiet_, "No progress lines");
    CLI::App* run = app_.add_subcommand(
        "run",
        "Run the papers through. Each one\n"
        "is read once.\n\n"
        "Examples:\n"
        "  tool run a.txt\n"
        "  tool run --mode slow b.txt");
    run->add_option("--format", format_, "table, csv...")->type_name("FORMAT")->group("Output");
    run->add_option("--mode", mode_, "How: it's fast or slow")->check(CLI::IsMember({"fast", "slow"}));
    run->add_option("--limit", limit_, "At most N")->type_name("N")->check(CLI::PositiveNumber);
    run->add_option("--param", params_, "NAME=VALUE (repeatable)")
        ->type_name("NAME=VALUE")
        ->allow_extra_args(false);
    run->add_option("REPORT", report_, "Which report")->type_name("REPORT");
    run->add_option("paths", paths_, "Files; - for stdin")->type_name("PATH")->required();
    run->footer("Examples:\n  tool run --format csv c.txt\n  tool run a.txt\n");
    app_.add_subcommand("_secret", "Not for users")->group("");
  }
  CLI::App& app() { return app_; }

 private:
  CLI::App app_;
  std::string db_ = "papers.db";
  bool quiet_ = false;
  std::string format_, mode_, report_;
  int limit_ = 0;
  std::vector<std::string> params_, paths_;
};

}  // namespace testing_util
}  // namespace newsarchive

#endif  // NEWSARCHIVE_TESTS_CLI_SAMPLE_APP_H_
