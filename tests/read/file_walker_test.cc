#include "read/file_walker.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace newsarchive {
namespace {

using testing_util::TempDir;

// Every entry of a walk as "kind path[: message]", paths relative to `dir`.
std::vector<std::string> Walk(const TempDir& dir, std::vector<std::string> roots) {
  static const char* const kKinds[] = {"file", "stdin", "unreadable", "skipped", "ignored"};
  std::vector<std::string> out;
  FileWalker walker(std::move(roots));
  WalkEntry entry;
  while (walker.Next(&entry)) {
    std::string path = entry.path;
    if (path.compare(0, dir.path().size() + 1, dir.path() + "/") == 0) {
      path.erase(0, dir.path().size() + 1);
    }
    out.push_back(std::string(kKinds[static_cast<int>(entry.kind)]) + " " + path +
                  (entry.message.empty() ? "" : ": " + entry.message));
  }
  return out;
}

TEST(FileWalker, DirectoriesAreWalkedRecursivelyInSortedOrderWithoutHiddenFiles) {
  TempDir dir;
  for (const char* name : {"b/2.txt", "a.txt", "b/1.txt", "b/c/3.txt", ".hidden.txt",
                           "b/.git/config", "B.txt", "README.md", "archive.db", "archive.db-wal"}) {
    dir.Write(std::string("in/") + name, "x");
  }
  EXPECT_EQ(Walk(dir, {dir.Path("in")}),
            (std::vector<std::string>{"file in/B.txt", "ignored in/README.md", "file in/a.txt",
                                      "ignored in/archive.db", "ignored in/archive.db-wal",
                                      "file in/b/1.txt", "file in/b/2.txt", "file in/b/c/3.txt"}));
}

TEST(FileWalker, RootsKeepTheirOrderAndAreTakenAsGiven) {
  TempDir dir;
  dir.Write("z.txt", "x");
  dir.Write("notes.md", "x");
  dir.Write(".hidden", "x");
  EXPECT_EQ(Walk(dir, {dir.Path("z.txt"), "-", dir.Path("notes.md"), dir.Path(".hidden")}),
            (std::vector<std::string>{"file z.txt", "stdin -", "file notes.md", "file .hidden"}));
}

TEST(FileWalker, MissingPathsAndBrokenLinksGivenAsRootsAreUnreadable) {
  TempDir dir;
  ASSERT_EQ(::symlink("nowhere.txt", dir.Path("b.txt").c_str()), 0);
  EXPECT_EQ(Walk(dir, {dir.Path("missing.txt"), dir.Path("b.txt"), ""}),
            (std::vector<std::string>{"unreadable missing.txt: no such file or directory",
                                      "unreadable b.txt: broken symbolic link",
                                      "unreadable : '' (an empty name) names no file"}));
}

TEST(FileWalker, BrokenAndSelfLinksInsideADirectoryAreSkipped) {
  TempDir dir;
  dir.Write("in/a.txt", "x");
  ASSERT_EQ(::symlink("nowhere.txt", dir.Path("in/b.txt").c_str()), 0);
  ASSERT_EQ(::symlink("c.txt", dir.Path("in/c.txt").c_str()), 0);
  EXPECT_EQ(Walk(dir, {dir.Path("in")}),
            (std::vector<std::string>{"file in/a.txt", "skipped in/b.txt: broken symbolic link; skipped",
                                      "skipped in/c.txt: symbolic link loop; skipped"}));
}

TEST(FileWalker, DirectoryNamedTwiceIsWalkedOnceAndSaysSo) {
  TempDir dir;
  dir.Write("in/a.txt", "x");
  EXPECT_EQ(Walk(dir, {dir.Path("in"), dir.Path("in")}),
            (std::vector<std::string>{
                "file in/a.txt", "skipped in: directory already walked (named more than once); skipped"}));
}

TEST(FileWalker, SymbolicLinkLoopIsSkippedAndTheWalkEnds) {
  TempDir dir;
  dir.Write("in/a.txt", "x");
  dir.Write("in/sub/b.txt", "x");
  ASSERT_EQ(::symlink("..", dir.Path("in/sub/up").c_str()), 0);
  ASSERT_EQ(::symlink(dir.Path("in/a.txt").c_str(), dir.Path("in/sub/link.txt").c_str()), 0);
  EXPECT_EQ(Walk(dir, {dir.Path("in")}),
            (std::vector<std::string>{
                "file in/a.txt", "file in/sub/b.txt", "file in/sub/link.txt",
                "skipped in/sub/up: directory already walked (a symbolic link loop?); skipped"}));
}

TEST(FileWalker, FifoInsideADirectoryIsSkipped) {
  TempDir dir;
  dir.Write("in/a.txt", "x");
  ASSERT_EQ(::mkfifo(dir.Path("in/pipe").c_str(), 0600), 0);
  EXPECT_EQ(Walk(dir, {dir.Path("in")}),
            (std::vector<std::string>{"file in/a.txt", "skipped in/pipe: not a regular file; skipped"}));
}

TEST(FileWalker, IgnoredNames) {
  struct Case {
    const char* name;
    bool ignored;
  };
  const Case cases[] = {{"README.md", true},     {"notes.MARKDOWN", true}, {"a.db", true},
                        {"a.db-wal", true},      {"a.sqlite3", true},      {"story.txt", false},
                        {"story", false},        {"image.png", false},     {"data.bin", false},
                        {"md", false},           {"x.mdx", false}};
  for (const Case& c : cases) EXPECT_EQ(IsIgnoredInDirectories(c.name), c.ignored) << c.name;
}

}  // namespace
}  // namespace newsarchive
