// Parliamentary records (Hansard and the sites that mirror it): a name line above each speech,
// no colon ("Mr Tobias Wren (Eastmarch) (Lab)", "Name (Riding, Party)", link text such as
// "Name Portrait Mr Speaker"), later short forms ("Mr Wren") joined to the member, office
// lines ("The Minister for X (Name)", "Madam Deputy Speaker (Dame Name)") giving the office as
// role, group lines ("Hon. Members") as turns with no person; time stamps, link furniture and
// procedure headings kept out of the text.
#include "base/text_util.h"
#include "parse/layouts/layouts.h"
#include "parse/layouts/record_lines.h"
#include "parse/paragraph_text.h"
#include "people/names.h"

namespace newsarchive {
namespace {

constexpr size_t kNpos = std::string_view::npos;

bool IsOfficeWords(std::string_view s) {
  static constexpr std::string_view kOffices[] = {
      "Speaker",  "Minister",   "Secretary", "Chair",    "Chairman",  "Chancellor", "Leader",
      "Solicitor", "Attorney",  "President", "Deputy",   "Whip",      "Lord Privy", "Advocate",
      "Clerk",    "Paymaster",  "Treasurer", "Premier"};
  for (std::string_view w : SplitWords(s)) {
    if (WordSetOf<kOffices>().Contains(w)) return true;
  }
  return false;
}

// "Dame Helena Ashcombe" -> "Helena Ashcombe": titles of honour are not part of the name the
// short forms use.
std::string_view WithoutTitleOfHonour(std::string_view name) {
  static constexpr std::string_view kTitles[] = {"Sir ", "Dame ", "Dr ", "Dr. ", "Rt Hon ",
                                                  "Rt. Hon. ", "Hon. ", "Hon "};
  for (std::string_view t : kTitles) {
    if (name.size() > t.size() && name.compare(0, t.size(), t) == 0) return name.substr(t.size());
  }
  return name;
}

// The office without its form of address: "The Minister for Maritime Affairs" -> "Minister for
// Maritime Affairs", "Madam Deputy Speaker" -> "Deputy Speaker".
std::string_view OfficeTitle(std::string_view office) {
  static constexpr std::string_view kAddress[] = {"The ", "Madam ", "Mr ", "Mr. ", "Mister "};
  for (std::string_view a : kAddress) {
    if (office.size() > a.size() && office.compare(0, a.size(), a) == 0) {
      return office.substr(a.size());
    }
  }
  return office;
}

bool IsGroupLine(std::string_view l) {
  if (l.size() > 40) return false;
  std::string lower = AsciiLowerCopy(l);
  while (!lower.empty() && !IsAsciiAlpha(lower.back())) lower.pop_back();  // "rose—"
  if (lower.size() > 5 && lower.compare(lower.size() - 5, 5, " rose") == 0) {
    lower.resize(lower.size() - 5);
  }
  return IsNoPersonLabel(lower);
}

// "Photo of Eric AbetzEric Abetz (Tasmania, ...)": the portrait's alt text glued to the name
// line; the name line alone.
std::string_view WithoutPhotoOf(std::string_view l) {
  if (l.compare(0, 9, "Photo of ") != 0) return l;
  const std::string_view rest = l.substr(9);
  for (size_t k = 4; 2 * k <= rest.size(); ++k) {
    if (rest.compare(k, k, rest.substr(0, k)) == 0) return rest.substr(k);
  }
  return l;
}

bool IsLinked(std::string_view l) {
  return l.find(" Portrait ") != std::string_view::npos || l.compare(0, 9, "Photo of ") == 0;
}

// The parties that sites such as openparliament.ca print on a line of their own above the name.
bool IsPartyLine(std::string_view l) {
  static constexpr std::string_view kParties[] = {
      "Liberal", "Conservative", "NDP", "Bloc", "Bloc Québécois", "Green", "Independent",
      "Labour", "Liberal Democrat", "SNP", "Plaid Cymru", "Liberal Party", "Labor", "Greens"};
  return l.size() < 20 && WordSetOf<kParties>().Contains(l);
}

// openparliament.ca's name line under a party line: "The Speaker Peter Milliken", "The Assistant
// Deputy Speaker NDP Carol Hughes", "Jay Hill Leader of the Government in the House of Commons",
// "Chris Bittle Liberal St. Catharines, ON".
bool ReadNameUnderParty(std::string_view l, std::string_view party, SpeakerLabel* label) {
  if (l.size() > 120 || EndsSentence(l) || l.back() == '?') return false;
  const std::vector<std::string_view> words = SplitWords(l);
  if (words.size() < 2) return false;
  auto span = [&](size_t from, size_t to) {  // words[from, to) as one view
    return std::string_view(words[from].data(),
                            words[to - 1].data() + words[to - 1].size() - words[from].data());
  };
  if (words[0] == "The") {
    size_t office_end = 1;
    for (size_t k = 1; k < words.size(); ++k) {
      if (IsOfficeWords(words[k])) office_end = k + 1;
    }
    size_t name_from = office_end;
    if (name_from < words.size() && words[name_from] == party) ++name_from;
    if (name_from >= words.size() || !NameAsLabel(span(name_from, words.size()), label)) {
      return false;
    }
    label->roles.push_back({std::string(span(1, office_end)), "", RoleSource::kLabel});
    return true;
  }
  size_t name_end = 0;
  while (name_end < words.size() && name_end < 4 && words[name_end] != party &&
         !IsOfficeWords(words[name_end]) && StartsUpper(words[name_end])) {
    ++name_end;
  }
  if (name_end < 2 || !NameAsLabel(span(0, name_end), label)) return false;
  if (name_end < words.size()) {
    const bool party_next = words[name_end] == party;
    const size_t from = name_end + (party_next ? 1 : 0);
    if (from < words.size()) {
      const std::string rest(span(from, words.size()));
      label->roles.push_back(party_next ? Role{"Member for " + rest, std::string(party),
                                               RoleSource::kLabel}
                                        : Role{rest, std::string(party), RoleSource::kLabel});
    }
  }
  return true;
}

// "(Con)", "(LD)", "(CB)": a party or bench alone in brackets after a peer's name.
bool IsPartyAbbreviation(std::string_view group) {
  static constexpr std::string_view kParties[] = {"Con", "Lab", "LD", "CB", "SNP", "DUP", "PC",
                                                  "Ind", "Green", "Non-Afl", "UUP", "Bishops"};
  return WordSetOf<kParties>().Contains(group);
}

// A member's name; a peer's keeps its territorial part: "Lord Ashby of Fenmoor".
bool ReadMemberName(std::string_view name, SpeakerLabel* label) {
  static constexpr std::string_view kPeerages[] = {"Lord ",  "Baroness ", "Viscount ",
                                                   "Earl ",  "Lady ",     "Marquess ",
                                                   "Duke ",  "Bishop "};
  const size_t of = name.find(" of ");
  for (std::string_view peerage : kPeerages) {
    if (of == kNpos || name.compare(0, peerage.size(), peerage) != 0) continue;
    if (!NameAsLabel(name.substr(0, of), label)) return false;
    label->name = label->name_printed = std::string(name);
    return true;
  }
  return NameAsLabel(name, label);
}

// Reads a name line: a label for the person (or office, or group) it names, with `speech` at
// the line's end. False for anything else.
bool ReadNameLine(std::string_view l, SpeakerLabel* label) {
  const size_t line_size = l.size();
  if (line_size > 300) return false;
  l = WithoutPhotoOf(l);
  l = Trim(l.substr(0, l.find(" Share this")));  // "... Share this | | Hansard source"
  if (l.size() < 4 || l.size() > 160 || l.back() == ':' || l.back() == '.' || l.back() == '?' ||
      l.back() == ',') {
    return false;
  }
  // "Boris Johnson Portrait The Prime Minister (Boris Johnson)": link text, then the label.
  std::string_view person;
  const size_t portrait = l.find(" Portrait ");
  if (portrait != kNpos) {
    person = l.substr(0, portrait);
    l = l.substr(portrait + 10);
  }
  if (IsGroupLine(l)) {
    *label = NoPersonLabel(l, line_size);
    return true;
  }
  const size_t paren = l.find(" (");
  std::string_view head = Trim(l.substr(0, paren == kNpos ? l.size() : paren));
  std::vector<std::string_view> groups;
  for (size_t at = paren; at != kNpos && at < l.size();) {
    const size_t open = l.find('(', at);
    const size_t close = open == kNpos ? kNpos : l.find(')', open);
    if (open == kNpos || close == kNpos) return false;
    groups.push_back(Trim(l.substr(open + 1, close - open - 1)));
    at = l.find_first_not_of(' ', close + 1);
    if (at != kNpos && l[at] != '(') return false;  // text after the groups: a sentence
  }
  if (head.empty() || SplitWords(head).size() > 8 || !StartsUpper(head)) return false;
  for (std::string_view w : SplitWords(head)) {
    if (!StartsUpper(w) && w != "of" && w != "for" && w != "the" && w != "and" && w != "de") {
      return false;
    }
  }
  const bool office = IsOfficeWords(head);
  if (office) {
    // "The Minister for Maritime Affairs (Kwame Ellery-Boateng)", "Mr Speaker".
    std::string_view name = !groups.empty() ? groups[0] : person;
    Role role{std::string(OfficeTitle(head)), "", RoleSource::kLabel};
    if (name.empty() || !NameAsLabel(WithoutTitleOfHonour(name), label)) {
      *label = NoPersonLabel(head, line_size);  // an office no name is given for
      label->roles.push_back(role);
      label->printed = std::string(head);
      return true;
    }
    label->roles.push_back(role);
  } else {
    if (!ReadMemberName(WithoutTitleOfHonour(head), label)) return false;
    if (groups.size() == 1 && IsPartyAbbreviation(groups[0])) {
      label->roles.push_back({"Member", std::string(groups[0]), RoleSource::kLabel});  // "(Con)"
    } else if (!groups.empty()) {  // "(Eastmarch) (Lab)", "(Hamilton Centre, NDP)": seat, party

      std::string_view seat = groups[0];
      std::string party = groups.size() > 1 ? std::string(groups[1]) : "";
      const size_t comma = seat.find(',');
      if (comma != kNpos) {
        party = std::string(Trim(seat.substr(comma + 1)));
        seat = Trim(seat.substr(0, comma));
      }
      label->roles.push_back({"Member for " + std::string(seat), party, RoleSource::kLabel});
    }
    // A bare name with no honorific, seat or link text is too like any short line.
    if (groups.empty() && portrait == kNpos && label->honorific.empty() &&
        WithoutTitleOfHonour(head).size() == head.size()) {
      return false;
    }
  }
  label->printed = std::string(l);
  label->speech = line_size;
  return true;
}

// Link and navigation furniture of the sites that mirror Hansard: "- Hansard - - - Excerpts",
// "--- Later in debate ---", "Read Full debate".
bool IsHansardChrome(std::string_view l) {
  if (l.size() < 60 && l.compare(0, 2, "- ") == 0 && l.find("Hansard") != kNpos) return true;
  return l == "--- Later in debate ---" || StartsWithIgnoreCase(l, "Read Full debate") ||
         StartsWithIgnoreCase(l, "Share this specific contribution");
}

// A procedure heading between speeches: a short line between blank lines, no sentence in it.
bool IsHeadingBetween(const std::vector<std::string_view>& lines, size_t i) {
  const std::string_view l = lines[i];
  if (l.size() > 70 || !StartsUpper(l) || EndsSentence(l) || l.back() == '!' || l.back() == '?' ||
      l.back() == '-' || l.back() == ',' || SplitWords(l).size() > 9) {
    return false;
  }
  return (i == 0 || lines[i - 1].empty()) && (i + 1 == lines.size() || lines[i + 1].empty());
}

void ReadParliament(const PageView& page, RecordReading* r) {
  const std::vector<std::string_view>& lines = page.lines;
  size_t first_content = kNpos;
  bool turns_begun = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view l = lines[i];
    if (l.empty()) continue;
    if (first_content == kNpos) {
      first_content = i;  // the headline, never a turn
      r->text.push_back(i);
      continue;
    }
    if (IsClockLine(l) || IsHansardChrome(l)) {
      r->furniture.push_back(i);
      continue;
    }
    // A name line stands above its speech: the next line (past link furniture) is text.
    // Link text ("Name Portrait ...", "- Hansard -") may stand around it.
    const bool linked = IsLinked(l);
    size_t above = i;
    while (above > 0 && lines[above - 1].empty()) --above;
    SpeakerLabel under_party;
    if (above > 0 && IsPartyLine(lines[above - 1]) &&
        ReadNameUnderParty(l, lines[above - 1], &under_party)) {
      under_party.printed = std::string(l);
      under_party.speech = l.size();
      r->labels.emplace_back(i, std::move(under_party));
      turns_begun = true;
      continue;
    }
    size_t next = i + 1;
    while (next < lines.size() && IsHansardChrome(lines[next])) ++next;
    while (linked && next < lines.size() && lines[next].empty()) ++next;
    SpeakerLabel label;
    if (next < lines.size() && !lines[next].empty() &&
        (linked || lines[i - 1].empty() || IsHansardChrome(lines[i - 1])) &&
        ReadNameLine(l, &label)) {
      SpeakerLabel probe;
      if (!ReadNameLine(lines[next], &probe)) {
        r->labels.emplace_back(i, std::move(label));
        turns_begun = true;
        continue;
      }
    }
    if (!turns_begun || IsHeadingBetween(lines, i) || IsPartyLine(l)) r->furniture.push_back(i);
  }
}

int Score(const PageView& page) {
  int names = 0;
  const std::vector<std::string_view>& lines = page.lines;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    SpeakerLabel label;
    const bool linked = IsLinked(lines[i]);
    if ((linked || (!lines[i + 1].empty() && (i == 0 || lines[i - 1].empty()) &&
                    lines[i].find('(') != kNpos)) &&
        ReadNameLine(lines[i], &label)) {
      ++names;
    }
  }
  const int cues = LinesContaining(page, {"Hansard", "hon. Member", "hon. Friend", "Portrait ",
                                          "Senate debates", "House debates"});
  names += LinesOpeningWith(page, {"Photo of "});
  for (size_t i = 0; i + 2 < lines.size(); ++i) {
    SpeakerLabel label;
    names += IsPartyLine(lines[i]) && lines[i + 1].empty() &&
             ReadNameUnderParty(lines[i + 2], lines[i], &label);
  }
  if (names < 2 && (names == 0 || cues == 0)) return 0;
  return 3 * std::min(names, 20) + std::min(cues, 10);
}

Layout Make() {
  Layout l;
  l.name = "parliament";
  l.description = "parliamentary records: a name line (seat, party) above each speech";
  l.score = Score;
  l.read_record = ReadParliament;
  return l;
}

}  // namespace

const Layout& ParliamentLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
