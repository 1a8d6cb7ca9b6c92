// The manual page newsarchive(1), generated from the command-line definition (cli/cli_reference.h)
// at build time (`newsarchive _generate man`): every command with its description, options,
// positionals and examples; the reports; exit codes (cli/exit_codes.h); environment; files.
#ifndef NEWSARCHIVE_CLI_MAN_PAGE_H_
#define NEWSARCHIVE_CLI_MAN_PAGE_H_

#include <string>

#include "cli/cli_reference.h"

namespace newsarchive {

// The page in man(7) markup, for `program` at `version` ("0.1.0").
std::string RenderManPage(const CommandRef& program, const std::string& version);

// `text` as one line of troff text: backslashes, leading dots and quotes, option dashes and
// non-ASCII characters escaped; `code` spans in bold.
std::string TroffText(const std::string& text);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_CLI_MAN_PAGE_H_
