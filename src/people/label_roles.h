// The role part of a speaker label, read into roles: ", CNN ANCHOR" -> Anchor at CNN,
// "(Staff Writer, New Yorker; Author)" -> two roles, "(D), Minnesota" -> a party.
#ifndef NEWSARCHIVE_PEOPLE_LABEL_ROLES_H_
#define NEWSARCHIVE_PEOPLE_LABEL_ROLES_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"

namespace newsarchive {

// True when s[i] opens or closes a quotation ('"', U+201C, U+201D); *len is its byte length.
bool IsQuoteAt(std::string_view s, size_t i, size_t* len);

// The parts of `s` between separators that stand outside parentheses and quotes, trimmed.
std::vector<std::string_view> SplitTopLevel(std::string_view s, char separator);

// "D", "R-Texas", "Democrat": a party marker; *expanded is its spelled-out form.
bool IsParty(std::string_view s, std::string* expanded);

// Roles from comma-separated parts ("CNN ANCHOR", "Senior Planner", "Kleinfelder").
void AddRolesFromParts(const std::vector<std::string_view>& parts, std::vector<Role>* roles);

// All the roles of one label: the text inside its parentheses (may be empty) and the parts
// after its name's comma.
void AddLabelRoles(std::string_view role_paren, std::vector<std::string_view> role_parts,
                   std::vector<Role>* roles);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PEOPLE_LABEL_ROLES_H_
