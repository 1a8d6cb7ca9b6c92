// Shell completion scripts for bash and zsh, generated from the command-line definition
// (cli/cli_reference.h) at build time (`newsarchive _generate bash|zsh`): commands, options,
// option values (formats, report names, file names: see ValueKind) and positionals.
#ifndef NEWSARCHIVE_CLI_SHELL_COMPLETION_H_
#define NEWSARCHIVE_CLI_SHELL_COMPLETION_H_

#include <string>

#include "cli/cli_reference.h"

namespace newsarchive {

// For share/bash-completion/completions/NAME: tables of the commands, options and values, and one
// function that reads them; needs bash 4.2 and nothing from the bash-completion package.
std::string RenderBashCompletion(const CommandRef& program);

// For share/zsh/site-functions/_NAME (or vendor-completions): an _arguments spec per command.
std::string RenderZshCompletion(const CommandRef& program);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_CLI_SHELL_COMPLETION_H_
