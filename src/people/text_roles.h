// Roles and places that a story's prose states: a reporter's sign-off ("Ayesha Rascoe, NPR News,
// Hanoi."), a host's self-introduction ("I'm Neal Conan, in Washington."), a bio after the
// transcript ("Ayesha Rascoe is a White House correspondent for NPR.") and appositives in running
// text ("Fred Fleitz, a former chief of staff to ..., said").
#ifndef NEWSARCHIVE_PEOPLE_TEXT_ROLES_H_
#define NEWSARCHIVE_PEOPLE_TEXT_ROLES_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"
#include "people/name_mentions.h"
#include "people/speaker_resolver.h"

namespace newsarchive {

struct SignOff {
  size_t begin = 0;          // where the sign-off sentence starts in the paragraph
  std::string name;          // "Ayesha Rascoe"
  std::string organization;  // "NPR"
  std::string place;         // "Hanoi"; may be empty
};

// Finds a sign-off closing `paragraph`: "Ayesha Rascoe, NPR News, Hanoi.", "Jane Doe, NPR News.",
// "For NPR News, I'm Jane Doe in Lagos.", "Jane Doe, CNN, Atlanta.".
bool FindSignOff(std::string_view paragraph, SignOff* sign_off);

// The name a host gives in "I'm Neal Conan." / "I'm Dave Davies, filling in for Terry Gross"
// near the start of `paragraph`; "" when the paragraph does not open with a self-introduction.
std::string SelfIntroducedName(std::string_view paragraph);

// The role an appositive after a name gives: `after` is the text right after the name, ", a
// former chief of staff to national security adviser John Bolton, said" -> "former chief of
// staff to national security adviser John Bolton"; "" when it is no role (", who", ", said").
std::string AppositiveRole(std::string_view after);

// True for the words that end a role read leftwards from a name, such as articles,
// prepositions, pronouns and verbs ("says political reporter Jane Doe": "says").
bool EndsRoleBeforeName(std::string_view word);

// Gives `organization` to the speaker's reporting roles (Byline, Host, Anchor, Correspondent,
// Reporter...) that name none: what "NPR's Ayesha Rascoe" or a sign-off says of her labels.
void SetReportingOrganization(Speaker* speaker, const std::string& organization);

// Roles the running text gives speakers where it names them in full: "Fred Fleitz, a former
// chief of staff to national security adviser John Bolton, said", "White House correspondent
// Ayesha Rascoe", "NPR's Ayesha Rascoe" (fills the organization of a reporting role), and in
// the bio texts (texts[first_bio] onwards) "Ayesha Rascoe is a White House correspondent for
// NPR." `texts` are the pieces `mentions` was built from.
// `index` indexes `speakers`.
void AddMentionRoles(const std::vector<std::string_view>& texts, size_t first_bio,
                     const NameMentions& mentions, const SpeakerIndex& index,
                     std::vector<Speaker>* speakers);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PEOPLE_TEXT_ROLES_H_
