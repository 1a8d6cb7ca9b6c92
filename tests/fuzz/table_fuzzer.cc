// libFuzzer target: any bytes (as decoded text) as a transcript table (CSV, TSV, Markdown) through TableDocument, then parsed as an import would.
// Beyond "no crash, no leak, no undefined behaviour": every block is one line.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "parse/transcript_parser.h"
#include "read/table_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const newsarchive::Document d = newsarchive::TableDocument(text, "fuzz.csv");
  for (const newsarchive::Block& b : d.blocks) {
    if (b.text.find('\n') != std::string::npos) std::abort();
  }
  (void)newsarchive::ParseDocument(d);
  return 0;
}
