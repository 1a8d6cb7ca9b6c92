// Placeholder until the migrate command is written.
#include "cli/commands.h"

namespace newsarchive {

void SetupMigrateCommand(CLI::App&, const GlobalOptions&, int*) {}

}  // namespace newsarchive
