// The table reader: transcripts kept as a table, one row per turn, as transcription services,
// spreadsheets and web pages give them: a header row naming a speaker column and a text column
// (and often a time), cells split by tabs, by commas or semicolons (CSV, quoted cells may hold
// the separator, doubled quotes and line breaks), or by pipes (a Markdown table):
//   Time      Speaker          Transcript            | 00:00:04 | Host | Welcome back. |
//   00:00:04  Pella Orstad     Welcome back.         "Speaker","Start","Text"
// Each row becomes a kTurn labelled with its speaker cell as printed, starting at its time; a row
// whose speaker cell is empty or repeats the row above goes on the same turn. Lines above the
// header (a title, a description) stay text blocks for the parser; lines below the table are
// left out, with a warning (as text they would run on as the last speaker's words).
#ifndef NEWSARCHIVE_READ_TABLE_READER_H_
#define NEWSARCHIVE_READ_TABLE_READER_H_

#include <string>
#include <string_view>

#include "model/document.h"

namespace newsarchive {

// True when `head` holds, near its top, a header naming a speaker and a text column, and two
// rows below it split the same way with a speaker and some text.
bool LooksLikeTranscriptTable(std::string_view head);

// The Document of a table in decoded UTF-8 `text`; `name` names the file in messages. A file with
// no such header gives its lines as text blocks.
Document TableDocument(const std::string& text, const std::string& name);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_TABLE_READER_H_
