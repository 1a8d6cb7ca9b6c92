// Placeholder until the import command is written.
#include "cli/commands.h"

namespace newsarchive {

void SetupImportCommand(CLI::App&, const GlobalOptions&, int*) {}

}  // namespace newsarchive
