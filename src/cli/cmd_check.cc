// Placeholder until the check command is written.
#include "cli/commands.h"

namespace newsarchive {

void SetupCheckCommand(CLI::App&, const GlobalOptions&, int*) {}

}  // namespace newsarchive
