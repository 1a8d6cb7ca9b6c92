// newsarchive import: transcripts into the archive. The core (store/importer.h) does the work and
// reports each file; this file decides what the user sees: a line per file on stdout, problems
// and warnings on stderr as `path:line: why`, a progress bar and a one-line summary on stderr,
// and the exit code. The per-file lines are for a person watching a few files: shown on a
// terminal for fewer than kPerFileLinesMaxFiles files, otherwise only with --verbose.
#include <CLI/CLI.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/interrupt.h"
#include "cli/progress_bar.h"
#include "base/text_util.h"
#include "output/article_dump.h"
#include "output/json_writer.h"
#include "store/archive.h"
#include "import/importer.h"

namespace newsarchive {
namespace {

// Below this many files no progress bar is drawn: the run is over before it would help.
constexpr int64_t kProgressBarMinFiles = 20;
// From this many files on, a terminal gets the summary alone (--verbose lists every file).
constexpr int64_t kPerFileLinesMaxFiles = kProgressBarMinFiles;

struct ImportCommandOptions {
  std::vector<std::string> paths;
  ImportOptions import;
  std::string format = "text";
  std::string input_format = "auto";
  bool verbose = false;  // --verbose: a line per file however many files, terminal or not
};

// What an import prints besides errors and its exit code.
struct ImportOutput {
  bool per_file_lines = false;  // "imported PATH (article N: ...)" on stdout
  bool warnings = true;         // warnings and ignored files on stderr (off with --quiet)
};

std::string Count(int64_t n, const char* what) { return std::to_string(n) + " " + what; }

// "1 speaker", "4 speakers".
std::string Plural(int64_t n, const std::string& what) {
  return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

// "imported 9, already imported 0, skipped 0, rejected 1 (12 files, 0.3 s)"; with a dataset
// "imported 300, ... (300 stories from 1 file, 1.6 s)".
std::string SummaryLine(const ImportSummary& s, bool dry_run, double seconds) {
  std::string line;
  if (dry_run) {
    line = "parsed " + std::to_string(s.parsed) + ", rejected " + std::to_string(s.rejected);
  } else {
    line = "imported " + std::to_string(s.imported);
    if (s.replaced > 0) line += ", replaced " + std::to_string(s.replaced);
    line += ", already imported " + std::to_string(s.already_imported) + ", skipped " +
            std::to_string(s.skipped) + ", rejected " + std::to_string(s.rejected);
  }
  char time[32];
  std::snprintf(time, sizeof(time), "%.1f s", seconds);
  if (s.inputs != s.files) {
    line += " (" + Count(s.files, s.files == 1 ? "story" : "stories") + " from " +
            Count(s.inputs, s.inputs == 1 ? "file" : "files");
  } else {
    line += " (" + Count(s.files, s.files == 1 ? "file" : "files");
  }
  if (s.ignored > 0) line += ", " + Count(s.ignored, "ignored");
  line += ", " + std::string(time) + ")";
  if (dry_run) line += "; nothing written (--dry-run)";
  return line;
}

// The stdout line for a file that went in (or was already there).
std::string ResultLine(const FileReport& report) {
  // The name escaped: a line break in it would forge a line of its own.
  std::string line = std::string(FileOutcomeName(report.outcome)) + " " + TerminalSafe(report.path);
  if (report.article_id > 0) line += " (article " + std::to_string(report.article_id);
  if (report.article != nullptr) {
    line += ": " + Plural(static_cast<int64_t>(report.article->speakers.size()), "speaker") +
            ", " + Plural(static_cast<int64_t>(report.article->quotes.size()), "quote");
  }
  if (report.article_id > 0) line += ")";
  return line;
}

// One JSON Lines record per file for --format json (without --dry-run).
std::string ResultJson(const FileReport& report) {
  std::string out = "{\"file\":";
  AppendJsonString(report.path, &out);
  out += ",\"outcome\":";
  AppendJsonString(FileOutcomeName(report.outcome), &out);
  out += ",\"article_id\":" + (report.article_id > 0 ? std::to_string(report.article_id) : "null");
  out += ",\"speakers\":" +
         (report.article ? std::to_string(report.article->speakers.size()) : std::string("null"));
  out += ",\"quotes\":" +
         (report.article ? std::to_string(report.article->quotes.size()) : std::string("null"));
  out += ",\"message\":";
  if (report.status.ok()) {
    out += "null";
  } else {
    AppendJsonString(report.status.ToString(), &out);
  }
  return out + "}";
}

void PrintReport(const FileReport& report, bool dry_run, bool json, const ImportOutput& shown,
                 ProgressBar* bar) {
  if (bar != nullptr) bar->Clear();
  for (const Diagnostic& warning : shown.warnings ? report.warnings : std::vector<Diagnostic>()) {
    std::cerr << TerminalSafe(report.path) << (warning.line > 0 ? ":" + std::to_string(warning.line) : "")
              << ": warning: " << warning.message << "\n";
  }
  switch (report.outcome) {
    case FileOutcome::kRejected:
    case FileOutcome::kSkipped:
      std::cerr << report.status.ToString() << "\n";
      break;
    case FileOutcome::kIgnored:
      if (shown.warnings) std::cerr << TerminalSafe(report.path) << ": warning: " << report.status.message() << "\n";
      return;
    default:
      break;
  }
  std::string out;
  if (dry_run && report.article != nullptr) {
    if (json) {
      AppendArticleJson(*report.article, report.path, report.encoding, report.warnings, &out);
      out += "\n";
    } else {
      AppendArticleText(*report.article, report.path, report.encoding, &out);
      out = TerminalSafe(out, /*keep_line_breaks=*/true);
    }
  } else if (json) {
    out = ResultJson(report) + "\n";
  } else if (shown.per_file_lines && report.outcome != FileOutcome::kRejected &&
             report.outcome != FileOutcome::kSkipped) {
    out = ResultLine(report) + "\n";
  }
  std::cout << out << std::flush;
}

int ExitCode(const ImportSummary& s) {
  if (s.interrupted) return kExitInterrupted;
  if (s.files == 0 || s.rejected == s.files) return kExitError;
  return s.rejected > 0 ? kExitPartial : kExitOk;
}

bool IsDirectory(const std::string& path) {
  struct stat info;
  return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

int RunImport(const GlobalOptions& global, ImportCommandOptions& options) {
  const char* const kName = "newsarchive import: ";
  Result<InputFormat> input_format = ParseInputFormat(options.input_format);
  if (!input_format.ok()) {
    std::cerr << kName << "--input-format: " << input_format.status().message() << "\n";
    return kExitUsage;
  }
  options.import.input_format = *input_format;
  Status valid = ValidateImportOptions(options.import);
  if (!valid.ok()) {
    std::cerr << kName << valid.message() << "\n";
    return kExitUsage;
  }
  if (!options.import.url.empty() && (options.paths.size() != 1 || IsDirectory(options.paths[0]))) {
    std::cerr << kName << "--url names one story: give it with a single file\n";
    return kExitUsage;
  }

  std::unique_ptr<Archive> db;
  if (!options.import.dry_run) {
    auto opened = Archive::Open(global.db_path, ArchiveMode::kReadWrite);
    if (!opened.ok()) {
      std::cerr << kName << opened.status().ToString() << "\n";
      return kExitDatabase;
    }
    db = std::move(*opened);
  }

  const bool json = options.format == "json";
  const bool dry_run = options.import.dry_run;
  std::unique_ptr<ProgressBar> bar;
  InterruptScope interrupt;
  ImportCallbacks callbacks;
  callbacks.cancel = &InterruptScope::Flag();
  const Importer* running = nullptr;  // set below, before any file is imported
  ImportOutput shown;
  shown.warnings = !global.quiet;
  callbacks.on_file = [&](const FileReport& report) {
    // The walk has counted every file before the first one is reported.
    const bool few_files = running->summary().files_total < kPerFileLinesMaxFiles;
    shown.per_file_lines =
        options.verbose || (!global.quiet && few_files && isatty(STDOUT_FILENO));
    PrintReport(report, dry_run, json, shown, bar.get());
  };
  callbacks.on_progress = [&](const ImportProgress& progress) {
    if (bar == nullptr && progress.files_total >= kProgressBarMinFiles && !global.quiet) {
      const bool datasets = running->summary().inputs_total != progress.files_total;
      bar = std::make_unique<ProgressBar>(progress.files_total, datasets ? "stories" : "files",
                                          true);
    }
    if (bar != nullptr) bar->Update(progress.files_done);
  };
  callbacks.on_rebuild = [&] {
    if (bar != nullptr) bar->Clear();
    bar.reset();
    if (!global.quiet) std::cerr << kName << "rebuilding the indexes set aside for bulk loading\n";
  };

  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&start] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  Importer importer(db.get(), options.import);
  running = &importer;
  ImportSummary summary;
  try {
    summary = importer.Run(options.paths, callbacks);
  } catch (const DatabaseError& e) {
    if (bar != nullptr) bar->Clear();
    const ImportSummary& so_far = importer.summary();
    std::cerr << SummaryLine(so_far, dry_run, elapsed()) << "\n"
              << kName << "database error: " << e.what() << " (" << global.db_path << "); the "
              << so_far.rolled_back << " transcript(s) of the open batch were rolled back, the "
              << (so_far.imported + so_far.replaced) << " stored before them are safe"
              << (e.locked() ? "; another process kept the archive locked, run the import again"
                             : "")
              << "\n";
    return e.locked() ? kExitLocked : kExitDatabase;
  }
  if (bar != nullptr) bar->Clear();

  if (summary.files == 0 && !summary.interrupted) {
    std::cerr << kName << "no files to import"
              << (summary.ignored > 0 ? " (" + Count(summary.ignored, "ignored") + ")" : "")
              << "\n";
    return kExitError;
  }
  if (summary.interrupted) {
    std::cerr << kName << "interrupted after " << summary.files << " of " << summary.files_total
              << (summary.inputs_total != summary.files_total ? " stories" : " files")
              << "; every transcript counted below is stored (importing the same files "
                 "again goes on where this stopped)\n";
  }
  if (!global.quiet || summary.interrupted) {
    std::cerr << SummaryLine(summary, dry_run, elapsed()) << "\n";
  }
  return ExitCode(summary);
}

}  // namespace

void SetupImportCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<ImportCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "import",
      "Import transcripts (text, HTML pages, JSON datasets, WebVTT/SRT captions, transcription\n"
      "exports; gzip read transparently) into the archive: directories are read recursively in\n"
      "sorted order (hidden files, *.md and SQLite files left out), - reads standard input.\n"
      "Each transcript is stored whole or not at all (a savepoint in batches of many, a line\n"
      "printed once its batch is committed): importing the same file again changes nothing,\n"
      "and a file that is not a transcript is rejected with the reason while the others go\n"
      "on. Problems and a summary go to stderr; a line per file goes to stdout on a terminal\n"
      "for fewer than " + std::to_string(kPerFileLinesMaxFiles) +
      " files, else with --verbose (--quiet: errors only).\n"
      "Exit codes: 0 all imported (or already there), 3 some files rejected, 1 all rejected,\n"
      "4 the archive cannot be opened, 130 interrupted by Ctrl-C (after the current file).");
  cmd->add_option("paths", options->paths, "Transcript files or directories; - for stdin")
      ->type_name("PATH")
      ->required();
  ImportOptions& import = options->import;
  cmd->add_option("--source", import.source,
                  "Organization (NPR, CNN...) for transcripts that do not name one");
  cmd->add_option("--program", import.program,
                  "Program (Fresh Air...) for transcripts that do not name one");
  cmd->add_option("--url", import.url, "URL of the story, when the text does not give it (one file)");
  cmd->add_option("--date", import.date,
                  "Publication date YYYY-MM-DD for transcripts that do not give one");
  cmd->add_flag("--replace", import.replace,
                "Replace a stored story by this changed version of it (same URL, or same title, "
                "date and file name)");
  auto bulk = std::make_shared<bool>(false);
  auto no_bulk = std::make_shared<bool>(false);
  cmd->add_flag("--bulk", *bulk,
                "Bulk mode whatever the sizes: set the indexes aside while writing and rebuild "
                "them at the end (the archive is locked to others until then). By default it is "
                "chosen for 1,000 files or more into an archive holding no more stories");
  cmd->add_flag("--no-bulk", *no_bulk, "Never bulk mode: the archive stays readable meanwhile")
      ->excludes("--bulk");
  cmd->add_flag("--dry-run", import.dry_run,
                "Parse and print what would be stored; write nothing (no archive is created)");
  cmd->add_option("--input-format", options->input_format,
                  "The reader: auto (from each file's content, then its extension), text, html, "
                  "dataset (JSON Lines or a JSON array of MediaSum-shaped records), webvtt, srt, "
                  "export (a transcription service's 'Speaker 1 (00:00:02):' turns) or table (a "
                  "row per turn under a header naming Speaker and Text columns: CSV, TSV, "
                  "Markdown)")
      ->capture_default_str();
  cmd->add_option("--format", options->format,
                  "text, or json: JSON Lines, one object per file (with --dry-run: the whole "
                  "parsed article)")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_flag("-v,--verbose", options->verbose,
                "A line per file on stdout however many files there are, in a pipe too");
  cmd->footer(
      "Examples:\n"
      "  newsarchive import samples/\n"
      "  newsarchive import --source NPR --date 2019-02-28 saved/kim-summit.txt\n"
      "  newsarchive import --dry-run --format json saved/kim-summit.txt\n"
      "  newsarchive import --input-format html saved/page.txt\n"
      "  zcat mediasum.jsonl.gz | newsarchive import --input-format dataset -\n"
      "  curl -s https://example.org/transcript.txt | newsarchive import --url "
      "https://example.org/transcript -\n");
  cmd->callback([&global, options, exit_code, bulk, no_bulk] {
    options->import.bulk = *bulk ? BulkMode::kOn : *no_bulk ? BulkMode::kOff : BulkMode::kAuto;
    *exit_code = RunImport(global, *options);
  });
}

}  // namespace newsarchive
