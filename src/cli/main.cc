// newsarchive: turns news transcripts into a searchable record of who said what.
// main() wires the commands together and is the one place unexpected errors are caught.
#include <CLI/CLI.hpp>
#include <poll.h>

#include <csignal>
#include <cstdlib>
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/version.h"
#include "store/archive.h"

namespace {

// Whether standard output is a pipe nobody reads any more (`newsarchive quotes | head -1`).
bool StdoutReaderGone() {
  pollfd out{1, POLLOUT, 0};
  return ::poll(&out, 1, 0) == 1 && (out.revents & POLLERR) != 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsarchive;
  // A write to standard output that fails (a closed pipe, a full disk) ends the command at
  // once: SIGPIPE is ignored so that it is an error we see, and std::cout throws on it.
  std::signal(SIGPIPE, SIG_IGN);
  std::cout.exceptions(std::ios::badbit);
  CLI::App app{
      "newsarchive: import news transcripts into a SQLite archive of articles, people, roles and\n"
      "quotes, then ask it who said what.\n\n"
      "Example:\n"
      "  newsarchive import samples/\n"
      "  newsarchive quotes --person Trump --format csv"};
  app.set_version_flag("--version", VersionText,
                       "Print the version, the schema version and the SQLite version, and exit");
  app.require_subcommand(1);
  app.fallthrough();

  GlobalOptions global;
  app.add_option("--db", global.db_path, "Archive database file")
      ->type_name("FILE")
      ->envname("NEWSARCHIVE_DB")
      ->capture_default_str();
  app.add_flag("-q,--quiet", global.quiet, "No progress or summary lines on stderr");

  int exit_code = kExitOk;
  SetupImportCommand(app, global, &exit_code);
  SetupMigrateCommand(app, global, &exit_code);
  SetupQuotesCommand(app, global, &exit_code);
  SetupPeopleCommand(app, global, &exit_code);
  SetupArticlesCommand(app, global, &exit_code);
  SetupShowCommand(app, global, &exit_code);
  SetupReportCommand(app, global, &exit_code);
  SetupVerifyCommand(app, global, &exit_code);
  SetupQueryCommand(app, global, &exit_code);
  SetupCheckCommand(app, global, &exit_code);
  SetupBackupCommand(app, global, &exit_code);
  SetupCopyCommand(app, global, &exit_code);
  SetupServeCommand(app, global, &exit_code);
  SetupGenerateCommand(app, global, &exit_code);  // hidden: the manual page and completions

  try {
    app.parse(argc, argv);
    std::cout.flush();
  } catch (const std::ios_base::failure&) {
    // No second throw from here on: std::cerr flushes std::cout before each write.
    std::cout.exceptions(std::ios::goodbit);
    // The reader of a pipe that closed has what it wanted; anything else is worth a line.
    if (!StdoutReaderGone()) std::cerr << "newsarchive: cannot write to standard output\n";
    return kExitError;
  } catch (const CLI::ParseError& e) {
    std::cout.exceptions(std::ios::goodbit);
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  } catch (const DatabaseError& e) {
    std::cout.exceptions(std::ios::goodbit);
    std::cerr << "newsarchive: database error: " << e.what() << " (" << global.db_path << ")"
              << (e.locked() ? "; another process kept the archive locked past the 5 s busy "
                               "timeout, nothing is wrong with it: run the command again"
                             : "")
              << "\n";
    return e.locked() ? kExitLocked : kExitDatabase;
  } catch (const std::exception& e) {
    std::cout.exceptions(std::ios::goodbit);
    std::cerr << "newsarchive: error: " << e.what() << "\n";
    return kExitError;
  }
  return exit_code;
}
