// PersonLookup: turns what a user typed after --person into one person of the archive.
#ifndef NEWSARCHIVE_QUERY_PERSON_LOOKUP_H_
#define NEWSARCHIVE_QUERY_PERSON_LOOKUP_H_

#include <cstdint>
#include <string>

#include "base/status.h"


namespace newsarchive {

class Archive;

struct PersonRef {
  int64_t id = 0;
  std::string name;
};

// Finds the one person `what` names. Accepted, in this order of precedence: an id ("12"); a full
// name ("donald TRUMP", "Juan Gonzalez" for Juan González); a label spelling recorded in
// person_aliases ("PRES. DONALD TRUMP"); one or more whole name parts in any order ("Trump",
// "gonzalez", "jong un"). Case, accents, apostrophes and periods do not matter (see NameKey).
// Unidentified speakers ("Unidentified Man #2") are found by id only.
// Errors: kAmbiguous when several people match, naming each with its id; kNotFound when none does,
// with "did you mean ...?" when a name is close; kInvalidInput for empty input.
Result<PersonRef> FindPerson(Archive& archive, const std::string& what);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_QUERY_PERSON_LOOKUP_H_
