// Placeholder until the backup command is written.
#include "cli/commands.h"

namespace newsarchive {

void SetupBackupCommand(CLI::App&, const GlobalOptions&, int*) {}

}  // namespace newsarchive
