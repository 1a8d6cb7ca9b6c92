// What `newsarchive --version` prints: the program's version (CMake's project(VERSION), through
// the generated cli/project_version.h), the schema it writes and the SQLite library it runs on.
#ifndef NEWSARCHIVE_CLI_VERSION_H_
#define NEWSARCHIVE_CLI_VERSION_H_

#include <string>

namespace newsarchive {

inline constexpr char kProgramName[] = "newsarchive";

// "0.1.0"
std::string ProgramVersion();

// "newsarchive 0.1.0\nschema 2\nSQLite 3.40.1" (no final newline: CLI11 adds it).
std::string VersionText();

}  // namespace newsarchive

#endif  // NEWSARCHIVE_CLI_VERSION_H_
