// The output options every command that prints rows shares (--format, --output, --bom,
// --excel-safe), and OutputTarget, which binds a RowWriter to standard output or to a file that
// only appears, complete, when the command succeeds.
//
// Format: --format when given; otherwise the --output file's extension (.csv .tsv .json .jsonl
// .ndjson .md .markdown .txt); otherwise `table`, on a terminal or not. --bom and --excel-safe
// apply to csv and tsv only; asking for them with another format is an error.
#ifndef NEWSARCHIVE_CLI_OUTPUT_OPTIONS_H_
#define NEWSARCHIVE_CLI_OUTPUT_OPTIONS_H_

#include <fstream>
#include <ostream>
#include <streambuf>
#include <memory>
#include <string>

#include "base/status.h"
#include "output/row_writer.h"

namespace CLI {
class App;
}

namespace newsarchive {

struct OutputOptions {
  std::string format;       // --format; empty: from the --output extension, else table
  std::string output_path;  // --output/-o; empty or "-": standard output
  bool bom = false;         // --bom: UTF-8 byte order mark (csv, tsv); implies excel_safe
  bool excel_safe = false;  // --excel-safe: text cells starting = + - @ get a leading '
};

// Adds --format, --output/-o, --bom and --excel-safe to `cmd`, storing into *options (which
// must outlive the parse). An unknown --format is a usage error listing the choices.
void AddOutputOptions(CLI::App* cmd, OutputOptions* options);

// The format `options` ask for, as described above; kInvalidInput for an unknown name or for
// --bom/--excel-safe with a format other than csv or tsv.
Result<OutputFormat> ResolveOutputFormat(const OutputOptions& options);

// Columns a table may use on standard output: the terminal's width (TIOCGWINSZ) when stdout is
// a terminal, else $COLUMNS when it is a positive number, else 0 for no limit.
int StdoutWidth();

// An ostream buffer writing to a file descriptor it owns, remembering the errno of a failed
// write. For outputs that are not regular files (a device, a FIFO, a symbolic link).
class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd);
  ~FdStreamBuf() override;
  FdStreamBuf(const FdStreamBuf&) = delete;
  FdStreamBuf& operator=(const FdStreamBuf&) = delete;

  // Flushes and closes; false when a write or the close failed (error() says why).
  bool Close();
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  int sync() override;

 private:
  bool Flush();

  int fd_;
  int error_ = 0;
  char buffer_[1 << 16];
};

// Where one command's rows go. Rows for a regular file (or a name not taken yet) are written to
// a temporary file beside it (FILE.tmp-XXXXXX) and renamed over FILE by Commit, so a failed or
// interrupted command never leaves a half-written FILE; without Commit the temporary file is
// removed. Anything else (a device such as /dev/null, a FIFO, a symbolic link) is written
// straight through, so the node or link itself is never replaced. The archive itself (by device
// and inode: any spelling, a symbolic link, a hard link) is never a target.
class OutputTarget {
 public:
  // Opens the target `options` name. kInvalidInput for a bad format (see ResolveOutputFormat);
  // kRefused when the file is the archive at `archive_path` (or one of its -wal, -shm, -journal
  // files); kIoError naming the path when the file cannot be created, or a FIFO has no reader
  // (opening never waits).
  static Result<std::unique_ptr<OutputTarget>> Open(const OutputOptions& options,
                                                    const std::string& archive_path = "");
  ~OutputTarget();
  OutputTarget(const OutputTarget&) = delete;
  OutputTarget& operator=(const OutputTarget&) = delete;

  RowWriter& writer() { return *writer_; }
  // Where the writer writes, for text that is not rows (`show`).
  std::ostream& stream();
  OutputFormat format() const { return format_; }
  bool to_file() const { return !path_.empty(); }
  // Whether what is written shows before Commit (standard output, a device, a FIFO): output cut
  // short must then say so itself.
  bool shows_partial() const { return temp_path_.empty(); }

  // Flushes, and for a file closes it and renames it into place. kIoError naming the path when
  // a write failed (a full disk) or the rename did; the temporary file is then removed.
  Status Commit();

 private:
  OutputTarget() = default;

  OutputFormat format_ = OutputFormat::kTable;
  std::string path_;       // empty for standard output
  std::string temp_path_;  // the file being written, until Commit; empty when written straight
  std::ofstream file_;
  std::unique_ptr<FdStreamBuf> direct_buf_;  // a file written straight through
  std::unique_ptr<std::ostream> direct_;
  std::unique_ptr<RowWriter> writer_;
  bool committed_ = false;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_CLI_OUTPUT_OPTIONS_H_
