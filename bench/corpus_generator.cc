// newsarchive_corpus: writes N synthetic transcripts (see bench/synthetic_corpus.h) into a
// directory, sharded into subdirectories of --shard-size files so a 500,000-file corpus stays
// workable. The same --seed always gives the same bytes.
//
//   newsarchive_corpus --count 10000 --out /tmp/corpus [--seed 1] [--shard-size 1000]
//   newsarchive_corpus --count 10000 --jsonl /tmp/corpus.jsonl [--seed 1]
//                                                the same transcripts as one JSON Lines dataset
//   newsarchive_corpus --describe [--seed 1]     facts the query benchmarks use, key=value
//   newsarchive_corpus --print 42 [--seed 1]     transcript 42 on stdout
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <dirent.h>

#include "bench/synthetic_corpus.h"
#include "output/json_writer.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitUsage = 2;

const char kUsage[] =
    "usage: newsarchive_corpus --count N --out DIR [--seed S] [--first I] [--shard-size K]\n"
    "                          [--jobs J]\n"
    "       newsarchive_corpus --count N --jsonl FILE [--seed S] [--first I]\n"
    "       newsarchive_corpus --describe [--seed S]\n"
    "       newsarchive_corpus --print I [--seed S]\n"
    "Writes transcripts I..I+N-1 of the synthetic corpus with seed S (default 1) as\n"
    "DIR/<shard>/<index>.txt, K files per shard directory (default 1000). DIR must be empty\n"
    "or absent. J threads write (default: one per core, at most 8); the bytes do not depend on J.\n"
    "--jsonl writes the same transcripts instead as one JSON Lines file of records in MediaSum's\n"
    "shape (id, title, date, utt[], speaker[]): each labelled turn one utterance.\n";

struct Options {
  uint64_t seed = 1;
  uint64_t count = 0;
  uint64_t first = 0;
  uint64_t shard_size = 1000;
  uint64_t jobs = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
  std::string out;
  std::string jsonl;
  bool describe = false;
  bool print = false;
  uint64_t print_index = 0;
};

bool ParseNumber(const char* text, uint64_t* value) {
  if (text == nullptr || *text == '\0') return false;
  char* end = nullptr;
  errno = 0;
  unsigned long long v = std::strtoull(text, &end, 10);
  if (errno != 0 || *end != '\0' || text[0] == '-') return false;
  *value = v;
  return true;
}

// Returns an empty string when the arguments are good, the complaint otherwise.
std::string ParseArgs(int argc, char** argv, Options* options) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
    uint64_t* number = nullptr;
    if (arg == "--seed") number = &options->seed;
    if (arg == "--count") number = &options->count;
    if (arg == "--first") number = &options->first;
    if (arg == "--shard-size") number = &options->shard_size;
    if (arg == "--jobs") number = &options->jobs;
    if (arg == "--print") number = &options->print_index, options->print = true;
    if (number != nullptr) {
      if (!ParseNumber(value, number)) return arg + " needs a non-negative integer";
      ++i;
    } else if (arg == "--out") {
      if (value == nullptr) return "--out needs a directory";
      options->out = value;
      ++i;
    } else if (arg == "--jsonl") {
      if (value == nullptr) return "--jsonl needs a file";
      options->jsonl = value;
      ++i;
    } else if (arg == "--describe") {
      options->describe = true;
    } else if (arg == "-h" || arg == "--help") {
      return "help";
    } else {
      return "unknown argument '" + arg + "'";
    }
  }
  if (options->describe || options->print) return "";
  if (options->count == 0) return "--count N (N >= 1) is required";
  if (!options->jsonl.empty() && !options->out.empty()) return "--out and --jsonl exclude each other";
  if (options->out.empty() && options->jsonl.empty()) return "--out DIR or --jsonl FILE is required";
  if (options->shard_size == 0) return "--shard-size must be at least 1";
  if (options->jobs == 0) return "--jobs must be at least 1";
  return "";
}

bool DirectoryIsEmptyOrAbsent(const std::string& path) {
  DIR* dir = opendir(path.c_str());
  if (dir == nullptr) return errno == ENOENT;
  bool empty = true;
  while (dirent* entry = readdir(dir)) {
    if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0) {
      empty = false;
      break;
    }
  }
  closedir(dir);
  return empty;
}

bool MakeDirectory(const std::string& path) {
  return mkdir(path.c_str(), 0777) == 0 || errno == EEXIST;
}

bool WriteFile(const std::string& path, const std::string& bytes) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (fd < 0) return false;
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      close(fd);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return close(fd) == 0;
}

void Describe(const newsarchive::SyntheticCorpus& corpus) {
  const newsarchive::World& world = corpus.world();
  std::printf("seed=%" PRIu64 "\n", corpus.seed());
  std::printf("common_phrase=%s\n", corpus.CommonPhrase().c_str());
  std::printf("common_phrase_share_of_phrases=%.3f\n", world.phrase_sampler.Probability(0));
  std::printf("rare_phrase=%s\n", newsarchive::SyntheticCorpus::RarePhrase());
  std::printf("top_newsmaker=%s\n", corpus.TopNewsmaker().c_str());
  std::printf("top_reporter=%s\n", corpus.TopReporter().c_str());
  std::printf("people=%zu\n", world.people.size());
  std::printf("vocabulary=%zu\n", world.words.size());
}

// Appends transcript `index` as one JSON Lines record: "SYN-00000042" and the story's fields.
void AppendRecord(uint64_t index, const newsarchive::SyntheticStory& story, std::string* out) {
  char id[32];
  std::snprintf(id, sizeof(id), "SYN-%08" PRIu64, index);
  *out += "{\"id\": ";
  newsarchive::AppendJsonString(id, out);
  *out += ", \"title\": ";
  newsarchive::AppendJsonString(story.title, out);
  *out += ", \"date\": ";
  newsarchive::AppendJsonString(story.date, out);
  for (const auto* list : {&story.utterances, &story.speakers}) {
    *out += list == &story.utterances ? ", \"utt\": [" : ", \"speaker\": [";
    for (size_t k = 0; k < list->size(); ++k) {
      if (k > 0) *out += ", ";
      newsarchive::AppendJsonString((*list)[k], out);
    }
    *out += ']';
  }
  *out += "}\n";
}

// Writes transcripts first..first+count-1 as records into `path`, in order, one thread.
int WriteJsonLines(const newsarchive::SyntheticCorpus& corpus, const Options& options) {
  const auto start = std::chrono::steady_clock::now();
  std::FILE* file = std::fopen(options.jsonl.c_str(), "wb");
  if (file == nullptr) {
    std::fprintf(stderr, "newsarchive_corpus: cannot create %s: %s\n", options.jsonl.c_str(),
                 std::strerror(errno));
    return kExitError;
  }
  std::string text, line;
  newsarchive::SyntheticStory story;
  uint64_t bytes = 0;
  for (uint64_t i = options.first; i < options.first + options.count; ++i) {
    corpus.Write(i, &text, &story);
    line.clear();
    AppendRecord(i, story, &line);
    bytes += line.size();
    if (std::fwrite(line.data(), 1, line.size(), file) != line.size()) break;
  }
  if (std::ferror(file) != 0 || std::fclose(file) != 0) {
    std::fprintf(stderr, "newsarchive_corpus: cannot write %s: %s\n", options.jsonl.c_str(),
                 std::strerror(errno));
    return kExitError;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("records=%" PRIu64 " bytes=%" PRIu64 " seconds=%.3f file=%s\n", options.count, bytes,
              seconds, options.jsonl.c_str());
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  std::string complaint = ParseArgs(argc, argv, &options);
  if (complaint == "help") {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  if (!complaint.empty()) {
    std::fprintf(stderr, "newsarchive_corpus: %s\n%s", complaint.c_str(), kUsage);
    return kExitUsage;
  }

  const newsarchive::SyntheticCorpus corpus(options.seed);
  if (options.describe) {
    Describe(corpus);
    return kExitOk;
  }
  if (options.print) {
    std::string text = corpus.Transcript(options.print_index);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return kExitOk;
  }

  if (!options.jsonl.empty()) return WriteJsonLines(corpus, options);

  if (!DirectoryIsEmptyOrAbsent(options.out)) {
    std::fprintf(stderr,
                 "newsarchive_corpus: %s is not empty; remove it or choose another --out (a "
                 "smaller corpus over a larger one would leave stale files behind)\n",
                 options.out.c_str());
    return kExitError;
  }
  if (!MakeDirectory(options.out)) {
    std::fprintf(stderr, "newsarchive_corpus: cannot create %s: %s\n", options.out.c_str(),
                 std::strerror(errno));
    return kExitError;
  }

  // Each job writes whole shards (job j takes shards j, j + jobs, ...), so no two threads ever
  // create files in the same directory.
  const auto start = std::chrono::steady_clock::now();
  const uint64_t end = options.first + options.count;
  const uint64_t first_shard = options.first / options.shard_size;
  const uint64_t last_shard = (end - 1) / options.shard_size;
  std::vector<uint64_t> bytes_by_job(options.jobs, 0);
  std::vector<std::string> error_by_job(options.jobs);
  std::atomic<bool> failed{false};
  auto job = [&](uint64_t j) {
    std::string text, shard_dir, path;
    char name[64];
    for (uint64_t shard = first_shard + j; shard <= last_shard && !failed;
         shard += options.jobs) {
      std::snprintf(name, sizeof(name), "/%05" PRIu64, shard);
      shard_dir = options.out + name;
      if (!MakeDirectory(shard_dir)) {
        error_by_job[j] = "cannot create " + shard_dir + ": " + std::strerror(errno);
        failed = true;
        return;
      }
      const uint64_t from = std::max(options.first, shard * options.shard_size);
      const uint64_t to = std::min(end, (shard + 1) * options.shard_size);
      for (uint64_t i = from; i < to; ++i) {
        corpus.Write(i, &text);
        std::snprintf(name, sizeof(name), "/%08" PRIu64 ".txt", i);
        path = shard_dir + name;
        if (!WriteFile(path, text)) {
          error_by_job[j] = "cannot write " + path + ": " + std::strerror(errno);
          failed = true;
          return;
        }
        bytes_by_job[j] += text.size();
      }
    }
  };
  std::vector<std::thread> threads;
  for (uint64_t j = 1; j < options.jobs; ++j) threads.emplace_back(job, j);
  job(0);
  for (std::thread& t : threads) t.join();
  uint64_t bytes = 0;
  for (uint64_t j = 0; j < options.jobs; ++j) {
    if (!error_by_job[j].empty()) {
      std::fprintf(stderr, "newsarchive_corpus: %s\n", error_by_job[j].c_str());
      return kExitError;
    }
    bytes += bytes_by_job[j];
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("transcripts=%" PRIu64 " bytes=%" PRIu64 " seconds=%.3f transcripts_per_s=%.0f "
              "mb_per_s=%.1f dir=%s\n",
              options.count, bytes, seconds, options.count / seconds, bytes / seconds / 1e6,
              options.out.c_str());
  return kExitOk;
}
