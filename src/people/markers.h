// Bracketed notes inside transcripts: non-speech markers such as "(SOUNDBITE OF MUSIC)",
// "(LAUGHTER)", "[music]", inline notes such as "(Through interpreter)" or "(as Stu Price)", and
// separator lines ("___", "---").
#ifndef NEWSARCHIVE_PEOPLE_MARKERS_H_
#define NEWSARCHIVE_PEOPLE_MARKERS_H_

#include <string>
#include <string_view>

namespace newsarchive {

enum class NoteKind {
  kSound,        // LAUGHTER, CROSSTALK, APPLAUSE, [music]: not speech, the turn goes on
  kClip,         // SOUNDBITE OF ..., BEGIN VIDEOTAPE, BREAK: what follows is someone else
  kInterpreter,  // Through interpreter, Through Translator
  kAnnotation,   // as Stu Price, Singing, voice-over: a known kind of note about the speech
  kOther,        // any other note in mixed case: "(Hydrologist)", "(Mocking)"
  kUncertain,    // ph: stays in the text
};

// What the text inside a pair of brackets is (without the brackets).
NoteKind ClassifyNote(std::string_view inside);

// When `s` starts with "(...)" or "[...]" (nesting allowed), returns its length including the
// brackets; 0 otherwise. Scans at most `limit` bytes.
size_t LeadingGroupLength(std::string_view s, size_t limit = 400);

// When `s` ends with a bracketed group, returns the offset of its opening bracket; npos otherwise.
size_t TrailingGroupStart(std::string_view s, size_t limit = 400);

// A line of only underscores, dashes, asterisks or equals signs (3 or more): a section break.
bool IsSeparatorLine(std::string_view trimmed);

// The stored form of an inline note: "Singing" -> "singing", "As mailman" -> "as mailman",
// "VOICE-OVER" -> "voice-over"; names inside keep their case ("as Stu Price").
std::string AnnotationText(std::string_view inside);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PEOPLE_MARKERS_H_
