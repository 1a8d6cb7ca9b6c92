// A story reassembled for reading: its header, then each turn as `Speaker (role): text`, with text
// no one is credited with as plain paragraphs. This is what `newsarchive show` prints as a table.
#ifndef NEWSARCHIVE_QUERY_STORY_VIEW_H_
#define NEWSARCHIVE_QUERY_STORY_VIEW_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"

namespace newsarchive {

class Archive;

struct StoryTurn {
  std::string speaker;  // empty for unattributed text; the label for a turn with no person
  std::string role;     // the speaker's roles in the story, joined with "; "; may be empty
  bool via_interpreter = false;
  std::string annotation;  // "singing", "as Stu Price"; may be empty
  std::string text;        // paragraphs joined by "\n\n"
  int64_t position = 0;    // in the story, from 1
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
};

// Reads article `article_id` and its quotes (see StoryQuery). kNotFound when there is no such
// article.
Result<Story> LoadStory(Archive& archive, int64_t article_id);

// The story as text: the title, a line of date, source, program and dateline, the URL, the
// summary, then one paragraph per turn: "Speaker (role) [through interpreter]: text".
std::string FormatStory(const Story& story);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_QUERY_STORY_VIEW_H_
