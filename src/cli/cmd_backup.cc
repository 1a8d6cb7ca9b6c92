// newsarchive backup FILE: a consistent copy of the archive, taken while others keep using it.
#include <CLI/CLI.hpp>

#include <iostream>
#include <string>

#include "base/text_util.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "store/archive_backup.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

struct BackupCommandOptions {
  std::string dest;
  bool force = false;
};

int RunBackup(const GlobalOptions& global, const BackupCommandOptions& options) {
  auto db = Archive::Open(global.db_path, ArchiveMode::kReadOnly);
  if (!db.ok()) {
    std::cerr << "newsarchive backup: " << db.status().WithFile(global.db_path).ToString() << "\n";
    return kExitDatabase;
  }
  BackupOptions backup_options;
  backup_options.force = options.force;
  Result<BackupReport> report = (*db)->Backup(options.dest, backup_options);
  if (!report.ok()) {
    std::cerr << "newsarchive backup: " << report.status().ToString() << "\n";
    return kExitError;
  }
  for (const std::string& stale : report->removed_stale) {
    std::cerr << "newsarchive backup: removed " << TerminalSafe(stale)
              << ", left by an earlier backup that was stopped before it finished\n";
  }
  if (!global.quiet) {
    std::cerr << "backed up " << global.db_path << " to " << options.dest << " ("
              << report->bytes / 1024 << " KiB, " << report->pages << " pages)\n";
  }
  return kExitOk;
}

}  // namespace

void SetupBackupCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<BackupCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "backup",
      "Copy the archive to FILE as it stands at one moment, using SQLite's online backup: other\n"
      "commands (even an import) may go on using the archive meanwhile. FILE appears only when\n"
      "the copy is complete and checked; an existing FILE is kept unless --force.\n\n"
      "Example:\n"
      "  newsarchive --db archive.db backup archive-2024-06-01.db");
  cmd->add_option("FILE", options->dest, "Where to write the copy")->required();
  cmd->add_flag("-f,--force", options->force, "Replace FILE if it exists");
  cmd->callback([&global, options, exit_code] { *exit_code = RunBackup(global, *options); });
}

}  // namespace newsarchive
