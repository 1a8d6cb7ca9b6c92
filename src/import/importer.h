// The importer: paths in, archive rows out. Walks the paths (read/file_walker.h), reads each file,
// decodes it (DecodeText) and parses it (ParseDocument) on a second thread, and stores it
// (Archive::ImportArticle) on the calling thread, many stories to a batch (one transaction, a
// savepoint per story), in bulk mode when the import is large beside the archive. Reports each
// file's outcome through a callback once its batch is committed. Never prints; the CLI decides
// how to show what happened.
#ifndef NEWSARCHIVE_IMPORT_IMPORTER_H_
#define NEWSARCHIVE_IMPORT_IMPORTER_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/article.h"
#include "model/document.h"
#include "read/input_format.h"

namespace newsarchive {

class Archive;
class InputStream;
struct DatasetRecord;
struct SourceInfo;

// A transcript larger than this is refused rather than read (a transcript is rarely over 1 MiB).
constexpr int64_t kDefaultMaxFileBytes = int64_t{64} << 20;

// Whether an import sets the archive's indexes aside while it writes (Archive::BeginBulkLoad).
enum class BulkMode {
  kAuto,  // when at least kBulkMinFiles stories (files, dataset records) go into an archive
          // holding no more stories than that
  kOn,    // --bulk
  kOff,   // --no-bulk
};
constexpr int64_t kBulkMinFiles = 1000;

struct ImportOptions {
  // Used only where the transcript itself does not say (the text wins).
  std::string source;   // --source: "NPR"
  std::string program;  // --program: "Morning Edition"
  std::string url;      // --url
  std::string date;     // --date: YYYY-MM-DD, a real calendar date
  bool replace = false;  // --replace: a changed version of a story replaces the stored one
  bool dry_run = false;  // --dry-run: parse and report, write nothing
  BulkMode bulk = BulkMode::kAuto;
  // Most stories in one batch (one commit); 1 commits, and reports, each story on its own.
  int64_t batch_files = 1000;
  int64_t max_file_bytes = kDefaultMaxFileBytes;
  // --input-format: the reader to use; kAuto chooses from each input's content, then its
  // extension (ChooseInputFormat).
  InputFormat input_format = InputFormat::kAuto;
};

// kInvalidInput when an option is malformed (a --date that is not a real YYYY-MM-DD date) or
// options do not go together (--bulk with --replace: a replaced story's old rows are found
// through the indexes bulk mode sets aside).
Status ValidateImportOptions(const ImportOptions& options);

enum class FileOutcome {
  kImported,         // a new article
  kReplaced,         // --replace rewrote an older version of the story
  kAlreadyImported,  // these very bytes are already in the archive (not an error)
  kSkipped,          // another version of the story is stored and --replace was not given
  kRejected,         // not importable: unreadable, too big, binary, empty, not a transcript
  kParsed,           // --dry-run: parsed, nothing written
  kIgnored,          // not read: a symbolic link loop, a socket (see FileWalker); not counted
};
const char* FileOutcomeName(FileOutcome outcome);  // "imported", "already imported", ...

// What happened to one file.
struct FileReport {
  std::string path;  // as walked: the command-line path joined with names below it; "-" = stdin
  FileOutcome outcome = FileOutcome::kRejected;
  int64_t article_id = 0;  // the article written or found; 0 when none
  int64_t bytes = 0;       // size of the file read
  std::string encoding;    // what the bytes were read as, when decoded
  std::string reader;      // the reader chosen ("text", "html", "dataset", ...), once known
  int64_t record = 0;      // a dataset's stories: the record's 1-based number; 0 otherwise
  // kRejected: why, as a Status naming file and line; kSkipped and kAlreadyImported: the
  // store's message, as a Status naming the file.
  Status status;
  std::vector<Diagnostic> warnings;  // decoding and parsing notes (e.g. read as Windows-1252)
  // The parsed article (kImported, kReplaced, kParsed); valid only during the callback.
  const Article* article = nullptr;
};

struct ImportProgress {
  int64_t files_done = 0;
  // Stories the walk will report (counted before the import starts): a file each, a dataset
  // its records (CountInputStories).
  int64_t files_total = 0;
  int64_t bytes_done = 0;
};

struct ImportSummary {
  int64_t imported = 0;
  int64_t replaced = 0;
  int64_t already_imported = 0;
  int64_t skipped = 0;
  int64_t rejected = 0;
  int64_t parsed = 0;  // --dry-run
  int64_t files = 0;   // stories reported (the sum of the above): a file each, a dataset's records
  int64_t inputs = 0;  // the walked inputs they came from (equal to files when no dataset)
  int64_t ignored = 0;  // left out of directory walks unread (README.md, link loops...)
  int64_t files_total = 0;     // stories the first walk counted (a dataset: its records)
  int64_t inputs_total = 0;    // inputs it counted
  int64_t bytes = 0;
  int64_t warnings = 0;
  bool interrupted = false;  // the cancel flag stopped the run before the last file
  bool bulk = false;         // the indexes were set aside while writing, and rebuilt at the end
  // After a database error: the stories of the open batch, rolled back (not counted above).
  int64_t rolled_back = 0;
};

struct ImportCallbacks {
  // After each file, in walk order, once what it wrote is committed.
  std::function<void(const FileReport&)> on_file;
  std::function<void(const ImportProgress&)> on_progress;  // after each file
  std::function<void()> on_rebuild;  // bulk mode: before the indexes set aside are rebuilt
  // Checked between transcripts: once true, the run commits what it stored and stops.
  const std::atomic<bool>* cancel = nullptr;
};

class Importer {
 public:
  // `archive` was opened read-write (Archive::Open) and must outlive the importer; it may be
  // null with options.dry_run, when nothing is read or written. Options must be valid.
  Importer(Archive* archive, ImportOptions options);
  ~Importer();
  Importer(const Importer&) = delete;
  Importer& operator=(const Importer&) = delete;

  // Where "-" reads from; std::cin by default.
  void set_standard_input(std::istream* in) { stdin_ = in; }

  // Imports every file the paths name, in walk order, and returns the counts, which count only
  // what is committed. Database errors (disk full, database locked past the busy timeout) are
  // thrown as DatabaseError after the open batch is rolled back; summary() then tells how far
  // the run got (rolled_back: the stories lost with the batch), and every transcript counted as
  // imported is in the archive. Memory stays bounded: the parsing thread runs at most a few MB
  // ahead of the writer, and a batch holds at most a few MB of stories.
  ImportSummary Run(const std::vector<std::string>& paths, const ImportCallbacks& callbacks);
  const ImportSummary& summary() const { return summary_; }

  // Imports one story whose bytes are already read (the work of Run for one file that is no
  // dataset) with the reader options.input_format names or, for kAuto, the one its content
  // and name choose, letting the bytes go once decoded. A dataset (forced or chosen) is
  // refused, kRejected with a kInvalidInput status saying so: Run streams datasets. Fills
  // *report; the article it points to lives until the next call.
  void ImportBytes(const std::string& path, std::string bytes, FileReport* report);

  // Limits of the pipeline: the parsed files waiting for the writer, and one batch (besides
  // ImportOptions::batch_files).
  static constexpr size_t kQueueFiles = 64;
  static constexpr int64_t kQueueBytes = int64_t{4} << 20;
  static constexpr int64_t kBatchBytes = int64_t{4} << 20;
  static constexpr double kBatchSeconds = 1.0;

 private:
  struct Prepared;
  class Pipeline;

  // Everything before storing, on the parsing thread: hash (stopping there when the bytes are
  // already imported), decode, read with `format` (kAuto: chosen from the bytes and the name),
  // parse, fill in from the options.
  void Prepare(const std::string& path, std::string bytes, InputFormat format, Prepared* file);
  // One dataset record, prepared as a story of its own (a bad record a rejected report naming
  // its number and line).
  void PrepareRecord(const std::string& path, DatasetRecord* record, Prepared* file);
  // The shared end of Prepare and PrepareRecord: parses `document`, keeping `source` as the
  // original text to store.
  void PrepareDocument(const Document& document, SourceInfo source, Prepared* file);
  void Store(Prepared* file);
  bool ChooseBulk();
  void Count(FileOutcome outcome);

  ImportOptions options_;
  Archive* archive_ = nullptr;  // null for dry runs
  std::istream* stdin_;
  std::unique_ptr<Prepared> single_;  // ImportBytes' file, kept for its report
  ImportSummary summary_;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_IMPORT_IMPORTER_H_
