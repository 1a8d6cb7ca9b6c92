// Each command lives in its own src/cli/cmd_<name>.cc and adds itself to the app with one Setup
// function. The callback it installs stores the command's exit code in *exit_code.
#ifndef NEWSARCHIVE_CLI_COMMANDS_H_
#define NEWSARCHIVE_CLI_COMMANDS_H_

#include <string>

namespace CLI {
class App;
class Option;
}

namespace newsarchive {

struct GlobalOptions {
  std::string db_path = "archive.db";  // --db, or NEWSARCHIVE_DB
  bool quiet = false;                  // --quiet: no progress or summary lines on stderr
};

void SetupImportCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void SetupMigrateCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void SetupQuotesCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void SetupPeopleCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void SetupArticlesCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void SetupShowCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void SetupReportCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void SetupQueryCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void SetupCheckCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void SetupBackupCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void SetupCopyCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void SetupVerifyCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
void SetupServeCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);
// Hidden: `_generate man|bash|zsh` writes the manual page or a completion script from `app`.
void SetupGenerateCommand(CLI::App& app, const GlobalOptions& global, int* exit_code);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_CLI_COMMANDS_H_
