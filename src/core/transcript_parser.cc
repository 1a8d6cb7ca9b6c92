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

struct Paragraph {
  ParaKind kind = ParaKind::kText;
  int line = 0;
  std::string_view text;  // the text, or the speech that follows a label (in the input, or in
                          // Parser::joined_ for re-joined wrapped lines)
  int label = -1;        // kTurn: index into Parser::labels_
  NoteKind note = NoteKind::kSound;  // kMarker
};

// A quote being assembled.
struct Draft {
  Quote quote;
  TurnSpeaker speaker;  // for turns
  size_t last_paragraph = 0;  // offset of the last paragraph in quote.text
  SignOff sign_off;
  bool has_sign_off = false;
};

// True when the text is hard-wrapped (most lines end near one width), so that lines of one
// paragraph must be joined rather than read as paragraphs of their own.
bool IsHardWrapped(const std::vector<std::string_view>& lines) {
  size_t content = 0;
  size_t wrapped = 0;
  size_t longest = 0;
  for (std::string_view l : lines) {
    if (l.empty()) continue;
    ++content;
    longest = std::max(longest, l.size());
    if (l.size() >= 55 && l.size() <= 90) ++wrapped;
  }
  return content >= 8 && longest <= 110 && wrapped * 10 >= content * 6;
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

bool IsHomepage(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  return slash == std::string::npos || slash + 1 >= url.size();
}

class Parser {
 public:
  Parser(const std::string& text, const std::string& file_name)
      : text_(text), file_name_(file_name) {}

  Result<Article> Run() {
    SplitLines();
    FindLabels();
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
    wrapped_ = IsHardWrapped(lines_);
  }

  void FindLabels() {
    label_at_.assign(lines_.size(), -1);
    chrome_line_.assign(lines_.size(), false);
    std::vector<std::pair<size_t, SpeakerLabel>> candidates;
    // Labels recur across the stories of one archive (hosts, reporters): the memo outlives
    // one parse, one per thread, and bounds its own size.
    thread_local SpeakerLabelParser label_parser;
    size_t first_content = lines_.size();
    for (size_t i = 0; i < lines_.size(); ++i) {
      std::string_view l = lines_[i];
      if (l.empty()) continue;
      if (IsChromeLine(l)) {
        chrome_line_[i] = true;
        continue;
      }
      if (first_content == lines_.size()) first_content = i;
      SpeakerLabel label;
      if (label_parser.Parse(l, &label)) candidates.emplace_back(i, std::move(label));
    }
    const std::vector<bool> confirmed = ConfirmWeakLabels(candidates, first_content);
    for (size_t k = 0; k < candidates.size(); ++k) {
      auto& [line, label] = candidates[k];
      if (!label.strong() && !confirmed[k]) continue;
      label_at_[line] = static_cast<int>(labels_.size());
      labels_.push_back(std::move(label));
    }
  }

  // Which weak (mixed-case) labels the story confirms, by candidate. The first content line is
  // the headline, whatever it looks like.
  static std::vector<bool> ConfirmWeakLabels(
      const std::vector<std::pair<size_t, SpeakerLabel>>& candidates, size_t first_content) {
    std::vector<bool> confirmed(candidates.size(), false);
    bool any_weak = false;
    for (const auto& candidate : candidates) any_weak = any_weak || !candidate.second.strong();
    if (!any_weak) return confirmed;
    std::unordered_map<std::string, int> weak_count;
    std::unordered_set<std::string> known;  // strong names and their words
    std::unordered_set<std::string_view> seen_strong;
    for (const auto& [line, label] : candidates) {
      if (label.strong() && !seen_strong.insert(label.name).second) continue;
      const std::string key = FoldedName(label.name);
      if (label.strong()) {
        known.insert(key);
        for (std::string_view w : SplitWords(label.name)) known.insert(FoldedName(w));
      } else {
        ++weak_count[key];
      }
    }
    // A one-word weak label that opens or closes another weak label's name confirms both:
    // "Alison Stewart:" then "Alison:".
    std::unordered_set<std::string> weak_name_ends;
    for (const auto& [line, label] : candidates) {
      std::vector<std::string_view> words = SplitWords(label.name);
      if (label.strong() || words.size() < 2) continue;
      weak_name_ends.insert(FoldedName(words.front()));
      weak_name_ends.insert(FoldedName(words.back()));
    }
    std::unordered_set<std::string> accepted_weak;
    for (int round = 0; round < 2; ++round) {
      for (const auto& [line, label] : candidates) {
        if (label.strong() || line == first_content) continue;
        const std::string key = FoldedName(label.name);
        bool ok = weak_count[key] >= 2 || label.has_role || known.count(key) != 0 ||
                  weak_name_ends.count(key) != 0;
        for (std::string_view w : SplitWords(label.name)) {
          ok = ok || accepted_weak.count(FoldedName(w)) != 0;
        }
        if (ok && accepted_weak.insert(key).second) {
          for (std::string_view w : SplitWords(label.name)) accepted_weak.insert(FoldedName(w));
        }
      }
    }
    for (size_t k = 0; k < candidates.size(); ++k) {
      const auto& [line, label] = candidates[k];
      confirmed[k] = !label.strong() && line != first_content &&
                     accepted_weak.count(FoldedName(label.name)) != 0;
    }
    return confirmed;
  }

  void BuildParagraphs() {
    bool open = false;  // the last paragraph may take the next wrapped line
    for (size_t i = 0; i < lines_.size(); ++i) {
      std::string_view l = lines_[i];
      const int line = static_cast<int>(i) + 1;
      if (l.empty()) {
        open = false;
        continue;
      }
      if (chrome_line_[i]) {
        chrome_.append(l.data(), l.size()).push_back('\n');
        open = false;
        continue;
      }
      if (label_at_[i] >= 0) {
        const SpeakerLabel& label = labels_[label_at_[i]];
        Paragraph p{ParaKind::kTurn, line, l.substr(std::min(label.speech, l.size())),
                    label_at_[i], NoteKind::kSound};
        paragraphs_.push_back(std::move(p));
        open = wrapped_;
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
      if (open && wrapped_ && !paragraphs_.empty()) {
        Paragraph& last = paragraphs_.back();
        if (joined_.empty() || last.text.data() != joined_.back().data()) {
          joined_.emplace_back(last.text);
        }
        std::string& text = joined_.back();
        if (!text.empty()) text += ' ';
        text.append(rest.data(), rest.size());
        last.text = text;
        continue;
      }
      paragraphs_.push_back({ParaKind::kText, line, rest, -1, NoteKind::kSound});
      open = wrapped_;
    }
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
        const SpeakerLabel& label = labels_[p.label];
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
        const std::string host = SelfIntroducedName(text);
        if (!host.empty()) {
          TurnSpeaker who;
          who.intro_name = host;
          who.line = p.line;
          StartTurn(who, p.line, "");
          AddText(text, p.line);
          continue;
        }
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
        if (q.kind == QuoteKind::kTurn && d.speaker.label) {
          article_.warnings.push_back(
              {q.line, "label \"" + q.label + "\" has no speech; turn left out"});
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
      int line = 0;
      return Status::InvalidInput("no speaker turns found (not a transcript?)", file_name_, line);
    }
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
    if (!lines_.empty()) {
      // A file that ends right after a label was probably cut short.
      size_t last = lines_.size();
      while (last > 0 && lines_[last - 1].empty()) --last;
      if (last > 0 && label_at_[last - 1] >= 0 &&
          labels_[label_at_[last - 1]].speech >= lines_[last - 1].size()) {
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
    for (const std::string* where : {&chrome_, &tail_text, &article_.copyright}) {
      std::string url = FindUrl(*where);
      if (!url.empty() && !IsHomepage(url)) {
        article_.url = url;
        break;
      }
    }
    const bool cnn_page = chrome_.find("Transcripts main page") != std::string::npos ||
                          chrome_.find("RUSH TRANSCRIPT") != std::string::npos;
    // CNN pages open with the show's name in capitals, then the headline.
    if (cnn_page && article_.program.empty() && IsAllCaps(article_.title) &&
        SplitWords(article_.title).size() <= 6 && !article_.summary.empty() &&
        article_.summary.size() < 300 && article_.summary.back() != '.') {
      article_.program = ProperCaseTitle(article_.title);
      article_.title = std::move(article_.summary);
      article_.summary.clear();
    }
    article_.source = SourceNamedIn(article_.copyright);
    if (article_.source.empty()) article_.source = SourceNamedIn(chrome_);
    if (article_.source.empty() && cnn_page) article_.source = "CNN";
    if (article_.source.empty() && !sign_off_org_.empty()) {
      article_.source = SourceNamedIn(sign_off_org_);
    }
    if (article_.source.empty() && (article_.summary.find("NPR's") != std::string::npos ||
                                    article_.summary.find("NPR\u2019s") != std::string::npos)) {
      article_.source = "NPR";
    }
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
    for (size_t k = 0; k < article_.quotes.size() && k < 4 && article_.program.empty(); ++k) {
      article_.program = ProgramNamedIn(article_.quotes[k].text.substr(0, 400));
    }
    for (size_t k = 0; k < std::min<size_t>(4, article_.quotes.size()); ++k) {
      const Quote& q = article_.quotes[k];
      if (q.speaker < 0) continue;
      const std::string host = SelfIntroducedName(q.text);
      if (!host.empty() && index.Find(host) == q.speaker) {
        AddRole(&article_.speakers[q.speaker], {"Host", "", RoleSource::kIntro});
      }
    }
  }

  enum class Current { kNone, kTurn, kUnattributed };

  const std::string& text_;
  const std::string& file_name_;
  std::vector<std::string_view> lines_;
  bool wrapped_ = false;
  std::vector<SpeakerLabel> labels_;
  std::vector<int> label_at_;  // per line: index into labels_ or -1
  std::vector<bool> chrome_line_;
  std::vector<Paragraph> paragraphs_;
  std::deque<std::string> joined_;  // hard-wrapped paragraphs, re-joined
  std::vector<Draft> drafts_;
  Current current_ = Current::kNone;
  std::vector<std::string> tail_;
  std::vector<std::string> sign_off_text_;
  std::string chrome_;
  std::string sign_off_org_;
  Article article_;
};

}  // namespace

Result<Article> ParseTranscript(const std::string& text, const std::string& file_name) {
  Parser parser(text, file_name);
  return parser.Run();
}

}  // namespace newsarchive
