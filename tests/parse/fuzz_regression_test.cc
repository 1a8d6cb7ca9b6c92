// Every input the fuzzers ever broke something with is kept in tests/fuzz/regressions/<target>/
// and replayed here on each test run (and under the sanitizers by `make test-sanitize`). The
// writers' inputs are byte streams only the libFuzzer build can decode (tests/fuzz/run --replay);
// their bugs are pinned by named tests in csv_writer_test.cc and json_writer_test.cc.
#include <dirent.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/parser_invariants.h"

namespace newsarchive {
namespace {

std::vector<std::string> FilesIn(const std::string& dir) {
  std::vector<std::string> files;
  if (DIR* d = ::opendir(dir.c_str())) {
    while (const dirent* e = ::readdir(d)) {
      if (e->d_name[0] != '.') files.push_back(dir + "/" + e->d_name);
    }
    ::closedir(d);
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(FuzzRegressions, EverySavedParserInputKeepsTheParsersPromises) {
  const std::vector<std::string> files =
      FilesIn(std::string(NEWSARCHIVE_SOURCE_DIR) + "/tests/fuzz/regressions/parser");
  if (files.empty()) GTEST_SKIP() << "no parser input has failed yet; nothing saved to replay";
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    const std::string bytes(std::istreambuf_iterator<char>(in), {});
    EXPECT_EQ(parser_invariants::Check(bytes), "") << path;
  }
}

}  // namespace
}  // namespace newsarchive
