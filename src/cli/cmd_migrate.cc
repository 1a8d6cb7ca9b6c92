// newsarchive migrate: brings an archive's schema up to date (Archive::Open does this on every
// read-write open; this command does it on purpose and says what it did), or with --status
// lists every migration of this binary as applied or pending.
#include <CLI/CLI.hpp>
#include <sys/stat.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/output_options.h"
#include "cli/query_command.h"
#include "store/archive.h"
#include "store/migrator.h"

namespace newsarchive {
namespace {

struct MigrateOptions {
  bool status = false;
  OutputOptions output;
};

int Refuse(const Status& status) {
  std::cerr << "newsarchive migrate: " << status.ToString() << "\n";
  return kExitDatabase;
}

int RunMigrate(const GlobalOptions& global, const MigrateOptions& options) {
  Result<std::vector<MigrationState>> states = Archive::ReadMigrationStates(global.db_path);
  if (!states.ok()) return Refuse(states.status());

  if (options.status) {
    std::vector<Row> rows;
    for (const MigrationState& s : *states) {
      rows.push_back({Cell::Integer(s.version), Cell::Text(s.name),
                      Cell::Text(s.applied ? "applied" : "pending"),
                      s.applied ? Cell::Text(s.applied_at) : Cell::Null()});
    }
    return WriteRows(options.output, {"version", "migration", "state", "applied_at"}, rows,
                     global.db_path);
  }

  std::vector<std::string> pending;
  for (const MigrationState& s : *states) {
    if (!s.applied) pending.push_back(s.name);
  }
  auto db = Archive::Open(global.db_path, ArchiveMode::kReadWrite);  // applies them
  if (!db.ok()) return Refuse(db.status());
  for (const std::string& name : pending) std::cout << "applied " << name << "\n";
  if (!global.quiet) {
    std::cerr << global.db_path << ": "
              << (pending.empty() ? "schema is up to date"
                                  : "applied " + std::to_string(pending.size()) + " migration" +
                                        (pending.size() == 1 ? "" : "s"))
              << " (version " << (states->empty() ? 0 : states->back().version) << ")\n";
  }
  return kExitOk;
}

}  // namespace

void SetupMigrateCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<MigrateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "migrate",
      "Apply the schema migrations this newsarchive has and the archive lacks (every command that\n"
      "writes does this too), each in its own transaction. An archive written by a newer\n"
      "newsarchive, or with a migration that was changed after it was applied, is refused and\n"
      "left untouched. --status lists every migration as applied (with when) or pending.");
  cmd->add_flag("--status", options->status, "List the migrations and whether each is applied");
  AddOutputOptions(cmd, &options->output);
  cmd->footer(
      "Examples:\n"
      "  newsarchive migrate --status\n"
      "  newsarchive --db old-archive.db migrate\n");
  cmd->callback([&global, options, exit_code] { *exit_code = RunMigrate(global, *options); });
}

}  // namespace newsarchive
