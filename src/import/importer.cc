// One file's way through the importer: read (refusing more than max_file_bytes), hash, and if
// these bytes are already in the archive stop there, before decoding or parsing (so importing
// an archive's sources again is quick); else decode, parse, fill in what the options give and the
// text did not, and store. Every expected failure becomes a kRejected report naming the file and,
// where the parser knows it, the line; the walk goes on with the next file.
#include "import/importer.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "attribute/prose_attribution.h"
#include "base/calendar.h"
#include "base/sha256.h"
#include "parse/transcript_parser.h"
#include "read/file_walker.h"
#include "read/text_decode.h"
#include "read/text_reader.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

bool IsIsoDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int year = std::stoi(text.substr(0, 4));
  const int month = std::stoi(text.substr(5, 2));
  const int day = std::stoi(text.substr(8, 2));
  return IsCalendarDate(year, month, day);
}

// "268 bytes", "64 MiB", "200.5 MiB".
std::string SizeText(int64_t bytes) {
  if (bytes < (1 << 20)) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  char text[32];
  if (bytes % (1 << 20) == 0) {
    std::snprintf(text, sizeof(text), "%lld MiB", static_cast<long long>(bytes >> 20));
  } else {
    std::snprintf(text, sizeof(text), "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  }
  return text;
}

// The file's name without directories and without its last extension: a title of last resort.
std::string TitleFromPath(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot != std::string::npos && dot > 0) name.erase(dot);
  return name;
}

}  // namespace

Status ValidateImportOptions(const ImportOptions& options) {
  if (!options.date.empty() && !IsIsoDate(options.date)) {
    return Status::InvalidInput("--date must be a calendar date written YYYY-MM-DD, not '" +
                                options.date + "'");
  }
  if (options.max_file_bytes <= 0) return Status::InvalidInput("the file size limit must be positive");
  return Status::Ok();
}

const char* FileOutcomeName(FileOutcome outcome) {
  switch (outcome) {
    case FileOutcome::kImported: return "imported";
    case FileOutcome::kReplaced: return "replaced";
    case FileOutcome::kAlreadyImported: return "already imported";
    case FileOutcome::kSkipped: return "skipped";
    case FileOutcome::kRejected: return "rejected";
    case FileOutcome::kParsed: return "parsed";
    case FileOutcome::kIgnored: return "ignored";
  }
  return "rejected";
}

Importer::Importer(Archive* archive, ImportOptions options)
    : options_(std::move(options)), stdin_(&std::cin) {
  if (!options_.dry_run) archive_ = archive;
}

Importer::~Importer() = default;

Status Importer::ReadFile(const std::string& path, bool is_stdin, std::string* bytes) {
  const int64_t limit = options_.max_file_bytes;
  const std::string too_big = "over the limit of " + SizeText(limit) + " for one transcript; not read";
  bytes->clear();
  if (is_stdin) {
    char buffer[1 << 16];
    while (stdin_->read(buffer, sizeof(buffer)) || stdin_->gcount() > 0) {
      bytes->append(buffer, static_cast<size_t>(stdin_->gcount()));
      if (static_cast<int64_t>(bytes->size()) > limit) {
        bytes->clear();
        return Status::InvalidInput("standard input is " + too_big, path);
      }
    }
    if (stdin_->bad()) return Status::Error(Status::Code::kIoError, "cannot read standard input", path);
    return Status::Ok();
  }

  // O_NONBLOCK: a FIFO with no writer opens at once (and then reads as empty) instead of
  // waiting in open() where Ctrl-C cannot reach it.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    return Status::Error(Status::Code::kIoError,
                         errno == ENOENT ? "no such file (did it vanish during the import?)"
                                         : std::string("cannot open: ") + std::strerror(errno),
                         path);
  }
  struct stat info;
  if (::fstat(fd, &info) != 0 || (!S_ISREG(info.st_mode) && !S_ISFIFO(info.st_mode))) {
    ::close(fd);
    return Status::InvalidInput("not a regular file or a pipe; not read (- reads standard input)",
                                path);
  }
  const bool is_pipe = S_ISFIFO(info.st_mode);
  if (!is_pipe) {
    if (info.st_size > limit) {
      ::close(fd);
      return Status::InvalidInput("file is " + SizeText(info.st_size) + ", " + too_big, path);
    }
    bytes->reserve(static_cast<size_t>(info.st_size));
  }
  char buffer[1 << 16];
  for (;;) {
    ssize_t got = ::read(fd, buffer, sizeof(buffer));
    if (got < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN && is_pipe) {  // a writer is there but has sent nothing yet
        if (cancel_ != nullptr && cancel_->load()) {
          ::close(fd);
          bytes->clear();
          return Status::Error(Status::Code::kIoError, "interrupted while reading", path);
        }
        pollfd ready{fd, POLLIN, 0};
        ::poll(&ready, 1, 100);  // and look at the cancel flag every 100 ms
        continue;
      }
      int error = errno;
      ::close(fd);
      return Status::Error(Status::Code::kIoError,
                           std::string("cannot read: ") + std::strerror(error), path);
    }
    if (got == 0) break;
    bytes->append(buffer, static_cast<size_t>(got));
    if (static_cast<int64_t>(bytes->size()) > limit) {  // a file that grew, or a pipe
      ::close(fd);
      bytes->clear();
      return Status::InvalidInput("file is " + too_big, path);
    }
  }
  ::close(fd);
  return Status::Ok();
}

void Importer::ImportBytes(const std::string& path, std::string bytes, FileReport* report) {
  report->path = path;
  report->bytes = static_cast<int64_t>(bytes.size());
  report->outcome = FileOutcome::kRejected;
  report->article = nullptr;
  const std::string sha256 = Sha256Hex(bytes);
  if (archive_ != nullptr) {
    if (int64_t existing = archive_->FindBySha256(sha256)) {
      report->outcome = FileOutcome::kAlreadyImported;
      report->article_id = existing;
      report->status = Status::Error(Status::Code::kAlreadyExists,
                                     "already imported (article " + std::to_string(existing) + ")",
                                     path);
      return;
    }
  }

  Result<DecodedText> decoded = DecodeText(bytes);
  // Memory stays proportional to the file: each copy of the text is let go once the next one
  // is made (the bytes once decoded, the document once parsed).
  std::string().swap(bytes);
  if (!decoded.ok()) {
    report->status = decoded.status().WithFile(path);
    return;
  }
  report->encoding = decoded->encoding;
  report->warnings = decoded->warnings;
  Result<Article> parsed = ParseDocument(TextDocument(decoded->text, path));
  if (!parsed.ok()) {
    report->status = parsed.status().WithFile(path);
    return;
  }
  article_ = std::move(*parsed);
  AttributeProse(&article_);
  report->warnings.insert(report->warnings.end(), article_.warnings.begin(),
                          article_.warnings.end());
  if (article_.source.empty()) article_.source = options_.source;
  if (article_.program.empty()) article_.program = options_.program;
  if (article_.url.empty()) article_.url = options_.url;
  if (article_.published_on.empty()) article_.published_on = options_.date;
  if (article_.title.empty()) {
    article_.title = TitleFromPath(path == "-" ? "standard input" : path);
    report->warnings.push_back({0, "no headline found; the title is the file name"});
  }
  report->article = &article_;
  if (archive_ == nullptr) {
    report->outcome = FileOutcome::kParsed;
    return;
  }

  SourceInfo source{path, std::move(decoded->text), sha256, decoded->encoding};
  Result<StoreResult> stored = archive_->ImportArticle(article_, source, options_.replace);
  if (!stored.ok()) {
    report->status = stored.status().WithFile(path);
    report->article = nullptr;
    return;
  }
  report->article_id = stored->article_id;
  switch (stored->outcome) {
    case StoreOutcome::kImported: report->outcome = FileOutcome::kImported; break;
    case StoreOutcome::kReplaced: report->outcome = FileOutcome::kReplaced; break;
    case StoreOutcome::kAlreadyImported:
      report->outcome = FileOutcome::kAlreadyImported;
      report->status = Status::Error(Status::Code::kAlreadyExists, stored->message, path);
      break;
    case StoreOutcome::kOtherVersion:
      report->outcome = FileOutcome::kSkipped;
      report->status = Status::Error(Status::Code::kAlreadyExists, stored->message, path);
      break;
  }
}

void Importer::Count(FileOutcome outcome) {
  if (outcome == FileOutcome::kIgnored) {
    ++summary_.ignored;
    return;
  }
  ++summary_.files;
  switch (outcome) {
    case FileOutcome::kImported: ++summary_.imported; break;
    case FileOutcome::kReplaced: ++summary_.replaced; break;
    case FileOutcome::kAlreadyImported: ++summary_.already_imported; break;
    case FileOutcome::kSkipped: ++summary_.skipped; break;
    case FileOutcome::kRejected: ++summary_.rejected; break;
    case FileOutcome::kParsed: ++summary_.parsed; break;
    case FileOutcome::kIgnored: break;
  }
}

ImportSummary Importer::Run(const std::vector<std::string>& paths,
                            const ImportCallbacks& callbacks) {
  summary_ = ImportSummary();
  cancel_ = callbacks.cancel;
  // A first walk only counts, so progress can show a total; listing directories is cheap
  // beside reading and parsing what is in them.
  WalkEntry entry;
  for (FileWalker counter(paths); counter.Next(&entry);) {
    if (entry.kind != WalkEntry::Kind::kSkipped && entry.kind != WalkEntry::Kind::kIgnored) {
      ++summary_.files_total;
    }
  }

  std::string bytes;
  FileWalker walker(paths);
  while (walker.Next(&entry)) {
    if (callbacks.cancel != nullptr && callbacks.cancel->load()) {
      summary_.interrupted = true;
      break;
    }
    FileReport report;
    report.path = entry.path;
    if (entry.kind == WalkEntry::Kind::kIgnored) {
      Count(FileOutcome::kIgnored);
      continue;
    }
    if (entry.kind == WalkEntry::Kind::kSkipped) {
      Count(FileOutcome::kIgnored);
      report.outcome = FileOutcome::kIgnored;
      report.status = Status::Error(Status::Code::kRefused, entry.message, entry.path);
      if (callbacks.on_file) callbacks.on_file(report);
      continue;
    }
    if (entry.kind == WalkEntry::Kind::kUnreadable) {
      report.status = Status::Error(Status::Code::kIoError, entry.message, entry.path);
    } else {
      Status read = ReadFile(entry.path, entry.kind == WalkEntry::Kind::kStdin, &bytes);
      if (read.ok()) {
        ImportBytes(entry.path, std::move(bytes), &report);
      } else {
        report.status = read;
      }
    }
    Count(report.outcome);
    summary_.bytes += report.bytes;
    summary_.warnings += static_cast<int64_t>(report.warnings.size());
    if (callbacks.on_file) callbacks.on_file(report);
    if (callbacks.on_progress) {
      callbacks.on_progress({summary_.files, summary_.files_total, summary_.bytes});
    }
  }
  bytes.clear();
  bytes.shrink_to_fit();
  return summary_;
}

}  // namespace newsarchive
