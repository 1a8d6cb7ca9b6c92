// libFuzzer target: any bytes (as decoded text) as a caption track through CaptionDocument, as WebVTT and as SRT, then parsed as an import would.
// Beyond "no crash, no leak, no undefined behaviour": every block is one line.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "parse/transcript_parser.h"
#include "read/caption_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const newsarchive::Document d = newsarchive::CaptionDocument(text, size % 2 == 0, "fuzz.vtt");
  for (const newsarchive::Block& b : d.blocks) {
    if (b.text.find('\n') != std::string::npos) std::abort();
  }
  (void)newsarchive::ParseDocument(d);
  return 0;
}
