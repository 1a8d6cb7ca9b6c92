// The speaker labels of one story: which lines open with a label and which are page furniture,
// which mixed-case labels the story confirms, and labels found later inside the text (run into
// a sentence, inside a clip marker). The first phase of ParseTranscript.
#ifndef NEWSARCHIVE_PARSE_STORY_LABELS_H_
#define NEWSARCHIVE_PARSE_STORY_LABELS_H_

#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "parse/layout.h"
#include "people/speaker_label.h"

namespace newsarchive {

class PageLines;

// "Ira Glass", "Jiayang Fan": a name alone on its line, as podcast sites set their speakers
// above what they say. Two to four capitalized words of letters, no heading word first.
bool LooksLikeBareName(std::string_view line);

class StoryLabels {
 public:
  static constexpr int kNone = -1;
  static constexpr int kContinued = -2;  // the second line of a label wrapped onto two lines
  // A line of text of its own, never part of the turn before it: a heading word shaped like a
  // label after the story's turns have begun ("NOTE: ...").
  static constexpr int kOwnText = -3;

  // Reads the trimmed `lines` of `text` (views into it; both must outlive this object).
  // Strong labels are taken on sight; weak (mixed-case) ones when the story confirms them: the
  // label recurs, names a strong speaker or its initials, carries a ", Role" part, stands alone
  // on its line like other confirmed labels, or names someone the running text names too. The
  // first content line is the headline, whatever it looks like.
  // `layout` is the page's (DetectLayout): its own label shapes count too. `page`, when given,
  // says which lines open with a label the format named (PageLines::GivenLabel): those are
  // labels without any other test, and their turns' further paragraphs open none.
  StoryLabels(std::string_view text, const std::vector<std::string_view>& lines,
              const Layout& layout, const PageLines* page = nullptr);

  bool chrome(size_t line) const { return chrome_[line]; }
  const std::vector<bool>& chrome_lines() const { return chrome_; }
  // Index of the label opening `line`, kNone, kContinued or kOwnText.
  int at(size_t line) const { return at_[line]; }
  const std::vector<int>& label_at() const { return at_; }

  const SpeakerLabel& label(int index) const { return *labels_[index]; }
  // What follows label `index` on its line (or on the next one, for a wrapped label).
  std::string_view speech(int index) const { return speech_[index]; }

  // Where the label of a known speaker, or a full name in capitals, stands inside `text` right
  // after a sentence ("... great to be here. BEGALA: Thanks."); npos when nowhere.
  size_t FindRunTogether(std::string_view text, SpeakerLabel* label) const;

  // Adds a label found inside the text; returns its index.
  int Add(SpeakerLabel label, std::string_view speech);

  // What the layout read of the record (its cast lends names and roles), and what was kept in
  // doubt: labels the story does not confirm, kept as turns with no person (1-based lines).
  const RecordReading& record() const { return record_; }
  const std::vector<Diagnostic>& warnings() const { return warnings_; }

 private:
  struct Candidate;

  void Find();
  // A line the format marked (PageLines): true when it is one, its label added to candidates.
  bool TakeGiven(size_t line, std::vector<Candidate>* candidates);
  std::vector<bool> ConfirmWeak(const std::vector<Candidate>& candidates,
                                size_t first_content) const;
  void FindBareNames(size_t first_content, std::vector<Candidate>* candidates,
                     std::vector<bool>* confirmed);
  void FindLayoutLabels(size_t first_content, std::vector<Candidate>* candidates,
                         std::vector<bool>* confirmed);
  void AddRecordLabels(std::vector<Candidate>* candidates, std::vector<bool>* confirmed);
  void KeepUnconfirmedLabelsApart();
  void AddFoundLabel(size_t line, size_t end, size_t speech, bool people_only,
                     std::vector<Candidate>* candidates, std::vector<bool>* confirmed);
  void ConfirmOpeningTurns(const std::vector<Candidate>& candidates, size_t first_content,
                           const std::unordered_set<std::string>& accepted_weak,
                           std::vector<bool>* confirmed) const;
  void ConfirmMentioned(const std::vector<Candidate>& candidates, size_t first_content,
                        std::vector<bool>* confirmed) const;

  std::string_view text_;
  const std::vector<std::string_view>& lines_;
  const Layout& layout_;
  const PageLines* page_;
  std::vector<bool> chrome_;
  std::vector<int> at_;
  std::vector<const SpeakerLabel*> labels_;  // in the label memo, or in own_labels_
  std::vector<std::string_view> speech_;
  std::deque<SpeakerLabel> own_labels_;
  RecordReading record_;
  std::vector<Diagnostic> warnings_;
  // Folded names and surnames of the strong labels: the labels looked for mid-line.
  std::unordered_set<std::string> known_names_;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_STORY_LABELS_H_
