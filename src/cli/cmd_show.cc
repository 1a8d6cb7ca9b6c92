// Placeholder until the show command is written.
#include "cli/commands.h"

namespace newsarchive {

void SetupShowCommand(CLI::App&, const GlobalOptions&, int*) {}

}  // namespace newsarchive
