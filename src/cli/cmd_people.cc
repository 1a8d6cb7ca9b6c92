// Placeholder until the people command is written.
#include "cli/commands.h"

namespace newsarchive {

void SetupPeopleCommand(CLI::App&, const GlobalOptions&, int*) {}

}  // namespace newsarchive
