// What the read-only guards of both backends share: reading SQL text without a database (the
// first keyword of a statement, comments skipped) and the one refusal message.
#ifndef NEWSARCHIVE_STORE_SQL_TEXT_H_
#define NEWSARCHIVE_STORE_SQL_TEXT_H_

#include <string>

#include "base/status.h"

namespace newsarchive {

// The first word of a statement's SQL, upper-cased, comments skipped: "VACUUM", "WITH"; "the
// statement" when there is none.
std::string FirstKeyword(const char* sql);

// kRefused "refused: query is read-only (WHY)".
Status ReadOnlyRefusal(const std::string& why);

// Whether `keyword` (as FirstKeyword returns it) starts a statement that only reads: SELECT,
// WITH, VALUES, TABLE. (A WITH may still hold a write; the backend's own guard catches that.)
bool IsReadingKeyword(const std::string& keyword);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_STORE_SQL_TEXT_H_
