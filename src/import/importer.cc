// One file's way through the importer: read (refusing more than max_file_bytes), hash, and if
// these bytes are already in the archive stop there, before decoding or parsing (so importing
// an archive's sources again is quick); else decode, parse, fill in what the options give and the
// text did not, and store. Every expected failure becomes a kRejected report naming the file and,
// where the parser knows it, the line; the walk goes on with the next file. All of that but the
// storing runs on a second thread (Pipeline), so parsing one file overlaps writing another.
// The parsing thread chooses each input's reader from its first bytes (then its name) unless
// --input-format names one; a dataset is streamed a record at a time, each record one story
// (one Prepared item, a savepoint of its own in the batch), a bad record rejected alone.
#include "import/importer.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <thread>
#include <utility>

#include "attribute/prose_attribution.h"
#include "base/calendar.h"
#include "base/sha256.h"
#include "base/text_util.h"
#include "import/bounded_queue.h"
#include "parse/transcript_parser.h"
#include "read/dataset_reader.h"
#include "read/file_walker.h"
#include "read/input_stream.h"
#include "read/text_decode.h"
#include "read/text_reader.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

bool IsIsoDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int year = std::stoi(text.substr(0, 4));
  const int month = std::stoi(text.substr(5, 2));
  const int day = std::stoi(text.substr(8, 2));
  return IsCalendarDate(year, month, day);
}

// "268 bytes", "64 MiB", "200.5 MiB".
std::string SizeText(int64_t bytes) {
  if (bytes < (1 << 20)) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  char text[32];
  if (bytes % (1 << 20) == 0) {
    std::snprintf(text, sizeof(text), "%lld MiB", static_cast<long long>(bytes >> 20));
  } else {
    std::snprintf(text, sizeof(text), "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  }
  return text;
}

constexpr size_t kHeadBytes = 64 << 10;  // what a reader is chosen from

// The record's name in reports: "dataset.jsonl#NPR-90001", or its number when it has no id.
std::string RecordPath(const std::string& path, const DatasetRecord& record) {
  return path + "#" + (record.id.empty() ? std::to_string(record.number) : record.id);
}

}  // namespace

Status ValidateImportOptions(const ImportOptions& options) {
  if (!options.date.empty() && !IsIsoDate(options.date)) {
    return Status::InvalidInput("--date must be a calendar date written YYYY-MM-DD, not '" +
                                options.date + "'");
  }
  if (options.max_file_bytes <= 0) return Status::InvalidInput("the file size limit must be positive");
  if (options.batch_files <= 0) return Status::InvalidInput("a batch must hold at least one story");
  if (options.bulk == BulkMode::kOn && options.replace) {
    return Status::InvalidInput(
        "--bulk cannot be combined with --replace: a replaced story's old rows are found through "
        "the indexes bulk mode sets aside");
  }
  return Status::Ok();
}

const char* FileOutcomeName(FileOutcome outcome) {
  switch (outcome) {
    case FileOutcome::kImported: return "imported";
    case FileOutcome::kReplaced: return "replaced";
    case FileOutcome::kAlreadyImported: return "already imported";
    case FileOutcome::kSkipped: return "skipped";
    case FileOutcome::kRejected: return "rejected";
    case FileOutcome::kParsed: return "parsed";
    case FileOutcome::kIgnored: return "ignored";
  }
  return "rejected";
}

struct Importer::Prepared {
  FileReport report;
  bool store = false;   // parsed, to be written
  bool silent = false;  // left out of the walk unread (README.md): counted, never reported
  bool first = false;   // the first report of a walked input (ImportSummary::inputs)
  Article article;
  SourceInfo source;
};

Importer::Importer(Archive* archive, ImportOptions options)
    : options_(std::move(options)), stdin_(&std::cin) {
  if (!options_.dry_run) archive_ = archive;
}

Importer::~Importer() = default;

void Importer::Prepare(const std::string& path, std::string bytes, InputFormat format,
                       Prepared* file) {
  FileReport* report = &file->report;
  report->path = path;
  report->bytes = static_cast<int64_t>(bytes.size());
  report->outcome = FileOutcome::kRejected;
  report->article = nullptr;
  const std::string sha256 = Sha256Hex(bytes);
  if (archive_ != nullptr) {
    if (int64_t existing = archive_->FindBySha256(sha256)) {
      report->outcome = FileOutcome::kAlreadyImported;
      report->article_id = existing;
      report->status = Status::Error(Status::Code::kAlreadyExists,
                                     "already imported (article " + std::to_string(existing) + ")",
                                     path);
      return;
    }
  }

  if (format == InputFormat::kAuto) {
    format = ChooseInputFormat(std::string_view(bytes).substr(0, kHeadBytes), path);
  }
  Result<DecodedText> decoded = DecodeText(bytes);
  // Memory stays proportional to the file: each copy of the text is let go once the next one
  // is made (the bytes once decoded, the document once parsed).
  std::string().swap(bytes);
  if (!decoded.ok()) {
    report->status = decoded.status().WithFile(path);
    return;
  }
  report->encoding = decoded->encoding;
  report->warnings = decoded->warnings;
  Document document = ReadWholeDocument(format, decoded->text, path);
  document.encoding = decoded->encoding;
  report->warnings.insert(report->warnings.end(), document.warnings.begin(),
                          document.warnings.end());
  PrepareDocument(document, SourceInfo{path, std::move(decoded->text), sha256, decoded->encoding},
                  file);
}

void Importer::PrepareRecord(const std::string& path, DatasetRecord* record, Prepared* file) {
  FileReport* report = &file->report;
  report->path = RecordPath(path, *record);
  report->record = record->number;
  report->reader = "dataset";
  report->bytes = static_cast<int64_t>(record->json.size());
  report->outcome = FileOutcome::kRejected;
  report->article = nullptr;
  if (!record->status.ok()) {
    report->status = record->status;
    return;
  }
  const std::string sha256 = Sha256Hex(record->json);
  if (archive_ != nullptr) {
    if (int64_t existing = archive_->FindBySha256(sha256)) {
      report->outcome = FileOutcome::kAlreadyImported;
      report->article_id = existing;
      report->status = Status::Error(Status::Code::kAlreadyExists,
                                     "already imported (article " + std::to_string(existing) + ")",
                                     report->path);
      return;
    }
  }
  report->encoding = "utf-8";
  const std::string record_path = report->path;
  PrepareDocument(record->document, SourceInfo{record_path, std::move(record->json), sha256, "utf-8"},
                  file);
}

void Importer::PrepareDocument(const Document& document, SourceInfo source, Prepared* file) {
  FileReport* report = &file->report;
  const std::string& path = report->path;
  report->outcome = FileOutcome::kRejected;
  report->reader = document.reader;
  Result<Article> parsed = ParseDocument(document);
  if (!parsed.ok()) {
    report->status = parsed.status().WithFile(path);
    return;
  }
  Article& article = file->article;
  article = std::move(*parsed);
  AttributeProse(&article);
  report->warnings.insert(report->warnings.end(), article.warnings.begin(),
                          article.warnings.end());
  if (article.source.empty()) article.source = options_.source;
  if (article.program.empty()) article.program = options_.program;
  if (article.url.empty()) article.url = options_.url;
  if (article.published_on.empty()) article.published_on = options_.date;
  if (article.title.empty()) {
    article.title = std::string(FileStem(path == "-" ? "standard input" : path));
    report->warnings.push_back({0, "no headline found; the title is the file name"});
  }
  if (archive_ == nullptr) {
    report->outcome = FileOutcome::kParsed;
    return;
  }
  file->source = std::move(source);
  file->store = true;
}

void Importer::Store(Prepared* file) {
  FileReport* report = &file->report;
  const std::string& path = report->path;
  Result<StoreResult> stored = archive_->ImportArticle(file->article, file->source, options_.replace);
  file->source.original_text = std::string();  // the batch keeps the article only
  if (!stored.ok()) {
    report->status = stored.status().WithFile(path);
    return;
  }
  report->article_id = stored->article_id;
  switch (stored->outcome) {
    case StoreOutcome::kImported: report->outcome = FileOutcome::kImported; break;
    case StoreOutcome::kReplaced: report->outcome = FileOutcome::kReplaced; break;
    case StoreOutcome::kAlreadyImported:
      report->outcome = FileOutcome::kAlreadyImported;
      report->status = Status::Error(Status::Code::kAlreadyExists, stored->message, path);
      break;
    case StoreOutcome::kOtherVersion:
      report->outcome = FileOutcome::kSkipped;
      report->status = Status::Error(Status::Code::kAlreadyExists, stored->message, path);
      break;
  }
}

void Importer::ImportBytes(const std::string& path, std::string bytes, FileReport* report) {
  single_ = std::make_unique<Prepared>();
  InputFormat format = options_.input_format;
  if (format == InputFormat::kAuto) {
    format = ChooseInputFormat(std::string_view(bytes).substr(0, kHeadBytes), path);
  }
  if (format == InputFormat::kDataset) {
    // One report cannot tell of a dataset's many stories: Run streams it, record by record.
    FileReport& refused = single_->report;
    refused.path = path;
    refused.bytes = static_cast<int64_t>(bytes.size());
    refused.reader = "dataset";
    refused.status = Status::InvalidInput(
        "a dataset holds many stories, and this single-story import takes one; import the "
        "file itself (Importer::Run) to read it record by record",
        path);
  } else {
    Prepare(path, std::move(bytes), format, single_.get());
  }
  if (single_->store) Store(single_.get());
  FileOutcome outcome = single_->report.outcome;
  bool has_article = outcome == FileOutcome::kImported || outcome == FileOutcome::kReplaced ||
                     outcome == FileOutcome::kParsed;
  *report = single_->report;
  report->article = has_article ? &single_->article : nullptr;
}

void Importer::Count(FileOutcome outcome) {
  if (outcome == FileOutcome::kIgnored) {
    ++summary_.ignored;
    return;
  }
  ++summary_.files;
  switch (outcome) {
    case FileOutcome::kImported: ++summary_.imported; break;
    case FileOutcome::kReplaced: ++summary_.replaced; break;
    case FileOutcome::kAlreadyImported: ++summary_.already_imported; break;
    case FileOutcome::kSkipped: ++summary_.skipped; break;
    case FileOutcome::kRejected: ++summary_.rejected; break;
    case FileOutcome::kParsed: ++summary_.parsed; break;
    case FileOutcome::kIgnored: break;
  }
}

bool Importer::ChooseBulk() {
  if (archive_ == nullptr || options_.replace || options_.bulk == BulkMode::kOff) return false;
  if (options_.bulk == BulkMode::kAuto &&
      (summary_.files_total < kBulkMinFiles || summary_.files_total < archive_->ArticleCount())) {
    return false;
  }
  return archive_->BeginBulkLoad();
}

// The two threads of Run. The parsing thread walks, reads and prepares each file into the
// queue; the calling thread stores them, batch by batch, and reports each batch's files once it
// is committed, so a report never names a story a crash could still take back.
class Importer::Pipeline {
 public:
  Pipeline(Importer* importer, const std::vector<std::string>& paths,
           const ImportCallbacks& callbacks)
      : importer_(*importer), callbacks_(callbacks), queue_(kQueueFiles, kQueueBytes) {
    parser_ = std::thread([this, paths] { Produce(paths); });
  }
  ~Pipeline() {
    queue_.Cancel();
    if (parser_.joinable()) parser_.join();
  }

  void Run() {
    using Clock = std::chrono::steady_clock;
    Archive* archive = importer_.archive_;
    // With no batch open the wait is only bounded to stay clear of time_point overflow.
    auto no_batch = [] { return Clock::now() + std::chrono::hours(24); };
    Clock::time_point batch_end = no_batch();
    int64_t batch_files = 0, batch_bytes = 0;
    try {
      for (;;) {
        if (callbacks_.cancel != nullptr && callbacks_.cancel->load()) {
          importer_.summary_.interrupted = true;
          break;
        }
        Prepared file;
        auto popped = queue_.Pop(&file, batch_end);
        if (popped == BoundedQueue<Prepared>::PopResult::kClosed) break;
        if (popped == BoundedQueue<Prepared>::PopResult::kItem) {
          if (file.store) {
            if (!archive->InBatch()) {
              archive->BeginBatch();
              batch_end = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                             std::chrono::duration<double>(kBatchSeconds));
              batch_files = batch_bytes = 0;
            }
            importer_.Store(&file);
            ++batch_files;
            batch_bytes += file.report.bytes;
          }
          pending_.push_back(std::move(file));
        }
        const bool open = archive != nullptr && archive->InBatch();
        if (!open && popped == BoundedQueue<Prepared>::PopResult::kTimeout) {
          batch_end = no_batch();
          continue;
        }
        if (open && popped != BoundedQueue<Prepared>::PopResult::kTimeout &&
            batch_files < importer_.options_.batch_files && batch_bytes < kBatchBytes && Clock::now() < batch_end) {
          continue;
        }
        if (open) archive->CommitBatch();
        batch_end = no_batch();
        Flush();
      }
      if (archive != nullptr && archive->InBatch()) archive->CommitBatch();
      Flush();
    } catch (...) {
      queue_.Cancel();
      if (archive != nullptr) {
        try {
          archive->RollbackBatch();
        } catch (...) {  // the error that brought us here is the one to report
        }
      }
      for (const Prepared& file : pending_) importer_.summary_.rolled_back += file.store;
      throw;
    }
    queue_.Cancel();
    parser_.join();
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  void Produce(const std::vector<std::string>& paths) {
    try {
      WalkEntry entry;
      for (FileWalker walker(paths); walker.Next(&entry);) {
        Prepared file;
        file.report.path = entry.path;
        if (entry.kind == WalkEntry::Kind::kIgnored) {
          file.silent = true;
          file.report.outcome = FileOutcome::kIgnored;
        } else if (entry.kind == WalkEntry::Kind::kSkipped) {
          file.report.outcome = FileOutcome::kIgnored;
          file.report.status = Status::Error(Status::Code::kRefused, entry.message, entry.path);
        } else if (entry.kind == WalkEntry::Kind::kUnreadable) {
          file.report.status = Status::Error(Status::Code::kIoError, entry.message, entry.path);
        } else {
          if (!ProduceInput(entry.path, entry.kind == WalkEntry::Kind::kStdin)) return;
          continue;
        }
        file.first = true;
        if (!Push(std::move(file))) return;
      }
    } catch (...) {
      failure_ = std::current_exception();
    }
    queue_.Close();
  }

  bool Push(Prepared file) {
    const int64_t weight = file.report.bytes;
    return queue_.Push(std::move(file), weight);
  }

  // One walked input: opened, its reader chosen from its first bytes, then read whole and
  // prepared or, for a dataset, streamed a record at a time, one Prepared item per record.
  // False once the queue is cancelled.
  bool ProduceInput(const std::string& path, bool is_stdin) {
    Prepared file;
    file.first = true;
    FileReport& report = file.report;
    report.path = path;
    std::unique_ptr<InputStream> in;
    if (is_stdin) {
      in = InputStream::FromStream(importer_.stdin_, path);
    } else {
      Result<std::unique_ptr<InputStream>> opened =
          InputStream::OpenFile(path, callbacks_.cancel);
      if (!opened.ok()) {
        report.status = opened.status();
        return Push(std::move(file));
      }
      in = std::move(*opened);
    }
    Result<std::string_view> head = in->Peek(kHeadBytes);
    if (!head.ok()) {
      report.status = head.status().WithFile(path);
      return Push(std::move(file));
    }
    const ImportOptions& options = importer_.options_;
    const InputFormat format = options.input_format != InputFormat::kAuto
                                   ? options.input_format
                                   : ChooseInputFormat(*head, path);
    if (format == InputFormat::kDataset) return ProduceDataset(in.get(), path);

    const int64_t limit = options.max_file_bytes;
    const std::string too_big =
        "over the limit of " + SizeText(limit) + " for one transcript; not read";
    if (!in->gzip() && in->raw_size() > limit) {
      report.status =
          Status::InvalidInput("file is " + SizeText(in->raw_size()) + ", " + too_big, path);
      return Push(std::move(file));
    }
    std::string bytes;
    bool over_limit = false;
    Status read = in->ReadAll(limit, &bytes, &over_limit);
    in.reset();  // the file closed before the parse
    if (!read.ok()) {
      report.status = read.WithFile(path);
    } else if (over_limit) {
      report.status =
          Status::InvalidInput((is_stdin ? "standard input is " : "file is ") + too_big, path);
    } else {
      importer_.Prepare(path, std::move(bytes), format, &file);
    }
    return Push(std::move(file));
  }

  // Every record of a dataset, each its own story: a bad record is rejected alone, naming its
  // number and line, and the others go on.
  bool ProduceDataset(InputStream* in, const std::string& path) {
    DatasetReader reader(in, path, importer_.options_.max_file_bytes);
    DatasetRecord record;
    int64_t records = 0;
    while (reader.Next(&record)) {
      ++records;
      Prepared file;
      file.first = records == 1;
      importer_.PrepareRecord(path, &record, &file);
      if (!Push(std::move(file))) return false;
    }
    if (!reader.status().ok() || records == 0) {
      Prepared file;
      file.first = records == 0;
      file.report.path = path;
      file.report.reader = "dataset";
      file.report.status = !reader.status().ok()
                               ? reader.status().WithFile(path)
                               : Status::InvalidInput("no records in this dataset", path);
      return Push(std::move(file));
    }
    return true;
  }

  // Counts and reports the files waiting for their batch, in walk order.
  void Flush() {
    ImportSummary& summary = importer_.summary_;
    for (Prepared& file : pending_) {
      FileReport& report = file.report;
      importer_.Count(report.outcome);
      if (file.first && report.outcome != FileOutcome::kIgnored) ++summary.inputs;
      if (file.silent) continue;
      if (report.outcome == FileOutcome::kIgnored) {
        if (callbacks_.on_file) callbacks_.on_file(report);
        continue;
      }
      summary.bytes += report.bytes;
      summary.warnings += static_cast<int64_t>(report.warnings.size());
      const bool has_article = report.outcome == FileOutcome::kImported ||
                               report.outcome == FileOutcome::kReplaced ||
                               report.outcome == FileOutcome::kParsed;
      report.article = has_article ? &file.article : nullptr;
      if (callbacks_.on_file) callbacks_.on_file(report);
      if (callbacks_.on_progress) {
        callbacks_.on_progress({summary.files, summary.files_total, summary.bytes});
      }
    }
    pending_.clear();
  }

  Importer& importer_;
  const ImportCallbacks& callbacks_;
  BoundedQueue<Prepared> queue_;
  std::vector<Prepared> pending_;  // stored or not, waiting for the open batch's commit
  std::exception_ptr failure_;     // what stopped the parsing thread, rethrown by Run
  std::thread parser_;
};

ImportSummary Importer::Run(const std::vector<std::string>& paths,
                            const ImportCallbacks& callbacks) {
  summary_ = ImportSummary();
  // A first walk only counts, so progress can show a total and bulk mode be chosen; listing
  // directories is cheap beside reading and parsing what is in them.
  // A dataset counts its records (one more pass over it that keeps none), so that a large
  // dataset into an empty archive goes in bulk as the same stories in files would.
  WalkEntry entry;
  for (FileWalker counter(paths); counter.Next(&entry);) {
    if (entry.kind == WalkEntry::Kind::kSkipped || entry.kind == WalkEntry::Kind::kIgnored) continue;
    ++summary_.inputs_total;
    summary_.files_total += entry.kind == WalkEntry::Kind::kFile
                                ? CountInputStories(entry.path, options_.input_format, callbacks.cancel)
                                : 1;
  }
  summary_.bulk = ChooseBulk();
  {
    Pipeline pipeline(this, paths, callbacks);
    pipeline.Run();
  }
  if (summary_.bulk) {
    if (callbacks.on_rebuild) callbacks.on_rebuild();
    archive_->FinishBulkLoad();
  }
  return summary_;
}

}  // namespace newsarchive
