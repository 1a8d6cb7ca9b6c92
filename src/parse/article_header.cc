// How this works: a byline and a credit are read as lists of names ("A", "A and B", "A, B and
// C"), each name two to five capitalized words that are not the words of an organization
// ("Staff", "Press", "News"); what follows the list (", Staff Writer", " | Portville Ledger",
// " from the Associated Press") is a title when it names a job and an organization otherwise. A
// dateline is a run of words in capitals, maybe a region and an agency, then a dash.
#include "parse/article_header.h"

#include <algorithm>

#include "base/text_util.h"
#include "people/names.h"

namespace newsarchive {
namespace {

constexpr size_t kMaxBylineBytes = 160;
constexpr size_t kMaxDatelinePlaceBytes = 48;
constexpr size_t kMaxRegionBytes = 24;
constexpr size_t kMaxAgencyBytes = 32;

// Words of organizations and desks that never stand in a person's name.
constexpr std::string_view kNotNameWords[] = {
    "staff",    "press",        "news",     "reports", "report", "editorial", "board",
    "wire",     "service",      "services", "desk",    "team",   "bureau",    "agency",
    "times",    "post",         "the",      "reuters", "ap",     "afp",       "bloomberg",
    "journal",  "herald",       "tribune",  "gazette", "ledger", "online",    "digital",
    "newsroom", "contributors", "writers",  "daily",   "weekly", "magazine",  "associated",
    "network",  "radio",        "and"};

// A word of a name: letters with inner apostrophes, hyphens and periods ("O'Neill",
// "Garcia-Navarro", "A.", "Jr."), opening with a capital unless it is a particle ("de").
bool IsNameWord(std::string_view w) {
  if (w.empty() || w.size() > 30) return false;
  if (!StartsUpper(w) && !IsNameParticle(w)) return false;
  for (size_t i = 0; i < w.size();) {
    const uint32_t cp = DecodeCodePoint(w, i);
    if (!IsLetter(cp) && cp != '\'' && cp != 0x2019 && cp != '-' && cp != '.') return false;
  }
  std::string lower = AsciiLowerCopy(w);
  while (!lower.empty() && lower.back() == '.') lower.pop_back();
  return !WordSetOf<kNotNameWords>().Contains(lower);
}

// "Marta Kessler", "MARGERY A. BECK", "Juan de la Cruz": 2..5 name words, not all of them
// initials. Returns the name in proper case, or "".
std::string PersonName(std::string_view text) {
  const std::vector<std::string_view> words = SplitWords(Trim(text));
  if (words.size() < 2 || words.size() > 5) return "";
  size_t full = 0;
  for (std::string_view w : words) {
    if (!IsNameWord(w)) return "";
    full += !IsInitial(w) && !IsNameParticle(w);
  }
  if (full < 2 || !StartsUpper(words.front())) return "";
  return ProperCaseName(Trim(text));
}

// Splits `text` at every `separator`.
std::vector<std::string_view> SplitOn(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  for (size_t at; (at = text.find(separator)) != std::string_view::npos;) {
    parts.push_back(Trim(text.substr(0, at)));
    text.remove_prefix(at + separator.size());
  }
  parts.push_back(Trim(text));
  return parts;
}

// "A", "A and B", "A & B": appends the names; false unless every part is a person's name.
bool ReadNames(std::string_view part, std::vector<std::string>* names) {
  std::vector<std::string> found;
  for (std::string_view piece : SplitOn(part, " and ")) {
    for (std::string_view name : SplitOn(piece, " & ")) {
      std::string person = PersonName(name);
      if (person.empty()) return false;
      found.push_back(std::move(person));
    }
  }
  names->insert(names->end(), found.begin(), found.end());
  return true;
}

// "A, B and C" (commas and "and"): the names, or false.
bool ReadNameList(std::string_view text, std::vector<std::string>* names) {
  for (std::string_view part : SplitOn(text, ", ")) {
    if (!ReadNames(part, names)) return false;
  }
  return !names->empty();
}

// Capitalized words naming an organization: "the Associated Press" -> "Associated Press".
std::string Organization(std::string_view text) {
  text = Trim(text);
  while (!text.empty() && (text.back() == '.' || text.back() == ',')) text.remove_suffix(1);
  if (StartsWithIgnoreCase(text, "the ")) text.remove_prefix(4);
  const std::vector<std::string_view> words = SplitWords(text);
  if (words.empty() || words.size() > 7 || !StartsUpper(words.front())) return "";
  for (std::string_view w : words) {
    if (!StartsUpper(w) && w != "of" && w != "and" && w != "for" && w != "&") return "";
  }
  return std::string(text);
}

// What follows the names of a byline: a job ("Staff Writer") or an organization.
bool ReadBylineTail(std::string_view tail, Byline* byline) {
  tail = Trim(tail);
  if (tail.empty()) return true;
  if (LooksLikeRole(tail) && SplitWords(tail).size() <= 5) {
    byline->title = std::string(tail);
    return true;
  }
  byline->organization = Organization(tail);
  return !byline->organization.empty();
}

// The dash that ends a dateline at `at` (after optional spaces): its end, or npos. A hyphen
// counts only between spaces.
size_t DashEnd(std::string_view s, size_t at) {
  size_t i = at;
  while (i < s.size() && s[i] == ' ') ++i;
  const bool spaced = i > at;
  size_t end = std::string_view::npos;
  if (s.compare(i, 3, "\u2014") == 0 || s.compare(i, 3, "\u2013") == 0) {
    end = i + 3;
  } else if (s.compare(i, 2, "--") == 0) {
    end = i + 2;
  } else if (spaced && s.compare(i, 2, "- ") == 0) {
    end = i + 1;
  }
  if (end == std::string_view::npos) return end;
  while (end < s.size() && s[end] == ' ') ++end;
  return end;
}

// The story's own text opens with a capital, a digit or a quotation mark.
bool OpensText(std::string_view s) {
  if (s.empty()) return false;
  if (IsAsciiDigit(s[0]) || s[0] == '"' || s[0] == '\'') return true;
  if (s.compare(0, 3, "\u201C") == 0 || s.compare(0, 3, "\u2018") == 0) return true;
  return StartsUpper(s);
}

// "(AP)" at s[at]: the agency, and the end past ')'; npos when there is none.
size_t ReadAgency(std::string_view s, size_t at, std::string* agency) {
  if (at >= s.size() || s[at] != '(') return std::string_view::npos;
  const size_t close = s.find(')', at);
  if (close == std::string_view::npos || close - at - 1 > kMaxAgencyBytes) {
    return std::string_view::npos;
  }
  std::string_view inside = Trim(s.substr(at + 1, close - at - 1));
  if (inside.empty() || !StartsUpper(inside)) return std::string_view::npos;
  for (std::string_view w : SplitWords(inside)) {
    if (!StartsUpper(w) && !IsAsciiDigit(w[0])) return std::string_view::npos;
  }
  *agency = std::string(inside);
  return close + 1;
}

// An all-caps word of a place: "PORTVILLE", "ST.", "N'DJAMENA", "WINSTON-SALEM".
bool IsPlaceWord(std::string_view w) {
  if (w.empty() || !IsAllCaps(w)) return false;
  for (size_t i = 0; i < w.size();) {
    const uint32_t cp = DecodeCodePoint(w, i);
    if (!IsLetter(cp) && cp != '.' && cp != '\'' && cp != 0x2019 && cp != '-') return false;
  }
  return true;
}

std::string ProperCasePlace(std::string_view place) {
  std::string out;
  bool first = true;
  for (std::string_view w : SplitWords(place)) {
    if (!out.empty()) out += ' ';
    out += IsAllCaps(w) ? ProperCaseNameWord(w, first) : std::string(w);
    first = false;
  }
  return out;
}

// The organization an ending "... for (the) Portville Ledger." names; "" when none.
std::string OrganizationAfterFor(std::string_view text) {
  const size_t at = text.rfind(" for ");
  return at == std::string_view::npos ? "" : Organization(text.substr(at + 5));
}

// "Reporting by A and B; editing by C": the names of the first clause.
bool ReadReportingCredit(std::string_view text, Credit* credit) {
  static constexpr std::string_view kOpeners[] = {"reporting by ", "additional reporting by ",
                                                  "writing by ",   "reporting and writing by ",
                                                  "compiled by ",  "editing by "};
  if (!text.empty() && text[0] == '(') text.remove_prefix(1);
  for (std::string_view opener : kOpeners) {
    if (!StartsWithIgnoreCase(text, opener)) continue;
    std::string_view names = text.substr(opener.size());
    names = names.substr(0, names.find_first_of(";)"));
    while (!names.empty() && (names.back() == '.' || names.back() == ' ')) names.remove_suffix(1);
    if (!ReadNameList(names, &credit->names)) credit->names.clear();
    credit->title = opener == "editing by " ? "Editor" : "Reporter";
    return true;
  }
  return false;
}

// "Associated Press writer Jo Park contributed to this report.": the names and their outlet.
bool ReadContributorCredit(std::string_view text, Credit* credit) {
  const size_t contributed = text.find(" contributed");
  if (contributed == std::string_view::npos || contributed > 200) return false;
  std::string_view before = text.substr(0, contributed);
  for (std::string_view job : {" writers ", " writer ", " reporters ", " reporter ",
                               " correspondents ", " correspondent "}) {
    std::string front = " " + std::string(before);
    const size_t at = FindIgnoreCase(front, job);
    if (at == std::string::npos) continue;
    if (!ReadNameList(std::string_view(front).substr(at + job.size()), &credit->names)) {
      credit->names.clear();
    }
    const std::string org = Organization(std::string_view(front).substr(0, at));
    if (!EqualsIgnoreCase(org, "Staff")) credit->organization = org;
    credit->title = "Contributor";
    return true;
  }
  // "Jo Park contributed to this report."
  if (ReadNameList(before, &credit->names)) {
    credit->title = "Contributor";
    return true;
  }
  credit->names.clear();
  return false;
}

}  // namespace

bool ParseByline(std::string_view line, Byline* byline) {
  line = Trim(line);
  if (line.size() > kMaxBylineBytes || !StartsWithIgnoreCase(line, "by ")) return false;
  std::string_view rest = Trim(line.substr(3));
  Byline out;
  std::string_view tail;
  const size_t bar = rest.find(" | ");
  if (bar != std::string_view::npos) {
    tail = rest.substr(bar + 3);
    rest = rest.substr(0, bar);
  }
  for (std::string_view joiner : {" from the ", " from ", " of the ", " for the ", " for "}) {
    const size_t at = FindIgnoreCase(rest, joiner);
    if (at == std::string_view::npos || !tail.empty()) continue;
    tail = rest.substr(at + joiner.size());
    rest = rest.substr(0, at);
  }
  const std::vector<std::string_view> parts = SplitOn(rest, ", ");
  for (size_t i = 0; i < parts.size(); ++i) {
    if (ReadNames(parts[i], &out.names)) continue;
    // Only the last part may be the writers' job or outlet: "By A, Staff Writer".
    if (i + 1 != parts.size() || i == 0 || !tail.empty()) return false;
    tail = parts[i];
  }
  if (out.names.empty() || !ReadBylineTail(tail, &out)) return false;
  *byline = std::move(out);
  return true;
}

bool ParseDateline(std::string_view p, Dateline* dateline) {
  Dateline out;
  size_t at = 0;
  if (!p.empty() && p[0] == '(') {
    at = ReadAgency(p, 0, &out.agency);
    if (at == std::string_view::npos) return false;
  } else {
    // The place: words in capitals, then maybe ", Region" in capitals or not.
    size_t end = 0;
    size_t i = 0;
    while (i < p.size() && end <= kMaxDatelinePlaceBytes) {
      size_t j = std::min({p.find_first_of(" ,(", i), p.find("\u2014", i), p.find("\u2013", i)});
      if (j == std::string_view::npos) j = p.size();
      std::string_view w = p.substr(i, j - i);
      if (w.empty() || !IsPlaceWord(w)) break;
      end = j;
      if (j >= p.size() || p[j] != ' ') break;
      i = j + 1;
    }
    std::string_view city = p.substr(0, end);
    size_t letters = 0;
    for (char c : city) letters += IsAsciiUpper(c);
    if (letters < 3 || end > kMaxDatelinePlaceBytes) return false;
    at = end;
    std::string region;
    if (p.compare(at, 2, ", ") == 0) {
      size_t stop = at + 2;
      while (stop < p.size() && stop - at - 2 <= kMaxRegionBytes && p[stop] != '(' &&
             DashEnd(p, stop) == std::string_view::npos) {
        ++stop;
      }
      std::string_view r = Trim(p.substr(at + 2, stop - at - 2));
      if (r.empty() || r.size() > kMaxRegionBytes) return false;
      for (std::string_view w : SplitWords(r)) {
        if (!StartsUpper(w) && !IsAsciiDigit(w[0])) return false;
      }
      // "WASHINGTON, March 3 —": a date, not a region.
      if (r.find_first_of("0123456789") == std::string_view::npos) {
        region = ProperCasePlace(r);
      }
      at = stop;
    }
    out.place = ProperCasePlace(city) + (region.empty() ? "" : ", " + region);
    while (at < p.size() && p[at] == ' ') ++at;
    if (at < p.size() && p[at] == '(') {
      at = ReadAgency(p, at, &out.agency);
      if (at == std::string_view::npos) return false;
    }
  }
  const size_t body = DashEnd(p, at);
  if (body == std::string_view::npos || !OpensText(p.substr(body))) return false;
  out.body = body;
  *dateline = std::move(out);
  return true;
}

bool ParseCredit(std::string_view paragraph, const std::vector<std::string>& writers,
                 Credit* credit) {
  std::string_view text = Trim(paragraph);
  Credit out;
  if (text.empty() || text.size() > 400) return false;
  bool found = ReadReportingCredit(text, &out) || ReadContributorCredit(text, &out);
  static constexpr std::string_view kNotices[] = {
      "Contact ",    "Email ",        "E-mail ",       "Follow ",           "Reach ",
      "This story ", "This article ", "This report ",  "Have a news tip",   "Read more",
      "Got a tip",   "This content ", "Editor's note", "Editor\u2019s note"};
  found = found || StartsWithAnyIgnoreCase(text, kNotices);
  static constexpr std::string_view kBioVerbs[] = {
      " covers ", " writes ",     " reports ", " is a ",     " is an ",      " is the ",
      " can be ", " has covered", " joined ",  " has been ", " contributed", " edits "};
  for (const std::string& writer : writers) {
    if (found || text.compare(0, writer.size(), writer) != 0) continue;
    found = StartsWithAnyIgnoreCase(text.substr(writer.size()), kBioVerbs);
  }
  if (!found) return false;
  if (out.organization.empty()) out.organization = OrganizationAfterFor(text);
  *credit = std::move(out);
  return true;
}

}  // namespace newsarchive
