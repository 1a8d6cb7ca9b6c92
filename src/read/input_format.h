// Which reader reads an input: chosen from its content (a WebVTT header, SRT's numbered cues,
// JSON records, HTML markup, speaker-and-time turn lines, a table with a speaker column), then
// from its extension (.html, .jsonl, .json, .vtt, .srt, .csv, .tsv; a trailing .gz is looked
// through), else plain text; or forced by
// `import --input-format`.
#ifndef NEWSARCHIVE_READ_INPUT_FORMAT_H_
#define NEWSARCHIVE_READ_INPUT_FORMAT_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"
#include "model/document.h"

namespace newsarchive {

enum class InputFormat { kAuto, kText, kHtml, kDataset, kWebVtt, kSrt, kExport, kTable };

// "auto", "text", "html", "dataset", "webvtt", "srt", "export", "table": the reader names that
// Document::reader and `import --dry-run` show.
const char* InputFormatName(InputFormat format);

// The format an --input-format value names: the names above, or "json", "jsonl" (dataset) and
// "vtt" (webvtt); kInvalidInput listing the names otherwise.
Result<InputFormat> ParseInputFormat(std::string_view name);

// The reader for an input named `path` whose content starts with `head` (up to 64 KiB; bytes as
// read, not yet decoded). Never kAuto.
InputFormat ChooseInputFormat(std::string_view head, const std::string& path);

// How many stories the import of the input at `path` will report, for its first walk (the
// progress total, the choice of bulk mode): the records of a dataset, counted in one pass that
// keeps none (CountJsonRecords), when `format` is kDataset or, for kAuto, when the name ends in
// .json, .jsonl or .ndjson (a trailing .gz looked through) and the content opens JSON records;
// otherwise 1, and at least 1 (an empty dataset, or an input that cannot be opened, is one
// report). Stops counting once *cancel is set.
int64_t CountInputStories(const std::string& path, InputFormat format,
                          const std::atomic<bool>* cancel = nullptr);

// Reads decoded UTF-8 `text` with a reader that takes a whole file (every format but kDataset,
// which streams: dataset_reader.h; kAuto reads as text). `name` names the file in messages.
Document ReadWholeDocument(InputFormat format, const std::string& text, const std::string& name);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_INPUT_FORMAT_H_
