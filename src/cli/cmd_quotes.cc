// Placeholder until the quotes command is written.
#include "cli/commands.h"

namespace newsarchive {

void SetupQuotesCommand(CLI::App&, const GlobalOptions&, int*) {}

}  // namespace newsarchive
