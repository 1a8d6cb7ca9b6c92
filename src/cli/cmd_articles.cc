// Placeholder until the articles command is written.
#include "cli/commands.h"

namespace newsarchive {

void SetupArticlesCommand(CLI::App&, const GlobalOptions&, int*) {}

}  // namespace newsarchive
