// newsarchive _generate man|bash|zsh: the manual page or a completion script, from the very
// definitions --help shows (cli/cli_reference.h). Hidden (group ""): the build runs it after
// linking the binary (CMakeLists.txt) and installs what it writes.
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "cli/cli_reference.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/man_page.h"
#include "cli/shell_completion.h"
#include "cli/version.h"

namespace newsarchive {
namespace {

struct GenerateOptions {
  std::string what;
  std::string output_path;
};

int RunGenerate(const CLI::App& app, const GenerateOptions& options) {
  const CommandRef program = DescribeApp(app, kProgramName);
  std::string text;
  if (options.what == "man") text = RenderManPage(program, ProgramVersion());
  if (options.what == "bash") text = RenderBashCompletion(program);
  if (options.what == "zsh") text = RenderZshCompletion(program);
  if (options.output_path.empty() || options.output_path == "-") {
    std::cout << text;
    return std::cout.flush() ? kExitOk : kExitError;
  }
  std::ofstream out(options.output_path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    std::cerr << "newsarchive: cannot write " << options.output_path << "\n";
    return kExitError;
  }
  return kExitOk;
}

}  // namespace

void SetupGenerateCommand(CLI::App& app, const GlobalOptions&, int* exit_code) {
  auto options = std::make_shared<GenerateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "_generate", "Write the manual page (man) or the bash or zsh completion script");
  cmd->group("");  // hidden from --help, the manual and the completions
  cmd->add_option("WHAT", options->what, "man, bash or zsh")
      ->check(CLI::IsMember({"man", "bash", "zsh"}))
      ->required();
  cmd->add_option("-o,--output", options->output_path, "Write to FILE, not standard output")
      ->type_name("FILE");
  const CLI::App* root = &app;
  cmd->callback([root, options, exit_code] { *exit_code = RunGenerate(*root, *options); });
}

}  // namespace newsarchive
