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
//     A page with no speaker turns is read as a news article instead (parse/article_body.h),
//     or rejected.
#include "parse/transcript_parser.h"

#include <deque>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "base/text_util.h"
#include "parse/article_body.h"
#include "parse/article_header.h"
#include "parse/document_fields.h"
#include "parse/layout.h"
#include "parse/page_chrome.h"
#include "parse/page_headline.h"
#include "parse/page_lines.h"
#include "parse/paragraph_text.h"
#include "parse/story_labels.h"
#include "parse/story_metadata.h"
#include "people/markers.h"
#include "people/name_key.h"
#include "people/name_mentions.h"
#include "people/numbered_speakers.h"
#include "people/names.h"
#include "people/speaker_label.h"
#include "people/speaker_resolver.h"
#include "people/text_roles.h"
#include "read/text_reader.h"

namespace newsarchive {
namespace {

enum class ParaKind { kText, kTurn, kMarker };

struct Paragraph {
  ParaKind kind = ParaKind::kText;
  int line = 0;
  std::string_view text;  // the text, or the speech that follows a label (in the input, or in
                          // Parser::joined_ for re-joined wrapped lines)
  int label = -1;         // kTurn: index into the story's labels
  NoteKind note = NoteKind::kSound;  // kMarker
};

// A quote being assembled.
struct Draft {
  Quote quote;
  TurnSpeaker speaker;        // for turns
  size_t last_paragraph = 0;  // offset of the last paragraph in quote.text
  SignOff sign_off;
  bool has_sign_off = false;
  std::vector<std::pair<size_t, int>> starts;  // unattributed text: each paragraph's offset, line
};

class Parser {
 public:
  explicit Parser(const Document& document)
      : document_(document),
        page_(document),
        text_(page_.text()),
        lines_(page_.lines()),
        file_name_(document.name),
        layout_(DetectLayout(PageView{lines_})) {}

  Result<Article> Run() {
    article_.layout = std::string(layout_.name);
    article_.reader = document_.reader;
    // What the format states wins over what the parser would read from loose text: a stated
    // title makes the page's repeat of it no headline to find.
    ApplyDocumentFields(document_, &article_);
    labels_ = std::make_unique<StoryLabels>(text_, lines_, layout_, &page_);
    wrapped_ = IsHardWrapped(lines_, labels_->chrome_lines(), labels_->label_at());
    BuildParagraphs();
    Walk();
    return Finish();
  }

 private:
  void BuildParagraphs() {
    paragraphs_.reserve(lines_.size());
    bool open = false;    // the last paragraph may take the next wrapped line
    bool bridge = false;  // ... even across the one blank line just read
    bool any_turn = false;
    for (size_t i = 0; i < lines_.size(); ++i) {
      std::string_view l = lines_[i];
      const int line = static_cast<int>(i) + 1;
      if (l.empty()) {
        // A sentence may still carry on across one blank line: some pages put a blank line
        // after every line of their wrapped text.
        bridge = open && (i == 0 || !lines_[i - 1].empty());
        open = false;
        continue;
      }
      const bool bridged = bridge && i >= 2 && lines_[i - 1].empty();
      bridge = false;
      if (labels_->chrome(i)) {
        const HeaderMark mark =
            layout_.header_mark != nullptr ? layout_.header_mark(l) : HeaderMark::kNone;
        // Everything above the end of the site's header (a transcript index's "Return to ...",
        // a station's player) is the site's own furniture: search boxes, the station's address,
        // its copyright.
        if (!any_turn && mark == HeaderMark::kSiteHeaderEnds) {
          for (const Paragraph& p : paragraphs_) {
            chrome_.append(p.text.data(), p.text.size()).push_back('\n');
            const size_t at = FindCopyright(p.text);
            if (at != std::string_view::npos && site_copyright_.empty()) {
              site_copyright_ = std::string(Trim(p.text.substr(at)));
            }
          }
          paragraphs_.clear();
        }
        // A list of the site's programs above the story: the headline is what stands just
        // above the mark.
        if (!any_turn && mark == HeaderMark::kHeadlineAbove) KeepOnlyHeadline();
        // The program and the headline stand above the mark, and a headline such as "Larry
        // King: 45 Years in Broadcasting" is no turn.
        if (any_turn && paragraphs_.size() <= 3 && mark == HeaderMark::kShowLineBelow) {
          for (Paragraph& p : paragraphs_) {
            if (p.kind == ParaKind::kTurn) p = {ParaKind::kText, p.line, lines_[p.line - 1]};
          }
          any_turn = false;
        }
        chrome_.append(l.data(), l.size()).push_back('\n');
        open = false;
        continue;
      }
      const int label_index = labels_->at(i);
      if (label_index == StoryLabels::kContinued) continue;
      if (label_index == StoryLabels::kOwnText) {
        // Text of its own ("NOTE: ..."): it ends the turn before it, as a clip marker does.
        paragraphs_.push_back({ParaKind::kMarker, line, "", -1, NoteKind::kClip});
        open = false;
      }
      if (label_index >= 0) {
        PushSplittingTurns(
            {ParaKind::kTurn, line, labels_->speech(label_index), label_index, NoteKind::kSound});
        open = true;
        any_turn = true;
        continue;
      }
      // "[ARCHIVE CLIP, Anne Roe: Sound is touch at a distance.]": a clip that names its speaker.
      if (PushNamedClip(l, line)) {
        open = false;
        continue;
      }
      // A caption's ">>" without a label: someone else speaks, and no one says who.
      if (l.compare(0, 2, ">>") == 0) {
        paragraphs_.push_back({ParaKind::kMarker, line, "", -1, NoteKind::kClip});
        std::string_view rest = l;
        while (!rest.empty() && (rest[0] == '>' || IsSpace(rest[0]))) rest.remove_prefix(1);
        if (!rest.empty())
          paragraphs_.push_back({ParaKind::kText, line, rest, -1, NoteKind::kSound});
        open = true;
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
      Dateline dateline;  // "(AP) — ...": an agency opening an article, not a sound
      const bool datelined = rest[0] == '(' && ParseDateline(rest, &dateline);
      for (int guard = 0; guard < 8 && !datelined; ++guard) {
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
      const size_t mid = labels_->FindRunTogether(rest, &mid_label);
      std::string_view turns;
      if (mid != std::string_view::npos) {
        turns = rest.substr(mid);
        rest = Trim(rest.substr(0, mid));
      }
      const std::string_view previous = bridged ? lines_[i - 2] : i > 0 ? lines_[i - 1] : "";
      const bool continues = any_turn && ContinuesSentence(previous, rest);
      // A wrapped page's headline and teaser stay apart: before the first turn, a line that
      // ends a sentence ends its paragraph.
      const bool wrapped_on = wrapped_ && (any_turn || !EndsSentence(previous));
      if (!paragraphs_.empty() && ((open && (wrapped_on || continues)) || (bridged && continues))) {
        Paragraph& last = paragraphs_.back();
        if (joined_.empty() || last.text.data() != joined_.back().data()) {
          joined_.emplace_back(last.text);
        }
        std::string& text = joined_.back();
        if (!text.empty()) text += ' ';
        text.append(rest.data(), rest.size());
        last.text = text;
        open = true;
      } else {
        paragraphs_.push_back({ParaKind::kText, line, rest, -1, NoteKind::kSound});
        open = true;
      }
      if (!turns.empty()) {
        const std::string_view speech = turns.substr(std::min(mid_label.speech, turns.size()));
        const int index = labels_->Add(std::move(mid_label), speech);
        PushSplittingTurns({ParaKind::kTurn, line, speech, index, NoteKind::kSound});
        any_turn = true;
      }
    }
  }

  // Moves every paragraph so far to the page's chrome, except the last text paragraph.
  void KeepOnlyHeadline() {
    size_t headline = paragraphs_.size();
    while (headline > 0 && paragraphs_[headline - 1].kind != ParaKind::kText) --headline;
    if (headline == 0) return;
    const Paragraph kept = paragraphs_[headline - 1];
    for (size_t p = 0; p + 1 < headline; ++p) {
      chrome_.append(paragraphs_[p].text.data(), paragraphs_[p].text.size()).push_back('\n');
    }
    paragraphs_.clear();
    paragraphs_.push_back(kept);
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
    const int index = labels_->Add(std::move(label), speech);
    paragraphs_.push_back({ParaKind::kTurn, line, speech, index, NoteKind::kSound});
    paragraphs_.push_back({ParaKind::kMarker, line, "", -1, NoteKind::kClip});
    return true;
  }

  // Pushes a turn paragraph, cut where further turns were run into it.
  void PushSplittingTurns(Paragraph p) {
    SpeakerLabel label;
    for (size_t at; (at = labels_->FindRunTogether(p.text, &label)) != std::string_view::npos;) {
      std::string_view rest = p.text.substr(at);
      p.text = Trim(p.text.substr(0, at));
      paragraphs_.push_back(p);
      p.text = rest.substr(std::min(label.speech, rest.size()));
      p.label = labels_->Add(std::move(label), p.text);
    }
    paragraphs_.push_back(p);
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
    const size_t before = d.quote.text.size();
    AppendParagraph(StripNotes(text, &d.quote, d.quote.text.empty()), &d.quote, &d.last_paragraph);
    if (d.quote.text.size() != before) d.starts.emplace_back(d.last_paragraph, line);
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
        const SpeakerLabel& label = labels_->label(p.label);
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
        // A page with no headline may open with the host's words ("You're listening to ASK ME
        // ANOTHER ... I'm Ophira Eisenberg, and ..."): those are a turn, not a title.
        const std::string host = SelfIntroducedName(text);
        if (article_.title.empty() && (host.empty() || !EndsSentence(text))) {
          article_.title = std::string(text);
          title_line_ = p.line;
          chrome_ += headline_.SplitSeoTitle(&article_);
          continue;
        }
        if (headline_.SplitHeadline(text, &article_)) continue;
        if (!host.empty()) {
          TurnSpeaker who;
          who.intro_name = host;
          who.line = p.line;
          StartTurn(who, p.line, "");
          AddText(text, p.line);
          continue;
        }
        if (drafts_.empty() && TakeDatedTeaser(text, &article_)) continue;
        if (article_.summary.empty() && drafts_.empty()) {
          article_.summary = std::string(text);
          summary_line_ = p.line;
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
    bool labelled = false;
    int no_person_turns = 0;
    for (const Draft& d : drafts_) {
      if (d.quote.kind == QuoteKind::kTurn && !d.quote.text.empty()) {
        turn_speakers.push_back(d.speaker);
        const SpeakerLabel* label = d.speaker.label;
        labelled = labelled || (label != nullptr && !label->no_person);
        no_person_turns += label != nullptr && label->no_person;
      }
    }
    // A self-introduction alone does not make a transcript: on a page with no labels at all,
    // everything after "I'm ..." would be credited to whoever said it. Nor does one "Q:" in
    // an article's prose; questions and answers do (an interview no one is named in).
    if (turn_speakers.empty() || (!labelled && no_person_turns < 2)) {  // an article, or none
      if (!TakeArticle()) {
        const std::string as = "; read as the " + std::string(layout_.name) + " layout";
        return Status::InvalidInput("no speaker turns found (not a transcript?)" + as, file_name_);
      }
      return Complete(SpeakerIndex(article_.speakers));
    }
    // Labels left without speech still tell whom a short label means, and so do the people
    // the record names outside its turns.
    turn_speakers.insert(turn_speakers.end(), silent_turns_.begin(), silent_turns_.end());
    for (const SpeakerLabel& person : labels_->record().cast) {
      TurnSpeaker named;
      named.label = &person;
      named.speaks = false;
      turn_speakers.push_back(named);
    }
    article_.warnings.insert(article_.warnings.end(), labels_->record().warnings.begin(),
                             labels_->record().warnings.end());
    article_.warnings.insert(article_.warnings.end(), labels_->warnings().begin(),
                             labels_->warnings().end());
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
    return Complete(index);
  }

  // Reads the page as a news article: its paragraphs, as the walk left them, become the story's
  // blocks and its bylines its people. False, changing nothing, when it is not one.
  bool TakeArticle() {
    PageText page{
        {article_.title, title_line_}, {article_.summary, summary_line_}, {}, chrome_, &lines_};
    for (const Draft& d : drafts_) {
      const std::string_view text = d.quote.text;
      for (size_t k = 0; k < d.starts.size() && d.starts[k].first < text.size(); ++k) {
        const size_t end = k + 1 < d.starts.size() ? d.starts[k + 1].first - 2 : text.size();
        page.paragraphs.push_back(
            {Trim(text.substr(d.starts[k].first, end - d.starts[k].first)), d.starts[k].second});
      }
    }
    ArticleBody body;
    if (!ReadArticleBody(page, &body)) return false;
    BuildArticle(body, &article_);
    for (std::string_view line : body.header) chrome_.append(line.data(), line.size()) += '\n';
    for (std::string_view line : body.closing) tail_.emplace_back(line);
    return true;
  }

  // What every story gets once its quotes are read: metadata, a title, line numbers.
  Result<Article> Complete(const SpeakerIndex& index) {
    const std::string own_source = article_.source;  // an article's byline or dateline
    FillMetadata(index);
    if (!own_source.empty() && SourceOfCopyright(article_.copyright).empty()) {
      article_.source = own_source;
    }
    if (article_.title.empty()) {
      // Every story needs a title to be found by; the file's own name is the user's.
      article_.title = std::string(FileStem(file_name_));
      article_.warnings.push_back({0, "no headline found; titled after the file"});
    }
    if (!lines_.empty()) {
      // A file that ends right after a label was probably cut short.
      size_t last = lines_.size();
      while (last > 0 && lines_[last - 1].empty()) --last;
      if (last > 0 && labels_->at(last - 1) >= 0 &&
          labels_->speech(labels_->at(last - 1)).empty()) {
        article_.warnings.push_back(
            {static_cast<int>(last), "file ends after a label (truncated?)"});
      }
    }
    ApplyDocumentFields(document_, &article_);
    ApplyDocumentBylines(document_, &article_);
    // "Speaker 1" of a transcription export who introduces themselves becomes that person.
    NameNumberedSpeakers(&article_);
    for (Quote& q : article_.quotes) {
      q.start = page_.StartTime(q.line);
      q.line = page_.SourceLine(q.line);
    }
    for (Diagnostic& d : article_.warnings) d.line = page_.SourceLine(d.line);
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
    PageFacts page;
    page.chrome = chrome_;
    for (const std::string& s : tail_) page.tail += s + "\n";
    page.site_copyright = site_copyright_;
    page.sign_off_organization = sign_off_org_;
    FillStoryMetadata(page, layout_, &article_);
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

  const Document& document_;

  const PageLines page_;
  const std::string& text_;
  const std::vector<std::string_view>& lines_;
  const std::string& file_name_;
  const Layout& layout_;
  bool wrapped_ = false;
  std::unique_ptr<StoryLabels> labels_;
  std::vector<Paragraph> paragraphs_;
  std::deque<std::string> joined_;  // hard-wrapped paragraphs, re-joined
  std::vector<Draft> drafts_;
  Current current_ = Current::kNone;
  std::vector<std::string> tail_;
  std::vector<std::string> sign_off_text_;
  std::vector<TurnSpeaker> silent_turns_;  // labels with no speech
  std::string chrome_;
  PageHeadline headline_;
  std::string site_copyright_;  // a copyright in the site's header, used if the story has none
  std::string sign_off_org_;
  int title_line_ = 0;
  int summary_line_ = 0;
  Article article_;
};

}  // namespace

Result<Article> ParseDocument(const Document& document) {
  Parser parser(document);
  return parser.Run();
}

Result<Article> ParseTranscript(const std::string& text, const std::string& file_name) {
  return ParseDocument(TextDocument(text, file_name));
}

}  // namespace newsarchive
