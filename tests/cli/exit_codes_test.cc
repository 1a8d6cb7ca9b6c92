// kExitCodeMeanings (what the manual page's EXIT STATUS lists) must name every code of the enum,
// and the README's table every code: both read from the source files.
#include "cli/exit_codes.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace newsarchive {
namespace {

std::string ReadSource(const std::string& relative) {
  std::ifstream in(std::string(NEWSARCHIVE_SOURCE_DIR) + "/" + relative);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::set<int> EnumCodes() {
  const std::string header = ReadSource("src/cli/exit_codes.h");
  const size_t start = header.find("enum ExitCode {");
  const std::string body = header.substr(start, header.find("};", start) - start);
  std::set<int> codes;
  const std::regex entry(R"(kExit\w+\s*=\s*(\d+))");
  for (auto it = std::sregex_iterator(body.begin(), body.end(), entry); it != std::sregex_iterator();
       ++it) {
    codes.insert(std::stoi((*it)[1]));
  }
  return codes;
}

TEST(ExitCodesTest, EveryCodeHasOneMeaning) {
  const std::set<int> codes = EnumCodes();
  ASSERT_GE(codes.size(), 6u);
  std::set<int> explained;
  for (const ExitCodeMeaning& exit : kExitCodeMeanings) {
    EXPECT_TRUE(explained.insert(exit.code).second) << "twice: " << exit.code;
    EXPECT_GT(std::string(exit.meaning).size(), 10u) << exit.code;
  }
  EXPECT_EQ(explained, codes);
}

TEST(ExitCodesTest, ReadmeTableListsEveryCode) {
  const std::string readme = ReadSource("README.md");
  for (int code : EnumCodes()) {
    EXPECT_NE(readme.find("\n| " + std::to_string(code) + " |"), std::string::npos) << code;
  }
}

}  // namespace
}  // namespace newsarchive
