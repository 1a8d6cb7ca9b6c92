// Numbered speakers ("Speaker 1", "Speaker 2"), as transcription services print the voices
// they tell apart but cannot name: each stays its own unidentified speaker of the story, unless
// they introduce themselves clearly in one of their first turns ("Good afternoon. I'm Marisol
// Peake, communications director ...", "My name is Marisol Peake"): then they are that person.
#ifndef NEWSARCHIVE_PEOPLE_NUMBERED_SPEAKERS_H_
#define NEWSARCHIVE_PEOPLE_NUMBERED_SPEAKERS_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"

namespace newsarchive {

// True for "Speaker 1", "SPEAKER 12", "Speaker A": the word Speaker and a number or letter.
bool IsNumberedSpeakerName(std::string_view name);

// The full name a turn introduces its speaker by ("I'm Marisol Peake", "I am ...", "My name is
// ..."), near its start; "" when none, or a single word.
std::string SelfIntroduction(std::string_view turn);

// Names each unidentified numbered speaker of `speakers` from a self-introduction in one of
// their first two turns. `turn_speaker[i]` is the speaker of turn i and `turn_text[i]` its text.
// A name another speaker of the story already has, or that two numbered speakers claim, is left
// alone: the speakers stay apart.
void NameNumberedSpeakers(const std::vector<int>& turn_speaker,
                          const std::vector<std::string_view>& turn_text,
                          std::vector<Speaker>* speakers);

// The same over a parsed story's speaker turns.
void NameNumberedSpeakers(Article* article);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PEOPLE_NUMBERED_SPEAKERS_H_
