// What the prose says a named person is, read around the name (name_phrases.h): the title
// before it ("Mayor", "Gov." -> "Governor", "Commission Chair"), the job words before it
// ("retired teacher Oskar Lindqvist", "his former lawyer Michael Cohen" -> "former lawyer",
// "national security adviser John Bolton"), a description set before it as an appositive ("The
// team's owner, Gregory Vance,"), the appositive after it (", a spokeswoman for the Portville
// Water Bureau," -> "spokeswoman", "Portville Water Bureau"; people/text_roles.h reads which
// appositives are roles) and the organization of ", of Ferris State University,". And whether
// anything around a name shows it is a person's at all. Pure text.
#ifndef NEWSARCHIVE_ATTRIBUTE_PROSE_ROLES_H_
#define NEWSARCHIVE_ATTRIBUTE_PROSE_ROLES_H_

#include <string_view>
#include <vector>

#include "attribute/name_phrases.h"
#include "attribute/prose_text.h"
#include "model/article.h"

namespace newsarchive {

// The roles (RoleSource::kText) the sentence `tokens` of paragraph `text` gives the name `np`;
// [role_first, role_last) are the tokens of a description set before the name as an
// appositive, when there is one.
std::vector<Role> RolesAround(const std::vector<Token>& tokens, std::string_view text,
                              const NamePhrase& np, size_t role_first = 0, size_t role_last = 0);

// True when the words around `np` show it names a person: a title or honorific, job words
// before it, a role, "who" or an age in an appositive after it.
bool HasPersonCue(const std::vector<Token>& tokens, std::string_view text, const NamePhrase& np);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_ATTRIBUTE_PROSE_ROLES_H_
