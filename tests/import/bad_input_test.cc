// Bad input, one row each (issue 4): every row is imported between two good transcripts, and
// the row says what must become of it. Every row also checks that the batch goes on (both good
// transcripts imported), that a message names the file (and the line where that helps), and,
// for a rejected file, that the archive holds nothing from it: every table has exactly the rows
// an import of the two good transcripts alone gives. Inputs are generated here, in a temporary
// directory; none lives in samples/.
#include <gtest/gtest.h>
#include <sys/fsuid.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <streambuf>
#include <string>
#include <vector>

#include "import/importer.h"
#include "test_util.h"

namespace newsarchive {
namespace {

using testing_util::MigratedMemoryDb;
using testing_util::TempDir;

// Two fictional transcripts, and a third used inside some rows.
const char kGoodA[] =
    "Harbor Town Votes To Keep Its Winter Ferry\n\n"
    "Residents of Port Averly voted to keep the island ferry running through the winter.\n\n"
    "MARA QUILLFEATHER, HOST:\n\n"
    "The ferry to Saint Corvin will keep running this winter. Tobin Ashgrove reports.\n\n"
    "TOBIN ASHGROVE, BYLINE: The vote was close, but the ferry stays.\n\n"
    "LUSA VANTORRE: We need the boat. There is no other way to the mainland.\n\n"
    "ASHGROVE: The council meets again in March.\n\n"
    "Tobin Ashgrove, NPR News, Port Averly.\n\n"
    "Transcript provided by NPR, Copyright NPR.\n";
const char kGoodB[] =
    "A Library In Elm Hollow Lends Out Tools\n\n"
    "The Elm Hollow library now lends drills and ladders along with books.\n\n"
    "ORRIN PELLWICK, HOST:\n\n"
    "In Elm Hollow, the library shelves hold hammers now. Nell Brightwater has the story.\n\n"
    "NELL BRIGHTWATER, BYLINE: The tool shelf opened in May.\n\n"
    "DELPHINE CASTELLANE: People borrow the ladder most of all.\n\n"
    "BRIGHTWATER: The library plans to add sewing machines.\n\n"
    "Nell Brightwater, NPR News, Elm Hollow.\n";
// A fictional story of four turns; `title` and `speech` give each row's file its own bytes.
// Without `signed_off` it stops after the last turn, as a truncated page does.
std::string Story(const std::string& title, const std::string& speech, bool signed_off = true) {
  return title + "\n\nA river in Marrow Bay froze in June.\n\n"
         "IDRIS HALVORSEN, HOST:\n\nThe river froze in June. Kasimir Dunmore reports.\n\n"
         "KASIMIR DUNMORE, BYLINE: " + speech + "\n\n"
         "YSOLDE OKONKWO: I have fished this river for forty years.\n\n"
         "DUNMORE: The ice was gone by noon.\n\n" +
         (signed_off ? "Kasimir Dunmore, NPR News, Marrow Bay.\n" : "");
}

std::string Utf16(const std::string& ascii_or_latin1, bool big_endian) {
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (char ch : ascii_or_latin1) {
    const char lo = ch;
    out += big_endian ? std::string{'\0', lo} : std::string{lo, '\0'};
  }
  return out;
}

// An endless stream of one byte, counting what was taken: standard input of any size.
class GeneratedInput : public std::streambuf {
 public:
  explicit GeneratedInput(int64_t size) : left_(size), buffer_(1 << 16, 'a') {}
  int64_t served() const { return served_; }

 protected:
  int_type underflow() override {
    if (left_ <= 0) return traits_type::eof();
    const int64_t n = std::min<int64_t>(left_, static_cast<int64_t>(buffer_.size()));
    left_ -= n;
    served_ += n;
    setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
    return traits_type::to_int_type(buffer_[0]);
  }

 private:
  int64_t left_;
  int64_t served_ = 0;
  std::string buffer_;
};

enum class Expect {
  kImported,  // imported (maybe with a warning that `message` names)
  kRejected,  // rejected with `message`; nothing of it stored
  kIgnored,   // left out of the walk with `message` (a symbolic link loop)
  kEither,    // a clear outcome either way; stress rows, where the point is time and memory
};

struct Row {
  Row(const char* name_, std::function<std::string(const TempDir&)> make_, Expect expect_,
      std::string message_, int line_ = 0, std::string stored_check_ = "")
      : name(name_), make(std::move(make_)), expect(expect_), message(std::move(message_)),
        line(line_), stored_check(std::move(stored_check_)) {}
  const char* name;
  // Makes the input under `dir` and returns the path to import ("-" for standard input).
  std::function<std::string(const TempDir& dir)> make;
  Expect expect;
  std::string message;  // part of the report's message (or of a warning, for kImported)
  int line = 0;         // the line the message must name, 0 when none
  // Optional: an SQL count that must be 1 after the import (for what an imported row stores).
  std::string stored_check;
};

struct Counts {
  int64_t articles, people, roles, quotes, aliases;
  bool operator==(const Counts& o) const {
    return articles == o.articles && people == o.people && roles == o.roles &&
           quotes == o.quotes && aliases == o.aliases;
  }
};
Counts CountsOf(MigratedMemoryDb& db) {
  return {db.Count("articles"), db.Count("people"), db.Count("roles"), db.Count("quotes"),
          db.Count("person_aliases")};
}
std::ostream& operator<<(std::ostream& out, const Counts& c) {
  return out << c.articles << " articles, " << c.people << " people, " << c.roles << " roles, "
             << c.quotes << " quotes, " << c.aliases << " aliases";
}

std::string Everything(const FileReport& r) {
  std::string all = std::string(FileOutcomeName(r.outcome)) + ": " + r.status.ToString();
  for (const Diagnostic& w : r.warnings) all += "\n  warning: line " + std::to_string(w.line) + ": " + w.message;
  return all;
}

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Readable by anyone, for the row that imports as an unprivileged file-system user.
    ::chmod(dir_.path().c_str(), 0755);
    good_a_ = dir_.Write("good_a.txt", kGoodA);
    good_b_ = dir_.Write("good_b.txt", kGoodB);
    Importer baseline(&baseline_db_.archive(), ImportOptions());
    baseline.Run({good_a_, good_b_}, ImportCallbacks());
    baseline_ = CountsOf(baseline_db_);
    ASSERT_EQ(baseline_.articles, 2) << "the good transcripts must import on their own";
  }

  // Imports good_a, the row's input, good_b; checks what every row promises.
  void Check(const Row& row, GeneratedInput* stdin_source = nullptr,
             std::function<void()> after_first = nullptr, std::function<void()> around = nullptr) {
    SCOPED_TRACE(row.name);
    const std::string bad = row.make(dir_);
    MigratedMemoryDb db;
    Importer importer(&db.archive(), ImportOptions());
    std::istream in(stdin_source);
    if (stdin_source != nullptr) importer.set_standard_input(&in);
    std::vector<FileReport> reports;
    ImportCallbacks callbacks;
    callbacks.on_file = [&](const FileReport& r) {
      reports.push_back(r);
      reports.back().article = nullptr;
      if (reports.size() == 1 && after_first) after_first();
    };
    const auto start = std::chrono::steady_clock::now();
    ImportSummary summary;
    ASSERT_NO_THROW(summary = importer.Run({good_a_, bad, good_b_}, callbacks));
    seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (around) around();

    // The batch goes on: both good transcripts are in.
    ASSERT_GE(reports.size(), 3u);
    EXPECT_EQ(reports.front().path, good_a_);
    EXPECT_EQ(reports.front().outcome, FileOutcome::kImported) << Everything(reports.front());
    EXPECT_EQ(reports.back().path, good_b_);
    EXPECT_EQ(reports.back().outcome, FileOutcome::kImported) << Everything(reports.back());
    EXPECT_FALSE(summary.interrupted);

    // The reports about the row's input: one for a file, one per entry for a directory.
    std::vector<FileReport> mine(reports.begin() + 1, reports.end() - 1);
    ASSERT_FALSE(mine.empty());
    const FileReport* shown = nullptr;
    for (const FileReport& r : mine) {
      if (row.expect == Expect::kIgnored ? r.outcome == FileOutcome::kIgnored
                                         : r.path == bad || bad.empty()) {
        shown = &r;
      }
    }
    ASSERT_NE(shown, nullptr) << "no report for " << bad;
    const std::string text = Everything(*shown);
    switch (row.expect) {
      case Expect::kImported:
        EXPECT_EQ(shown->outcome, FileOutcome::kImported) << text;
        break;
      case Expect::kRejected:
        EXPECT_EQ(shown->outcome, FileOutcome::kRejected) << text;
        EXPECT_EQ(CountsOf(db), baseline_) << "the archive holds something of the rejected file";
        EXPECT_EQ(summary.rejected, 1);
        break;
      case Expect::kIgnored:
        EXPECT_EQ(shown->outcome, FileOutcome::kIgnored) << text;
        break;
      case Expect::kEither:
        EXPECT_TRUE(shown->outcome == FileOutcome::kImported ||
                    shown->outcome == FileOutcome::kRejected) << text;
        if (shown->outcome == FileOutcome::kRejected) {
          EXPECT_EQ(CountsOf(db), baseline_);
        }
        break;
    }
    // The message names the file (the status of a rejection; the path of an import's report).
    if (shown->outcome != FileOutcome::kImported) {
      EXPECT_EQ(shown->status.file(), shown->path) << text;
      EXPECT_EQ(shown->status.ToString().rfind(shown->path, 0), 0u) << text;
    }
    if (!row.message.empty()) {
      EXPECT_NE(text.find(row.message), std::string::npos) << text;
    }
    if (row.line > 0) {
      bool named = shown->status.line() == row.line;
      for (const Diagnostic& w : shown->warnings) named = named || w.line == row.line;
      EXPECT_TRUE(named) << "line " << row.line << " not named: " << text;
    }
    // Never an empty turn, whatever the input.
    EXPECT_EQ(db.Count("quotes", "trim(text) = ''"), 0);
    if (!row.stored_check.empty()) {
      EXPECT_EQ(db.db().execAndGet(row.stored_check).getInt64(), 1) << row.stored_check;
    }
    last_reports_ = std::move(mine);
  }

  TempDir dir_;
  std::string good_a_, good_b_;
  MigratedMemoryDb baseline_db_;
  Counts baseline_{};
  double seconds_ = 0;
  std::vector<FileReport> last_reports_;
};

TEST_F(BadInputTest, EmptyAndWhitespaceFilesAreRejected) {
  Check({"empty file", [](const TempDir& d) { return d.Write("empty.txt", ""); },
         Expect::kRejected, "empty"});
  Check({"only white space", [](const TempDir& d) { return d.Write("blank.txt", "  \n\t\n\r\n"); },
         Expect::kRejected, "empty"});
}

TEST_F(BadInputTest, BinaryFileIsRejectedNamingTheLine) {
  Check({"binary with NUL on line 3",
         [](const TempDir& d) {
           return d.Write("image.txt", std::string("GIF89a\n\x01\x02\n\x03\0\0\x04 binary", 20));
         },
         Expect::kRejected, "binary", 3});
}

TEST_F(BadInputTest, InvalidUtf8IsReadAsWindows1252WithAWarning) {
  Check({"Windows-1252 bytes",
         [](const TempDir& d) {
           return d.Write("cp1252.txt", Story("Caf\xE9 Owners Weather The Freeze",
                                              "The caf\xE9 stayed open. \x93We had soup,\x94 "
                                              "the owner said."));
         },
         Expect::kImported, "Windows-1252", 0,
         "SELECT COUNT(*) FROM quotes WHERE text LIKE '%caf\xC3\xA9 stayed open. "
         "\xE2\x80\x9CWe had soup,\xE2\x80\x9D%'"});
}

TEST_F(BadInputTest, Utf16WithByteOrderMarkIsDecoded) {
  Check({"UTF-16 LE with BOM",
         [](const TempDir& d) {
           return d.Write("utf16le.txt", Utf16(Story("Ice Fishing Returns", "Ice in June."), false));
         },
         Expect::kImported, "", 0, "SELECT COUNT(*) FROM quotes WHERE text = 'Ice in June.'"});
  EXPECT_EQ(last_reports_.front().encoding, "utf-16le");
  Check({"UTF-16 BE with BOM",
         [](const TempDir& d) {
           return d.Write("utf16be.txt", Utf16(Story("Ice Fishing Ends", "Ice in July."), true));
         },
         Expect::kImported, "", 0, "SELECT COUNT(*) FROM quotes WHERE text = 'Ice in July.'"});
  EXPECT_EQ(last_reports_.front().encoding, "utf-16be");
}

TEST_F(BadInputTest, SingleFiftyMegabyteLineIsHandledQuickly) {
  Check({"one 50 MB line of prose",
         [](const TempDir& d) {
           std::string line;
           line.reserve(50 << 20);
           while (line.size() < (50u << 20)) line += "the river froze and the town waited, ";
           return d.Write("one_line.txt", line);
         },
         Expect::kRejected, "no speaker turns"});
  EXPECT_LT(seconds_, 30) << "a 50 MB line must not take quadratic time";
}

TEST_F(BadInputTest, TwoHundredMegabyteFileIsRefusedUnreadWithTheLimitStated) {
  Check({"200 MB file",
         [](const TempDir& d) {
           const std::string path = d.Write("huge.txt", "");
           // Sparse: no disk space, and a reader that ignored the limit would need 200 MB.
           EXPECT_EQ(::truncate(path.c_str(), int64_t{200} << 20), 0);
           return path;
         },
         Expect::kRejected, "over the limit of 64 MiB"});
  EXPECT_EQ(last_reports_.front().bytes, 0) << "the file was read although it is over the limit";
}

TEST_F(BadInputTest, TwoHundredMegabytesOnStandardInputStopAtTheLimit) {
  GeneratedInput input(int64_t{200} << 20);
  Check({"200 MB on standard input", [](const TempDir&) { return std::string("-"); },
         Expect::kRejected, "over the limit of 64 MiB"},
        &input);
  EXPECT_LE(input.served(), (int64_t{64} << 20) + (1 << 17)) << "read far past the limit";
}

TEST_F(BadInputTest, PageChromeWithNoTurnsIsNotATranscript) {
  Check({"chrome and no turns",
         [](const TempDir& d) {
           return d.Write("chrome.txt",
                          "Play Live Radio\nNext Up:\n0:00 0:00\nAvailable On Air Stations\n\n"
                          "NPR logo\n\nDownload\nTranscript\n\nNext Up: Morning Edition\n");
         },
         Expect::kRejected, "no speaker turns"});
}

TEST_F(BadInputTest, LabelWithNoSpeech) {
  Check({"a label and nothing else",
         [](const TempDir& d) {
           return d.Write("label_only.txt", "Ferry Talks Resume\n\nMARA QUILLFEATHER, HOST:\n");
         },
         Expect::kRejected, "no speaker turns"});
  Check({"a story whose last label has no speech",
         [](const TempDir& d) {
           return d.Write("dangling.txt", Story("Ferry Talks End", "Talks ended.") +
                                              "\nYSOLDE OKONKWO:\n");
         },
         Expect::kImported, "", 0, "SELECT COUNT(*) = 4 FROM quotes q JOIN articles a ON "
                                   "a.id = q.article_id WHERE a.title = 'Ferry Talks End'"});
}

TEST_F(BadInputTest, FileTruncatedInsideALabelKeepsItsCompleteTurns) {
  Check({"truncated mid-label",
         [](const TempDir& d) {
           return d.Write("truncated.txt",
                          Story("Ferry Strike Looms", "A strike looms.", false) + "JUNO BRIGHTWA");
         },
         Expect::kImported, "", 0,
         "SELECT COUNT(*) = 0 FROM people WHERE name LIKE 'Juno%'"});
  EXPECT_EQ(last_reports_.front().article_id > 0, true);
}

TEST_F(BadInputTest, DeeplyRepeatedLabelsFinishQuickly) {
  Check({"50,000 labels on one line",
         [](const TempDir& d) {
           std::string text = "Label Storm\n\n";
           for (int i = 0; i < 50000; ++i) text += "MARA QUILL, HOST: ";
           return d.Write("labels_inline.txt", text + "\n");
         },
         Expect::kEither, ""});
  EXPECT_LT(seconds_, 30);
  Check({"50,000 label lines with no speech",
         [](const TempDir& d) {
           std::string text = "Label Storm Two\n\n";
           for (int i = 0; i < 50000; ++i) text += "QUILL:\n";
           return d.Write("labels_lines.txt", text);
         },
         Expect::kRejected, "no speaker turns"});
  EXPECT_LT(seconds_, 30);
  Check({"100,000 nested parentheses in a label",
         [](const TempDir& d) {
           return d.Write("parens.txt", "Nesting\n\nMr. MARA QUILL " + std::string(100000, '(') +
                                            "Author" + std::string(100000, ')') + ": Hello.\n");
         },
         Expect::kEither, ""});
  EXPECT_LT(seconds_, 30);
}

TEST_F(BadInputTest, ControlCharactersAreRemovedWithAWarning) {
  Check({"control characters",
         [](const TempDir& d) {
           return d.Write("controls.txt",
                          Story("Bell\x07 Rings In Marrow Bay",
                                "The bell\x07 rang\x1B[31m twice\x7F.\x0C"));
         },
         Expect::kImported, "control character", 1,
         "SELECT COUNT(*) FROM quotes WHERE text = 'The bell rang[31m twice.'"});
}

TEST_F(BadInputTest, SymbolicLinkLoopIsReportedAndTheRestOfTheDirectoryImported) {
  Check({"directory with a symbolic link loop",
         [](const TempDir& d) {
           const std::string story = d.Write("loop/inner/story.txt", Story("Loop Story", "Round."));
           EXPECT_EQ(::symlink("..", d.Path("loop/inner/back").c_str()), 0);
           EXPECT_EQ(::symlink(d.Path("loop").c_str(), d.Path("loop/self").c_str()), 0);
           return d.Path("loop");
         },
         Expect::kIgnored, "loop", 0,
         "SELECT COUNT(*) FROM articles WHERE title = 'Loop Story'"});
}

TEST_F(BadInputTest, UnreadableFileIsRejectedNamingIt) {
  const std::string path = dir_.Write("locked.txt", Story("Locked Story", "Locked."));
  ASSERT_EQ(::chmod(path.c_str(), 0), 0);
  // Root reads a mode-000 file anyway; as root, import as an unprivileged file-system user
  // (setfsuid drops the file capabilities of this thread only), so the open really fails.
  const bool root = ::geteuid() == 0;
  auto drop = [root] {
    if (root) ::setfsuid(65534);
  };
  auto restore = [root] {
    if (root) ::setfsuid(0);
  };
  drop();
  FILE* probe = std::fopen(path.c_str(), "r");
  const bool still_readable = probe != nullptr;
  if (probe != nullptr) std::fclose(probe);
  restore();
  if (still_readable) GTEST_SKIP() << "cannot make a file unreadable to this process here";
  // The importer runs under the dropped identity from before the first file to the end.
  drop();
  Check({"unreadable file", [path](const TempDir&) { return path; }, Expect::kRejected,
         "Permission denied"},
        nullptr, nullptr, restore);
  restore();
}

// The parsing thread reads a file right after the walk names it, long before the file ahead of
// it is reported, so a file named on the command line but gone stands for one that vanishes.
TEST_F(BadInputTest, PathThatVanishesBeforeItIsReadIsRejectedNamingIt) {
  const std::string path = dir_.Write("vanishing.txt", Story("Vanishing Story", "Gone."));
  Check({"path that vanishes", [path](const TempDir&) {
           ::unlink(path.c_str());
           return path;
         },
         Expect::kRejected, "no such file"});
}

}  // namespace
}  // namespace newsarchive
