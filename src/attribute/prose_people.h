// The people of one story as the prose knows them: the speakers the parser found, and the people
// the prose names who do not speak, added with the roles it gives them. One row per person: a
// name is the same person as a speaker with the same NameKey, with the same first and last
// words ("Donald J. Trump", "Donald Trump"), or whose one-word name is its surname; a name of
// one word is the one person whose surname it is (or, when it is no one's surname, whose first
// name it is). A person is added only where the prose shows the name is a person's: a title,
// job words, a role, "who" or an age after it, or words credited to it; bodies, companies,
// teams and places are never people.
#ifndef NEWSARCHIVE_ATTRIBUTE_PROSE_PEOPLE_H_
#define NEWSARCHIVE_ATTRIBUTE_PROSE_PEOPLE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "attribute/name_phrases.h"
#include "attribute/prose_text.h"
#include "model/article.h"

namespace newsarchive {

class ProsePeople {
 public:
  // `speakers` (Article::speakers) must outlive this; people are appended to it.
  explicit ProsePeople(std::vector<Speaker>* speakers);

  // The person `name` is (see above), or -1.
  int Find(std::string_view name) const;
  // Finds the person the name phrase is, adding one when it is a full name of someone new.
  int FindOrAdd(const NamePhrase& name);
  // Notes a full name the text uses, person or not: a surname that two different full names
  // share ("Amy Goodman", "David Goodman") then names no one on its own.
  void NoteFullName(const NamePhrase& name);
  // The one full name the text uses with this surname ("John Tuttle" for "Tuttle"), or "".
  std::string FullNameOf(std::string_view surname) const;
  // The one person with a role whose title has `job` as a word ("the mayor"), or -1.
  int FindByJob(std::string_view job) const;
  // Adds roles to a person the prose added (speakers keep the roles the parser gave them).
  void AddRoles(int person, const std::vector<Role>& roles);
  bool Added(int person) const { return person >= static_cast<int>(first_added_); }

  char Gender(int person) const;
  void SetGender(int person, char gender);
  const std::vector<char>& genders() const { return gender_; }
  const std::vector<Speaker>& speakers() const { return *speakers_; }

 private:
  void Index(int person);

  std::vector<Speaker>* speakers_;
  size_t first_added_;
  std::unordered_map<std::string, int> by_key_;         // NameKey of the whole name
  std::unordered_map<std::string, int> by_first_last_;  // "donald trump"; -2 when shared
  std::unordered_map<std::string, int> by_surname_;     // -2 when shared
  std::unordered_map<std::string, int> by_first_;       // -2 when shared
  std::vector<char> gender_;
  std::unordered_map<std::string, std::string> first_by_surname_;  // "" when shared
  std::unordered_map<std::string, std::string> full_by_surname_;   // "" when shared
};

// Adds to `people` everyone the runs' prose names as a person (outside quotes), with roles.
void DiscoverPeople(const std::vector<ProseRun>& runs, ProsePeople* people);

// Every place the runs' text (quotes included) names one of `people`, in story order. The
// names are found with people/name_mentions.h.
std::vector<Mention> FindMentions(const std::vector<ProseRun>& runs, const ProsePeople& people);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_ATTRIBUTE_PROSE_PEOPLE_H_
