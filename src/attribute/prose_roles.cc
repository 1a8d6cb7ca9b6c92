#include "attribute/prose_roles.h"

#include <string>

#include "attribute/speech_verbs.h"
#include "base/text_util.h"
#include "people/name_mentions.h"
#include "people/names.h"
#include "people/text_roles.h"

namespace newsarchive {
namespace {

constexpr size_t kMaxRoleWords = 6;

// "spokeswoman for the Portville Water Bureau" -> "spokeswoman" and "Portville Water Bureau":
// the organization after "for", "at" or "of" when only capitalized words follow.
Role SplitOrganization(std::string title) {
  Role role{title, "", RoleSource::kText};
  for (std::string_view prep : {" for ", " at ", " of ", " with "}) {
    const size_t at = title.find(prep);
    if (at == std::string::npos || at == 0) continue;
    std::string_view rest = std::string_view(title).substr(at + prep.size());
    if (StartsWithIgnoreCase(rest, "the ")) rest.remove_prefix(4);
    std::vector<std::string_view> words = SplitWords(rest);
    bool capitals = !words.empty();
    for (std::string_view w : words) {
      capitals = capitals && (StartsUpper(w) || w == "of" || w == "and" || w == "the" || w == "&");
    }
    if (!capitals) continue;
    role.title = title.substr(0, at);
    role.organization = std::string(rest);
    return role;
  }
  return role;
}

// The job words right before the name: lowercase words ending in a job ("national security
// adviser"), possessive pronouns and articles left out.
std::string RoleBefore(const std::vector<Token>& t, size_t name_first) {
  size_t first = name_first;
  while (first > 0 && name_first - first < kMaxRoleWords) {
    const Token& w = t[first - 1];
    if (!IsWord(w) || EndsRoleBeforeName(w.text) || FindSpeechVerb(w.text) != nullptr) break;
    if (StartsUpper(w.text) && first - 1 != 0) break;  // only the sentence's first word
    if (WithoutPossessive(w.text).size() != w.text.size()) break;
    --first;
  }
  if (first == name_first || !IsJobWord(t[name_first - 1].text)) return "";
  std::string role;
  for (size_t k = first; k < name_first; ++k) {
    if (!role.empty()) role += ' ';
    role += std::string(t[k].text);
  }
  if (first == 0 && !role.empty() && IsAsciiUpper(role[0])) role[0] = AsciiLower(role[0]);
  return role;
}

// The description before an appositive name, its article left out: "The team's owner" ->
// "team's owner".
std::string DescriptionRole(const std::vector<Token>& t, size_t first, size_t last) {
  if (first < last &&
      (IsWord(t[first], "the") || IsWord(t[first], "a") || IsWord(t[first], "an") ||
       IsWord(t[first], "his") || IsWord(t[first], "her") || IsWord(t[first], "their"))) {
    ++first;
  }
  std::string role;
  for (size_t k = first; k < last; ++k) {
    if (!role.empty()) role += ' ';
    role += std::string(t[k].text);
  }
  return !role.empty() && IsJobWord(t[last - 1].text) ? role : "";
}

// Whether the name is followed by an appositive closed as one (", a spokeswoman for the
// bureau, said"), not a clause after a comma ("According to Whitfield, the plant will cost").
bool HasClosedAppositive(const std::vector<Token>& t, const NamePhrase& np) {
  if (np.last >= t.size() || !IsPunct(t[np.last], ",") || np.possessive) return false;
  if (np.first >= 2 && IsWord(t[np.first - 1], "to") && IsWord(t[np.first - 2], "according")) {
    return false;
  }
  // At the sentence's end only after an inverted verb: "..., said Jane Doe, a spokeswoman."
  size_t k = np.first;
  while (k > 0 && np.first - k < kMaxRoleWords && IsWord(t[k - 1]) && !StartsUpper(t[k - 1].text) &&
         FindSpeechVerb(t[k - 1].text) == nullptr) {
    --k;
  }
  const bool inverted = k > 0 && IsWord(t[k - 1]) && FindSpeechVerb(t[k - 1].text) != nullptr;
  for (k = np.last + 1; k < t.size(); ++k) {
    if (IsQuote(t[k])) return false;
    if (IsPunct(t[k], ",") || IsPunct(t[k], ")") || IsPunct(t[k], "\u2014")) return true;
    if (IsPunct(t[k], ".") || IsPunct(t[k], ";")) return inverted;
  }
  return inverted;
}

// ", 71,": an age.
bool IsAge(const std::vector<Token>& t, size_t comma) {
  return comma + 2 < t.size() && IsWord(t[comma + 1]) && IsAsciiDigit(t[comma + 1].text[0]) &&
         t[comma + 1].text.size() <= 3 &&
         (IsPunct(t[comma + 2], ",") || IsPunct(t[comma + 2], "."));
}

}  // namespace

std::vector<Role> RolesAround(const std::vector<Token>& t, std::string_view text,
                              const NamePhrase& np, size_t role_first, size_t role_last) {
  std::vector<Role> roles;
  if (!np.title.empty()) roles.push_back({np.title, "", RoleSource::kText});
  const std::string before = RoleBefore(t, np.first);
  if (!before.empty()) roles.push_back({before, "", RoleSource::kText});
  if (role_last > role_first) {
    const std::string described = DescriptionRole(t, role_first, role_last);
    if (!described.empty()) roles.push_back(SplitOrganization(described));
  }
  if (HasClosedAppositive(t, np)) {
    const std::string_view after = text.substr(t[np.last].begin);
    const std::string appositive = AppositiveRole(after);
    if (!appositive.empty()) {
      roles.push_back(SplitOrganization(appositive));
    } else if (np.last + 2 < t.size() && IsWord(t[np.last + 1], "of") &&
               IsCapitalized(t[np.last + 2])) {
      // "Economist Hana Novak, of Ferris State University,": whose the role before is.
      NamePhrase org;
      if (NameStartingAt(t, np.last + 2, &org)) {
        std::string name = org.title.empty() ? org.name : org.title + " " + org.name;
        for (Role& r : roles) {
          if (r.organization.empty()) r.organization = name;
        }
      }
    }
  }
  return roles;
}

bool HasPersonCue(const std::vector<Token>& t, std::string_view text, const NamePhrase& np) {
  if (!np.title.empty() || np.gender != 0) return true;
  if (!RoleBefore(t, np.first).empty()) return true;
  // "reliever Kaito Brennan, who gave up ...": a full name with a relative "who" after it, even
  // when no comma closes the clause (bodies and teams are read as organizations before this).
  if (np.words >= 2 && np.last + 1 < t.size() && IsPunct(t[np.last], ",") &&
      IsWord(t[np.last + 1], "who") && !np.possessive) {
    return true;
  }
  if (HasClosedAppositive(t, np)) {
    if (np.last + 1 < t.size() && (IsWord(t[np.last + 1], "who") || IsAge(t, np.last))) {
      return true;
    }
    if (!AppositiveRole(text.substr(t[np.last].begin)).empty()) return true;
  }
  return false;
}

}  // namespace newsarchive
