// Placeholder until the query command is written.
#include "cli/commands.h"

namespace newsarchive {

void SetupQueryCommand(CLI::App&, const GlobalOptions&, int*) {}

}  // namespace newsarchive
