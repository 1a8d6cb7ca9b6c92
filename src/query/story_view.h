// A story reassembled for reading: its header, then each turn as `Speaker (role): text`, with text
// no one is credited with as plain paragraphs, and the direct and reported quotes found in them
// marked in place and named under their paragraph. This is what `newsarchive show` prints as a
// table.
#ifndef NEWSARCHIVE_QUERY_STORY_VIEW_H_
#define NEWSARCHIVE_QUERY_STORY_VIEW_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"

namespace newsarchive {

class Archive;

// A direct or reported quote of the story, numbered in story order from 1.
struct ProseNote {
  int number = 0;
  std::string kind;     // "direct", "reported"
  std::string speaker;  // empty for an unnamed source
  std::string role;
  std::string unnamed_source;  // "a bureau engineer"; empty when the speaker is named
};

// Bytes [begin, end) of a turn's text belong to prose quote `number` (a quote over several
// paragraphs has one mark in each).
struct ProseMark {
  size_t begin = 0;
  size_t end = 0;
  int number = 0;
};

struct StoryTurn {
  std::string speaker;  // empty for unattributed text; the label for a turn with no person
  std::string role;     // the speaker's roles in the story, joined with "; "; may be empty
  bool via_interpreter = false;
  std::string annotation;  // "singing", "as Stu Price"; may be empty
  std::string text;        // paragraphs joined by "\n\n"
  std::vector<ProseMark> marks;  // in order, not overlapping
  std::vector<int> notes;        // the prose quotes that start here (numbers)
  int64_t position = 0;    // in the story, from 1
  std::string start_time;  // "00:01:23.450" (captions, exports); empty when not known
};

struct Story {
  int64_t id = 0;
  std::string title;
  std::string date;  // each header field may be empty
  std::string source;
  std::string program;
  std::string dateline;
  std::string url;
  std::string summary;
  std::vector<StoryTurn> turns;  // story order
  std::vector<ProseNote> notes;  // notes[n - 1] is prose quote n
};

// Places a prose quote found in turn `found_in` (0-based) at characters [start, end) of it, where
// a quote that runs past its turn continues in the next ones as if they were joined by a blank
// line (as the store counts). Adds the note and the marks; false (nothing added) when the place
// is outside the story.
bool PlaceProseQuote(Story* story, size_t found_in, int64_t start, int64_t end, ProseNote note);

// Reads article `article_id` and its quotes (see StoryQuery). kNotFound when there is no such
// article.
Result<Story> LoadStory(Archive& archive, int64_t article_id);

// The story as text: the title, a line of date, source, program and dateline, the URL, the
// summary, then one paragraph per turn: "[00:01:23.450] Speaker (role) [through interpreter]:
// text" (the start time only for a turn that has one), with each
// prose quote's words between ⟦ and ⟧[n], and under the paragraph where it starts a line
// "  [n] direct: Speaker (role)" or "  [n] reported: unnamed source (a bureau engineer)".
std::string FormatStory(const Story& story);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_QUERY_STORY_VIEW_H_
