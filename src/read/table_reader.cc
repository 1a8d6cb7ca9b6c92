#include "read/table_reader.h"

#include <algorithm>
#include <vector>

#include "base/text_util.h"
#include "read/document_builder.h"
#include "read/timestamp.h"

namespace newsarchive {
namespace {

// How far down a header may stand (non-empty lines): a title and a description above it.
constexpr int kHeaderSearchLines = 40;
// A speaker cell longer than this is no speaker: a table of something else.
constexpr size_t kMaxSpeakerBytes = 80;

constexpr char kSeparators[] = {'\t', '|', ',', ';'};

enum class Column { kOther, kTime, kSpeaker, kText };

// What a header cell names: "Speaker", "Start Time", "Transcript", "**Text**" ...
Column ColumnNamed(std::string_view cell) {
  std::string name(Trim(cell));
  name.erase(std::remove_if(name.begin(), name.end(), [](char c) { return c == '*'; }),
             name.end());
  for (char& c : name) {
    if (c == '_') c = ' ';
  }
  static constexpr std::string_view kSpeaker[] = {"speaker", "speaker name", "name", "who",
                                                  "person", "voice"};
  static constexpr std::string_view kText[] = {
      "text",  "transcript", "transcription", "dialogue", "dialog",  "utterance",
      "words", "content",    "caption",       "speech",   "said", "what was said"};
  static constexpr std::string_view kTime[] = {"time",      "start",     "start time", "starttime",
                                               "begin",     "in",        "timestamp",  "timecode",
                                               "time code", "time (start)", "start (hh:mm:ss)"};
  if (InIgnoreCaseList(name, kSpeaker)) return Column::kSpeaker;
  if (InIgnoreCaseList(name, kText)) return Column::kText;
  if (InIgnoreCaseList(name, kTime)) return Column::kTime;
  return Column::kOther;
}

// Splits the row that starts at lines[i] into *cells by `sep`; returns how many lines it took
// (a quoted CSV cell may hold line breaks), 0 when the line holds no `sep` at all.
size_t SplitRow(const std::vector<std::string_view>& lines, size_t i, char sep,
                std::vector<std::string>* cells) {
  cells->clear();
  std::string_view l = Trim(lines[i]);
  if (l.find(sep) == std::string_view::npos) return 0;
  if (sep == '|') {
    // A Markdown row: "| a | b |", the outer pipes optional, "\|" a pipe inside a cell.
    if (!l.empty() && l.front() == '|') l.remove_prefix(1);
    if (!l.empty() && l.back() == '|' && (l.size() < 2 || l[l.size() - 2] != '\\')) {
      l.remove_suffix(1);
    }
    std::string cell;
    for (size_t k = 0; k < l.size(); ++k) {
      if (l[k] == '\\' && k + 1 < l.size() && l[k + 1] == '|') {
        cell += '|';
        ++k;
      } else if (l[k] == '|') {
        cells->push_back(std::string(Trim(cell)));
        cell.clear();
      } else {
        cell += l[k];
      }
    }
    cells->push_back(std::string(Trim(cell)));
    return 1;
  }
  // CSV and TSV: a cell opening with '"' runs to the next lone '"', doubled quotes inside.
  std::string cell;
  bool quoted = false;
  bool at_cell_start = true;
  size_t used = 1;
  for (size_t line = i;;) {
    const std::string_view text = lines[line];
    for (size_t k = 0; k < text.size(); ++k) {
      const char c = text[k];
      if (quoted) {
        if (c == '"' && k + 1 < text.size() && text[k + 1] == '"') {
          cell += '"';
          ++k;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell += c;
        }
      } else if (c == '"' && at_cell_start) {
        quoted = true;
        at_cell_start = false;
      } else if (c == sep) {
        cells->push_back(std::string(Trim(cell)));
        cell.clear();
        at_cell_start = true;
      } else {
        if (c != ' ' || !cell.empty()) at_cell_start = false;
        cell += c;
      }
    }
    if (!quoted || line + 1 >= lines.size()) break;
    cell += ' ';  // a line break inside a quoted cell
    ++line;
    ++used;
  }
  cells->push_back(std::string(Trim(cell)));
  return used;
}

// "|---|:---:|": the rule under a Markdown header.
bool IsRuleRow(const std::vector<std::string>& cells) {
  for (const std::string& c : cells) {
    if (c.empty() || c.find_first_not_of(":-") != std::string::npos) return false;
  }
  return true;
}

struct Header {
  size_t line = 0;  // index into the lines
  char separator = ',';
  int speaker = -1;
  int text = -1;
  int time = -1;
  size_t Needed() const { return static_cast<size_t>(std::max(speaker, text)) + 1; }
};

// The row's speaker and text when it is a row of the table: enough cells, a short speaker.
bool ReadRow(const Header& h, const std::vector<std::string>& cells, std::string_view* speaker,
             std::string_view* text) {
  if (cells.size() < h.Needed() || IsRuleRow(cells)) return false;
  *speaker = cells[h.speaker];
  *text = cells[h.text];
  return speaker->size() <= kMaxSpeakerBytes;
}

bool FindHeader(const std::vector<std::string_view>& lines, Header* found) {
  std::vector<std::string> cells;
  int looked = 0;
  for (size_t i = 0; i < lines.size() && looked < kHeaderSearchLines; ++i) {
    if (Trim(lines[i]).empty()) continue;
    ++looked;
    for (char sep : kSeparators) {
      const size_t used = SplitRow(lines, i, sep, &cells);
      if (used == 0 || cells.size() < 2) continue;
      Header h;
      h.line = i;
      h.separator = sep;
      for (size_t c = 0; c < cells.size(); ++c) {
        const Column column = ColumnNamed(cells[c]);
        int* slot = column == Column::kSpeaker ? &h.speaker
                    : column == Column::kText  ? &h.text
                    : column == Column::kTime  ? &h.time
                                               : nullptr;
        if (slot != nullptr && *slot < 0) *slot = static_cast<int>(c);
      }
      if (h.speaker < 0 || h.text < 0) continue;
      // Two rows below, split alike, each with a speaker and some text.
      int rows = 0;
      for (size_t j = i + used; j < lines.size() && rows < 2;) {
        if (Trim(lines[j]).empty()) {
          ++j;
          continue;
        }
        const size_t took = SplitRow(lines, j, sep, &cells);
        if (took == 0) break;
        j += took;
        if (IsRuleRow(cells) && rows == 0) continue;
        std::string_view speaker;
        std::string_view text;
        if (!ReadRow(h, cells, &speaker, &text) || speaker.empty() || text.empty()) break;
        ++rows;
      }
      if (rows == 2) {
        *found = h;
        return true;
      }
    }
  }
  return false;
}

}  // namespace

bool LooksLikeTranscriptTable(std::string_view head) {
  Header header;
  return FindHeader(SplitLines(head), &header);
}

Document TableDocument(const std::string& text, const std::string& name) {
  Document document;
  document.name = name;
  document.reader = "table";
  DocumentBuilder out(&document);
  const std::vector<std::string_view> lines = SplitLines(text);
  Header h;
  const bool table = FindHeader(lines, &h);
  const size_t header = table ? h.line : lines.size();
  int blank = 0;
  auto text_line = [&](size_t i) {
    const std::string_view l = Trim(lines[i]);
    if (l.empty()) {
      ++blank;
      return;
    }
    out.Text(Block::Kind::kText, l, static_cast<int>(i) + 1, blank);
    blank = 0;
  };
  for (size_t i = 0; i < header; ++i) text_line(i);
  if (!table) return document;
  std::vector<std::string> cells;
  std::string previous;  // the speaker of the turn going on
  size_t i = header + SplitRow(lines, header, h.separator, &cells);
  while (i < lines.size()) {
    if (Trim(lines[i]).empty()) {
      ++i;
      continue;
    }
    const size_t took = SplitRow(lines, i, h.separator, &cells);
    std::string_view speaker;
    std::string_view said;
    if (took == 0 || (!IsRuleRow(cells) && !ReadRow(h, cells, &speaker, &said))) break;
    const int line = static_cast<int>(i) + 1;
    i += took;
    if (said.empty()) continue;
    if (speaker.empty() || EqualsIgnoreCase(speaker, previous)) {
      if (!previous.empty()) out.Turn("", said, line, 0);
      continue;
    }
    const std::string start =
        h.time >= 0 && static_cast<size_t>(h.time) < cells.size() ? NormalizeTimestamp(cells[h.time])
                                                                   : "";
    out.Turn(speaker, said, line, blank, start);
    blank = 0;
    previous = std::string(speaker);
  }
  // Below the table: a credit line, a link to the audio. Read as text they would run on as the
  // last speaker's words; no one said them.
  for (; i < lines.size(); ++i) {
    if (Trim(lines[i]).empty()) continue;
    document.warnings.push_back(
        {static_cast<int>(i) + 1, "text below the table is not read as anyone's speech"});
    break;
  }
  return document;
}

}  // namespace newsarchive
