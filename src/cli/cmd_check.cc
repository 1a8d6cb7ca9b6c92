// newsarchive check: integrity, foreign-key and full-text checks, and orphans, in one report.
#include <CLI/CLI.hpp>

#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "store/archive_check.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

struct CheckOptions {
  bool all = false;  // list every finding kept, not only the first few per check
};

std::string Plural(int64_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

void PrintResult(const CheckResult& result, size_t shown, std::ostream& out) {
  out << result.name << std::string(result.name.size() < 18 ? 18 - result.name.size() : 1, ' ');
  if (result.ok()) {
    out << "ok\n";
    return;
  }
  std::string counts;
  if (result.errors > 0) counts = Plural(result.errors, "error");
  if (result.warnings > 0) {
    counts += (counts.empty() ? "" : ", ") + Plural(result.warnings, "warning");
  }
  out << counts << "\n";
  size_t i = 0;
  for (; i < result.findings.size() && i < shown; ++i) {
    const CheckFinding& f = result.findings[i];
    out << "  " << CheckSeverityName(f.severity) << ": " << f.message << "\n";
  }
  const int64_t rest = result.errors + result.warnings - static_cast<int64_t>(i);
  if (rest > 0) out << "  ... and " << rest << " more\n";
}

int RunCheck(const GlobalOptions& global, const CheckOptions& options) {
  // Read-only, whatever the file holds: an empty or old file is reported, never created or
  // migrated (the full-text indexes are then compared by row id: see CheckArchive).
  Result<CheckReport> checked = Archive::CheckFile(global.db_path);
  if (!checked.ok()) {
    std::cerr << "newsarchive check: " << checked.status().ToString()
              << "\n";
    return kExitDatabase;
  }
  const CheckReport& report = *checked;
  const size_t shown = options.all ? static_cast<size_t>(kMaxFindingsPerCheck) : 10;
  for (const CheckResult& result : report.checks) PrintResult(result, shown, std::cout);
  std::cout << global.db_path << ": " << Plural(report.errors(), "error") << ", "
            << Plural(report.warnings(), "warning") << "\n";
  return report.errors() > 0 ? kExitDatabase : kExitOk;
}

}  // namespace

void SetupCheckCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check",
      "Check the archive: file integrity, foreign keys, full-text indexes, half-written articles,\n"
      "quotes and mentions in the prose that point outside their paragraph, orphans (people\n"
      "with no quotes, no roles and no mentions) and the kept per-person counts. Opens the file\n"
      "read-only: changes, creates and migrates nothing. Exits 0 when no error is found\n"
      "(warnings allowed), 4 when the archive is damaged or not an archive.\n\n"
      "Example:\n"
      "  newsarchive --db archive.db check");
  cmd->add_flag("--all", options->all, "List up to 100 findings per check instead of 10");
  cmd->callback([&global, options, exit_code] { *exit_code = RunCheck(global, *options); });
}

}  // namespace newsarchive
