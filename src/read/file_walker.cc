// A depth-first walk with an explicit stack: each directory is listed once (readdir), its names
// sorted, and visited in order, descending into subdirectories as they come. The d_type from
// readdir spares a stat() for plain files and directories; symbolic links and unknown types are
// stat()ed to follow them. Directories are remembered by (device, inode) so that one reached
// twice, through a link loop or two links, is walked once.
#include "read/file_walker.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <string_view>

namespace newsarchive {
namespace {

std::string Join(const std::string& dir, std::string_view name) {
  std::string path = dir;
  if (path.empty() || path.back() != '/') path += '/';
  path.append(name.data(), name.size());
  return path;
}

// kIgnored for a directory entry IsIgnoredInDirectories names, else kFile.
WalkEntry::Kind IgnoredKind(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return IsIgnoredInDirectories(slash == std::string::npos ? path : path.substr(slash + 1))
             ? WalkEntry::Kind::kIgnored
             : WalkEntry::Kind::kFile;
}

std::string ErrnoText(int error) {
  if (error == ENOENT) return "no such file or directory";
  std::string text = std::strerror(error);
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

}  // namespace

bool IsIgnoredInDirectories(const std::string& name) {
  size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return false;
  std::string extension = name.substr(dot + 1);
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* ignored : {"md", "markdown", "rst", "db", "sqlite", "sqlite3", "db-wal",
                              "db-shm", "db-journal", "sqlite-wal", "sqlite-shm",
                              "sqlite-journal", "sqlite3-wal", "sqlite3-shm", "sqlite3-journal"}) {
    if (extension == ignored) return true;
  }
  return false;
}

FileWalker::FileWalker(std::vector<std::string> roots) : roots_(std::move(roots)) {}

bool FileWalker::Enter(const std::string& path, WalkEntry* entry) {
  DIR* dir = ::opendir(path.c_str());
  if (dir == nullptr) {
    *entry = {WalkEntry::Kind::kUnreadable, path, "cannot read directory: " + ErrnoText(errno)};
    return false;
  }
  Frame frame;
  frame.path = path;
  while (const dirent* d = ::readdir(dir)) {
    std::string_view name = d->d_name;
    if (name.empty() || name[0] == '.') continue;  // ".", ".." and hidden files
    frame.entries.push_back({static_cast<uint32_t>(frame.names.size()),
                             static_cast<uint32_t>(name.size()), d->d_type});
    frame.names.append(name.data(), name.size());
  }
  ::closedir(dir);
  const std::string& names = frame.names;
  std::sort(frame.entries.begin(), frame.entries.end(),
            [&names](const Frame::Name& a, const Frame::Name& b) {
              return std::string_view(names).substr(a.offset, a.length) <
                     std::string_view(names).substr(b.offset, b.length);
            });
  stack_.push_back(std::move(frame));
  return true;
}

bool FileWalker::Visit(const std::string& path, unsigned char type, bool is_root,
                       WalkEntry* entry) {
  if (!is_root && type == DT_REG) {
    *entry = {IgnoredKind(path), path, ""};
    return true;
  }
  if (is_root && path.empty()) {
    *entry = {WalkEntry::Kind::kUnreadable, path, "'' (an empty name) names no file"};
    return true;
  }
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) {
    int error = errno;
    struct stat link;
    bool dangling = error == ENOENT && ::lstat(path.c_str(), &link) == 0;
    // Inside a directory a link that leads nowhere (or to itself) is no transcript the user
    // asked for: it is left out with a warning rather than failing the import.
    if (!is_root && (dangling || error == ELOOP)) {
      *entry = {WalkEntry::Kind::kSkipped, path,
                dangling ? "broken symbolic link; skipped" : "symbolic link loop; skipped"};
      return true;
    }
    *entry = {WalkEntry::Kind::kUnreadable, path,
              dangling ? "broken symbolic link" : ErrnoText(error)};
    return true;
  }
  if (S_ISDIR(info.st_mode)) {
    if (!visited_dirs_.emplace(info.st_dev, info.st_ino).second) {
      *entry = {WalkEntry::Kind::kSkipped, path,
                is_root ? "directory already walked (named more than once); skipped"
                        : "directory already walked (a symbolic link loop?); skipped"};
      return true;
    }
    return !Enter(path, entry);
  }
  if (!is_root && !S_ISREG(info.st_mode)) {
    *entry = {WalkEntry::Kind::kSkipped, path, "not a regular file; skipped"};
    return true;
  }
  *entry = {is_root ? WalkEntry::Kind::kFile : IgnoredKind(path), path, ""};
  return true;
}

bool FileWalker::Next(WalkEntry* entry) {
  for (;;) {
    if (!stack_.empty()) {
      Frame& top = stack_.back();
      if (top.next == top.entries.size()) {
        stack_.pop_back();
        continue;
      }
      const Frame::Name& name = top.entries[top.next++];
      std::string path =
          Join(top.path, std::string_view(top.names).substr(name.offset, name.length));
      if (Visit(path, name.type, false, entry)) return true;
      continue;
    }
    if (next_root_ == roots_.size()) return false;
    const std::string& root = roots_[next_root_++];
    if (root == "-") {
      *entry = {WalkEntry::Kind::kStdin, "-", ""};
      return true;
    }
    if (Visit(root, DT_UNKNOWN, true, entry)) return true;
  }
}

}  // namespace newsarchive
