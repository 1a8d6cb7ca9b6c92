#include "cli/version.h"

#include "cli/project_version.h"
#include "store/archive.h"

namespace newsarchive {

std::string ProgramVersion() { return kProjectVersion; }

std::string VersionText() {
  return std::string(kProgramName) + " " + ProgramVersion() + "\nschema " +
         std::to_string(SchemaVersion()) + "\nSQLite " + SqliteLibraryVersion();
}

}  // namespace newsarchive
