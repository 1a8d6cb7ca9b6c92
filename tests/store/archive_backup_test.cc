#include "store/archive_backup.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <string>
#include <thread>

#include "store/migrator.h"
#include "test_util.h"

namespace newsarchive {
namespace {

bool Exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

std::string ReadFile(const std::string& path) { return testing_util::ReadFileBytes(path); }

int64_t Count(SQLite::Database& db, const std::string& table) {
  return db.execAndGet("SELECT COUNT(*) FROM " + table).getInt64();
}

// A WAL-mode archive with some articles in a fresh temp directory, all removed afterwards.
class ArchiveBackupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    source_path_ = dir_ + "/archive.db";
    source_ = std::make_unique<SQLite::Database>(source_path_,
                                                 SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    source_->exec("PRAGMA journal_mode = WAL");
    Result<int> applied = Migrator(*source_, source_path_).ApplyPending();
    ASSERT_TRUE(applied.ok()) << applied.status().ToString();
    for (int i = 1; i <= 50; ++i) AddArticle(*source_, i);
  }
  void TearDown() override { source_.reset(); }

  static void AddArticle(SQLite::Database& db, int id) {
    const std::string n = std::to_string(id);
    db.exec("INSERT INTO articles (id, title, story_key, original_text, sha256) VALUES (" + n +
            ", 'Story " + n + "', 'key" + n + "', '" + std::string(2000, 'x') + "', 'sha" + n +
            "')");
  }

  testing_util::TempDir temp_;
  const std::string dir_ = temp_.path();
  std::string source_path_;
  std::unique_ptr<SQLite::Database> source_;
};

TEST_F(ArchiveBackupTest, CopiesEveryRowIntoOnePlainFile) {
  const std::string dest = dir_ + "/copy.db";
  Result<BackupReport> report = BackupArchive(*source_, dest, BackupOptions());
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_GT(report->pages, 10);
  struct stat st;
  ASSERT_EQ(::stat(dest.c_str(), &st), 0);
  EXPECT_EQ(report->bytes, st.st_size);
  EXPECT_FALSE(Exists(dest + "-wal"));
  EXPECT_FALSE(Exists(dest + ".tmp-" + std::to_string(::getpid())));

  SQLite::Database copy(dest, SQLite::OPEN_READONLY);
  EXPECT_EQ(Count(copy, "articles"), 50);
  EXPECT_EQ(copy.execAndGet("PRAGMA journal_mode").getString(), "delete");
  EXPECT_EQ(copy.execAndGet("SELECT title FROM articles WHERE id = 17").getString(), "Story 17");
}

TEST_F(ArchiveBackupTest, RefusesToReplaceAnExistingFileWithoutForce) {
  const std::string dest = dir_ + "/precious.db";
  std::ofstream(dest) << "someone's notes";
  Result<BackupReport> report = BackupArchive(*source_, dest, BackupOptions());
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), Status::Code::kAlreadyExists);
  EXPECT_EQ(report.status().file(), dest);
  EXPECT_NE(report.status().message().find("--force"), std::string::npos);
  EXPECT_EQ(ReadFile(dest), "someone's notes");
}

TEST_F(ArchiveBackupTest, ForceReplacesTheFileAndItsStaleJournal) {
  const std::string dest = dir_ + "/old.db";
  std::ofstream(dest) << "old";
  std::ofstream(dest + "-wal") << "stale log of another database";
  BackupOptions options;
  options.force = true;
  Result<BackupReport> report = BackupArchive(*source_, dest, options);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_FALSE(Exists(dest + "-wal"));
  SQLite::Database copy(dest, SQLite::OPEN_READONLY);
  EXPECT_EQ(Count(copy, "articles"), 50);
}

TEST_F(ArchiveBackupTest, RefusesToBackUpOntoItselfEvenWithForce) {
  BackupOptions options;
  options.force = true;
  const std::string before = ReadFile(source_path_);
  Result<BackupReport> report = BackupArchive(*source_, source_path_, options);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), Status::Code::kRefused);
  EXPECT_EQ(ReadFile(source_path_), before);
  EXPECT_EQ(Count(*source_, "articles"), 50);
}

TEST_F(ArchiveBackupTest, MissingDirectoryIsAnErrorNamingThePath) {
  const std::string dest = dir_ + "/no/such/dir/copy.db";
  Result<BackupReport> report = BackupArchive(*source_, dest, BackupOptions());
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), Status::Code::kIoError);
  EXPECT_EQ(report.status().file(), dest);
  EXPECT_NE(report.status().message().find("does not exist"), std::string::npos);
}

TEST_F(ArchiveBackupTest, FailureLeavesNothingBehind) {
  // A directory squatting on the temporary name makes the copy impossible to create.
  const std::string dest = dir_ + "/copy.db";
  const std::string temp = dest + ".tmp-" + std::to_string(::getpid());
  ASSERT_EQ(::mkdir(temp.c_str(), 0755), 0);
  Result<BackupReport> report = BackupArchive(*source_, dest, BackupOptions());
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), Status::Code::kIoError);
  EXPECT_NE(report.status().ToString().find("nothing was written"), std::string::npos)
      << report.status().ToString();
  EXPECT_FALSE(Exists(dest));
  EXPECT_TRUE(Exists(temp)) << "a directory that was not ours was removed";
}

// The id of a process that has exited and been reaped: no process has it (until reused).
pid_t DeadPid() {
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  return child;
}

TEST_F(ArchiveBackupTest, RemovesTheTempFilesOfKilledBackupsButNotOfLiveOnes) {
  const std::string dest = dir_ + "/copy.db";
  const std::string dead = dest + ".tmp-" + std::to_string(DeadPid());
  const std::string live = dest + ".tmp-" + std::to_string(::getppid());  // our parent runs
  const std::string other = dir_ + "/other.db.tmp-" + std::to_string(DeadPid());  // not our dest
  for (const std::string& path : {dead, dead + "-journal", live, other}) {
    std::ofstream(path) << "half a copy";
  }
  // A dead PID whose file someone still holds a lock on (a process in another PID namespace).
  const std::string locked = dest + ".tmp-" + std::to_string(DeadPid());
  std::ofstream(locked) << "half a copy";
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  const pid_t holder = ::fork();
  if (holder == 0) {
    const int fd = ::open(locked.c_str(), O_RDWR);
    struct flock lock {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    if (fd < 0 || ::fcntl(fd, F_SETLK, &lock) != 0) ::_exit(1);
    if (::write(ready[1], "x", 1) != 1) ::_exit(1);
    ::pause();
    ::_exit(0);
  }
  char byte = 0;
  ASSERT_EQ(::read(ready[0], &byte, 1), 1);

  Result<BackupReport> report = BackupArchive(*source_, dest, BackupOptions());
  ::kill(holder, SIGKILL);
  ::waitpid(holder, nullptr, 0);
  ::close(ready[0]);
  ::close(ready[1]);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->removed_stale, std::vector<std::string>{dead});
  EXPECT_FALSE(Exists(dead));
  EXPECT_FALSE(Exists(dead + "-journal"));
  EXPECT_TRUE(Exists(live)) << "the temporary file of a live process was removed";
  EXPECT_TRUE(Exists(locked)) << "a locked temporary file was removed";
  EXPECT_TRUE(Exists(other)) << "another destination's temporary file was removed";
  EXPECT_TRUE(Exists(dest));
}

TEST_F(ArchiveBackupTest, ReadersAndAnOpenWriteDoNotBlockOrLeakIntoTheCopy) {
  SQLite::Database reader(source_path_, SQLite::OPEN_READONLY);
  reader.exec("BEGIN");
  EXPECT_EQ(Count(reader, "articles"), 50);
  SQLite::Database writer(source_path_, SQLite::OPEN_READWRITE);
  writer.exec("BEGIN IMMEDIATE");
  AddArticle(writer, 51);  // not committed while the copy is taken

  const std::string dest = dir_ + "/copy.db";
  Result<BackupReport> report = BackupArchive(*source_, dest, BackupOptions());
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  writer.exec("COMMIT");
  reader.exec("COMMIT");

  SQLite::Database copy(dest, SQLite::OPEN_READONLY);
  EXPECT_EQ(Count(copy, "articles"), 50);
  EXPECT_EQ(Count(*source_, "articles"), 51);
}

TEST_F(ArchiveBackupTest, CopyIsOneConsistentMomentWhileAnotherConnectionWrites) {
  // The writer adds articles ten per transaction: a consistent copy holds a multiple of ten
  // beyond the first 50.
  std::atomic<bool> stop{false};
  std::thread writer_thread([&] {
    SQLite::Database writer(source_path_, SQLite::OPEN_READWRITE);
    writer.setBusyTimeout(5000);
    for (int batch = 0; !stop && batch < 200; ++batch) {
      writer.exec("BEGIN IMMEDIATE");
      for (int i = 0; i < 10; ++i) AddArticle(writer, 100 + batch * 10 + i);
      writer.exec("COMMIT");
    }
  });
  std::vector<int64_t> counts;
  for (int k = 0; k < 5; ++k) {
    const std::string dest = dir_ + "/copy" + std::to_string(k) + ".db";
    Result<BackupReport> report = BackupArchive(*source_, dest, BackupOptions());
    ASSERT_TRUE(report.ok()) << report.status().ToString();
    SQLite::Database copy(dest, SQLite::OPEN_READONLY);
    EXPECT_EQ(copy.execAndGet("PRAGMA quick_check").getString(), "ok");
    counts.push_back(Count(copy, "articles"));
  }
  stop = true;
  writer_thread.join();
  for (int64_t c : counts) EXPECT_EQ((c - 50) % 10, 0) << "copy caught a half transaction: " << c;
}

}  // namespace
}  // namespace newsarchive
