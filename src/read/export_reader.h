// The transcription-export reader: the text files transcription services and apps write, where
// each turn opens with the speaker and a time into the recording:
//   Marisol Peake (00:01:23):      Speaker 1 (00:02): Good afternoon.      Sam [01:02:03]
//   Speaker 1  0:02                [00:00:02] Speaker 2: Thanks.
// Each such line opens a kTurn labelled with the name as printed and starting at that time; the
// lines after it, up to the next, are its paragraphs. Lines above the first turn (a title, a
// description) stay text blocks for the parser.
#ifndef NEWSARCHIVE_READ_EXPORT_READER_H_
#define NEWSARCHIVE_READ_EXPORT_READER_H_

#include <string>
#include <string_view>

#include "model/document.h"

namespace newsarchive {

// A line that opens a turn: the speaker's name, the start time normalized (NormalizeTimestamp)
// and where the speech on the same line begins (the line's size when none).
struct ExportTurnLine {
  std::string_view name;
  std::string start;
  size_t speech = 0;
};
bool ParseExportTurnLine(std::string_view line, ExportTurnLine* out);

// True when at least two lines of `head` open turns so, and they are most of its short lines'
// openings (an export, not a story that quotes a clock time).
bool LooksLikeExport(std::string_view head);

// The Document of an export in decoded UTF-8 `text`; `name` names the file in messages.
Document ExportDocument(const std::string& text, const std::string& name);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_EXPORT_READER_H_
