// libFuzzer target: any bytes as a JSON dataset through DatasetReader (gzip detection and record splitting included), each good record then parsed as an import would. Beyond
// "no crash, no leak, no undefined behaviour": record numbers count up from 1, and every block
// of a record's Document is one line.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "parse/transcript_parser.h"
#include "read/dataset_reader.h"
#include "read/input_stream.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::unique_ptr<newsarchive::InputStream> in = newsarchive::InputStream::FromBytes(
      std::string(reinterpret_cast<const char*>(data), size), "fuzz.jsonl");
  newsarchive::DatasetReader reader(in.get(), "fuzz.jsonl", 1 << 16);
  newsarchive::DatasetRecord record;
  int64_t expected = 1;
  while (reader.Next(&record)) {
    if (record.number != expected++) {
      std::fprintf(stderr, "dataset_fuzzer: record %lld out of order\n",
                   static_cast<long long>(record.number));
      std::abort();
    }
    if (!record.status.ok()) continue;
    for (const newsarchive::Block& b : record.document.blocks) {
      if (b.text.find('\n') != std::string::npos) std::abort();
    }
    (void)newsarchive::ParseDocument(record.document);
  }
  return 0;
}
