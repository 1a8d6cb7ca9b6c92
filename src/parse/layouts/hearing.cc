// Congressional hearing records: speakers named with a period, not a colon ("Mr. Linder. The
// meeting will come to order.", "Chairman LEAHY. Thank you.").
#include "base/text_util.h"
#include "parse/layouts/layouts.h"
#include "parse/layouts/record_lines.h"
#include "people/speaker_label.h"

namespace newsarchive {
namespace {

// Where the label ends (its period) and the speech starts: an honorific or title, then one or
// two capitalized words, then ". " and the speech.
std::pair<size_t, size_t> HearingLabelEnd(std::string_view l) {
  constexpr std::pair<size_t, size_t> kNone{std::string_view::npos, std::string_view::npos};
  static constexpr std::string_view kOpeners[] = {
      "Mr. ",       "Ms. ",        "Mrs. ",    "Dr. ",
      "Chairman ",  "Chairwoman ", "Senator ", "Representative ",
      "Secretary ", "General ",    "Admiral ", "Judge "};
  size_t at = std::string_view::npos;
  for (std::string_view opener : kOpeners) {
    if (l.compare(0, opener.size(), opener) == 0) at = opener.size();
  }
  if (at == std::string_view::npos) return kNone;
  for (int word = 0; word < 2 && at < l.size() && IsAsciiUpper(l[at]); ++word) {
    size_t end = at;
    while (end < l.size() && (IsAsciiAlpha(l[end]) || l[end] == '-' || l[end] == '\'')) ++end;
    if (end - at < 2 || end + 2 > l.size()) return kNone;
    if (l[end] == '.' && l[end + 1] == ' ') return {end, end + 2};
    if (l[end] != ' ') return kNone;
    at = end + 1;
  }
  return kNone;
}

// "The PRESIDING OFFICER. The Senator from Orren is recognized.": the chair of the day, named by
// the office alone (whoever holds it), so a part in the record rather than a person. Where the
// speech starts; 0 when the line opens with no such label.
size_t OfficeLabelEnd(std::string_view l) {
  static constexpr std::string_view kOffices[] = {
      "The PRESIDING OFFICER. ", "The SPEAKER pro tempore. ", "The SPEAKER. ",
      "The ACTING PRESIDENT pro tempore. ", "The PRESIDENT pro tempore. ", "The VICE PRESIDENT. ",
      "The CHAIRMAN. ", "The CHAIRWOMAN. ", "The CHAIR. ", "The ACTING CHAIR. ",
      "The ACTING CHAIRMAN. ", "The CLERK. ", "The LEGISLATIVE CLERK. ",
      "The ASSISTANT LEGISLATIVE CLERK. "};
  for (std::string_view office : kOffices) {
    if (l.size() > office.size() && l.compare(0, office.size(), office) == 0) return office.size();
  }
  return 0;
}

// "The subcommittee met, pursuant to call, at 10:00 a.m., ... presiding.": the record's own
// opening, which makes a single "Mr. Linder. ..." line a turn.
bool OpensRecord(const PageView& page) {
  return LinesContaining(page, {"met, pursuant to", "met pursuant to", "pursuant to notice",
                                "pursuant to call"}) > 0;
}

int Score(const PageView& page) {
  int labels = 0;
  for (std::string_view line : page.lines) {
    labels += HearingLabelEnd(line).first != std::string_view::npos;
  }
  if (labels == 1 && OpensRecord(page)) return 3;
  return labels >= 2 ? 2 * labels : 0;
}

// On a record that opens so, every line of the label shape is a turn, however few there are
// (a record's first page may hold one); elsewhere FindLayoutLabels wants two. The offices'
// labels are turns of no person on any hearing page.
void ReadHearing(const PageView& page, RecordReading* r) {
  const bool opens = OpensRecord(page);
  for (size_t i = 0; i < page.lines.size(); ++i) {
    const std::string_view l = page.lines[i];
    if (const size_t speech = OfficeLabelEnd(l)) {
      r->labels.emplace_back(i, NoPersonLabel(l.substr(0, speech - 2), speech));
      continue;
    }
    if (!opens) continue;
    const std::pair<size_t, size_t> end = HearingLabelEnd(l);
    SpeakerLabel label;
    if (end.first == std::string_view::npos ||
        !ParseSpeakerLabel(std::string(l.substr(0, end.first)) + ":", &label) || label.generic) {
      continue;
    }
    label.printed = std::string(l.substr(0, end.first + 1));
    label.speech = end.second;
    r->labels.emplace_back(i, std::move(label));
  }
}

Layout Make() {
  Layout l;
  l.name = "hearing";
  l.description = "hearing records: \"Mr. Linder. The meeting will come to order.\"";
  l.score = Score;
  l.label_end = HearingLabelEnd;
  l.read_record = ReadHearing;
  return l;
}

}  // namespace

const Layout& HearingLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
