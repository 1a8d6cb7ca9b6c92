#include "cli/output_options.h"

#include <fcntl.h>
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

Result<std::unique_ptr<OutputTarget>> OutputTarget::Open(const OutputOptions& options) {
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
  if (exists && S_ISDIR(existing.st_mode)) return IoError(path, "it is a directory");
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
  target->path_ = path;
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
