// Edit distance and "did you mean ...?" suggestions for names a user mistyped (a report name, a
// person's name part).
#ifndef NEWSARCHIVE_BASE_EDIT_DISTANCE_H_
#define NEWSARCHIVE_BASE_EDIT_DISTANCE_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsarchive {

// Levenshtein distance between `a` and `b` counted in bytes (insertions, deletions, substitutions
// of one byte each cost 1).
size_t EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word`, or "" when none is within `max_distance` edits. A candidate that
// starts with `word` (a truncated name) also counts as close. Ties go to the earliest candidate.
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates,
                         size_t max_distance);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_BASE_EDIT_DISTANCE_H_
