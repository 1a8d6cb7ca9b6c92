#include "cli/output_options.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <vector>

namespace newsarchive {

namespace {

bool IsStdout(const std::string& path) { return path.empty() || path == "-"; }

Status IoError(const std::string& path, const std::string& what) {
  return Status::Error(Status::Code::kIoError, "cannot write " + path + ": " + what);
}

// The mode a new file would get from open(0666) under the current umask.
mode_t DefaultFileMode() {
  const mode_t mask = umask(0);
  umask(mask);
  return 0666 & ~mask;
}

}  // namespace

void AddOutputOptions(CLI::App* cmd, OutputOptions* options) {
  const CLI::Validator known_format(
      [](std::string& name) {
        Result<OutputFormat> format = ParseOutputFormat(name);
        return format.ok() ? std::string() : format.status().message();
      },
      "", "FORMAT");
  cmd->add_option("--format", options->format,
                  "table, csv, tsv, json, jsonl (ndjson), markdown (md);\n"
                  "default: from the --output extension, else table")
      ->type_name("FORMAT")
      ->check(known_format)
      ->group("Output");
  cmd->add_option("-o,--output", options->output_path,
                  "Write to FILE, not standard output; FILE appears only\n"
                  "when the command succeeds. Its extension picks the\n"
                  "format when --format is not given")
      ->type_name("FILE")
      ->group("Output");
  cmd->add_flag("--bom", options->bom,
                "csv/tsv: start with a UTF-8 byte order mark, for\n"
                "spreadsheet programs (turns on --excel-safe)")
      ->group("Output");
  cmd->add_flag("--excel-safe", options->excel_safe,
                "csv/tsv: put ' before text cells that begin with\n"
                "= + - @ tab or CR, so a spreadsheet shows them as\n"
                "text and never runs them as formulas")
      ->group("Output");
}

Result<OutputFormat> ResolveOutputFormat(const OutputOptions& options) {
  OutputFormat format = OutputFormat::kTable;
  if (!options.format.empty()) {
    Result<OutputFormat> parsed = ParseOutputFormat(options.format);
    if (!parsed.ok()) return parsed.status();
    format = *parsed;
  } else if (!IsStdout(options.output_path)) {
    format = FormatFromExtension(options.output_path).value_or(OutputFormat::kTable);
  }
  if ((options.bom || options.excel_safe) && format != OutputFormat::kCsv &&
      format != OutputFormat::kTsv) {
    return Status::InvalidInput(std::string(options.bom ? "--bom" : "--excel-safe") +
                                " applies to csv and tsv output, not " + OutputFormatName(format));
  }
  return format;
}

int StdoutWidth() {
  if (isatty(STDOUT_FILENO)) {
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  }
  if (const char* columns = std::getenv("COLUMNS")) {
    char* end = nullptr;
    const long value = std::strtol(columns, &end, 10);
    if (end != columns && *end == '\0' && value > 0 && value < 100000) {
      return static_cast<int>(value);
    }
  }
  return 0;
}

FdStreamBuf::FdStreamBuf(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof(buffer_)); }

FdStreamBuf::~FdStreamBuf() { Close(); }

bool FdStreamBuf::Flush() {
  const char* data = pbase();
  size_t left = static_cast<size_t>(pptr() - pbase());
  while (left > 0 && error_ == 0) {
    const ssize_t wrote = ::write(fd_, data, left);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote < 0 && errno == EAGAIN) {  // a FIFO opened without blocking: wait for room
      pollfd room{fd_, POLLOUT, 0};
      ::poll(&room, 1, -1);
      continue;
    }
    if (wrote <= 0) {
      error_ = wrote < 0 ? errno : EIO;
      break;
    }
    data += wrote;
    left -= static_cast<size_t>(wrote);
  }
  setp(buffer_, buffer_ + sizeof(buffer_));
  return error_ == 0;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type c) {
  if (!Flush()) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

int FdStreamBuf::sync() { return Flush() ? 0 : -1; }

bool FdStreamBuf::Close() {
  if (fd_ < 0) return error_ == 0;
  Flush();
  if (::close(fd_) != 0 && error_ == 0) error_ = errno;
  fd_ = -1;
  return error_ == 0;
}

namespace {

// Whether `info` is the archive at `archive_path` or one of the files SQLite keeps beside it.
bool IsArchiveFile(const struct stat& info, const std::string& archive_path) {
  if (archive_path.empty()) return false;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    struct stat archive {};
    if (::stat((archive_path + suffix).c_str(), &archive) == 0 && archive.st_dev == info.st_dev &&
        archive.st_ino == info.st_ino) {
      return true;
    }
  }
  return false;
}

// Opens what is at `path` (not a regular file) for writing straight through, never waiting:
// a FIFO with no reader is an error rather than a hang. A symbolic link is followed; one that
// points to nothing yet creates its target.
Result<int> OpenStraight(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_NONBLOCK | O_NOCTTY | O_CLOEXEC,
                        0666);
  if (fd < 0) {
    if (errno == ENXIO) return IoError(path, "it is a FIFO and nothing is reading it");
    return IoError(path, std::strerror(errno));
  }
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && ::ftruncate(fd, 0) != 0) {
    const std::string reason = std::strerror(errno);
    ::close(fd);
    return IoError(path, reason);
  }
  const int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  return fd;
}

}  // namespace

Result<std::unique_ptr<OutputTarget>> OutputTarget::Open(const OutputOptions& options,
                                                         const std::string& archive_path) {
  Result<OutputFormat> format = ResolveOutputFormat(options);
  if (!format.ok()) return format.status();
  std::unique_ptr<OutputTarget> target(new OutputTarget());
  target->format_ = *format;
  WriterOptions writer_options;
  writer_options.bom = options.bom;
  writer_options.excel_safe = options.excel_safe;
  if (IsStdout(options.output_path)) {
    writer_options.max_width = StdoutWidth();
    target->writer_ = MakeRowWriter(*format, std::cout, writer_options);
    return target;
  }

  const std::string& path = options.output_path;
  struct stat existing {};
  const bool exists = stat(path.c_str(), &existing) == 0;
  if (exists && IsArchiveFile(existing, archive_path)) {
    return Status::Error(Status::Code::kRefused,
                         "--output " + path + " is the archive itself; nothing was written");
  }
  if (exists && S_ISDIR(existing.st_mode)) return IoError(path, "it is a directory");
  struct stat node {};
  const bool is_node = lstat(path.c_str(), &node) == 0;
  target->path_ = path;
  if (is_node && !S_ISREG(node.st_mode)) {
    Result<int> fd = OpenStraight(path);
    if (!fd.ok()) return fd.status();
    target->direct_buf_ = std::make_unique<FdStreamBuf>(*fd);
    target->direct_ = std::make_unique<std::ostream>(target->direct_buf_.get());
    target->writer_ = MakeRowWriter(*format, *target->direct_, writer_options);
    return target;
  }
  // A unique name beside FILE, so the rename stays on one file system and two runs never
  // write into each other's temporary file.
  std::vector<char> name(path.begin(), path.end());
  for (const char c : std::string(".tmp-XXXXXX")) name.push_back(c);
  name.push_back('\0');
  const int fd = mkstemp(name.data());
  if (fd < 0) return IoError(path, std::strerror(errno));
  // mkstemp makes the file 0600; give it the mode FILE has, or the one a new file would get.
  fchmod(fd, exists ? (existing.st_mode & 07777) : DefaultFileMode());
  close(fd);
  target->temp_path_ = name.data();
  target->file_.open(target->temp_path_, std::ios::binary | std::ios::trunc);
  if (!target->file_) {
    const std::string reason = std::strerror(errno);
    std::remove(target->temp_path_.c_str());
    target->temp_path_.clear();
    return IoError(path, reason);
  }
  target->writer_ = MakeRowWriter(*format, target->file_, writer_options);
  return target;
}

std::ostream& OutputTarget::stream() {
  if (!to_file()) return std::cout;
  if (direct_ != nullptr) return *direct_;
  return file_;
}

OutputTarget::~OutputTarget() {
  if (!committed_ && !temp_path_.empty()) {
    file_.close();
    std::remove(temp_path_.c_str());
  }
}

Status OutputTarget::Commit() {
  if (!to_file()) {
    std::cout.flush();
    if (!std::cout) {
      return Status::Error(Status::Code::kIoError, "cannot write to standard output");
    }
    committed_ = true;
    return Status::Ok();
  }
  if (direct_buf_ != nullptr) {
    direct_->flush();
    if (!direct_buf_->Close()) return IoError(path_, std::strerror(direct_buf_->error()));
    committed_ = true;
    return Status::Ok();
  }
  file_.flush();
  const bool written = static_cast<bool>(file_);
  file_.close();
  if (!written || file_.fail()) return IoError(path_, "write failed (is the disk full?)");
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    return IoError(path_, std::strerror(errno));
  }
  committed_ = true;
  return Status::Ok();
}

}  // namespace newsarchive
