#include "parse/layouts/record_lines.h"

#include "base/text_util.h"

namespace newsarchive {

bool NameAsLabel(std::string_view name, SpeakerLabel* label) {
  name = Trim(name);
  if (name.empty() || name.size() > 80) return false;
  SpeakerLabel parsed;
  if (!ParseSpeakerLabel(std::string(name) + ":", &parsed) || parsed.no_person ||
      parsed.name.empty()) {
    return false;
  }
  *label = std::move(parsed);
  return true;
}

SpeakerLabel CreditedLabel(const SpeakerLabel& person, std::string_view printed, size_t speech) {
  SpeakerLabel label = person;
  label.printed = std::string(printed);
  label.start = 0;
  label.speech = speech;
  return label;
}

SpeakerLabel NoPersonLabel(std::string_view printed, size_t speech) {
  SpeakerLabel label;
  label.printed = label.name = label.name_printed = std::string(printed);
  label.all_caps = IsAllCaps(printed);
  label.generic = label.no_person = true;
  label.speech = speech;
  return label;
}

bool IsClockLine(std::string_view l) {
  l = Trim(l);
  if (l.size() < 4 || l.size() > 32) return false;
  if ((l.front() == '(' && l.back() == ')') || (l.front() == '[' && l.back() == ']')) {
    l = Trim(l.substr(1, l.size() - 2));
  }
  if (StartsWithIgnoreCase(l, "END ")) l = Trim(l.substr(4));
  size_t i = 0;
  while (i < l.size() && IsAsciiDigit(l[i])) ++i;
  if (i == 0 || i > 2 || i >= l.size() || (l[i] != ':' && l[i] != '.')) return false;
  const size_t minutes = ++i;
  while (i < l.size() && IsAsciiDigit(l[i])) ++i;
  if (i - minutes != 2) return false;
  std::string_view rest = Trim(l.substr(i));
  if (rest.empty()) return true;
  static constexpr std::string_view kClock[] = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m"};
  const std::string_view meridian = FirstWord(rest);
  if (!WordSetOf<kClock>().Contains(AsciiLowerCopy(meridian))) return false;
  rest = Trim(rest.substr(rest.find(meridian) + meridian.size()));
  if (!rest.empty() && rest.front() == '.') rest = Trim(rest.substr(1));
  // A time zone at most: "EDT", "GMT".
  return rest.empty() || (rest.size() <= 4 && IsAllCaps(rest));
}

bool IsParentheticalLine(std::string_view l) {
  l = Trim(l);
  if (l.size() < 3) return false;
  if (l.front() == '[') return l.back() == ']';
  return l.front() == '(' && (l.back() == ')' || l.substr(l.size() - 2) == ").");
}

// "Q.", "Q:", "A.", "A:" (or the letter followed by two spaces or a tab) opening a line: the
// letter, and where the speech starts; 0 when the line does not open so.
char QuestionAnswerLetter(std::string_view l, size_t* speech) {
  if (l.empty() || (l[0] != 'Q' && l[0] != 'A')) return 0;
  if (l.size() == 1) {
    *speech = 1;
    return l[0];
  }
  if (l[1] == '.' || l[1] == ':') {
    if (l.size() > 2 && l[2] != ' ' && l[2] != '\t') return 0;
    *speech = SpeechAfter(l, 2);
    return l[0];
  }
  if (l[1] == '\t' || (l.size() > 2 && l[1] == ' ' && l[2] == ' ')) {
    *speech = SpeechAfter(l, 1);
    return l[0];
  }
  return 0;
}

std::string_view FirstWord(std::string_view l) {
  size_t end = 0;
  while (end < l.size() && l[end] != ' ' && l[end] != '\t') ++end;
  std::string_view w = l.substr(0, end);
  while (!w.empty() && std::string_view(".,:;").find(w.back()) != std::string_view::npos) {
    w.remove_suffix(1);
  }
  return w;
}

size_t SpeechAfter(std::string_view l, size_t skip) {
  while (skip < l.size() && (l[skip] == ' ' || l[skip] == '\t')) ++skip;
  return std::min(skip, l.size());
}

}  // namespace newsarchive
