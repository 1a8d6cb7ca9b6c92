// The process exit codes, one meaning each. kExitCodeMeanings says what each means; the manual
// page's EXIT STATUS section is generated from it (cli/man_page.h) and the README's table follows
// it. A new code needs its line in both lists (tests/cli/exit_codes_test.cc checks they agree).
#ifndef NEWSARCHIVE_CLI_EXIT_CODES_H_
#define NEWSARCHIVE_CLI_EXIT_CODES_H_

namespace newsarchive {

enum ExitCode {
  kExitOk = 0,
  kExitError = 1,
  kExitUsage = 2,
  kExitPartial = 3,
  kExitDatabase = 4,
  kExitLocked = 5,
  kExitInterrupted = 130,
};

struct ExitCodeMeaning {
  ExitCode code;
  const char* meaning;
};

inline constexpr ExitCodeMeaning kExitCodeMeanings[] = {
    {kExitOk, "everything asked for was done (an import of files already there included)"},
    {kExitError,
     "the command failed: bad input, every file rejected, nothing matched, an ambiguous name, a "
     "refused query"},
    {kExitUsage, "the command line itself was wrong"},
    {kExitPartial, "import: some files were imported or skipped, others rejected"},
    {kExitDatabase,
     "the database could not be opened, or is corrupt, newer than this binary, read-only or not "
     "an archive"},
    {kExitLocked,
     "another process kept the archive locked for longer than the 5 s busy timeout (nothing is "
     "wrong with it: run the command again)"},
    {kExitInterrupted,
     "stopped by Ctrl-C (SIGINT) after finishing the current unit of work; an import keeps every "
     "transcript it finished"},
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_CLI_EXIT_CODES_H_
