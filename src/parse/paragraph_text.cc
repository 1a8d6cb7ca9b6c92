// Lines and paragraphs of a transcript's text: joining wrapped lines, stripping notes.
// Split from transcript_parser.cc; pure functions over text.
#include "parse/paragraph_text.h"

#include "base/text_util.h"
#include "people/markers.h"

namespace newsarchive {

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

// True when `next` carries on the sentence `line` broke off: a page wrapped by hand in places
// ("...kills one" / "of Iran's top military leaders"), though not at a fixed width.
bool EndsSentence(std::string_view line) {
  return !line.empty() &&
         std::string_view(".?!\")'\x9D]").find(line.back()) != std::string_view::npos;
}

bool ContinuesSentence(std::string_view line, std::string_view next) {
  if (line.empty() || next.empty() || line.back() == ':' || EndsSentence(line)) return false;
  size_t i = 0;
  return IsLowerLetter(DecodeCodePoint(next, i));
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
      // "(voice over): What goes up...": a note set like a label, later in a turn, is dropped.
      const bool label_like = group < para.size() && para[group] == ':';
      if (!label_like && (!opening || !quote->annotation.empty())) break;
      if (opening && quote->annotation.empty()) quote->annotation = AnnotationText(inside);
    }
    size_t next = group;
    if (next < para.size() && (para[next] == '.' || para[next] == ':')) ++next;  // "(Laughter)."
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

}  // namespace newsarchive
