// How this works: every non-furniture line is offered to the label memo (SpeakerLabelParser);
// a short line that opens a label and stops at a comma is tried again joined to the next line.
// Strong candidates are labels at once; weak ones go through ConfirmWeak, which looks at the
// whole story (recurrence, names shared with strong labels, layout, mentions in the text).
#include "parse/story_labels.h"

#include <algorithm>
#include <unordered_map>

#include "base/text_util.h"
#include "parse/layout.h"
#include "parse/page_chrome.h"
#include "parse/page_lines.h"
#include "parse/paragraph_text.h"
#include "parse/story_metadata.h"
#include "people/name_mentions.h"
#include "people/given_label.h"
#include "people/names.h"

namespace newsarchive {
namespace {

constexpr size_t kMaxRunTogetherLabel = 60;  // bytes between a sentence's end and the colon
constexpr size_t kMaxKnownNames = 1000;

// A line that may be the first half of a label wrapped onto two lines: a short line opening
// with a name in capitals and a comma ("EMMA ROE, Co-Author, "Home Work:").
bool MayOpenWrappedLabel(std::string_view l) {
  if (l.size() > 120) return false;
  const size_t comma = l.find(',');
  if (comma == std::string_view::npos || comma < 2) return false;
  return IsAllCaps(l.substr(0, comma)) && l.back() != '.';
}

// "tg" for "Terry Gross": the lower-case first letters of a name's words.
std::string Initials(std::string_view name) {
  std::string initials;
  for (std::string_view w : SplitWords(name)) initials += AsciiLower(w[0]);
  return initials;
}

// The lines that already open a label candidate.
template <typename Candidates>
std::unordered_set<size_t> CandidateLines(const Candidates& candidates) {
  std::unordered_set<size_t> lines;
  for (const auto& c : candidates) lines.insert(c.line);
  return lines;
}

// A credit, not a turn: a generic label such as "Guest:" or "Moderator:" followed by nothing
// but names (two or more capitalized words, and the odd "-", "and", "of").
bool IsCreditLine(const SpeakerLabel& label, std::string_view speech) {
  static constexpr std::string_view kCreditLabels[] = {
      "guest",    "guests",    "host",     "hosts", "moderator", "presenter",
      "producer", "producers", "reporter", "panel", "panelists"};
  if (!label.generic || !WordSetOf<kCreditLabels>().Contains(AsciiLowerCopy(label.name))) {
    return false;
  }
  const std::vector<std::string_view> words = SplitWords(speech);
  if (words.size() < 2 || words.size() > 12) return false;
  size_t capitalized = 0;
  for (std::string_view w : words) {
    if (w == "-" || w == "\u2013" || w == "and" || w == "of" || w == "&") continue;
    if (!StartsUpper(w) || std::string_view(".?!").find(w.back()) != std::string_view::npos) {
      return false;
    }
    ++capitalized;
  }
  return capitalized >= 2;
}

// True when `line` is the headline again: the first content line itself, or its opening when
// the page ran the headline into its teaser there.
bool RepeatsHeadline(std::string_view line, std::string_view first) {
  if (line == first) return true;
  return line.size() >= 12 && line.size() < first.size() &&
         first.compare(0, line.size(), line) == 0 && first[line.size()] == ' ';
}

}  // namespace

bool LooksLikeBareName(std::string_view l) {
  if (l.size() < 5 || l.size() > 40) return false;
  const std::vector<std::string_view> words = SplitWords(l);
  if (words.size() < 2 || words.size() > 4) return false;
  static constexpr std::string_view kHeadingWords[] = {
      "act",     "part",    "prologue", "epilogue", "chapter", "credits",
      "episode", "section", "segment",  "note",     "update",  "transcript"};
  if (WordSetOf<kHeadingWords>().Contains(AsciiLowerCopy(words[0]))) return false;
  for (std::string_view w : words) {
    if (!StartsUpper(w)) return false;
    for (char c : w) {
      if (IsAsciiDigit(c) ||
          std::string_view(":;,!?\"()[]#@/&").find(c) != std::string_view::npos) {
        return false;
      }
    }
  }
  return true;
}

// A line that opens with a label.
struct StoryLabels::Candidate {
  size_t line;
  const SpeakerLabel* label;  // owned by the label memo or by own_labels_
  size_t start;               // where the label starts in the line
  std::string_view speech;    // what follows the label
  bool two_lines;             // the label ran onto the next line
};

StoryLabels::StoryLabels(std::string_view text, const std::vector<std::string_view>& lines,
                         const Layout& layout, const PageLines* page)
    : text_(text), lines_(lines), layout_(layout), page_(page) {
  Find();
}

int StoryLabels::Add(SpeakerLabel label, std::string_view speech) {
  own_labels_.push_back(std::move(label));
  labels_.push_back(&own_labels_.back());
  speech_.push_back(speech);
  return static_cast<int>(labels_.size()) - 1;
}

void StoryLabels::Find() {
  at_.assign(lines_.size(), kNone);
  chrome_.assign(lines_.size(), false);
  std::vector<Candidate> candidates;
  // Labels recur across the stories of one archive (hosts, reporters): the memo outlives
  // one parse, one per thread, and bounds its own size.
  thread_local SpeakerLabelParser label_parser;
  label_parser.BeginStory();
  // The record's own reading comes first: its furniture and its labels are not read again.
  std::vector<bool> read(lines_.size(), false);
  if (layout_.read_record != nullptr) {
    layout_.read_record(PageView{lines_}, &record_);
    for (size_t i : record_.furniture) read[i] = chrome_[i] = true;
    for (size_t i : record_.text) read[i] = true;
    for (const auto& [i, label] : record_.labels) read[i] = true;
  }
  size_t first_content = lines_.size();
  for (size_t i = 0; i < lines_.size(); ++i) {
    std::string_view l = lines_[i];
    if (l.empty() || chrome_[i]) continue;
    if (TakeGiven(i, &candidates)) {
      if (first_content == lines_.size()) first_content = i;
      continue;
    }
    if (!read[i] && IsChromeLine(l)) {
      chrome_[i] = true;
      continue;
    }
    if (first_content == lines_.size()) first_content = i;
    if (read[i]) continue;
    size_t start;
    size_t speech;
    if (const SpeakerLabel* label = label_parser.Parse(l, &start, &speech)) {
      candidates.push_back({i, label, start, l.substr(std::min(speech, l.size())), false});
    } else if (i + 1 < lines_.size() && MayOpenWrappedLabel(l)) {
      // "BRYAN MCKUNE, Manager of Pilot Development," / "Alaska Airlines: It's ...".
      std::string_view next = lines_[i + 1];
      const std::string joined = std::string(l) + " " + std::string(next);
      SpeakerLabel wrapped;
      if (ParseSpeakerLabel(joined, &wrapped) && wrapped.all_caps && wrapped.speech > l.size()) {
        speech = std::min(wrapped.speech - l.size() - 1, next.size());
        start = wrapped.start;
        own_labels_.push_back(std::move(wrapped));
        candidates.push_back({i, &own_labels_.back(), start, next.substr(speech), true});
      }
    }
  }
  std::vector<bool> confirmed = ConfirmWeak(candidates, first_content);
  AddRecordLabels(&candidates, &confirmed);
  if (page_ == nullptr || !page_->any_given()) {  // the format named its speakers itself
    FindBareNames(first_content, &candidates, &confirmed);
    FindLayoutLabels(first_content, &candidates, &confirmed);
  }
  std::unordered_set<const SpeakerLabel*> known_labels;
  for (size_t k = 0; k < candidates.size(); ++k) {
    Candidate& c = candidates[k];
    if (!c.label->strong() && !confirmed[k]) continue;
    // "Ed Miro: A Harbor Pilot's Long Night" printed again under the headline is the headline
    // (a label in capitals on the first line is a turn, and so are its repeats).
    if (!c.label->strong() && c.line != first_content && first_content < lines_.size() &&
        RepeatsHeadline(lines_[c.line], lines_[first_content])) {
      continue;
    }
    if (!c.label->given && IsCreditLine(*c.label, c.speech)) {
      chrome_[c.line] = true;  // "Guest: Kseniya Kharchenko", "MODERATOR: RUSS MITCHELL - CBS"
      continue;
    }
    if (c.label->all_caps && !c.label->generic && known_names_.size() < kMaxKnownNames &&
        known_labels.insert(c.label).second) {
      known_names_.insert(FoldedName(c.label->name));
      std::vector<std::string_view> words = SplitWords(c.label->name);
      if (words.size() > 1) known_names_.insert(FoldedName(words.back()));
    }
    at_[c.line] = static_cast<int>(labels_.size());
    if (c.two_lines) {
      chrome_[c.line + 1] = false;
      at_[c.line + 1] = kContinued;
    }
    labels_.push_back(c.label);
    speech_.push_back(c.speech);
  }
  KeepUnconfirmedLabelsApart();
}

void StoryLabels::AddRecordLabels(std::vector<Candidate>* candidates,
                                  std::vector<bool>* confirmed) {
  for (const auto& [line, label] : record_.labels) {
    own_labels_.push_back(label);
    const std::string_view l = lines_[line];
    candidates->push_back({line, &own_labels_.back(), 0, l.substr(std::min(label.speech, l.size())),
                           false});
    confirmed->push_back(true);
  }
}

// Once the turns have begun, a paragraph that opens like a label is never part of the turn
// before it, whether or not the story confirms the label: text is never credited to the
// previous speaker because their label was not recognised. A speaker's label becomes a turn
// with no person (and a warning); a heading word ("NOTE:") text of its own.
void StoryLabels::KeepUnconfirmedLabelsApart() {
  // The first turn: a label followed by speech on its line or the next.
  size_t first_turn = 0;
  while (first_turn < lines_.size() &&
         (at_[first_turn] < 0 || (speech_[at_[first_turn]].empty() &&
                                  (first_turn + 1 == lines_.size() || lines_[first_turn + 1].empty())))) {
    ++first_turn;
  }
  std::unordered_set<std::string_view> seen(lines_.begin(), lines_.begin() + first_turn);
  for (size_t i = first_turn + 1; i < lines_.size(); ++i) {
    if (!seen.insert(lines_[i]).second) continue;  // printed again: a title, a pull quote
    if (at_[i] != kNone || chrome_[i] || lines_[i].empty()) continue;
    const std::string_view before = lines_[i - 1];
    if (!before.empty() && at_[i - 1] == kNone && !EndsSentence(before)) continue;
    const LabelShape shape = LabelShapeOf(lines_[i]);
    if (shape == LabelShape::kFurniture) at_[i] = kOwnText;
    if (shape != LabelShape::kLabel) continue;
    const std::string_view l = lines_[i];
    const size_t colon = l.find(':');
    size_t from = colon + 1;
    while (from < l.size() && l[from] == ' ') ++from;
    // "Meet the Press: 50 Years of History in the Making": a title, not a turn.
    if (LooksLikeHeadline(l.substr(from))) continue;
    SpeakerLabel label;
    std::string kept = "its turn is kept as that voice";
    if (!ParseSpeakerLabel(l, &label) || !label.generic) {
      label = SpeakerLabel();
      label.printed = label.name = label.name_printed = std::string(Trim(l.substr(0, colon)));
      label.speech = from;
      label.no_person = label.generic = true;
      kept = "its turn is kept with no person";
    }
    warnings_.push_back({static_cast<int>(i) + 1, "label \"" + label.printed +
                                                      "\" is not one the story confirms; " + kept});
    const std::string_view speech = lines_[i].substr(std::min(label.speech, lines_[i].size()));
    at_[i] = Add(std::move(label), speech);
  }
}

// Names alone on their lines, between blank lines, are labels when the story sets its speakers
// so: two people recur that way, or one recurs among three such lines at least.
void StoryLabels::FindBareNames(size_t first_content, std::vector<Candidate>* candidates,
                                std::vector<bool>* confirmed) {
  if (!layout_.bare_name_labels) return;
  // Only a story without labels of its own is set so; an author's name printed twice (byline
  // and author card) on a page whose turns have labels stays text.
  size_t strong = 0;
  for (const Candidate& c : *candidates) strong += c.label->strong();
  if (strong >= 2) return;
  const std::unordered_set<size_t> candidate_lines = CandidateLines(*candidates);
  std::vector<size_t> found;
  std::unordered_map<std::string, int> count;
  bool tight = false;  // a name with its speech on the very next line, no blank lines around
  for (size_t i = 0; i + 1 < lines_.size(); ++i) {
    if (i == first_content || chrome_[i] || candidate_lines.count(i) != 0) continue;
    if (!LooksLikeBareName(lines_[i])) continue;
    const bool after_break = i == 0 || lines_[i - 1].empty();
    const bool alone = after_break && lines_[i + 1].empty();
    const bool glued = !lines_[i + 1].empty() &&
                       (after_break || chrome_[i - 1] || EndsSentence(lines_[i - 1]));
    if (!alone && !glued) continue;
    tight = tight || glued;
    found.push_back(i);
    ++count[FoldedName(lines_[i])];
  }
  size_t recurring = 0;
  for (const auto& [name, n] : count) recurring += n >= 2;
  // A name line glued to its speech could be a sentence's own short line: two people must
  // recur so before any such line is a label.
  if (tight && recurring < 2) return;
  // One name twice is enough when that person also introduces themself ("I'm Ira Glass").
  bool introduced = false;
  for (size_t i : found) {
    const std::string name(lines_[i]);
    introduced = introduced || text_.find("I'm " + name) != std::string_view::npos ||
                 text_.find("I am " + name) != std::string_view::npos;
  }
  if (recurring == 0 || (recurring < 2 && found.size() < 3 && !introduced)) return;
  for (size_t i : found) {
    AddFoundLabel(i, lines_[i].size(), lines_[i].size(), /*people_only=*/true, candidates,
                  confirmed);
  }
}

// Labels of the layout's own shape (a hearing's "Mr. Linder. The meeting ...") are labels when
// two lines at least open so.
void StoryLabels::FindLayoutLabels(size_t first_content, std::vector<Candidate>* candidates,
                                   std::vector<bool>* confirmed) {
  if (layout_.label_end == nullptr) return;
  const std::unordered_set<size_t> candidate_lines = CandidateLines(*candidates);
  std::vector<std::pair<size_t, std::pair<size_t, size_t>>> found;  // line, label end, speech
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (i == first_content || chrome_[i] || candidate_lines.count(i) != 0) continue;
    const std::pair<size_t, size_t> end = layout_.label_end(lines_[i]);
    if (end.first != std::string_view::npos) found.emplace_back(i, end);
  }
  if (found.size() < 2) return;
  for (const auto& [i, end] : found) {
    AddFoundLabel(i, end.first, end.second, /*people_only=*/false, candidates, confirmed);
  }
}

// Adds, as a confirmed candidate, the label that is lines_[line] up to `end` (read as if a
// colon followed it) with its speech from `speech` on; with `people_only`, not a generic one.
void StoryLabels::AddFoundLabel(size_t line, size_t end, size_t speech, bool people_only,
                                std::vector<Candidate>* candidates, std::vector<bool>* confirmed) {
  SpeakerLabel label;
  if (!ParseSpeakerLabel(std::string(lines_[line].substr(0, end)) + ":", &label)) return;
  if (people_only && label.generic) return;
  label.speech = speech;
  own_labels_.push_back(std::move(label));
  candidates->push_back({line, &own_labels_.back(), 0, lines_[line].substr(speech), false});
  confirmed->push_back(true);
}

// Which weak (mixed-case) labels the story confirms, by candidate. The first content line is
// the headline, whatever it looks like.
std::vector<bool> StoryLabels::ConfirmWeak(const std::vector<Candidate>& candidates,
                                           size_t first_content) const {
  std::vector<bool> confirmed(candidates.size(), false);
  bool any_weak = false;
  for (const Candidate& c : candidates) any_weak = any_weak || !c.label->strong();
  if (!any_weak) return confirmed;
  std::unordered_map<std::string, int> weak_count;
  std::unordered_set<std::string> known;  // strong names and their words
  std::unordered_set<std::string_view> seen_strong;
  for (const auto& [line, label, start, speech, two_lines] : candidates) {
    if (label->strong() && !seen_strong.insert(label->name).second) continue;
    const std::string key = FoldedName(label->name);
    if (label->strong()) {
      known.insert(key);
      for (std::string_view w : SplitWords(label->name)) known.insert(FoldedName(w));
    } else {
      ++weak_count[key];
    }
  }
  // A one-word weak label that opens or closes another weak label's name confirms both:
  // "Alison Stewart:" then "Alison:".
  std::unordered_set<std::string> weak_name_ends;
  for (const auto& [line, label, start, speech, two_lines] : candidates) {
    std::vector<std::string_view> words = SplitWords(label->name);
    if (label->strong() || words.size() < 2) continue;
    weak_name_ends.insert(FoldedName(words.front()));
    weak_name_ends.insert(FoldedName(words.back()));
  }
  std::unordered_set<std::string> accepted_weak;
  for (int round = 0; round < 2; ++round) {
    for (const auto& [line, label, start, speech, two_lines] : candidates) {
      if (label->strong() || line == first_content) continue;
      const std::string key = FoldedName(label->name);
      const std::string initials = Initials(label->name);  // "Terry Gross:" by a strong "TG:"
      // "Announcer:" among labels in capitals: a generic speaker the story's layout vouches for.
      bool ok = weak_count[key] >= 2 || label->has_role || known.count(key) != 0 ||
                (label->generic && seen_strong.size() >= 2) || weak_name_ends.count(key) != 0 ||
                (initials.size() >= 2 && known.count(initials) != 0);
      for (std::string_view w : SplitWords(label->name)) {
        ok = ok || accepted_weak.count(FoldedName(w)) != 0;
      }
      if (ok && accepted_weak.insert(key).second) {
        for (std::string_view w : SplitWords(label->name)) accepted_weak.insert(FoldedName(w));
      }
    }
  }
  // Layout confirms too: when names alone on their line ("Robert:") are labels twice over,
  // the other names alone on their line are labels as well ("Tracie:").
  size_t alone_confirmed = 0;
  for (size_t k = 0; k < candidates.size(); ++k) {
    const auto& [line, label, start, speech, two_lines] = candidates[k];
    confirmed[k] = !label->strong() && line != first_content &&
                   accepted_weak.count(FoldedName(label->name)) != 0;
    if (confirmed[k] && speech.empty()) ++alone_confirmed;
  }
  if (alone_confirmed >= 2) {
    for (size_t k = 0; k < candidates.size(); ++k) {
      const Candidate& c = candidates[k];
      if (!c.label->strong() && c.line != first_content && c.speech.empty()) confirmed[k] = true;
    }
  }
  ConfirmMentioned(candidates, first_content, &confirmed);
  ConfirmOpeningTurns(candidates, first_content, accepted_weak, &confirmed);
  return confirmed;
}

// A copy that starts straight into the dialogue ("Garrison Keillor: Philadelphia, the home of
// ...", then "Terry Gross: Hi."): the first line is a turn, not a headline, when it and the next
// line are both labels followed by sentences (not a title-cased headline) and the story vouches
// for one of the two names elsewhere.
void StoryLabels::ConfirmOpeningTurns(const std::vector<Candidate>& candidates,
                                      size_t first_content,
                                      const std::unordered_set<std::string>& accepted_weak,
                                      std::vector<bool>* confirmed) const {
  size_t second_content = first_content + 1;
  while (second_content < lines_.size() &&
         (lines_[second_content].empty() || chrome_[second_content])) {
    ++second_content;
  }
  int first = -1;
  int second = -1;
  for (size_t k = 0; k < candidates.size(); ++k) {
    if (candidates[k].line == first_content) first = static_cast<int>(k);
    if (candidates[k].line == second_content) second = static_cast<int>(k);
  }
  if (first < 0 || second < 0) return;
  bool vouched = false;
  for (int k : {first, second}) {
    const Candidate& c = candidates[k];
    if (c.speech.empty() || !EndsSentence(c.speech) || LooksLikeHeadline(c.speech)) return;
    const std::string key = FoldedName(c.label->name);
    const std::string initials = Initials(c.label->name);  // "Garrison Keillor:" by a "GK:"
    vouched = vouched || c.label->strong() || (*confirmed)[k] || accepted_weak.count(key) != 0;
    for (size_t j = 0; j < candidates.size() && !vouched; ++j) {
      if (candidates[j].line == first_content || candidates[j].line == second_content) continue;
      const std::string other = FoldedName(candidates[j].label->name);
      vouched = other == key || (initials.size() >= 2 && other == initials);
    }
  }
  if (!vouched) return;
  (*confirmed)[first] = true;
  (*confirmed)[second] = true;
}

// A weak label that names someone the running text also names ("we welcome congressional
// reporter Luke Broadwater" ... "Luke Broadwater: Thanks") is a label: a full name, or a title
// and a name ("President Zelenskyy:").
void StoryLabels::ConfirmMentioned(const std::vector<Candidate>& candidates, size_t first_content,
                                   std::vector<bool>* confirmed) const {
  std::unordered_set<std::string> wanted;
  std::unordered_set<size_t> label_starts;  // offsets in text_ where the labels stand
  for (size_t k = 0; k < candidates.size(); ++k) {
    const Candidate& c = candidates[k];
    if (c.label->strong() || (*confirmed)[k] || c.line == first_content) continue;
    std::vector<std::string_view> words = SplitWords(c.label->name);
    if (words.size() < 2 && c.label->roles.empty()) continue;
    wanted.insert(FoldedName(words.back()));
    label_starts.insert(lines_[c.line].data() - text_.data() + c.start);
  }
  if (wanted.empty()) return;
  const NameMentions mentions({text_}, wanted);
  std::unordered_set<std::string> mentioned;
  for (const NameMention& m : mentions.mentions()) {
    if (label_starts.count(m.begin) == 0) mentioned.insert(FoldedName(m.name));
  }
  for (size_t k = 0; k < candidates.size(); ++k) {
    const Candidate& c = candidates[k];
    if (!c.label->strong() && c.line != first_content &&
        mentioned.count(FoldedName(c.label->name)) != 0) {
      (*confirmed)[k] = true;
    }
  }
}

bool StoryLabels::TakeGiven(size_t line, std::vector<Candidate>* candidates) {
  if (page_ == nullptr) return false;
  if (page_->GivenSpeech(line)) return true;  // a further paragraph of a named turn
  const size_t size = page_->GivenLabel(line);
  if (size == 0) return false;
  const std::string_view l = lines_[line];
  own_labels_.push_back(GivenSpeakerLabel(l.substr(0, std::min(size, l.size()))));
  const SpeakerLabel* label = &own_labels_.back();
  candidates->push_back({line, label, 0, l.substr(std::min(label->speech, l.size())), false});
  return true;
}

size_t StoryLabels::FindRunTogether(std::string_view text, SpeakerLabel* label) const {
  // The record's own, first: `text` is a part of the line they were found in. They were found
  // line by line, left to right, so they stand in the page's order: the first after text's start.
  const auto where = [this](const RecordReading::RunTogether& r) {
    return lines_[r.line].data() + r.at;
  };
  const auto& found = record_.run_together;
  const auto next = std::upper_bound(
      found.begin(), found.end(), text.data(),
      [&where](const char* start, const RecordReading::RunTogether& r) { return start < where(r); });
  if (next != found.end() && where(*next) < text.data() + text.size()) {
    *label = next->label;
    return static_cast<size_t>(where(*next) - text.data());
  }
  for (size_t colon = text.find(':'); colon != std::string_view::npos;
       colon = text.find(':', colon + 1)) {
    if (colon + 1 < text.size() && text[colon + 1] != ' ') continue;
    size_t begin = colon;
    while (begin > 0 && colon - begin < kMaxRunTogetherLabel &&
           !(text[begin - 1] == ' ' && begin >= 2 &&
             std::string_view(".?!\")\x9D:").find(text[begin - 2]) != std::string_view::npos)) {
      --begin;
    }
    if (begin == 0 || colon - begin >= kMaxRunTogetherLabel) continue;
    if (!ParseSpeakerLabel(text.substr(begin), label) || !label->all_caps || label->caption) {
      continue;
    }
    // A name the story's labels use, or a full name in capitals ("NICK SCHIFRIN:"); after a
    // colon ("tonight: DONALD TRUMP, President ...:") only the latter.
    const bool full_name = SplitWords(label->name).size() >= 2 && !label->generic;
    const bool known = known_names_.count(FoldedName(label->name)) != 0;
    if (full_name || (known && text[begin - 2] != ':')) return begin;
  }
  return std::string_view::npos;
}

}  // namespace newsarchive
