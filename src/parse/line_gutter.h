// The line numbers a court reporter's pleading paper prints down the left margin ("14   MS.
// WARDELL: ..."), 1 to 25 or so on every page: not part of what anyone said, and in the way of
// every label. Found by their run, not by any one line, so a story whose lines happen to open
// with a figure keeps them.
#ifndef NEWSARCHIVE_PARSE_LINE_GUTTER_H_
#define NEWSARCHIVE_PARSE_LINE_GUTTER_H_

#include <string_view>
#include <vector>

namespace newsarchive {

// When most of the non-blank `lines` (trimmed) open with a line number and the numbers count up
// page by page, removes each line's number and the space after it (a line of the number alone
// becomes blank) and returns true; otherwise leaves `lines` as they are and returns false.
bool StripLineNumberGutter(std::vector<std::string_view>* lines);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_LINE_GUTTER_H_
