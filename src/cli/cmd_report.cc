// Placeholder until the report command is written.
#include "cli/commands.h"

namespace newsarchive {

void SetupReportCommand(CLI::App&, const GlobalOptions&, int*) {}

}  // namespace newsarchive
