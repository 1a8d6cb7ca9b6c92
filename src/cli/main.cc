// newsarchive: turns news transcripts into a searchable record of who said what.
// main() wires the commands together and is the one place unexpected errors are caught.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/version.h"
#include "store/archive.h"

int main(int argc, char** argv) {
  using namespace newsarchive;
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
  SetupServeCommand(app, global, &exit_code);
  SetupGenerateCommand(app, global, &exit_code);  // hidden: the manual page and completions

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  } catch (const DatabaseError& e) {
    std::cerr << "newsarchive: database error: " << e.what() << " (" << global.db_path << ")\n";
    return kExitDatabase;
  } catch (const std::exception& e) {
    std::cerr << "newsarchive: error: " << e.what() << "\n";
    return kExitError;
  }
  return exit_code;
}
