// How this works: a line holding "-->" after a timestamp opens a cue (the line before it, when a
// blank line precedes that, is the cue's number or identifier); the lines up to the next cue are
// its text. WebVTT's NOTE, STYLE and REGION blocks run to the next blank line and are skipped.
// Each cue's text is cut into pieces where a voice tag, '>>', a "- " dialogue line or an opening
// "NAME:" changes the speaker; pieces then join the block going on, or open a new one.
#include "read/caption_reader.h"

#include <vector>

#include "base/text_util.h"
#include "read/document_builder.h"
#include "read/timestamp.h"

namespace newsarchive {
namespace {

struct Cue {
  std::string start;
  int line = 0;  // of its first text line
  std::vector<std::string_view> lines;
};

// The start time of a timing line ("00:00:01.000 --> 00:00:04.500 align:start"); "" when the
// line is no timing line.
std::string TimingStart(std::string_view line) {
  const size_t arrow = line.find("-->");
  if (arrow == std::string_view::npos) return "";
  return NormalizeTimestamp(Trim(line.substr(0, arrow)));
}

bool OpensSkippedBlock(std::string_view line) {
  for (std::string_view word : {"NOTE", "STYLE", "REGION"}) {
    if (line.compare(0, word.size(), word) == 0 &&
        (line.size() == word.size() || IsSpace(line[word.size()]))) {
      return true;
    }
  }
  return false;
}

std::vector<Cue> ReadCues(std::string_view text, bool webvtt) {
  const std::vector<std::string_view> lines = SplitLines(text);
  std::vector<Cue> cues;
  size_t i = 0;
  if (webvtt) {  // the header block: "WEBVTT" and whatever follows it up to a blank line
    while (i < lines.size() && !Trim(lines[i]).empty()) ++i;
  }
  bool after_blank = true;
  for (; i < lines.size(); ++i) {
    const std::string_view l = Trim(lines[i]);
    if (l.empty()) {
      after_blank = true;
      continue;
    }
    if (webvtt && after_blank && OpensSkippedBlock(l)) {
      while (i + 1 < lines.size() && !Trim(lines[i + 1]).empty()) ++i;
      continue;
    }
    std::string start = TimingStart(l);
    if (!start.empty()) {
      // The identifier standing alone above the timing line belongs to no cue's text.
      if (!cues.empty() && !cues.back().lines.empty() && i >= 1 &&
          cues.back().lines.back().data() == Trim(lines[i - 1]).data() &&
          (i < 2 || Trim(lines[i - 2]).empty())) {
        cues.back().lines.pop_back();
      }
      Cue cue;
      cue.start = std::move(start);
      cue.line = static_cast<int>(i) + 2;
      cues.push_back(std::move(cue));
    } else if (!cues.empty()) {
      cues.back().lines.push_back(l);
    }
    after_blank = false;
  }
  return cues;
}

// A caption's character references: the few WebVTT defines and numeric ones.
void AppendDecoded(std::string_view text, std::string* out) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out->push_back(text[i]);
      continue;
    }
    const size_t semi = text.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out->push_back('&');
      continue;
    }
    const std::string_view name = text.substr(i + 1, semi - i - 1);
    uint32_t cp = 0;
    if (name == "amp") cp = '&';
    else if (name == "lt") cp = '<';
    else if (name == "gt") cp = '>';
    else if (name == "quot") cp = '"';
    else if (name == "apos") cp = '\'';
    else if (name == "nbsp") cp = ' ';
    else if (name == "lrm" || name == "rlm") cp = 0xFEFF;  // invisible: collapsed away
    else if (name.size() >= 2 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      for (char c : name.substr(hex ? 2 : 1)) {
        const int digit = IsAsciiDigit(c) ? c - '0'
                          : hex && IsAsciiAlpha(c) && AsciiLower(c) <= 'f' ? AsciiLower(c) - 'a' + 10
                                                                           : -1;
        if (digit < 0 || cp > 0x10FFFF) {
          cp = 0;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
      }
      if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0;
    }
    if (cp == 0) {
      out->push_back('&');
      continue;
    }
    AppendUtf8(cp, out);
    i = semi;
  }
}

// One stretch of a cue: who speaks it, if a voice tag says so, and whether it opens a new turn.
struct Piece {
  std::string voice;
  bool change = false;  // '>>', "- " or "NAME:": someone else speaks from here
  bool marked = false;  // the change was a '>>' or "- " mark (kept for the parser as '>>')
  std::string text;
};

// "TOMAS REYES: ..." and "MAYOR CLARA FENWICK: ...": a line opening with a name in capitals
// and a colon (the parser decides whether it is a label).
bool OpensWithCapsLabel(std::string_view line) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon < 2 || colon > 60) return false;
  const std::string_view name = line.substr(0, colon);
  if (!IsAllCaps(name)) return false;
  for (char c : name) {
    if (IsAsciiDigit(c)) return false;  // a clock time, "PART 2"
  }
  return true;
}

class CueSplitter {
 public:
  explicit CueSplitter(std::vector<Piece>* pieces) : pieces_(pieces) {}

  void Line(std::string_view line, bool first_line) {
    bool line_start = true;  // nothing but tags read from this line yet
    std::string_view rest = line;
    while (!rest.empty()) {
      const size_t tag = rest.find('<');
      const size_t mark = rest.find(">>");
      if (mark != std::string_view::npos && (tag == std::string_view::npos || mark < tag)) {
        Text(rest.substr(0, mark), line_start, line_start && first_line);
        Open(voice_, true, true);
        rest = Trim(rest.substr(mark + 2));
        line_start = false;
        continue;
      }
      const size_t close = tag == std::string_view::npos ? tag : rest.find('>', tag);
      if (close == std::string_view::npos) {
        Text(rest, line_start, line_start && first_line);
        break;
      }
      const std::string_view before = rest.substr(0, tag);
      Text(before, line_start, line_start && first_line);
      line_start = line_start && Trim(before).empty();
      Tag(rest.substr(tag + 1, close - tag - 1));
      rest = rest.substr(close + 1);
    }
    Current().text += ' ';
  }

 private:
  Piece& Current() {
    if (pieces_->empty()) Open("", false, false);
    return pieces_->back();
  }

  void Open(const std::string& voice, bool change, bool marked) {
    Piece p;
    p.voice = voice;
    p.change = change;
    p.marked = marked;
    pieces_->push_back(std::move(p));
  }

  // Text outside tags. At the start of a line, "- " changes the speaker; at the start of the
  // cue, so does "NAME:".
  void Text(std::string_view text, bool line_start, bool cue_start) {
    if (text.empty()) return;
    std::string_view t = text;
    // Only a line's own indent goes: the space after a closing styling tag ("<i>Kessling
    // Island</i> dock") separates words.
    if (line_start) {
      while (!t.empty() && IsSpace(t.front())) t.remove_prefix(1);
    }
    if (line_start && t.size() >= 2 && t[0] == '-' && t[1] == ' ') {
      Open(voice_, true, true);
      t.remove_prefix(2);
    } else if (cue_start && OpensWithCapsLabel(t)) {
      Open("", true, false);
    }
    // SSA overrides in SRT: "{\an8}".
    std::string clean;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '{' && i + 1 < t.size() && t[i + 1] == '\\') {
        const size_t end = t.find('}', i);
        if (end != std::string_view::npos) {
          i = end;
          continue;
        }
      }
      clean.push_back(t[i]);
    }
    AppendDecoded(clean, &Current().text);
  }

  void Tag(std::string_view tag) {
    if (tag.empty()) return;
    if (tag[0] == 'v' && (tag.size() == 1 || tag[1] == ' ' || tag[1] == '.' || tag[1] == '\t')) {
      const size_t space = tag.find_first_of(" \t");
      std::string voice;
      if (space != std::string_view::npos) AppendDecoded(Trim(tag.substr(space)), &voice);
      voice_ = CollapsedText(voice);
      Open(voice_, false, false);
    } else if (tag == "/v") {
      voice_.clear();
      Open("", false, false);
    }
    // Every other tag (<i>, <b>, <c.class>, <lang en>, <00:00:01.000>, <font ...>) is styling.
  }

  std::vector<Piece>* pieces_;
  std::string voice_;  // the voice tag in force in this cue
};

}  // namespace

bool LooksLikeWebVtt(std::string_view head) {
  if (head.compare(0, 3, "\xEF\xBB\xBF") == 0) head.remove_prefix(3);
  return head.compare(0, 6, "WEBVTT") == 0 && (head.size() == 6 || IsSpace(head[6]));
}

bool LooksLikeSrt(std::string_view head) {
  if (head.compare(0, 3, "\xEF\xBB\xBF") == 0) head.remove_prefix(3);
  const std::vector<std::string_view> lines = SplitLines(head.substr(0, 1024));
  size_t i = 0;
  while (i < lines.size() && Trim(lines[i]).empty()) ++i;
  if (i + 1 >= lines.size()) return false;
  const std::string_view number = Trim(lines[i]);
  if (number.empty() || number.size() > 9) return false;
  for (char c : number) {
    if (!IsAsciiDigit(c)) return false;
  }
  return !TimingStart(Trim(lines[i + 1])).empty();
}

Document CaptionDocument(const std::string& text, bool webvtt, const std::string& name) {
  Document document;
  document.name = name;
  document.reader = webvtt ? "webvtt" : "srt";
  DocumentBuilder out(&document);
  // The block going on: a voice's turn, or text whose speaker the parser will find.
  bool open = false;
  bool voiced = false;
  std::string label, body, start;
  int line = 0;
  auto flush = [&] {
    if (!open) return;
    if (voiced) {
      out.Turn(label, body, line, 1, start);
    } else {
      out.Text(Block::Kind::kText, body, line, 1, start);
    }
    open = false;
  };
  std::string_view previous_last;  // the last line of the cue before (roll-up captions repeat it)
  for (const Cue& cue : ReadCues(text, webvtt)) {
    std::vector<Piece> pieces;
    CueSplitter splitter(&pieces);
    for (size_t k = 0; k < cue.lines.size(); ++k) {
      if (k == 0 && cue.lines.size() > 1 && cue.lines[0] == previous_last) continue;
      splitter.Line(cue.lines[k], k == 0);
    }
    if (!cue.lines.empty()) previous_last = cue.lines.back();
    for (const Piece& p : pieces) {
      std::string piece = CollapsedText(p.text);
      if (piece.empty() && !p.marked) continue;
      const bool new_voice = !p.voice.empty() && (!open || !voiced || p.voice != label);
      if (p.change || new_voice || !open) {
        flush();
        open = true;
        voiced = !p.voice.empty() && !p.marked;
        label = p.voice;
        body = p.marked && !voiced ? ">> " + piece : piece;
        start = cue.start;
        line = cue.line;
        continue;
      }
      if (!body.empty() && !piece.empty()) body += ' ';
      body += piece;
    }
  }
  flush();
  return document;
}

}  // namespace newsarchive
