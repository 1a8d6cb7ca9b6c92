// Speaker labels at the start of a line: "AYESHA RASCOE, BYLINE:", "PRES. DONALD TRUMP:",
// "Mr. BILL MOYERS (Author, "Title: Subtitle"):", "WOLF BLITZER, CNN ANCHOR (voice-over):",
// "Donald Trump (00:03):", ">> host:". Parsing one line says what the label holds and how strong
// a label it is; whether a weak (mixed-case) label counts is the parser's decision, made with the
// whole story in view.
#ifndef NEWSARCHIVE_PEOPLE_SPEAKER_LABEL_H_
#define NEWSARCHIVE_PEOPLE_SPEAKER_LABEL_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/article.h"

namespace newsarchive {

struct SpeakerLabel {
  std::string printed;       // the label as printed, without the colon: "AYESHA RASCOE, BYLINE"
  std::string name_printed;  // the name part as printed, title and honorific included:
                             // "PRES. DONALD TRUMP", "Mr. KYLE", "RASCOE"
  std::string name;          // the name alone, as printed: "DONALD TRUMP", "KYLE"
  std::string honorific;     // "Mr." / "Ms." when printed
  std::vector<Role> roles;   // from a title before the name, ", Role" parts and "(Role)"
  std::string annotation;    // "voice-over"
  bool via_interpreter = false;
  bool all_caps = false;   // the name is printed in capitals: a strong label
  bool has_role = false;   // a ", Role" part or a role in parentheses
  bool timestamp = false;  // Rev-style "(00:03)" after the name: a strong label
  bool caption = false;    // after a ">>" caption marker
  bool given = false;      // named by the format itself (a dataset's speaker, a caption's
                           // voice, an export's turn line): a strong label
  bool generic = false;    // only generic words: "UNIDENTIFIED MAN #2", "ANNOUNCER", "host"
  bool unidentified_word = false;  // opens with "UNIDENTIFIED", "Unknown"...
  // A part in the proceedings, not a person: "Q", "A", "QUESTION", "Operator", "Hon. Members".
  // Its turns are credited to no one (unless a layout says who asks and who answers), and it
  // is a label on sight, in any case: such a line never continues the turn before it.
  bool no_person = false;
  size_t start = 0;        // offset of the label in the line (after ">>" or leading markers)
  size_t speech = 0;       // offset of the speech after the colon and spaces (line size if none)

  // Strong labels are taken on sight; weak ones only when the story confirms them.
  bool strong() const {
    return all_caps || timestamp || caption || given || no_person ||
           (generic && unidentified_word);
  }
};

// Parses the label that opens `line`, if any. Leading spaces, a ">>" caption marker and
// non-speech markers such as "(CROSSTALK)" before the label are skipped. Returns false when the
// line does not open with something shaped like a label: no colon followed by a space or the end
// of the line, a name part that is too long, holds sentence punctuation or digits (clock times,
// "Part 4"), starts with a lowercase word, or is a known non-label ("Next Up", "Transcript").
bool ParseSpeakerLabel(std::string_view line, SpeakerLabel* label);

// True for a label's whole name that is a part, never a person: "Q", "A", "Question", "Operator",
// "Hon. Members" (compared without case).
bool IsNoPersonLabel(std::string_view name);

// What a line that opens like a label is, whether or not ParseSpeakerLabel takes it: one to five
// capitalized words, a colon, and more text. kLabel for a speaker's label of any kind ("The
// Thornfield Review: You have said ...", "Pellegrino: ..."), kFurniture for a heading word
// ("NOTE: ...", "Correction: ..."), kNone for anything else (a sentence starter or connective
// such as "Look: the plan ...", "Then: nothing", lower-case words, digits, roles after a comma).
enum class LabelShape { kNone, kLabel, kFurniture };
LabelShape LabelShapeOf(std::string_view line);

// ParseSpeakerLabel with a memory: each distinct label is analysed once, so the many turns of
// one speaker cost nothing more than a lookup.
class SpeakerLabelParser {
 public:
  // Call before each story: forgets everything once more than a few thousand labels are held,
  // so the labels returned while one story is read stay valid until the next call.
  void BeginStory();

  // The label opening `line`, or null. The returned label is shared by every line printed the
  // same way: its `start` and `speech` are those of the first such line; this line's are
  // stored in *start and *speech.
  const SpeakerLabel* Parse(std::string_view line, size_t* start, size_t* speech);

 private:
  static constexpr size_t kMaxRemembered = 4096;
  std::unordered_map<std::string, std::optional<SpeakerLabel>> memo_;  // body + caption mark
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PEOPLE_SPEAKER_LABEL_H_
