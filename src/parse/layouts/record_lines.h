// Pieces shared by the layouts of records that say who speaks in their own lines (courts,
// briefings, parliaments, earnings calls): names read as labels, labels credited to someone
// else's name, and the furniture such records share (clock times, parenthetical notes).
#ifndef NEWSARCHIVE_PARSE_LAYOUTS_RECORD_LINES_H_
#define NEWSARCHIVE_PARSE_LAYOUTS_RECORD_LINES_H_

#include <string>
#include <string_view>

#include "parse/layout.h"
#include "people/speaker_label.h"

namespace newsarchive {

// Reads `name` ("Mr. Cormac Halvorsen", "MR. HALVORSEN", "Ines Vaszary") as a label naming a
// person; false when it is not shaped like one or names no person.
bool NameAsLabel(std::string_view name, SpeakerLabel* label);

// `person` credited with a label printed otherwise ("Q" for the examining attorney), its speech
// starting at `speech` in its line.
SpeakerLabel CreditedLabel(const SpeakerLabel& person, std::string_view printed, size_t speech);

// A label of no person ("Q", "Operator", "Hon. Members"), printed as given.
SpeakerLabel NoPersonLabel(std::string_view printed, size_t speech);

// A clock time alone on its line, perhaps in parentheses or with a zone: "2.31 pm",
// "1:14 p.m. EDT", "(10:03 a.m.)", "12:50 P.M. EST", "END 1:39 P.M. EDT".
bool IsClockLine(std::string_view line);

// A whole line in parentheses or brackets: "(Whereupon, the deposition was concluded.)".
bool IsParentheticalLine(std::string_view line);

// "Q.", "Q:", "A.", "A:", or the letter alone or followed by two spaces or a tab, opening a
// line: the letter ('Q' or 'A'), with *speech where the speech starts; 0 when not so.
char QuestionAnswerLetter(std::string_view line, size_t* speech);

// The line's first word, without the punctuation after it.
std::string_view FirstWord(std::string_view line);

// Where the speech starts after a line's first `skip` bytes (spaces skipped).
size_t SpeechAfter(std::string_view line, size_t skip);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_LAYOUTS_RECORD_LINES_H_
