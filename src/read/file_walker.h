// The files an import reads, from the paths on its command line: files as given, directories
// recursively in sorted (byte) order, "-" for standard input. Directories are read one at a time,
// as the walk reaches them, so memory does not grow with the size of the tree.
#ifndef NEWSARCHIVE_READ_FILE_WALKER_H_
#define NEWSARCHIVE_READ_FILE_WALKER_H_

#include <sys/types.h>

#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace newsarchive {

struct WalkEntry {
  enum class Kind {
    kFile,        // a file to read (a regular file, or whatever a path given explicitly names)
    kStdin,       // "-": read standard input
    kUnreadable,  // a path that cannot be walked: missing, unreadable directory, broken link
    kSkipped,     // left out, with a reason worth telling: a symbolic link loop, a socket or FIFO
    kIgnored,     // left out quietly: inside a directory, a file that is surely no transcript
                  // (IsIgnoredInDirectories: README.md next to the transcripts, an archive file)
  };
  Kind kind = Kind::kFile;
  std::string path;     // the root as given, joined with "/" and the names below it
  std::string message;  // why, for kUnreadable and kSkipped
};

// True for names a directory walk leaves out: documentation (.md, .markdown, .rst) and SQLite
// files (.db, .sqlite, .sqlite3 and their -wal, -shm, -journal companions), so that a README or the
// archive itself beside the transcripts is not read as one. Any other file is tried: a binary or
// empty one is then rejected with a reason, which is more useful than silence.
bool IsIgnoredInDirectories(const std::string& name);

class FileWalker {
 public:
  explicit FileWalker(std::vector<std::string> roots);

  // Stores the next entry in *entry and returns true, or returns false when the walk is done.
  // Inside directories, names starting with '.' are left out silently, IsIgnoredInDirectories
  // names are kIgnored, and a directory already walked (reached again through a symbolic link)
  // is a kSkipped entry, so loops end. Paths given as roots are always kFile (or kStdin).
  bool Next(WalkEntry* entry);

 private:
  // One directory being walked: its entries' names packed in one string, sorted by offset.
  struct Frame {
    std::string path;
    std::string names;
    struct Name {
      uint32_t offset;
      uint32_t length;
      unsigned char type;  // d_type
    };
    std::vector<Name> entries;
    size_t next = 0;
  };

  // Reads a directory into a new frame; false (with *entry filled) when it cannot be read.
  bool Enter(const std::string& path, WalkEntry* entry);
  // Classifies `path` (a root or a directory entry); true when *entry is to be returned.
  bool Visit(const std::string& path, unsigned char type, bool is_root, WalkEntry* entry);

  std::vector<std::string> roots_;
  size_t next_root_ = 0;
  std::vector<Frame> stack_;
  std::set<std::pair<dev_t, ino_t>> visited_dirs_;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_FILE_WALKER_H_
