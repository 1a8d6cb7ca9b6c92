// Magazine and web Q&As: the publication's name as the interviewer's label ("The Thornfield
// Review: You have said ...") is credited to the byline's interviewer ("Interview by X") or to
// no person, never to the publication as a person; `Q:` and `A:` go to the interviewer and to
// the person the introduction names ("A Conversation with X", "Interview with X").
#include "base/text_util.h"
#include "parse/layouts/layouts.h"
#include "parse/layouts/record_lines.h"
#include "people/names.h"

namespace newsarchive {
namespace {

constexpr size_t kNpos = std::string_view::npos;

// The name after one of `openers` in `l` ("Interview by Jonah Pellegrino"), up to a comma.
bool NameAfter(std::string_view l, std::initializer_list<std::string_view> openers,
               SpeakerLabel* label) {
  if (l.size() > 140) return false;
  for (std::string_view opener : openers) {
    const size_t at = FindIgnoreCase(l, opener);
    if (at == kNpos) continue;
    std::string_view name = l.substr(at + opener.size());
    for (std::string_view end : {",", " | ", " - ", " on ", " about ", " (", "."}) {
      name = name.substr(0, name.find(end));
    }
    if (NameAsLabel(name, label)) return true;
  }
  return false;
}

struct QaCast {
  SpeakerLabel interviewer, interviewee;
  bool has_interviewer = false, has_interviewee = false;
  std::string_view publication;  // the first line, when the questions are labelled with it
};

// True when some line opens with `name` as a label ("The Thornfield Review: ...").
bool LabelsWith(const std::vector<std::string_view>& lines, std::string_view name) {
  for (std::string_view l : lines) {
    if (l.size() > name.size() + 1 && l.compare(0, name.size(), name) == 0 &&
        l[name.size()] == ':') {
      return true;
    }
  }
  return false;
}

// The one capitalized word a line opens with as a label ("Goodman: You look ..."), or "".
std::string_view OneWordLabel(std::string_view l) {
  const size_t colon = l.find(':');
  if (colon == kNpos || colon < 2 || colon > 30 || colon + 1 >= l.size() || l[colon + 1] != ' ' ||
      !IsAsciiUpper(l[0])) {
    return "";
  }
  const std::string_view word = l.substr(0, colon);
  for (char c : word) {
    if (!IsAsciiAlpha(c) && c != '-' && c != '\'') return "";
  }
  return word;
}

// The interviewee's surname, as a label names them in later answers ("Goodman").
std::string_view Surname(const SpeakerLabel& person) {
  const std::vector<std::string_view> words = SplitWords(person.name);
  return words.size() >= 2 ? words.back() : std::string_view();
}

QaCast ReadCast(const std::vector<std::string_view>& lines) {
  QaCast cast;
  for (size_t i = 0; i < lines.size() && i < 30; ++i) {
    const std::string_view l = lines[i];
    if (l.empty()) continue;
    if (cast.publication.empty() && l.size() < 60 && l.find(':') == kNpos) cast.publication = l;
    if (!cast.has_interviewer &&
        NameAfter(l, {"Interview by ", "Interviewed by ", "Questions by "}, &cast.interviewer)) {
      cast.has_interviewer = true;
      cast.interviewer.roles.push_back({"Interviewer", "", RoleSource::kText});
    }
    if (!cast.has_interviewee &&
        NameAfter(l, {"Conversation with ", "Interview with ", "Q&A with ", "Q&A: ", "talks with "},
                  &cast.interviewee)) {
      cast.has_interviewee = true;
    }
  }
  if (!cast.publication.empty() && !LabelsWith(lines, cast.publication)) cast.publication = "";
  return cast;
}

// True when the next label line after `i` opens with the interviewee's `surname`.
bool AsksBefore(const std::vector<std::string_view>& lines, size_t i, std::string_view surname) {
  if (surname.empty()) return false;
  for (size_t next = i + 1; next < lines.size() && next < i + 8; ++next) {
    const std::string_view word = OneWordLabel(lines[next]);
    if (!word.empty()) return word == surname;
  }
  return false;
}

void ReadQa(const PageView& page, RecordReading* r) {
  const std::vector<std::string_view>& lines = page.lines;
  const QaCast cast = ReadCast(lines);
  if (cast.has_interviewer) r->cast.push_back(cast.interviewer);
  bool first = true;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view l = lines[i];
    if (l.empty()) continue;
    if (first) {
      // The publication's name above the headline is its masthead, not the headline.
      if (l == cast.publication) {
        r->furniture.push_back(i);
        continue;
      }
      first = false;
      r->text.push_back(i);  // the headline, never a turn
      continue;
    }
    SpeakerLabel byline;
    if (i < 30 && NameAfter(l, {"Interview by ", "Interviewed by ", "Questions by "}, &byline) &&
        l.size() < 80) {
      r->furniture.push_back(i);  // the byline
      continue;
    }
    size_t speech = 0;
    const char letter = QuestionAnswerLetter(l, &speech);
    if (letter == 'Q' || (!cast.publication.empty() && l.size() > cast.publication.size() + 1 &&
                          l.compare(0, cast.publication.size(), cast.publication) == 0 &&
                          l[cast.publication.size()] == ':')) {
      if (letter != 'Q') speech = SpeechAfter(l, cast.publication.size() + 1);
      const std::string_view printed = letter == 'Q' ? "Q" : cast.publication;
      r->labels.emplace_back(i, cast.has_interviewer ? CreditedLabel(cast.interviewer, printed, speech)
                                                     : NoPersonLabel(printed, speech));
    } else if (letter == 'A') {
      r->labels.emplace_back(i, cast.has_interviewee ? CreditedLabel(cast.interviewee, "A", speech)
                                                     : NoPersonLabel("A", speech));
    } else if (const std::string_view word = OneWordLabel(l);
               !word.empty() && cast.has_interviewee) {
      // "Flyer: How does ...?" / "Goodman: You look ...": the interviewee under their
      // surname, and the one other word that asks before each answer is the interviewer.
      const std::string_view surname = Surname(cast.interviewee);
      speech = SpeechAfter(l, word.size() + 1);
      if (word == surname) {
        r->labels.emplace_back(i, CreditedLabel(cast.interviewee, word, speech));
      } else if (AsksBefore(lines, i, surname)) {
        r->labels.emplace_back(i, cast.has_interviewer ? CreditedLabel(cast.interviewer, word, speech)
                                                       : NoPersonLabel(word, speech));
      }
    }
  }
}

// A byline or an introduction of the interview, and questions set as labels.
int Score(const PageView& page) {
  const int intro = LinesContaining(page, {"Interview by ", "Interviewed by ", "Conversation with ",
                                           "Interview with ", "Q&A with "});
  if (intro == 0) return 0;
  const int questions = LinesOpeningWith(page, {"Q:", "Q.", "A:", "A."});
  int publication = 0;
  for (std::string_view l : page.lines) {
    if (l.empty()) continue;
    if (l.size() < 60 && l.find(':') == kNpos) {
      const std::string label = std::string(l) + ":";
      publication = LinesOpeningWith(page, {label});
    }
    break;
  }
  // "Q&A with Amy Goodman" and "Goodman: ..." answers.
  int answers = 0;
  for (std::string_view l : page.lines) {
    SpeakerLabel interviewee;
    if (NameAfter(l, {"Interview with ", "Q&A with ", "Conversation with "}, &interviewee)) {
      const std::string_view surname = Surname(interviewee);
      if (!surname.empty()) answers = LinesOpeningWith(page, {std::string(surname) + ":"});
      break;
    }
  }
  if (questions + publication + 2 * answers < 2) return 0;
  return 2 * intro + std::min(questions + publication + 10 * answers, 20);
}

Layout Make() {
  Layout l;
  l.name = "qa";
  l.description = "magazine and web Q&As: the publication's questions, the byline's interviewer";
  l.score = Score;
  l.read_record = ReadQa;
  return l;
}

}  // namespace

const Layout& QaLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
