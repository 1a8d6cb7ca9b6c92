// newsarchive copy --from SRC --to DST: the whole archive from one backend to another (a file or
// a postgresql:// URL either side), ids kept; the work is store/archive_copy.h.
#include <CLI/CLI.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "base/text_util.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/interrupt.h"
#include "cli/progress_bar.h"
#include "store/archive.h"
#include "store/archive_copy.h"

namespace newsarchive {
namespace {

struct CopyCommandOptions {
  std::string from;
  std::string to;
  bool replace = false;
};

bool IsPostgres(const std::string& path) {
  return path.rfind("postgresql://", 0) == 0 || path.rfind("postgres://", 0) == 0;
}

bool Exists(const std::string& path) {
  struct stat info;
  return ::lstat(path.c_str(), &info) == 0;
}

// A destination file this command created is removed again when the copy does not complete.
void RemoveCreated(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::remove((path + suffix).c_str());
}

int RunCopy(const GlobalOptions& global, const CopyCommandOptions& options) {
  const char* const kName = "newsarchive copy: ";
  const std::string shown_from = TerminalSafe(options.from);
  const std::string shown_to = TerminalSafe(options.to);
  if (options.from == options.to) {
    std::cerr << kName << "--from and --to name the same archive (" << shown_from
              << "); nothing copied\n";
    return kExitError;
  }
  auto from = Archive::Open(options.from, ArchiveMode::kReadOnly);
  if (!from.ok()) {
    std::cerr << kName << "--from: " << from.status().WithFile(options.from).ToString() << "\n";
    return kExitDatabase;
  }
  const bool created = !IsPostgres(options.to) && !Exists(options.to);
  auto to = Archive::Open(options.to, ArchiveMode::kReadWrite);
  if (!to.ok()) {
    std::cerr << kName << "--to: " << to.status().WithFile(options.to).ToString() << "\n";
    return kExitDatabase;
  }
  auto discard = [&] {
    to->reset();
    if (created) RemoveCreated(options.to);
  };

  std::unique_ptr<ProgressBar> bar;
  InterruptScope interrupt;
  CopyOptions copy;
  copy.replace = options.replace;
  copy.interrupt = &InterruptScope::Flag();
  copy.progress = [&](int64_t done, int64_t total) {
    if (bar == nullptr) bar = std::make_unique<ProgressBar>(total, "rows", !global.quiet);
    bar->Update(done);
  };
  const auto start = std::chrono::steady_clock::now();
  Result<CopyReport> report = Status::Ok();
  try {
    report = CopyArchive(**from, **to, copy);
  } catch (const DatabaseError&) {
    bar.reset();
    discard();
    throw;  // main says what failed (kExitDatabase, or kExitLocked)
  }
  bar.reset();
  if (!report.ok()) {
    discard();
    std::cerr << "newsarchive " << report.status().message() << "\n";  // "copy: ..."
    if (interrupt.interrupted()) return kExitInterrupted;
    return report.status().code() == Status::Code::kIoError ? kExitDatabase : kExitError;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  char line[128];
  std::snprintf(line, sizeof line, "%-16s %12s %12s\n", "table", "source", "destination");
  std::cout << line;
  for (const CopyTableCount& count : report->tables) {
    std::snprintf(line, sizeof line, "%-16s %12lld %12lld\n", count.table.c_str(),
                  static_cast<long long>(count.source), static_cast<long long>(count.destination));
    std::cout << line;
  }
  if (!global.quiet) {
    std::snprintf(line, sizeof line, "%.1f", seconds);
    std::cerr << "copied " << report->rows << " rows from " << shown_from << " to " << shown_to
              << " in " << line << " s; every table's count matches";
    if (report->rows_replaced > 0) {
      std::cerr << " (" << report->rows_replaced << " rows it held before were deleted)";
    }
    std::cerr << "\n";
  }
  return kExitOk;
}

}  // namespace

void SetupCopyCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<CopyCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "copy",
      "Copy a whole archive from one place to another: a SQLite file or a PostgreSQL database\n"
      "(postgresql://...) either side. Every table is copied with its ids, in one transaction on\n"
      "the destination (a failure or Ctrl-C leaves it as it was), the search indexes are built\n"
      "there, and the row count of every table is compared at the end and printed. A destination\n"
      "that already holds rows is refused unless --replace. --db is not used.\n\n"
      "Examples:\n"
      "  newsarchive copy --from archive.db --to postgresql://news@db.example.org/newsroom\n"
      "  newsarchive copy --from postgresql://news@db.example.org/newsroom --to snapshot.db");
  cmd->add_option("--from", options->from, "The archive to copy: a file or a postgresql:// URL")
      ->required();
  cmd->add_option("--to", options->to,
                  "Where to copy it: a file (created if missing) or a postgresql:// URL")
      ->required();
  cmd->add_flag("--replace", options->replace,
                "Delete whatever the destination holds first (in the same transaction)");
  cmd->callback([&global, options, exit_code] { *exit_code = RunCopy(global, *options); });
}

}  // namespace newsarchive
