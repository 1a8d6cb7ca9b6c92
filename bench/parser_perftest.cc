// newsarchive_parser_perftest: how fast DecodeText + ParseTranscript read transcripts, on one core
// with no database and no file I/O, against a plain line scan (memchr over '\n') of the same bytes,
// the memory-bound floor any parser pays.
//
//   newsarchive_parser_perftest [--count N] [--seed S] [--repeat R]
//
// Generates transcripts 0..N-1 of the synthetic corpus (default 5000, seed 1) into memory, then
// times each pass R times (default 5) and keeps the best wall and CPU times. Prints a small table,
// then the figures (MB per CPU second, what one core does) as key=value lines for bench/run. Exits 1 if a transcript fails to parse.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "bench/synthetic_corpus.h"
#include "parse/transcript_parser.h"
#include "read/text_decode.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  uint64_t count = 5000;
  uint64_t seed = 1;
  int repeat = 5;
};

bool ParseArgs(int argc, char** argv, Options* options) {
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string arg = argv[i];
    char* end = nullptr;
    unsigned long long v = std::strtoull(argv[i + 1], &end, 10);
    if (*end != '\0' || v == 0) return false;
    if (arg == "--count") {
      options->count = v;
    } else if (arg == "--seed") {
      options->seed = v;
    } else if (arg == "--repeat") {
      options->repeat = static_cast<int>(v);
    } else {
      return false;
    }
  }
  return argc % 2 == 1;
}

// CPU time of this thread: on a shared machine wall time also counts other processes' turns.
double ThreadCpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

struct Timing {
  double wall = 1e300;  // fastest run, seconds
  double cpu = 1e300;
};

// Runs `pass` `repeat` times and keeps the fastest wall and CPU times.
template <typename Pass>
Timing Best(int repeat, Pass pass) {
  Timing best;
  for (int r = 0; r < repeat; ++r) {
    auto start = Clock::now();
    double cpu_start = ThreadCpuSeconds();
    pass();
    best.cpu = std::min(best.cpu, ThreadCpuSeconds() - cpu_start);
    best.wall = std::min(best.wall, std::chrono::duration<double>(Clock::now() - start).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!ParseArgs(argc, argv, &options)) {
    std::fputs("usage: newsarchive_parser_perftest [--count N] [--seed S] [--repeat R]\n", stderr);
    return 2;
  }

  const newsarchive::SyntheticCorpus corpus(options.seed);
  std::vector<std::string> files(options.count);
  uint64_t bytes = 0;
  for (uint64_t i = 0; i < options.count; ++i) {
    corpus.Write(i, &files[i]);
    bytes += files[i].size();
  }

  // The floor: find every line end, as any line-oriented reader must.
  volatile uint64_t sink = 0;
  const Timing scan_s = Best(options.repeat, [&] {
    uint64_t lines = 0;
    for (const std::string& f : files) {
      const char* p = f.data();
      const char* end = p + f.size();
      while ((p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr) {
        ++lines;
        ++p;
      }
    }
    sink = sink + lines;
  });

  std::vector<std::string> decoded(files.size());
  int failures = 0;
  const Timing decode_s = Best(options.repeat, [&] {
    for (size_t i = 0; i < files.size(); ++i) {
      auto result = newsarchive::DecodeText(files[i]);
      if (result.ok()) decoded[i] = std::move(result->text);
    }
  });

  uint64_t quotes = 0, speakers = 0;
  const Timing parse_s = Best(options.repeat, [&] {
    quotes = speakers = 0;
    failures = 0;
    for (size_t i = 0; i < decoded.size(); ++i) {
      auto article = newsarchive::ParseTranscript(decoded[i], "synthetic.txt");
      if (!article.ok()) {
        if (failures++ == 0) {
          std::fprintf(stderr, "transcript %zu: %s\n", i, article.status().ToString().c_str());
        }
        continue;
      }
      quotes += article->quotes.size();
      speakers += article->speakers.size();
    }
  });

  const Timing both_s = Best(options.repeat, [&] {
    for (const std::string& f : files) {
      auto text = newsarchive::DecodeText(f);
      if (!text.ok()) continue;
      auto article = newsarchive::ParseTranscript(text->text, "synthetic.txt");
      sink = sink + (article.ok() ? article->quotes.size() : 0);
    }
  });

  const double mb = bytes / 1e6;
  std::printf("%-28s %9s %9s %12s %12s\n", "pass (best of runs)", "wall s", "cpu s", "MB/wall s",
              "MB/cpu s");
  const std::pair<const char*, Timing> rows[] = {{"line scan (memchr '\\n')", scan_s},
                                                 {"DecodeText", decode_s},
                                                 {"ParseTranscript", parse_s},
                                                 {"DecodeText+ParseTranscript", both_s}};
  for (const auto& [name, t] : rows) {
    std::printf("%-28s %9.3f %9.3f %12.1f %12.1f\n", name, t.wall, t.cpu, mb / t.wall, mb / t.cpu);
  }
  std::printf("transcripts=%" PRIu64 " bytes=%" PRIu64 " quotes=%" PRIu64 " speakers=%" PRIu64
              " failures=%d\n",
              options.count, bytes, quotes, speakers, failures);
  // MB per CPU second: what one core does, whatever else the machine is running.
  std::printf("line_scan_mb_s=%.1f decode_mb_s=%.1f parse_mb_s=%.1f decode_parse_mb_s=%.1f\n",
              mb / scan_s.cpu, mb / decode_s.cpu, mb / parse_s.cpu, mb / both_s.cpu);
  std::printf("decode_parse_wall_mb_s=%.1f\n", mb / both_s.wall);
  return failures == 0 ? 0 : 1;
}
