// How this works: sqlite3_backup copies every page of the source in one step, holding a read
// transaction for the whole copy, so the copy is one consistent snapshot; in WAL mode that read
// transaction blocks no writer and no other reader. The pages go to a temporary file beside the
// destination (same directory, so the final rename is atomic), which is switched to a rollback
// journal, quick-checked, closed, synced and only then renamed over the destination.
#include "store/archive_backup.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <dirent.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <chrono>
#include <cstring>
#include <thread>

namespace newsarchive {
namespace {

// The files SQLite may keep next to a database.
constexpr const char* kSideFiles[] = {"-journal", "-wal", "-shm"};

// Removes a database file and its side files unless released.
class TempDatabaseFile {
 public:
  explicit TempDatabaseFile(std::string path) : path_(std::move(path)) {}
  ~TempDatabaseFile() {
    if (path_.empty()) return;
    ::unlink(path_.c_str());
    for (const char* side : kSideFiles) ::unlink((path_ + side).c_str());
  }
  TempDatabaseFile(const TempDatabaseFile&) = delete;
  TempDatabaseFile& operator=(const TempDatabaseFile&) = delete;

  const std::string& path() const { return path_; }
  void Release() { path_.clear(); }

 private:
  std::string path_;
};

std::string DirectoryOf(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

Status IoError(const std::string& path, const std::string& what) {
  return Status::Error(Status::Code::kIoError, what, path);
}

std::string ErrnoText() { return std::strerror(errno); }

// fsync on a file or directory, so the rename survives a power cut.
bool SyncPath(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

constexpr const char kTempInfix[] = ".tmp-";

std::string TempPathFor(const std::string& dest_path, long pid) {
  return dest_path + kTempInfix + std::to_string(pid);
}

// The process id in a name `stem.tmp-PID` (a temporary file of a backup to `stem`), or 0.
long TempFilePid(const std::string& name, const std::string& stem) {
  const std::string prefix = stem + kTempInfix;
  if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) return 0;
  const std::string digits = name.substr(prefix.size());
  if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::strtol(digits.c_str(), nullptr, 10);
}

// Whether some process holds a POSIX lock on `path` (SQLite locks its files so while it writes).
bool SomeoneLocks(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return false;
  struct flock lock {};
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  const bool locked = ::fcntl(fd, F_GETLK, &lock) != 0 || lock.l_type != F_UNLCK;
  ::close(fd);
  return locked;
}

// Removes the temporary files killed backups to `dest_path` left beside it: `dest.tmp-PID` whose
// process is gone (kill(PID, 0) says no such process) and on which no one holds a lock. A PID
// of a live process, even one reused by an unrelated program, keeps its file.
std::vector<std::string> RemoveStaleTemps(const std::string& dir, const std::string& dest_path) {
  std::vector<std::string> removed;
  const size_t slash = dest_path.find_last_of('/');
  const std::string stem = slash == std::string::npos ? dest_path : dest_path.substr(slash + 1);
  DIR* listing = ::opendir(dir.c_str());
  if (listing == nullptr) return removed;
  std::vector<long> pids;
  while (const dirent* entry = ::readdir(listing)) {
    const long pid = TempFilePid(entry->d_name, stem);
    if (pid > 0) pids.push_back(pid);
  }
  ::closedir(listing);
  for (const long pid : pids) {
    if (pid == ::getpid()) continue;  // ours: it is about to be written afresh
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;  // alive (or EPERM)
    const std::string temp = TempPathFor(dest_path, pid);
    if (SomeoneLocks(temp)) continue;
    if (::unlink(temp.c_str()) != 0) continue;
    for (const char* side : kSideFiles) ::unlink((temp + side).c_str());
    removed.push_back(temp);
  }
  return removed;
}

// Copies all pages, waiting out a writer that holds the source locked (rollback-journal mode).
int64_t CopyPages(SQLite::Database& dest, SQLite::Database& source) {
  SQLite::Backup backup(dest, source);
  constexpr int kMaxWaits = 600;  // 30 s in 50 ms steps
  for (int waits = 0;; ++waits) {
    const int rc = backup.executeStep(-1);
    if (rc == SQLITE_DONE) return backup.getTotalPageCount();
    if (waits >= kMaxWaits) {
      throw SQLite::Exception("the archive stayed locked by another process for 30 s", rc);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace

Result<BackupReport> BackupArchive(SQLite::Database& source, const std::string& dest_path,
                                   const BackupOptions& options) {
  struct stat dest_st;
  if (::stat(dest_path.c_str(), &dest_st) == 0) {
    struct stat source_st;
    if (::stat(source.getFilename().c_str(), &source_st) == 0 &&
        source_st.st_dev == dest_st.st_dev && source_st.st_ino == dest_st.st_ino) {
      return Status::Error(Status::Code::kRefused, "is the archive itself; back it up elsewhere",
                           dest_path);
    }
    if (S_ISDIR(dest_st.st_mode)) return IoError(dest_path, "is a directory, not a file name");
    if (!options.force) {
      return Status::Error(Status::Code::kAlreadyExists,
                           "already exists; pass --force to replace it", dest_path);
    }
  }
  const std::string dir = DirectoryOf(dest_path);
  struct stat dir_st;
  if (::stat(dir.c_str(), &dir_st) != 0 || !S_ISDIR(dir_st.st_mode)) {
    return IoError(dest_path, "directory " + dir + " does not exist");
  }

  BackupReport report;
  report.removed_stale = RemoveStaleTemps(dir, dest_path);
  TempDatabaseFile temp(TempPathFor(dest_path, ::getpid()));
  try {
    SQLite::Database dest(temp.path(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    report.pages = CopyPages(dest, source);
    // The copied header keeps the source's WAL mode; a backup is better as one plain file.
    dest.exec("PRAGMA journal_mode = DELETE");
    SQLite::Statement check(dest, "PRAGMA quick_check");
    if (!check.executeStep() || check.getColumn(0).getString() != "ok") {
      return IoError(dest_path, "the copy failed its quick_check; nothing was written");
    }
  } catch (const SQLite::Exception& e) {
    return IoError(dest_path, std::string("cannot back up ") + source.getFilename() + ": " +
                                  e.what() + "; nothing was written");
  }

  struct stat temp_st;
  if (::stat(temp.path().c_str(), &temp_st) != 0 || !SyncPath(temp.path(), O_RDONLY)) {
    return IoError(dest_path, "cannot sync the copy: " + ErrnoText() + "; nothing was written");
  }
  report.bytes = temp_st.st_size;
  // Side files left by an older database at dest would be replayed into the new copy.
  for (const char* side : kSideFiles) ::unlink((dest_path + side).c_str());
  if (::rename(temp.path().c_str(), dest_path.c_str()) != 0) {
    return IoError(dest_path, "cannot rename the finished copy into place: " + ErrnoText());
  }
  temp.Release();
  SyncPath(dir, O_RDONLY | O_DIRECTORY);
  return report;
}

}  // namespace newsarchive
