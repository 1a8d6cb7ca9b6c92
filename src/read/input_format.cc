#include "read/input_format.h"

#include <sys/stat.h>

#include <memory>

#include "base/text_util.h"
#include "read/caption_reader.h"
#include "read/dataset_reader.h"
#include "read/export_reader.h"
#include "read/html_reader.h"
#include "read/input_stream.h"
#include "read/json_records.h"
#include "read/table_reader.h"
#include "read/text_reader.h"

namespace newsarchive {
namespace {

// The extension of `path` in lower case, without the dot, looking through a trailing ".gz".
std::string Extension(const std::string& path) {
  std::string name = path.substr(path.find_last_of('/') == std::string::npos
                                     ? 0
                                     : path.find_last_of('/') + 1);
  if (EndsWithIgnoreCase(name, ".gz")) name.resize(name.size() - 3);
  const size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return "";
  return AsciiLowerCopy(std::string_view(name).substr(dot + 1));
}

bool IsDatasetExtension(const std::string& ext) {
  return ext == "json" || ext == "jsonl" || ext == "ndjson";
}

constexpr size_t kHeadBytes = 64 << 10;  // what a reader is chosen from, as the importer does

}  // namespace

const char* InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kHtml: return "html";
    case InputFormat::kDataset: return "dataset";
    case InputFormat::kWebVtt: return "webvtt";
    case InputFormat::kSrt: return "srt";
    case InputFormat::kExport: return "export";
    case InputFormat::kTable: return "table";
  }
  return "text";
}

Result<InputFormat> ParseInputFormat(std::string_view name) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kHtml,
                        InputFormat::kDataset, InputFormat::kWebVtt, InputFormat::kSrt,
                        InputFormat::kExport, InputFormat::kTable}) {
    if (EqualsIgnoreCase(name, InputFormatName(f))) return f;
  }
  if (EqualsIgnoreCase(name, "json") || EqualsIgnoreCase(name, "jsonl")) return InputFormat::kDataset;
  if (EqualsIgnoreCase(name, "vtt")) return InputFormat::kWebVtt;
  return Status::InvalidInput("unknown input format '" + std::string(name) +
                              "' (auto, text, html, dataset, webvtt, srt, export or table)");
}

InputFormat ChooseInputFormat(std::string_view head, const std::string& path) {
  if (LooksLikeWebVtt(head)) return InputFormat::kWebVtt;
  if (LooksLikeSrt(head)) return InputFormat::kSrt;
  if (LooksLikeDataset(head)) return InputFormat::kDataset;
  if (LooksLikeHtml(head)) return InputFormat::kHtml;
  if (LooksLikeExport(head)) return InputFormat::kExport;
  if (LooksLikeTranscriptTable(head)) return InputFormat::kTable;
  const std::string ext = Extension(path);
  if (ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml") return InputFormat::kHtml;
  if (IsDatasetExtension(ext)) return InputFormat::kDataset;
  if (ext == "vtt" || ext == "webvtt") return InputFormat::kWebVtt;
  if (ext == "srt") return InputFormat::kSrt;
  if (ext == "csv" || ext == "tsv") return InputFormat::kTable;
  return InputFormat::kText;
}

int64_t CountInputStories(const std::string& path, InputFormat format,
                          const std::atomic<bool>* cancel) {
  if (format != InputFormat::kDataset &&
      (format != InputFormat::kAuto || !IsDatasetExtension(Extension(path)))) {
    return 1;
  }
  // Only a regular file is read twice: a pipe's bytes, once read, would be lost to the import.
  struct stat info;
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return 1;
  Result<std::unique_ptr<InputStream>> in = InputStream::OpenFile(path, cancel);
  if (!in.ok()) return 1;
  if (format == InputFormat::kAuto) {
    Result<std::string_view> head = (*in)->Peek(kHeadBytes);
    if (!head.ok() || ChooseInputFormat(*head, path) != InputFormat::kDataset) return 1;
  }
  const int64_t records = CountJsonRecords(in->get(), cancel);
  return records > 0 ? records : 1;
}

Document ReadWholeDocument(InputFormat format, const std::string& text, const std::string& name) {
  switch (format) {
    case InputFormat::kHtml: return HtmlDocument(text, name);
    case InputFormat::kWebVtt: return CaptionDocument(text, true, name);
    case InputFormat::kSrt: return CaptionDocument(text, false, name);
    case InputFormat::kExport: return ExportDocument(text, name);
    case InputFormat::kTable: return TableDocument(text, name);
    case InputFormat::kAuto:
    case InputFormat::kText:
    case InputFormat::kDataset:
      break;
  }
  return TextDocument(text, name);
}

}  // namespace newsarchive
