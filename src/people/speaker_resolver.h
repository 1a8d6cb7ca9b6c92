// From labels to people: decides which turns one speaker speaks, what their name is in proper
// case, and which roles their labels give them.
#ifndef NEWSARCHIVE_PEOPLE_SPEAKER_RESOLVER_H_
#define NEWSARCHIVE_PEOPLE_SPEAKER_RESOLVER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/article.h"
#include "people/name_mentions.h"
#include "people/speaker_label.h"

namespace newsarchive {

// Who speaks one turn, as the parser found it: a label, or a host's self-introduction.
struct TurnSpeaker {
  const SpeakerLabel* label = nullptr;  // the label that opened the turn; null for an intro
  std::string intro_name;               // "Terry Gross", from "I'm Terry Gross."
  int line = 0;                         // where the turn starts, for warnings
  bool speaks = true;  // false for a label left without speech: it still names a speaker
};

// Resolves every turn to a speaker of the story (turns that do not speak get -1 and only lend
// their names and roles). Full names are put in proper case, spelled as
// the story's text spells them; short labels ("RASCOE", "Mr. KYLE", "KIM", "S. O'BRIEN") take the
// full name another label or intro uses, else the full name the text gives that surname, else
// stay short; numbered and generic speakers stay apart and are marked unidentified; labels of
// no person (SpeakerLabel::no_person: "Q", "Operator") make no speaker and get -1. Sets
// (*speaker_of)[i] to the index of turn i's speaker; speakers come in order of first turn, with
// every label spelling they were given and the roles their labels carry (deduplicated).
std::vector<Speaker> ResolveSpeakers(const std::vector<TurnSpeaker>& turns,
                                     const NameMentions& mentions, std::vector<int>* speaker_of,
                                     std::vector<Diagnostic>* warnings);

// The folded words of every name in `turns`: what NameMentions should look for in the text.
std::unordered_set<std::string> WantedNameWords(const std::vector<TurnSpeaker>& turns);

// Adds `role` unless the speaker has one with the same title (any case); a known organization
// fills an empty one.
void AddRole(Speaker* speaker, Role role);

// Finds the story's speakers by name in constant time.
class SpeakerIndex {
 public:
  explicit SpeakerIndex(const std::vector<Speaker>& speakers);

  // Index of the identified speaker whose name is `name` (compared folded), or, for a single
  // word, whose surname it is when exactly one speaker has that surname; -1 otherwise.
  int Find(std::string_view name) const;

 private:
  std::unordered_map<std::string, int> by_name_;
  std::unordered_map<std::string, int> by_surname_;  // -2 when shared
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PEOPLE_SPEAKER_RESOLVER_H_
