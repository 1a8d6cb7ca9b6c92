// Reading the role part of a speaker label: ", CNN ANCHOR", "(Author, "Book"; Host)",
// "(D), Minnesota". Split from speaker_label.cc; no database, no I/O.
#include "people/label_roles.h"

#include "base/text_util.h"
#include "people/names.h"

namespace newsarchive {

bool IsQuoteAt(std::string_view s, size_t i, size_t* len) {
  if (s[i] == '"') {
    *len = 1;
    return true;
  }
  // U+201C and U+201D: E2 80 9C / E2 80 9D.
  if (s[i] == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' &&
      (s[i + 2] == '\x9C' || s[i + 2] == '\x9D')) {
    *len = 3;
    return true;
  }
  return false;
}

// Splits at the separators outside parentheses and quotes.
std::vector<std::string_view> SplitTopLevel(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  int depth = 0;
  bool quoted = false;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    size_t qlen = 0;
    if (IsQuoteAt(s, i, &qlen)) {
      quoted = !quoted;
      i += qlen - 1;
    } else if (!quoted && s[i] == '(') {
      ++depth;
    } else if (!quoted && s[i] == ')') {
      --depth;
    } else if (!quoted && depth == 0 && s[i] == separator) {
      parts.push_back(Trim(s.substr(start, i - start)));
      start = i + 1;
    }
  }
  parts.push_back(Trim(s.substr(start)));
  return parts;
}

// "D", "R", "I", "Democrat", "R-Texas", "D-Minn.": a party marker after a politician's name.
bool IsParty(std::string_view s, std::string* expanded) {
  s = Trim(s);
  if (s.size() == 1 && (s[0] == 'D' || s[0] == 'R' || s[0] == 'I')) {
    *expanded = s[0] == 'D' ? "Democrat" : s[0] == 'R' ? "Republican" : "Independent";
    return true;
  }
  if (s.size() > 2 && (s[0] == 'D' || s[0] == 'R' || s[0] == 'I') && s[1] == '-') {
    *expanded = std::string(s);
    return true;
  }
  for (const char* party : {"Democrat", "Democratic", "Republican", "Independent"}) {
    if (EqualsIgnoreCase(s, party)) {
      *expanded = ProperCaseTitle(s);
      return true;
    }
  }
  return false;
}

// Roles from comma-separated parts: "CNN ANCHOR" -> Anchor at CNN, "Senior Planner, Kleinfelder"
// -> Senior Planner at Kleinfelder, "Author, "Book"" keeps the quoted work with the role.
void AddRolesFromParts(const std::vector<std::string_view>& parts, std::vector<Role>* roles) {
  const size_t first_new = roles->size();
  for (std::string_view part : parts) {
    part = Trim(part);
    if (part.empty()) continue;
    const bool quoted_work = part[0] == '"' || part.compare(0, 3, "\u201C") == 0;
    if (quoted_work && roles->size() > first_new) {
      roles->back().title += ", " + std::string(part);
      continue;
    }
    if (StartsWithIgnoreCase(part, "reporting for ") && part.size() > 14) {
      roles->push_back({"Reporter", std::string(Trim(part.substr(14))), RoleSource::kLabel});
      continue;
    }
    // "(D-IL) PRESIDENTIAL CANDIDATE": the party qualifies the role that follows it.
    std::string party;
    const size_t close = part[0] == '(' ? part.find(')') : std::string_view::npos;
    if (close != std::string_view::npos && close + 1 < part.size() &&
        IsParty(part.substr(1, close - 1), &party)) {
      roles->push_back({ProperCaseTitle(Trim(part.substr(close + 1))), party, RoleSource::kLabel});
      continue;
    }
    std::vector<std::string_view> words = SplitWords(part);
    std::string_view owner = words[0];
    for (std::string_view suffix : {"'S", "`S", "\u2019S", "'s", "`s", "\u2019s"}) {
      if (EndsWithIgnoreCase(owner, suffix) && owner.size() > suffix.size()) {
        owner.remove_suffix(suffix.size());
        break;
      }
    }
    if (words.size() > 1 && IsNewsOrganization(owner)) {
      // "FOX NEWS CHANNEL CORRESPONDENT": the organization is "Fox News Channel".
      std::string org = EqualsIgnoreCase(owner, "FOX") ? "Fox" : ToUpperText(owner);
      size_t org_words = 1;
      while (org_words + 1 < words.size() &&
             (EqualsIgnoreCase(words[org_words], "NEWS") ||
              (org_words > 1 && EqualsIgnoreCase(words[org_words], "CHANNEL")))) {
        org += ' ';
        org += ProperCaseTitle(words[org_words++]);
      }
      std::string_view rest = part.substr(words[org_words].data() - part.data());
      roles->push_back({ProperCaseTitle(rest), org, RoleSource::kLabel});
      continue;
    }
    if (roles->size() > first_new && roles->back().organization.empty() && !LooksLikeRole(part)) {
      roles->back().organization = ProperCaseTitle(part);
      continue;
    }
    roles->push_back({ProperCaseTitle(part), "", RoleSource::kLabel});
  }
}

void AddLabelRoles(std::string_view role_paren, std::vector<std::string_view> role_parts,
                   std::vector<Role>* roles) {
  std::string party;
  if (!role_paren.empty()) {
    std::vector<std::string_view> paren_parts = SplitTopLevel(role_paren, ',');
    if (IsParty(paren_parts[0], &party)) {
      // "SEN. AMY KLOBUCHAR (D), Minnesota": party and state qualify the title.
      std::string rest;
      for (size_t k = 1; k < paren_parts.size(); ++k) {
        rest += (rest.empty() ? "" : ", ") + ProperCaseTitle(paren_parts[k]);
      }
      // "(D-NC), VICE PRESIDENTIAL CANDIDATE": a role after the party is a role of its own.
      std::vector<std::string_view> other_roles;
      for (std::string_view part : role_parts) {
        if (LooksLikeRole(part)) {
          other_roles.push_back(part);
        } else {
          rest += (rest.empty() ? "" : ", ") + ProperCaseTitle(part);
        }
      }
      role_parts = std::move(other_roles);
      if (!roles->empty()) {
        roles->back().organization = rest.empty() ? party : party + ", " + rest;
      } else {
        roles->push_back({party, rest, RoleSource::kLabel});
      }
    } else {
      // "(Staff Writer, New Yorker; Author)": a semicolon separates roles.
      for (std::string_view group : SplitTopLevel(role_paren, ';')) {
        AddRolesFromParts(SplitTopLevel(group, ','), roles);
      }
    }
  }
  AddRolesFromParts(role_parts, roles);
}

}  // namespace newsarchive
