// Earnings calls: `Operator` turns with no person; speakers on lines of their own above what
// they say, as `Name -- Title`, `Name -- Firm -- Analyst`, `Name - Firm - Title`, `Name (CFO)`
// or a `speaker` line followed by a name line; titles and firms as roles. Participant lists
// lend their names and roles and are never turns; section headings are furniture.
#include "base/text_util.h"
#include "parse/layouts/layouts.h"
#include "parse/layouts/record_lines.h"
#include "people/names.h"

namespace newsarchive {
namespace {

constexpr size_t kNpos = std::string_view::npos;

// The parts of "Name -- Firm -- Title" (any of " -- ", " — ", " – ", " - " between them).
std::vector<std::string_view> DashParts(std::string_view l) {
  std::vector<std::string_view> parts;
  static constexpr std::string_view kDashes[] = {" -- ", " \u2014 ", " \u2013 ", " - "};
  for (std::string_view dash : kDashes) {
    if (l.find(dash) == kNpos) continue;
    for (size_t from = 0;;) {
      const size_t at = l.find(dash, from);
      parts.push_back(Trim(l.substr(from, at == kNpos ? kNpos : at - from)));
      if (at == kNpos) break;
      from = at + dash.size();
    }
    break;
  }
  return parts;
}

// "Ines Vaszary -- Chief Financial Officer", "Devin Castellanos -- Harborline -- Analyst",
// "Ines Vaszary (CFO)": a person and their roles.
bool ReadParticipant(std::string_view l, SpeakerLabel* label) {
  l = Trim(l);
  if (l.compare(0, 2, "* ") == 0) l.remove_prefix(2);
  if (l.size() < 5 || l.size() > 160 || l.back() == '?' || l.back() == ':') return false;
  std::vector<std::string_view> parts = DashParts(l);
  if (parts.empty()) {
    const size_t paren = l.find(" (");
    if (paren == kNpos || l.back() != ')') return false;
    parts = {l.substr(0, paren), l.substr(paren + 2, l.size() - paren - 3)};
  }
  if (parts.size() < 2 || parts.size() > 3) return false;
  for (size_t k = 0; k < parts.size(); ++k) {
    // Initials in the name ("Morten A. W. Opdal"), never a sentence in a title.
    if (parts[k].empty() || SplitWords(parts[k]).size() > 10 ||
        (k > 0 && parts[k].find(". ") != kNpos)) {
      return false;
    }
  }
  const std::vector<std::string_view> name_words = SplitWords(parts[0]);
  if (name_words.size() < 2 || name_words.size() > 5 || !NameAsLabel(parts[0], label)) {
    return false;
  }
  Role role{std::string(parts.back()), parts.size() == 3 ? std::string(parts[1]) : "",
            RoleSource::kLabel};
  label->roles.push_back(std::move(role));
  label->has_role = true;
  return true;
}

bool IsOperatorLine(std::string_view l) {
  return l == "Operator" || l == "OPERATOR" || l == "Conference Operator";
}

// "Speaker 1", "Unidentified Analyst": a voice of this call alone.
bool ReadVoice(std::string_view l, SpeakerLabel* label) {
  if (l.size() > 30 || !(StartsWithIgnoreCase(l, "Speaker ") || StartsWithIgnoreCase(l, "Unidentified"))) {
    return false;
  }
  return ParseSpeakerLabel(std::string(l) + ":", label) && label->generic;
}

bool IsSectionHeading(std::string_view l) {
  static constexpr std::string_view kHeadings[] = {
      "prepared remarks", "questions & answers", "questions and answers", "question and answer",
      "question-and-answer session", "questions and answers session", "q&a", "presentation",
      "q&a session", "call participants", "corporate participants",
      "conference call participants", "participants", "executives", "analysts", "speakers"};
  std::string lower = AsciiLowerCopy(Trim(l));
  while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ')) lower.pop_back();
  return WordSetOf<kHeadings>().Contains(lower);
}

bool IsParticipantsHeading(std::string_view l) {
  return l.size() < 40 && (FindIgnoreCase(l, "participants") != kNpos ||
                           StartsWithIgnoreCase(l, "Executives") ||
                           StartsWithIgnoreCase(l, "Analysts") || StartsWithIgnoreCase(l, "Speakers"));
}

bool IsRuleLine(std::string_view l) {
  return l.size() >= 3 && l.find_first_not_of("=-_*") == kNpos;
}

// The next line with text after `i`.
size_t NextText(const std::vector<std::string_view>& lines, size_t i) {
  size_t next = i + 1;
  while (next < lines.size() && lines[next].empty()) ++next;
  return next;
}

void ReadCall(const PageView& page, RecordReading* r) {
  const std::vector<std::string_view>& lines = page.lines;
  size_t first_content = kNpos;
  bool turns_begun = false;
  bool in_participants = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view l = lines[i];
    if (l.empty()) continue;
    if (first_content == kNpos) {
      first_content = i;  // the headline, never a turn
      r->text.push_back(i);
      continue;
    }
    if (IsRuleLine(l) || l == "speaker" || l == "Speaker") {
      r->furniture.push_back(i);
      continue;
    }
    if (IsSectionHeading(l) || IsParticipantsHeading(l)) {
      in_participants = IsParticipantsHeading(l);
      r->furniture.push_back(i);
      continue;
    }
    const size_t next = NextText(lines, i);
    const std::string_view after = next < lines.size() ? lines[next] : "";
    SpeakerLabel label;
    SpeakerLabel probe;
    const bool participant = ReadParticipant(l, &label);
    // A list: the next line names another participant, or is the firm and title of a
    // "* Name" entry.
    if (participant && (in_participants || ReadParticipant(after, &probe) || IsRuleLine(after))) {
      r->cast.push_back(std::move(label));
      r->furniture.push_back(i);
      continue;
    }
    if (in_participants && !turns_begun) {
      // "* Alan B. Miller" / "Universal Health Services, Inc. - Executive Chairman & CEO".
      if (l.compare(0, 2, "* ") == 0 && NameAsLabel(l.substr(2), &label)) {
        const std::vector<std::string_view> parts = DashParts(after);
        if (parts.size() >= 2) {
          label.roles.push_back({std::string(parts.back()), std::string(parts[0]), RoleSource::kLabel});
        }
        r->cast.push_back(std::move(label));
      }
      r->furniture.push_back(i);
      continue;
    }
    const bool after_speaker_line = i > 0 && (lines[i - 1] == "speaker" || lines[i - 1] == "Speaker");
    if (participant || IsOperatorLine(l) || ReadVoice(l, &label) ||
        (after_speaker_line && NameAsLabel(l, &label))) {
      if (IsOperatorLine(l)) label = NoPersonLabel(l, l.size());
      label.printed = std::string(l);
      label.speech = l.size();
      r->labels.emplace_back(i, std::move(label));
      turns_begun = true;
      continue;
    }
    if (!turns_begun) r->furniture.push_back(i);
  }
}

// "CEO", "Chief Financial Officer", "Head of Investor Relations": a company officer's title.
bool IsOfficerTitle(std::string_view title) {
  static constexpr std::string_view kWords[] = {"CEO",      "CFO",   "COO",       "Chief",
                                                "Officer",  "President", "Investor Relations",
                                                "Director", "Chairman",  "Treasurer"};
  for (std::string_view word : kWords) {
    if (title.find(word) != kNpos) return true;
  }
  return false;
}

int Score(const PageView& page) {
  int names = 0;
  int with_firm = 0;  // "Name - Firm - Title": a call's own shape
  bool officer = false;
  for (std::string_view l : page.lines) {
    SpeakerLabel label;
    const bool participant = ReadParticipant(l, &label);
    names += IsOperatorLine(l) || participant || l == "speaker";
    const bool firm = participant && !label.roles.back().organization.empty();
    with_firm += firm;
    officer = officer || (firm && IsOfficerTitle(label.roles.back().title));
  }
  const int cues = LinesContaining(page, {"Earnings Call", "Earnings Conference Call",
                                          "Conference Call", "Results Presentation", "earnings call"});
  // One "Grethe Bergly - Multiconsult ASA - CEO" line above her speech is a call's opening.
  if (names == 1 && officer) return 3;
  if (names < 2 ||
      (names < 3 && with_firm < 2 && cues == 0 && LinesEqualTo(page, {"Operator"}) == 0)) {
    return 0;
  }
  return 3 * std::min(names, 20) + 2 * std::min(cues, 5);
}

Layout Make() {
  Layout l;
  l.name = "earnings";
  l.description = "earnings calls: Operator, \"Name -- Title\" lines above what each says";
  l.score = Score;
  l.read_record = ReadCall;
  return l;
}

}  // namespace

const Layout& EarningsLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
