// Court transcripts and depositions: `Q.` and `A.` credited to the examining attorney of the
// latest `BY MR. X:` heading and to the sworn witness; `THE WITNESS:`; counsel's full names and
// sides from the APPEARANCES block and the `ORAL ARGUMENT OF X` headings; captions, headings
// and closing parentheticals kept out of the turns.
#include "base/text_util.h"
#include "parse/layouts/layouts.h"
#include "parse/layouts/record_lines.h"

namespace newsarchive {
namespace {

constexpr size_t kNpos = std::string_view::npos;

// The counsel a `BY MR. HALVORSEN:` heading (or "EXAMINATION BY MS. ODUYA") names.
bool ExaminerOf(std::string_view l, SpeakerLabel* label) {
  if (HasLowercase(l) || l.size() > 80) return false;
  size_t by = l.find("BY ");
  if (by == kNpos || (by > 0 && l[by - 1] != ' ')) return false;
  std::string_view name = Trim(l.substr(by + 3));
  if (!name.empty() && name.back() == ':') name.remove_suffix(1);
  return NameAsLabel(name, label);
}

// "TEODOR VASQUEZ-LINDGREN, having been first duly sworn": the witness, from this line or the
// one above.
bool IsSwornLine(std::string_view l) {
  return FindIgnoreCase(l, "duly sworn") != kNpos || FindIgnoreCase(l, "called as a witness") != kNpos ||
         FindIgnoreCase(l, "having been sworn") != kNpos ||
         FindIgnoreCase(l, "having been first sworn") != kNpos ||
         FindIgnoreCase(l, "duly affirmed") != kNpos;
}

// "DEPOSITION OF X", "ORAL ARGUMENT OF X", "REBUTTAL ARGUMENT OF X": the heading's kind and
// the name after "OF".
bool HeadingNaming(std::string_view l, std::string_view opener, std::string_view* name) {
  if (HasLowercase(l) || l.size() > 90) return false;
  const size_t at = l.find(opener);
  if (at == kNpos) return false;
  *name = Trim(l.substr(at + opener.size()));
  const size_t comma = name->find(',');
  if (comma != kNpos) *name = Trim(name->substr(0, comma));
  return !name->empty();
}

// The side in "on behalf of the Petitioner", "For the Plaintiff": "Counsel for the plaintiff".
std::string SideIn(std::string_view l) {
  for (std::string_view opener : {"on behalf of ", "for the "}) {
    const size_t at = FindIgnoreCase(l, opener);
    if (at == kNpos) continue;
    std::string_view side = l.substr(at + opener.size());
    if (StartsWithIgnoreCase(side, "the ")) side.remove_prefix(4);
    size_t end = 0;
    while (end < side.size() && (IsAsciiAlpha(side[end]) || side[end] == '-' || side[end] == ' ')) {
      ++end;
    }
    side = Trim(side.substr(0, end));
    if (!side.empty()) return "Counsel for the " + AsciiLowerCopy(side);
  }
  return "";
}

// A name as the appearances print it: "DMITRI VOSKUIJLEN, ESQ., Marlow City; ...",
// "Mr. Cormac Halvorsen".
bool CounselName(std::string_view text, SpeakerLabel* label) {
  text = Trim(text);
  const size_t comma = text.find_first_of(",;");
  if (comma != kNpos) text = Trim(text.substr(0, comma));
  return NameAsLabel(text, label);
}

// A line of a case caption set in columns: its colon or parenthesis after a run of spaces.
bool IsCaptionColumn(std::string_view l) {
  const size_t mark = l.find_first_of(":)");
  return mark != kNpos && mark >= 2 && l[mark - 1] == ' ' && l[mark - 2] == ' ';
}

// The court reporter's name at the foot of every page: "Kestrel Reporting Company",
// "Marlow Court Reporters, Inc.".
bool IsReporterFooter(std::string_view l) {
  if (l.size() > 60 || l.empty() || !IsAsciiUpper(l[0])) return false;
  static constexpr std::string_view kFirm[] = {
      "Reporting Company", "Reporting Corporation", "Reporting Corp.", "Reporters, Inc.",
      "Reporting Services", "Reporting, Inc.", "Court Reporters"};
  return EndsWithAnyIgnoreCase(l, kFirm);
}

// A reporter's running head, at the top or foot of every page.
constexpr std::string_view kRunningHeads[] = {"Official - Subject to Final Review",
                                              "Official - Subject to Final Review."};

bool IsCourtChrome(std::string_view l) {
  const std::string_view t = Trim(l);
  return InIgnoreCaseList(t, kRunningHeads) || IsReporterFooter(t);
}

struct CourtReader {
  CourtReader(const std::vector<std::string_view>& page_lines, RecordReading* reading)
      : lines(page_lines), r(reading) {}
  const std::vector<std::string_view>& lines;
  RecordReading* r;
  SpeakerLabel examiner, witness;
  bool has_examiner = false, has_witness = false;
  bool turns_begun = false;
  bool in_appearances = false;
  std::string pending_side;  // a side heading ("ON BEHALF OF PLAINTIFF:") awaiting its name

  void AddCounsel(SpeakerLabel counsel, const std::string& side) {
    if (!side.empty()) counsel.roles.push_back({side, "", RoleSource::kText});
    r->cast.push_back(std::move(counsel));
  }

  // One line of the APPEARANCES block; false when the block has ended.
  bool ReadAppearance(std::string_view l) {
    size_t speech = 0;
    if (QuestionAnswerLetter(l, &speech) != 0 || IsSwornLine(l)) return false;
    const std::string side = SideIn(l);
    SpeakerLabel counsel;
    const size_t colon = l.find(':');
    if (!side.empty() && colon != kNpos && colon + 1 < l.size()) {
      // "For the Plaintiff: Mr. Cormac Halvorsen".
      if (CounselName(l.substr(colon + 1), &counsel)) AddCounsel(counsel, side);
    } else if (!side.empty() && (colon != kNpos || l.find(',') == kNpos)) {
      pending_side = side;  // "ON BEHALF OF THE PLAINTIFF:", the name below
    } else if (!side.empty()) {
      // "DMITRI VOSKUIJLEN, ESQ., Marlow City; on behalf of the Petitioner."
      if (CounselName(l, &counsel)) AddCounsel(counsel, side);
    } else if (!pending_side.empty()) {
      if (CounselName(l, &counsel)) AddCounsel(counsel, pending_side);
      pending_side.clear();
    } else if (!HasLowercase(l) && l.find(':') == kNpos && l.size() < 40) {
      return false;  // the next heading: "PROCEEDINGS"
    }
    return true;
  }

  void Furniture(size_t i) { r->furniture.push_back(i); }

  // "Q" credited to the examining attorney, "A" to the sworn witness, when the record names them.
  SpeakerLabel LetterLabel(char letter, size_t speech) const {
    const std::string_view printed = letter == 'Q' ? "Q" : "A";
    if (letter == 'Q' && has_examiner) return CreditedLabel(examiner, printed, speech);
    if (letter == 'A' && has_witness) return CreditedLabel(witness, printed, speech);
    return NoPersonLabel(printed, speech);
  }

  // "Q. WERE YOU THERE? A. I WAS.": the other letter after a sentence's end, then a capital or
  // a quotation mark, taking turns from `letter` on.
  void FindRunTogetherLetters(size_t i, char letter, size_t speech) {
    const std::string_view l = lines[i];
    for (size_t from = speech;;) {
      const char next = letter == 'Q' ? 'A' : 'Q';
      const char mark[] = {' ', next, '.', ' ', '\0'};
      const size_t at = l.find(mark, from);
      if (at == kNpos || at + 4 >= l.size()) return;
      from = at + 1;
      const char before = at > 0 ? l[at - 1] : ' ';
      const char after = l[at + 4];
      if (std::string_view(".?!\"'").find(before) == kNpos ||
          !(IsAsciiUpper(after) || after == '"')) {
        continue;
      }
      r->run_together.push_back({i, at + 1, LetterLabel(next, 3)});
      letter = next;
    }
  }

  void Read() {
    size_t first_content = kNpos;
    for (size_t i = 0; i < lines.size(); ++i) {
      const std::string_view l = lines[i];
      if (l.empty()) continue;
      if (first_content == kNpos) {
        // The reporter's running head may stand above the caption on the first page.
        if (IsCourtChrome(l)) {
          Furniture(i);
          continue;
        }
        first_content = i;  // the headline, whatever it is: never a turn
        r->text.push_back(i);
        continue;
      }
      size_t speech = 0;
      SpeakerLabel label;
      std::string_view name;
      if (StartsWithIgnoreCase(l, "APPEARANCES")) {
        in_appearances = true;
        Furniture(i);
        continue;
      }
      if (in_appearances && !turns_begun) {
        in_appearances = ReadAppearance(l);
        if (in_appearances) {
          Furniture(i);
          continue;
        }
      }
      if (ExaminerOf(l, &label)) {
        examiner = label;
        has_examiner = true;
        Furniture(i);
        continue;
      }
      if (IsSwornLine(l)) {
        std::string_view who = l.substr(0, l.find(','));
        if (who.size() == l.size() || FindIgnoreCase(who, "sworn") != kNpos) {
          // The name stands on the line above: "TEODOR VASQUEZ-LINDGREN,".
          size_t above = i;
          while (above > 0 && lines[above - 1].empty()) --above;
          who = above > 0 ? lines[above - 1] : "";
          if (!who.empty() && who.back() == ',') who.remove_suffix(1);
        }
        if (NameAsLabel(who, &label)) {
          label.roles.push_back({"Witness", "", RoleSource::kText});
          witness = label;
          has_witness = true;
        }
        Furniture(i);
        continue;
      }
      if (HeadingNaming(l, "ARGUMENT OF ", &name)) {
        // The counsel who speaks next, on the side the next line names.
        size_t next = i + 1;
        std::string side = SideIn(l);
        if (side.empty() && next < lines.size() && !HasLowercase(lines[next])) {
          side = SideIn(lines[next]);
          if (!side.empty()) Furniture(next);
        }
        if (NameAsLabel(name, &label)) AddCounsel(label, side);
        Furniture(i);
        continue;
      }
      if (!has_witness && (HeadingNaming(l, "DEPOSITION OF ", &name) ||
                           HeadingNaming(l, "EXAMINATION OF ", &name) ||
                           HeadingNaming(l, "TESTIMONY OF ", &name))) {
        if (NameAsLabel(name, &label)) {
          label.roles.push_back({"Witness", "", RoleSource::kText});
          witness = label;
          has_witness = true;
        }
        Furniture(i);
        continue;
      }
      if (const char letter = QuestionAnswerLetter(l, &speech)) {
        turns_begun = true;
        r->labels.emplace_back(i, LetterLabel(letter, speech));
        FindRunTogetherLetters(i, letter, speech);
        continue;
      }
      if (StartsWithIgnoreCase(l, "THE WITNESS:")) {
        turns_begun = true;
        speech = SpeechAfter(l, 12);
        // No sworn witness named above: the part, not a person called "The Witness".
        r->labels.emplace_back(i, has_witness ? CreditedLabel(witness, "THE WITNESS", speech)
                                              : NoPersonLabel("THE WITNESS", speech));
        continue;
      }
      // The bench, the court's officers and the parties, unnamed: parts in the proceedings, no
      // one person across the archive.
      static constexpr std::string_view kOfficers[] = {
          "THE COURT:",       "THE CLERK:",         "THE BAILIFF:",   "THE REPORTER:",
          "THE VIDEOGRAPHER:", "THE DEFENDANT:",    "THE PLAINTIFF:", "DEFENSE ATTORNEY:",
          "DEFENSE COUNSEL:", "THE PROSECUTOR:",    "PROSECUTOR:",    "THE INTERPRETER:",
          "A JUROR:",         "THE JUROR:"};
      if (StartsWithAnyIgnoreCase(l, kOfficers)) {
        turns_begun = true;
        const size_t colon = l.find(':');
        r->labels.emplace_back(i, NoPersonLabel(l.substr(0, colon), SpeechAfter(l, colon + 1)));
        continue;
      }
      // The caption's column of colons or parentheses, "UNITED STATES,          :": no label
      // sets its colon apart so.
      if (IsCaptionColumn(l)) {
        Furniture(i);
        continue;
      }
      if (IsClockLine(l) || IsParentheticalLine(l)) {
        Furniture(i);
        continue;
      }
      if (ParseSpeakerLabel(l, &label) && label.all_caps) {
        // Before the first turn, a label names someone by a title or an honorific ("JUSTICE
        // PELLO:", "MS. WARDELL:"); a caption's "IN HER CAPACITY AS EXECUTOR:" or a contents
        // page's "ORAL ARGUMENT OF: PAGE:" is furniture.
        if (!turns_begun && label.honorific.empty() && label.roles.empty()) {
          Furniture(i);
          continue;
        }
        turns_begun = true;
        continue;
      }
      // Before the first turn: the caption, the case number, the date taken. After it: the
      // headings in capitals ("CROSS-EXAMINATION", "PROCEEDINGS").
      if (!turns_begun || (!HasLowercase(l) && l.size() < 90 && !EndsWithIgnoreCase(l, "?"))) {
        Furniture(i);
      }
    }
  }
};

void ReadCourtRecord(const PageView& page, RecordReading* reading) {
  CourtReader reader(page.lines, reading);
  reader.Read();
}

// Court cues: examination headings, the sworn witness, appearances, the bench's labels; then
// the Q. and A. lines count.
int Score(const PageView& page) {
  int cues = 0;
  int letters = 0;
  for (std::string_view l : page.lines) {
    SpeakerLabel label;
    size_t speech;
    cues += ExaminerOf(l, &label) || IsSwornLine(l);
    letters += QuestionAnswerLetter(l, &speech) != 0;
  }
  cues += LinesOpeningWith(page, {"APPEARANCES", "THE COURT:", "THE WITNESS:", "ORAL ARGUMENT OF",
                                  "DIRECT EXAMINATION", "CROSS-EXAMINATION", "CHIEF JUSTICE ",
                                  "THE DEFENDANT:", "THE PROSECUTOR:", "DEFENSE ATTORNEY:",
                                  "THE CLERK:", "THE BAILIFF:"});
  if (cues == 0) return 0;
  return 4 * std::min(cues, 10) + std::min(letters, 20);
}

Layout Make() {
  Layout l;
  l.name = "court";
  l.chrome_lines = {std::begin(kRunningHeads), std::end(kRunningHeads)};
  l.is_chrome = IsReporterFooter;
  l.description = "court transcripts and depositions: Q./A. under \"BY MR. X:\", THE COURT:";
  l.score = Score;
  l.read_record = ReadCourtRecord;
  return l;
}

}  // namespace

const Layout& CourtLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
