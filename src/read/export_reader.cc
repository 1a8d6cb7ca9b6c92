#include "read/export_reader.h"

#include "base/text_util.h"
#include "read/document_builder.h"
#include "read/timestamp.h"

namespace newsarchive {
namespace {

constexpr size_t kMaxName = 50;
constexpr size_t kMaxNameWords = 6;

// A speaker's name as exports print it: one to six words, the first capitalized, of letters,
// digits ("Speaker 1") and the marks names hold (". ' - ’").
bool IsExportName(std::string_view name) {
  if (name.empty() || name.size() > kMaxName || !StartsUpper(name)) return false;
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < name.size();) {
    const char c = name[i];
    if (c == ' ') {
      in_word = false;
      ++i;
      continue;
    }
    if (!in_word) ++words;
    in_word = true;
    const uint32_t cp = DecodeCodePoint(name, i);
    if (IsLetter(cp) || IsAsciiDigit(c) || c == '.' || c == '\'' || c == '-' || cp == 0x2019) {
      continue;
    }
    return false;
  }
  return words <= kMaxNameWords;
}

// The timestamp in brackets at text[0] ("(00:01:23)", "[0:02]"): its normalized form and the
// length with the brackets; 0 when there is none.
size_t BracketedTimestamp(std::string_view text, std::string* start) {
  if (text.size() < 3 || (text[0] != '(' && text[0] != '[')) return 0;
  const char close = text[0] == '(' ? ')' : ']';
  const size_t n = TimestampLength(text.substr(1));
  if (n == 0 || 1 + n >= text.size() || text[1 + n] != close) return 0;
  *start = NormalizeTimestamp(text.substr(1, n));
  return start->empty() ? 0 : n + 2;
}

// What follows a name and its time: nothing, or a colon and maybe the speech.
bool ReadColonAndSpeech(std::string_view line, size_t at, bool colon_needed, size_t* speech) {
  while (at < line.size() && line[at] == ' ') ++at;
  if (at < line.size() && line[at] == ':') {
    ++at;
    while (at < line.size() && line[at] == ' ') ++at;
  } else if (colon_needed || at < line.size()) {
    return false;
  }
  *speech = at;
  return true;
}

}  // namespace

bool ParseExportTurnLine(std::string_view line, ExportTurnLine* out) {
  line = Trim(line);
  if (line.size() < 4) return false;
  // "[00:00:02] Speaker 2: Thanks."
  if (line[0] == '(' || line[0] == '[') {
    std::string start;
    const size_t n = BracketedTimestamp(line, &start);
    if (n == 0) return false;
    size_t at = n;
    while (at < line.size() && line[at] == ' ') ++at;
    const size_t colon = line.find(':', at);
    if (colon == std::string_view::npos) return false;
    const std::string_view name = Trim(line.substr(at, colon - at));
    if (!IsExportName(name)) return false;
    out->name = name;
    out->start = std::move(start);
    size_t speech = colon + 1;
    while (speech < line.size() && line[speech] == ' ') ++speech;
    out->speech = speech;
    return true;
  }
  // "Name (00:01:23):", "Name [01:02:03] speech"
  for (size_t open = line.find_first_of("(["); open != std::string_view::npos;
       open = line.find_first_of("([", open + 1)) {
    std::string start;
    const size_t n = BracketedTimestamp(line.substr(open), &start);
    if (n == 0) continue;
    const std::string_view name = Trim(line.substr(0, open));
    size_t speech = 0;
    if (!IsExportName(name) || !ReadColonAndSpeech(line, open + n, line[open] == '(', &speech)) {
      return false;
    }
    out->name = name;
    out->start = std::move(start);
    out->speech = speech;
    return true;
  }
  // "Speaker 1  0:02": two spaces (or a tab) and a time ending the line.
  const size_t gap = line.find_last_of(" \t");
  if (gap == std::string_view::npos || gap < 2) return false;
  const std::string_view time = line.substr(gap + 1);
  if (TimestampLength(time) != time.size()) return false;
  if (line[gap] != '\t' && line[gap - 1] != ' ' && line[gap - 1] != '\t') return false;
  const std::string_view name = Trim(line.substr(0, gap));
  if (!IsExportName(name)) return false;
  out->name = name;
  out->start = NormalizeTimestamp(time);
  out->speech = line.size();
  return !out->start.empty();
}

bool LooksLikeExport(std::string_view head) {
  int turns = 0;
  for (size_t start = 0; start < head.size() && turns < 2;) {
    size_t end = head.find('\n', start);
    if (end == std::string_view::npos) break;  // the last line may be cut short
    ExportTurnLine turn;
    if (ParseExportTurnLine(head.substr(start, end - start), &turn)) ++turns;
    start = end + 1;
  }
  return turns >= 2;
}

Document ExportDocument(const std::string& text, const std::string& name) {
  Document document;
  document.name = name;
  document.reader = "export";
  DocumentBuilder out(&document);
  bool in_turn = false;
  bool waiting = false;  // a turn line without speech: its first line of speech is still to come
  ExportTurnLine turn;
  int turn_line = 0;
  int blank = 0;
  int line = 0;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    ++line;
    const std::string_view l = Trim(std::string_view(text).substr(start, end - start));
    start = end + 1;
    if (l.empty()) {
      ++blank;
      continue;
    }
    ExportTurnLine next;
    if (ParseExportTurnLine(l, &next)) {
      if (waiting) out.Turn(turn.name, "", turn_line, 1, turn.start);  // a turn left silent
      turn = std::move(next);
      in_turn = true;
      turn_line = line;
      waiting = turn.speech >= l.size();
      if (!waiting) out.Turn(turn.name, l.substr(turn.speech), line, 1, turn.start);
    } else if (waiting) {
      out.Turn(turn.name, l, turn_line, 1, turn.start);
      waiting = false;
    } else if (in_turn) {
      out.Turn("", l, line, 1);  // a further paragraph of the turn
    } else {
      out.Text(Block::Kind::kText, l, line, blank);
    }
    blank = 0;
  }
  if (waiting) out.Turn(turn.name, "", turn_line, 1, turn.start);
  return document;
}

}  // namespace newsarchive
