// How this works, in passes over the decoded text:
//  1. Lines are trimmed and every line that opens with something shaped like a speaker label is
//     parsed (ParseSpeakerLabel). Strong labels (names in capitals, Rev timestamps, captions) are
//     taken; weak ones (mixed case) only when the story confirms them: the label recurs, names a
//     strong speaker, or carries a ", Role" part.
//  2. Lines become paragraphs: page chrome is set aside (it feeds the metadata), non-speech
//     markers become marker paragraphs, a label opens a turn paragraph; hard-wrapped text is
//     re-joined.
//  3. A walk over the paragraphs fills title, teaser, self-introduced hosts, turns (with their
//     continuation paragraphs), unattributed text, copyright and the bio tail.
//  4. Names are resolved (SpeakerResolver), with the text's own spellings and full names read
//     in one pass (NameMentions); sign-offs, bios and appositives then add roles.
#include "core/transcript_parser.h"

#include <deque>
#include <unordered_map>
#include <unordered_set>

#include "core/markers.h"
#include "core/name_key.h"
#include "core/name_mentions.h"
#include "core/names.h"
#include "core/page_chrome.h"
#include "core/speaker_label.h"
#include "core/speaker_resolver.h"
#include "core/story_metadata.h"
#include "core/text_roles.h"
#include "core/text_util.h"

namespace newsarchive {
namespace {

enum class ParaKind { kText, kTurn, kMarker };

constexpr size_t kMaxRunTogetherLabel = 60;  // bytes between a sentence's end and the colon
constexpr size_t kMaxKnownNames = 1000;

struct Paragraph {
  ParaKind kind = ParaKind::kText;
  int line = 0;
  std::string_view text;  // the text, or the speech that follows a label (in the input, or in
                          // Parser::joined_ for re-joined wrapped lines)
  int label = -1;        // kTurn: index into Parser::labels_
  NoteKind note = NoteKind::kSound;  // kMarker
};

// A line that opens with a label.
struct Candidate {
  size_t line;
  const SpeakerLabel* label;  // owned by the label memo or by Parser::own_labels_
  size_t start;               // where the label starts in the line
  std::string_view speech;    // what follows the label
  bool two_lines;             // the label ran onto the next line
};

constexpr int kContinuedLabel = -2;  // label_at_ of the second line of a wrapped label

// A quote being assembled.
struct Draft {
  Quote quote;
  TurnSpeaker speaker;  // for turns
  size_t last_paragraph = 0;  // offset of the last paragraph in quote.text
  SignOff sign_off;
  bool has_sign_off = false;
};

// True when the text is hard-wrapped (its lines stop at a fixed width, mid-sentence), so that
// the lines of one paragraph must be joined rather than read as paragraphs of their own. A page
// that puts each paragraph on one line ends nearly every line with a sentence.
bool IsHardWrapped(const std::vector<std::string_view>& lines, const std::vector<bool>& chrome,
                   const std::vector<int>& label_at) {
  size_t content = 0;
  size_t open_ended = 0;
  size_t longest = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view l = lines[i];
    // Page furniture and lines that are only a label say nothing about the text's width.
    if (l.empty() || chrome[i] || (label_at[i] != -1 && l.back() == ':')) continue;
    ++content;
    longest = std::max(longest, l.size());
    const char last = l.back();
    if (std::string_view(".?!:\")'\x9D").find(last) == std::string_view::npos) ++open_ended;
  }
  return content >= 8 && longest <= 130 && open_ended * 10 >= content * 4;
}

// Removes non-speech markers at the start and end of a paragraph and applies inline notes
// ("(Through interpreter)", "(as Stu Price)") to the quote when they open it.
std::string_view StripNotes(std::string_view para, Quote* quote, bool opening) {
  para = Trim(para);
  for (int guard = 0; guard < 8 && !para.empty(); ++guard) {
    const size_t group = LeadingGroupLength(para);
    if (group == 0) break;
    std::string_view inside = para.substr(1, group - 2);
    const NoteKind kind = ClassifyNote(inside);
    if (kind == NoteKind::kUncertain) break;
    if (kind == NoteKind::kInterpreter) {
      quote->via_interpreter = true;
    } else if (kind == NoteKind::kAnnotation || kind == NoteKind::kOther) {
      if (!opening || !quote->annotation.empty()) break;
      quote->annotation = AnnotationText(inside);
    }
    size_t next = group;
    if (next < para.size() && para[next] == '.') ++next;  // "(Laughter)."
    para = Trim(para.substr(next));
  }
  for (int guard = 0; guard < 8 && !para.empty(); ++guard) {
    const size_t open = TrailingGroupStart(para);
    if (open == std::string_view::npos || open == 0) break;
    const NoteKind kind = ClassifyNote(para.substr(open + 1, para.size() - open - 2));
    if (kind != NoteKind::kSound && kind != NoteKind::kClip) break;
    para = Trim(para.substr(0, open));
  }
  return para;
}

// Appends a paragraph to the quote; `last_begin` keeps where the last paragraph starts.
void AppendParagraph(std::string_view para, Quote* quote, size_t* last_begin) {
  if (para.empty()) return;
  if (!quote->text.empty()) quote->text += "\n\n";
  *last_begin = quote->text.size();
  quote->text.append(para.data(), para.size());
}

// A site's home page or an embedded player is not the story's address.
bool IsStoryUrl(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  if (slash == std::string::npos || slash + 1 >= url.size()) return false;
  return url.find("/player/") == std::string::npos && url.find("/embed") == std::string::npos;
}

class Parser {
 public:
  Parser(const std::string& text, const std::string& file_name)
      : text_(text), file_name_(file_name) {}

  Result<Article> Run() {
    SplitLines();
    FindLabels();
    wrapped_ = IsHardWrapped(lines_, chrome_line_, label_at_);
    BuildParagraphs();
    Walk();
    return Finish();
  }

 private:
  void SplitLines() {
    size_t start = 0;
    while (start <= text_.size()) {
      size_t end = text_.find('\n', start);
      if (end == std::string::npos) end = text_.size();
      lines_.push_back(Trim(std::string_view(text_).substr(start, end - start)));
      start = end + 1;
    }
  }

  void FindLabels() {
    label_at_.assign(lines_.size(), -1);
    chrome_line_.assign(lines_.size(), false);
    std::vector<Candidate> candidates;
    // Labels recur across the stories of one archive (hosts, reporters): the memo outlives
    // one parse, one per thread, and bounds its own size.
    thread_local SpeakerLabelParser label_parser;
    label_parser.BeginStory();
    size_t first_content = lines_.size();
    for (size_t i = 0; i < lines_.size(); ++i) {
      std::string_view l = lines_[i];
      if (l.empty()) continue;
      if (IsChromeLine(l)) {
        chrome_line_[i] = true;
        continue;
      }
      if (first_content == lines_.size()) first_content = i;
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
    const std::vector<bool> confirmed = ConfirmWeakLabels(candidates, first_content);
    std::unordered_set<const SpeakerLabel*> known_labels;
    for (size_t k = 0; k < candidates.size(); ++k) {
      Candidate& c = candidates[k];
      if (!c.label->strong() && !confirmed[k]) continue;
      if (c.label->all_caps && !c.label->generic && known_label_names_.size() < kMaxKnownNames &&
          known_labels.insert(c.label).second) {
        known_label_names_.insert(FoldedName(c.label->name));
        std::vector<std::string_view> words = SplitWords(c.label->name);
        if (words.size() > 1) known_label_names_.insert(FoldedName(words.back()));
      }
      label_at_[c.line] = static_cast<int>(labels_.size());
      if (c.two_lines) {
        chrome_line_[c.line + 1] = false;
        label_at_[c.line + 1] = kContinuedLabel;
      }
      labels_.push_back(c.label);
      label_speech_.push_back(c.speech);
    }
  }

  // A line that may be the first half of a label wrapped onto two lines: a short line opening
  // with a name in capitals and a comma ("EMMA ROE, Co-Author, "Home Work:").
  static bool MayOpenWrappedLabel(std::string_view l) {
    if (l.size() > 120) return false;
    const size_t comma = l.find(',');
    if (comma == std::string_view::npos || comma < 2) return false;
    return IsAllCaps(l.substr(0, comma)) && l.back() != '.';
  }

  // Which weak (mixed-case) labels the story confirms, by candidate. The first content line is
  // the headline, whatever it looks like.
  std::vector<bool> ConfirmWeakLabels(const std::vector<Candidate>& candidates,
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
        std::string initials;  // "Terry Gross:" is confirmed by a strong "TG:"
        for (std::string_view w : SplitWords(label->name)) initials += AsciiLower(w[0]);
        bool ok = weak_count[key] >= 2 || label->has_role || known.count(key) != 0 ||
                  weak_name_ends.count(key) != 0 ||
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
    ConfirmMentionedLabels(candidates, first_content, &confirmed);
    return confirmed;
  }

  // A weak label that names someone the running text also names ("we welcome congressional
  // reporter Luke Broadwater" ... "Luke Broadwater: Thanks") is a label: a full name, or a title
  // and a name ("President Zelenskyy:").
  void ConfirmMentionedLabels(const std::vector<Candidate>& candidates, size_t first_content,
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
    const NameMentions mentions({std::string_view(text_)}, wanted);
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

  void BuildParagraphs() {
    paragraphs_.reserve(lines_.size());
    bool open = false;  // the last paragraph may take the next wrapped line
    bool any_turn = false;
    for (size_t i = 0; i < lines_.size(); ++i) {
      std::string_view l = lines_[i];
      const int line = static_cast<int>(i) + 1;
      if (l.empty()) {
        open = false;
        continue;
      }
      if (chrome_line_[i]) {
        // Everything above CNN's "Return to Transcripts main page", or above a member
        // station's player ("Play Live Radio"), is the site's own furniture: search boxes,
        // the station's address, its copyright.
        if (!any_turn && (StartsWithIgnoreCase(l, "Return to Transcripts") ||
                          EqualsIgnoreCase(l, "Play Live Radio"))) {
          for (const Paragraph& p : paragraphs_) {
            chrome_.append(p.text.data(), p.text.size()).push_back('\n');
            const size_t at = FindCopyright(p.text);
            if (at != std::string_view::npos && site_copyright_.empty()) {
              site_copyright_ = std::string(Trim(p.text.substr(at)));
            }
          }
          paragraphs_.clear();
        }
        chrome_.append(l.data(), l.size()).push_back('\n');
        open = false;
        continue;
      }
      if (label_at_[i] == kContinuedLabel) continue;
      if (label_at_[i] >= 0) {
        PushSplittingTurns(
            {ParaKind::kTurn, line, label_speech_[label_at_[i]], label_at_[i], NoteKind::kSound});
        open = wrapped_;
        any_turn = true;
        continue;
      }
      // "[ARCHIVE CLIP, Anne Roe: Sound is touch at a distance.]": a clip that names its speaker.
      if (PushNamedClip(l, line)) {
        open = false;
        continue;
      }
      // On-screen text ("SUBTITLE: ..."): shown, not said by anyone.
      if (IsOnScreenText(l)) {
        paragraphs_.push_back({ParaKind::kMarker, line, "", -1, NoteKind::kClip});
        paragraphs_.push_back({ParaKind::kText, line, l, -1, NoteKind::kSound});
        open = false;
        continue;
      }
      // Whole-line markers: "(SOUNDBITE OF MUSIC)", "(LAUGHTER) (APPLAUSE)", "___".
      if (IsSeparatorLine(l)) {
        paragraphs_.push_back({ParaKind::kMarker, line, "", -1, NoteKind::kClip});
        open = false;
        continue;
      }
      std::string_view rest = l;
      bool marker = false;
      NoteKind strongest = NoteKind::kSound;
      for (int guard = 0; guard < 8; ++guard) {
        const size_t group = LeadingGroupLength(rest);
        if (group == 0) break;
        const NoteKind kind = ClassifyNote(rest.substr(1, group - 2));
        if (kind != NoteKind::kSound && kind != NoteKind::kClip) break;
        if (kind == NoteKind::kClip) strongest = kind;
        marker = true;
        rest = Trim(rest.substr(group));
        if (!rest.empty() && rest[0] == '.') rest = Trim(rest.substr(1));
      }
      if (marker) {
        paragraphs_.push_back({ParaKind::kMarker, line, "", -1, strongest});
        open = false;
        if (rest.empty()) continue;
      }
      SpeakerLabel mid_label;
      const size_t mid = NextRunTogetherLabel(rest, &mid_label);
      std::string_view turns;
      if (mid != std::string_view::npos) {
        turns = rest.substr(mid);
        rest = Trim(rest.substr(0, mid));
      }
      if (open && wrapped_ && !paragraphs_.empty()) {
        Paragraph& last = paragraphs_.back();
        if (joined_.empty() || last.text.data() != joined_.back().data()) {
          joined_.emplace_back(last.text);
        }
        std::string& text = joined_.back();
        if (!text.empty()) text += ' ';
        text.append(rest.data(), rest.size());
        last.text = text;
      } else {
        paragraphs_.push_back({ParaKind::kText, line, rest, -1, NoteKind::kSound});
        open = wrapped_;
      }
      if (!turns.empty()) {
        const std::string_view speech = turns.substr(std::min(mid_label.speech, turns.size()));
        own_labels_.push_back(std::move(mid_label));
        labels_.push_back(&own_labels_.back());
        label_speech_.push_back(speech);
        PushSplittingTurns({ParaKind::kTurn, line, speech, static_cast<int>(labels_.size()) - 1,
                            NoteKind::kSound});
        any_turn = true;
      }
    }
  }

  // Where a known speaker's label stands inside `text` after a sentence, as when a page ran
  // turns together ("... great to be here. BEGALA: Thanks."); npos when nowhere.
  size_t NextRunTogetherLabel(std::string_view text, SpeakerLabel* label) const {
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
      const bool known = known_label_names_.count(FoldedName(label->name)) != 0;
      if (full_name || (known && text[begin - 2] != ':')) return begin;
    }
    return std::string_view::npos;
  }

  bool PushNamedClip(std::string_view l, int line) {
    static constexpr std::string_view kClipOpeners[] = {"[ARCHIVE CLIP,", "[ARCHIVAL CLIP,",
                                                        "[CLIP,", "[NEWS CLIP,", "[SOUNDBITE,"};
    if (l.size() < 3 || l.back() != ']' || !StartsWithAnyIgnoreCase(l, kClipOpeners)) return false;
    const size_t comma = l.find(',');
    std::string_view inner = Trim(l.substr(comma + 1, l.size() - comma - 2));
    SpeakerLabel label;
    if (!ParseSpeakerLabel(inner, &label) || label.generic) return false;
    paragraphs_.push_back({ParaKind::kMarker, line, "", -1, NoteKind::kClip});
    const std::string_view speech = inner.substr(std::min(label.speech, inner.size()));
    own_labels_.push_back(std::move(label));
    labels_.push_back(&own_labels_.back());
    label_speech_.push_back(speech);
    paragraphs_.push_back(
        {ParaKind::kTurn, line, speech, static_cast<int>(labels_.size()) - 1, NoteKind::kSound});
    paragraphs_.push_back({ParaKind::kMarker, line, "", -1, NoteKind::kClip});
    return true;
  }

  // Pushes a turn paragraph, cut where further turns were run into it.
  void PushSplittingTurns(Paragraph p) {
    SpeakerLabel label;
    for (size_t at; (at = NextRunTogetherLabel(p.text, &label)) != std::string_view::npos;) {
      std::string_view rest = p.text.substr(at);
      p.text = Trim(p.text.substr(0, at));
      paragraphs_.push_back(p);
      p.text = rest.substr(std::min(label.speech, rest.size()));
      own_labels_.push_back(std::move(label));
      labels_.push_back(&own_labels_.back());
      label_speech_.push_back(p.text);
      p.label = static_cast<int>(labels_.size()) - 1;
    }
    paragraphs_.push_back(p);
  }

  // npr.org pages open with "Headline Teaser..." (or "Headline : Program Teaser...") on one line
  // and print the headline alone, and the teaser alone, further down. Returns true when `text`
  // was one of those and has been taken apart.
  bool SplitHeadline(std::string_view text) {
    const std::string& title = article_.title;
    if (text.size() < title.size() && title.compare(0, text.size(), text) == 0 &&
        (title[text.size()] == ' ' || title[text.size()] == ':')) {
      std::string_view rest = std::string_view(title).substr(text.size());
      while (!rest.empty() && (rest[0] == ' ' || rest[0] == ':')) rest.remove_prefix(1);
      headline_rest_ = std::string(rest);
      if (article_.summary.empty()) article_.summary = headline_rest_;
      article_.title = std::string(text);
      return true;
    }
    const std::string& rest = headline_rest_;
    if (text.size() < rest.size() && rest.compare(rest.size() - text.size(), text.size(), text) == 0) {
      // What stands between headline and teaser is the program: "Embedded", "Fresh Air".
      std::string_view program = Trim(std::string_view(rest).substr(0, rest.size() - text.size()));
      if (article_.program.empty() && !program.empty() && SplitWords(program).size() <= 6) {
        article_.program = std::string(program);
      }
      article_.summary = std::string(text);
      headline_rest_.clear();
      return true;
    }
    return false;
  }

  // "July 22, 2008 · A third dry summer ..." below the headline (and maybe below a line that
  // names the program): date, program and teaser at once.
  bool TakeDatedTeaser(std::string_view text) {
    DatedTeaser dated;
    if (!drafts_.empty() || !ParseDatedTeaser(text, &dated)) return false;
    if (article_.published_on.empty()) article_.published_on = dated.date;
    if (article_.program.empty() && !dated.program.empty()) {
      article_.program = dated.program;
    } else if (article_.program.empty() && !article_.summary.empty() &&
               SplitWords(article_.summary).size() <= 6 &&
               article_.summary.find_first_of(".?!") == std::string::npos) {
      article_.program = std::move(article_.summary);  // "Talk of the Nation" on its own line
      article_.summary.clear();
    }
    if (article_.summary.empty()) article_.summary = std::string(dated.teaser);
    return true;
  }

  // Splits off a copyright statement; returns the text before it.
  std::string_view TakeCopyright(std::string_view text, bool* found) {
    *found = false;
    const size_t at = FindCopyright(text);
    if (at == std::string_view::npos) return text;
    *found = true;
    if (article_.copyright.empty()) article_.copyright = std::string(Trim(text.substr(at)));
    return Trim(text.substr(0, at));
  }

  void StartTurn(TurnSpeaker speaker, int line, const std::string& label) {
    Draft d;
    d.quote.kind = QuoteKind::kTurn;
    d.quote.line = line;
    d.quote.label = label;
    d.speaker = std::move(speaker);
    drafts_.push_back(std::move(d));
    current_ = Current::kTurn;
  }

  void AddText(std::string_view text, int line) {
    if (current_ == Current::kNone) {
      Draft d;
      d.quote.kind = QuoteKind::kUnattributed;
      d.quote.line = line;
      drafts_.push_back(std::move(d));
      current_ = Current::kUnattributed;
    }
    Draft& d = drafts_.back();
    AppendParagraph(StripNotes(text, &d.quote, d.quote.text.empty()), &d.quote, &d.last_paragraph);
  }

  void Walk() {
    drafts_.reserve(paragraphs_.size());
    bool preamble = true;
    bool tail = false;
    for (Paragraph& p : paragraphs_) {
      if (p.kind == ParaKind::kMarker) {
        if (p.note == NoteKind::kClip) current_ = Current::kNone;
        continue;
      }
      if (p.kind == ParaKind::kTurn) {
        preamble = false;
        tail = false;
        const SpeakerLabel& label = *labels_[p.label];
        TurnSpeaker who;
        who.label = &label;
        who.line = p.line;
        StartTurn(who, p.line, label.printed);
        Draft& d = drafts_.back();
        d.quote.via_interpreter = label.via_interpreter;
        d.quote.annotation = label.annotation;
        bool copyright = false;
        std::string_view speech = TakeCopyright(p.text, &copyright);
        AppendParagraph(StripNotes(speech, &d.quote, true), &d.quote, &d.last_paragraph);
        if (copyright) {
          tail = true;
          current_ = Current::kNone;
        }
        continue;
      }
      if (tail) {
        tail_.emplace_back(p.text);
        continue;
      }
      bool copyright = false;
      std::string_view text = TakeCopyright(p.text, &copyright);
      if (copyright && !preamble) tail = true;
      if (text.empty()) continue;
      if (text == article_.title || text == article_.summary) continue;  // repeated by the page
      if (preamble) {
        if (IsPreambleChromeLine(text)) {
          chrome_.append(text.data(), text.size()).push_back('\n');
          continue;
        }
        if (article_.title.empty()) {
          article_.title = std::string(text);
          continue;
        }
        if (SplitHeadline(text)) continue;
        const std::string host = SelfIntroducedName(text);
        if (!host.empty()) {
          TurnSpeaker who;
          who.intro_name = host;
          who.line = p.line;
          StartTurn(who, p.line, "");
          AddText(text, p.line);
          continue;
        }
        if (TakeDatedTeaser(text)) continue;
        if (article_.summary.empty() && drafts_.empty()) {
          article_.summary = std::string(text);
          continue;
        }
      }
      AddText(text, p.line);
      if (tail) current_ = Current::kNone;
    }
  }

  // Detaches sign-offs, drops turns left without speech, and collects the texts names are read
  // from.
  void FinishDrafts() {
    std::vector<Draft> kept;
    for (Draft& d : drafts_) {
      Quote& q = d.quote;
      const size_t from = d.last_paragraph;
      if (FindSignOff(std::string_view(q.text).substr(from), &d.sign_off)) {
        d.has_sign_off = true;
        sign_off_text_.push_back(q.text.substr(from + d.sign_off.begin));
        q.text.resize(from + d.sign_off.begin);
        while (!q.text.empty() && IsSpace(q.text.back())) q.text.pop_back();
      }
      if (q.text.empty()) {
        if (q.kind == QuoteKind::kTurn && d.speaker.label && !d.has_sign_off) {
          article_.warnings.push_back(
              {q.line, "label \"" + q.label + "\" has no speech; turn left out"});
          silent_turns_.push_back(d.speaker);
          silent_turns_.back().speaks = false;
        }
        if (!d.has_sign_off) continue;
      }
      kept.push_back(std::move(d));
    }
    drafts_ = std::move(kept);
  }

  Result<Article> Finish() {
    FinishDrafts();
    std::vector<TurnSpeaker> turn_speakers;
    for (const Draft& d : drafts_) {
      if (d.quote.kind == QuoteKind::kTurn && !d.quote.text.empty()) {
        turn_speakers.push_back(d.speaker);
      }
    }
    if (turn_speakers.empty()) {
      return Status::InvalidInput("no speaker turns found (not a transcript?)", file_name_);
    }
    // Labels left without speech still tell whom a short label means.
    turn_speakers.insert(turn_speakers.end(), silent_turns_.begin(), silent_turns_.end());
    // Every text the story holds outside labels, for spellings, full names and roles.
    std::vector<std::string_view> texts = {article_.title, article_.summary};
    for (const Draft& d : drafts_) texts.push_back(d.quote.text);
    for (const std::string& s : sign_off_text_) texts.push_back(s);
    const size_t first_bio = texts.size();
    for (const std::string& s : tail_) texts.push_back(s);
    NameMentions mentions(texts, WantedNameWords(turn_speakers));
    std::vector<int> speaker_of;
    article_.speakers = ResolveSpeakers(turn_speakers, mentions, &speaker_of, &article_.warnings);
    const SpeakerIndex index(article_.speakers);

    size_t turn = 0;
    for (Draft& d : drafts_) {
      if (d.quote.kind == QuoteKind::kTurn && !d.quote.text.empty()) {
        d.quote.speaker = speaker_of[turn++];
      } else {
        d.quote.kind = QuoteKind::kUnattributed;
        d.quote.speaker = -1;
      }
      if (d.has_sign_off) ApplySignOff(d, index);
    }
    AddMentionRoles(texts, first_bio, mentions, index, &article_.speakers);
    // `texts` points into the drafts: they are moved only now.
    for (Draft& d : drafts_) {
      if (!d.quote.text.empty()) article_.quotes.push_back(std::move(d.quote));
    }
    FillMetadata(index);
    if (article_.title.empty()) {
      // Every story needs a title to be found by; the file's own name is the user's.
      std::string_view stem = file_name_;
      stem = stem.substr(stem.find_last_of("/\\") == std::string_view::npos
                             ? 0
                             : stem.find_last_of("/\\") + 1);
      stem = stem.substr(0, stem.rfind('.'));
      article_.title = std::string(stem);
      article_.warnings.push_back({0, "no headline found; titled after the file"});
    }
    if (!lines_.empty()) {
      // A file that ends right after a label was probably cut short.
      size_t last = lines_.size();
      while (last > 0 && lines_[last - 1].empty()) --last;
      if (last > 0 && label_at_[last - 1] >= 0 &&
          label_speech_[label_at_[last - 1]].empty()) {
        article_.warnings.push_back(
            {static_cast<int>(last), "file ends after a label (truncated?)"});
      }
    }
    return std::move(article_);
  }

  void ApplySignOff(const Draft& d, const SpeakerIndex& index) {
    const SignOff& s = d.sign_off;
    if (article_.dateline.empty()) article_.dateline = s.place;
    const int who = index.Find(s.name);
    if (who < 0) return;
    SetReportingOrganization(&article_.speakers[who], s.organization);
    AddRole(&article_.speakers[who], {"Reporter", s.organization, RoleSource::kSignoff});
    if (sign_off_org_.empty()) sign_off_org_ = s.organization;
  }

  void FillMetadata(const SpeakerIndex& index) {
    std::string tail_text;
    for (const std::string& s : tail_) tail_text += s + "\n";
    if (article_.published_on.empty()) article_.published_on = FindIsoDate(chrome_);
    if (article_.published_on.empty()) article_.published_on = FindIsoDate(tail_text);
    // "Recorded October 20, 2004. An economist ...": a teaser that dates the recording.
    for (std::string_view opener : {"Recorded ", "Aired ", "Broadcast ", "Originally aired "}) {
      if (article_.published_on.empty() && StartsWithIgnoreCase(article_.summary, opener)) {
        article_.published_on = FindIsoDate(Utf8Head(article_.summary, 60));
      }
    }
    // "PBS NewsHour full episode October 22, 2019": a headline that dates an episode (not one
    // that names a date in history).
    static constexpr std::string_view kEpisodeWords[] = {"episode", "edition", "broadcast",
                                                         "transcript", "show", "newshour for"};
    for (std::string_view word : kEpisodeWords) {
      if (article_.published_on.empty() && FindIgnoreCase(article_.title, word) != std::string::npos) {
        article_.published_on = FindIsoDate(article_.title);
      }
    }
    for (const std::string* where : {&chrome_, &tail_text, &article_.copyright}) {
      for (std::string& url : FindUrls(*where)) {
        if (article_.url.empty() && IsStoryUrl(url)) article_.url = std::move(url);
      }
    }
    const bool cnn_page = chrome_.find("Transcripts main page") != std::string::npos ||
                          chrome_.find("RUSH TRANSCRIPT") != std::string::npos;
    // CNN pages open with the show's name in capitals, then the headline.
    if (cnn_page && article_.program.empty() && SplitWords(article_.title).size() <= 5 &&
        !article_.summary.empty() &&
        article_.summary.size() < 300 && article_.summary.back() != '.') {
      article_.program = ProperCaseTitle(article_.title);
      article_.title = std::move(article_.summary);
      article_.summary.clear();
    }
    if (article_.copyright.empty()) article_.copyright = site_copyright_;
    article_.source = SourceOfCopyright(article_.copyright);
    if (article_.source.empty()) article_.source = SourceNamedIn(chrome_);
    if (article_.source.empty() && cnn_page) article_.source = "CNN";
    if (article_.source.empty() && !sign_off_org_.empty()) {
      article_.source = SourceNamedIn(sign_off_org_);
    }
    if (article_.source.empty() && (article_.summary.find("NPR's") != std::string::npos ||
                                    article_.summary.find("NPR\u2019s") != std::string::npos)) {
      article_.source = "NPR";
    }
    if (article_.source.empty()) article_.source = SourceNamedIn(article_.title);
    // "SOLEDAD O'BRIEN, CNN ANCHOR": the network that employs the story's anchors.
    for (const Speaker& s : article_.speakers) {
      for (const Role& r : s.roles) {
        if (article_.source.empty() && r.source == RoleSource::kLabel) {
          article_.source = SourceNamedIn(r.organization);
        }
      }
    }
    // "Heard on Morning Edition" above the story.
    const size_t heard = chrome_.find("Heard on ");
    if (heard != std::string::npos && article_.program.empty()) {
      const size_t end = chrome_.find('\n', heard);
      article_.program = std::string(Trim(std::string_view(chrome_).substr(heard + 9, end - heard - 9)));
    }
    // The program a host names in the first turns: "This is TALK OF THE NATION."
    for (size_t k = 0; k < article_.quotes.size() && k < 6 && article_.program.empty(); ++k) {
      article_.program = ProgramNamedIn(Utf8Head(article_.quotes[k].text, 400));
    }
    // A teaser taken from the page's first line may open with the program's name.
    for (std::string prefix : {article_.program + " ", "The " + article_.program + " "}) {
      if (!article_.program.empty() && StartsWithIgnoreCase(article_.summary, prefix)) {
        article_.summary.erase(0, prefix.size());
      }
    }
    for (size_t k = 0; k < std::min<size_t>(4, article_.quotes.size()); ++k) {
      const Quote& q = article_.quotes[k];
      if (q.speaker < 0) continue;
      // "GROSS: This is FRESH AIR. I'm Terry Gross.": a host, unless the labels already say
      // what this speaker is (CNN anchors introduce themselves too).
      const std::string host = SelfIntroducedName(q.text);
      Speaker& speaker = article_.speakers[q.speaker];
      if (!host.empty() && index.Find(host) == q.speaker && speaker.roles.empty()) {
        AddRole(&speaker, {"Host", "", RoleSource::kIntro});
      }
    }
  }

  enum class Current { kNone, kTurn, kUnattributed };

  const std::string& text_;
  const std::string& file_name_;
  std::vector<std::string_view> lines_;
  bool wrapped_ = false;
  std::vector<const SpeakerLabel*> labels_;  // the labels of the story, in order found
  std::deque<SpeakerLabel> own_labels_;       // those not held by the label memo
  std::vector<std::string_view> label_speech_;  // per label: the speech after it on its line
  std::vector<int> label_at_;  // per line: index into labels_, -1, or kContinuedLabel
  std::vector<bool> chrome_line_;
  // Folded names and surnames of the strong labels: the only labels looked for mid-line.
  std::unordered_set<std::string> known_label_names_;
  std::vector<Paragraph> paragraphs_;
  std::deque<std::string> joined_;  // hard-wrapped paragraphs, re-joined
  std::vector<Draft> drafts_;
  Current current_ = Current::kNone;
  std::vector<std::string> tail_;
  std::vector<std::string> sign_off_text_;
  std::vector<TurnSpeaker> silent_turns_;  // labels with no speech
  std::string chrome_;
  std::string headline_rest_;  // what followed the headline on the page's first line
  std::string site_copyright_;  // a copyright in the site's header, used if the story has none
  std::string sign_off_org_;
  Article article_;
};

}  // namespace

Result<Article> ParseTranscript(const std::string& text, const std::string& file_name) {
  Parser parser(text, file_name);
  return parser.Run();
}

}  // namespace newsarchive
