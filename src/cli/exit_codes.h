// The process exit codes, one meaning each; documented in the README.
#ifndef NEWSARCHIVE_CLI_EXIT_CODES_H_
#define NEWSARCHIVE_CLI_EXIT_CODES_H_

namespace newsarchive {

enum ExitCode {
  kExitOk = 0,           // everything asked for was done
  kExitError = 1,        // the command failed: bad input, nothing matched, refused query
  kExitUsage = 2,        // the command line itself was wrong
  kExitPartial = 3,      // import: some files were imported or skipped, others rejected
  kExitDatabase = 4,     // the database could not be opened, is corrupt, newer, or read-only
  kExitLocked = 5,       // another process kept the archive locked past the busy timeout
  kExitInterrupted = 130,  // stopped by Ctrl-C (SIGINT) after finishing the current unit of work
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_CLI_EXIT_CODES_H_
