// Press briefings: `QUESTION:`, `Q:`, `Q` from unnamed reporters are turns with no person (the
// label rule does that on every page); this layout names the briefer from the header
// ("Name, Department Spokesperson") or the title ("Press Briefing by Press Secretary Name"),
// lending the full name and role to the `MR PRICE:` labels, and keeps the clock times and the
// closing note ("(The briefing was concluded at 1:39 p.m.)", "END") out of the turns.
#include "base/text_util.h"
#include "parse/layouts/layouts.h"
#include "parse/layouts/record_lines.h"
#include "people/names.h"

namespace newsarchive {
namespace {

constexpr size_t kNpos = std::string_view::npos;

constexpr std::string_view kOfficeWords[] = {
    "press",     "secretary",    "deputy",      "principal",   "spokesperson", "spokesman",
    "spokeswoman", "department", "pentagon",    "white",       "house",        "assistant",
    "director",  "communications", "national",  "security",    "advisor",      "adviser",
    "coordinator", "for",        "of",          "the",         "strategic",    "chief",
    "ambassador", "senior",      "official",    "officials",   "acting",       "minister"};

bool IsOfficeWord(std::string_view w) {
  return WordSetOf<kOfficeWords>().Contains(AsciiLowerCopy(w));
}

bool NamesAnOffice(std::string_view title) {
  static constexpr std::string_view kOffices[] = {"spokesperson", "spokesman", "spokeswoman",
                                                  "press secretary", "secretary", "director",
                                                  "ambassador", "coordinator", "minister"};
  for (std::string_view o : kOffices) {
    if (FindIgnoreCase(title, o) != kNpos) return true;
  }
  return false;
}

// "Folake Adeyemi-Clarke, Department Spokesperson".
bool ReadHeaderLine(std::string_view l, SpeakerLabel* label) {
  const size_t comma = l.find(", ");
  if (comma == kNpos || l.size() > 100 || EndsWithIgnoreCase(l, ".")) return false;
  const std::string_view name = l.substr(0, comma);
  const std::string_view title = Trim(l.substr(comma + 2));
  const size_t words = SplitWords(name).size();
  if (words < 2 || words > 4 || !NamesAnOffice(title) || !NameAsLabel(name, label)) return false;
  label->roles.push_back({std::string(title), "", RoleSource::kLabel});
  return true;
}

// "Press Secretary Josh Earnest, ...": the office words, then the name (two or three words).
bool ReadOfficeAndName(std::string_view rest, SpeakerLabel* label);

// "Press Briefing by Press Secretary Josh Earnest", "Department Press Briefing With
// Spokesperson Ned Price": the office words, then the name.
bool ReadTitleLine(std::string_view l, SpeakerLabel* label) {
  if (FindIgnoreCase(l, "briefing") == kNpos) return false;
  size_t at = FindIgnoreCase(l, " by ");
  size_t skip = 4;
  if (at == kNpos) {
    at = FindIgnoreCase(l, " with ");
    skip = 6;
  }
  if (at == kNpos) return false;
  return ReadOfficeAndName(l.substr(at + skip), label);
}

// "Presenter: Pentagon Press Secretary Peter Cook September 8, 2015": a credit line naming the
// briefer, never a turn.
bool ReadPresenterLine(std::string_view l, SpeakerLabel* label) {
  static constexpr std::string_view kCredits[] = {"Presenter: ", "Presenters: ", "Briefer: "};
  for (std::string_view c : kCredits) {
    if (StartsWithIgnoreCase(l, c)) return ReadOfficeAndName(l.substr(c.size()), label);
  }
  return false;
}

bool ReadOfficeAndName(std::string_view rest, SpeakerLabel* label) {
  for (std::string_view end : {",", " - ", " in ", " on ", " at ", " January", " February",
                               " March", " April", " May", " June", " July", " August",
                               " September", " October", " November", " December"}) {
    rest = rest.substr(0, rest.find(end));
  }
  const std::vector<std::string_view> words = SplitWords(rest);
  size_t office = 0;
  while (office < words.size() && IsOfficeWord(words[office])) ++office;
  if (office == 0 || words.size() - office < 2 || words.size() - office > 3) return false;
  const std::string_view title(words[0].data(),
                               words[office - 1].data() + words[office - 1].size() - words[0].data());
  const std::string_view name(words[office].data(),
                              words.back().data() + words.back().size() - words[office].data());
  if (!NameAsLabel(name, label)) return false;
  label->roles.push_back({std::string(title), "", RoleSource::kLabel});
  return true;
}

// The closing note: "(The briefing was concluded at 1:39 p.m.)", "END", "END 1:39 P.M. EDT".
bool IsClosingNote(std::string_view l) {
  if (l == "END" || l == "# # #" || l == "###") return true;
  if (!IsParentheticalLine(l)) return false;
  static constexpr std::string_view kWords[] = {"concluded", "adjourned", "ended", "briefing"};
  for (std::string_view w : kWords) {
    if (FindIgnoreCase(l, w) != kNpos) return true;
  }
  return false;
}

void ReadBriefing(const PageView& page, RecordReading* r) {
  const std::vector<std::string_view>& lines = page.lines;
  bool named = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view l = lines[i];
    if (l.empty()) continue;
    SpeakerLabel label;
    if (!named && i < 40 && (ReadHeaderLine(l, &label) || ReadPresenterLine(l, &label))) {
      r->cast.push_back(std::move(label));
      r->furniture.push_back(i);  // the header or credit line, never text
      named = true;
      continue;
    }
    if (!named && i < 40 && ReadTitleLine(l, &label)) {
      r->cast.push_back(std::move(label));
      named = true;
      continue;
    }
    if (IsClockLine(l) || IsClosingNote(l)) {
      r->furniture.push_back(i);
      continue;
    }
    // "Q    Thanks. On trade?": a reporter's question, however the page sets the Q.
    size_t speech = 0;
    if (QuestionAnswerLetter(l, &speech) == 'Q') r->labels.emplace_back(i, NoPersonLabel("Q", speech));
  }
}

int Score(const PageView& page) {
  const int questions = LinesOpeningWith(page, {"QUESTION:", "Q:", "Q "}) + LinesEqualTo(page, {"Q"});
  const int cues = LinesContaining(page, {"Press Briefing", "Spokesperson", "Press Secretary",
                                          "Spokesman", "Press Briefing Room", "Briefing"});
  // QUESTION: from the floor is a briefing's own label, whatever the page says of itself.
  if (questions < 2 || (cues == 0 && LinesOpeningWith(page, {"QUESTION:"}) < 2)) return 0;
  return 2 * std::min(questions, 10) + 2 * std::min(cues, 3);
}

Layout Make() {
  Layout l;
  l.name = "briefing";
  l.description = "press briefings: QUESTION: from no one person, the briefer from the header";
  l.score = Score;
  l.read_record = ReadBriefing;
  return l;
}

}  // namespace

const Layout& BriefingLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
