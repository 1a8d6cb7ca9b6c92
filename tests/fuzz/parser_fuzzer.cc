// libFuzzer target: any bytes through DecodeText and ParseTranscript, as an import would. Beyond
// "no crash, no leak, no undefined behaviour" it checks the promises listed in
// parser_invariants.h and aborts, printing them, when one is broken.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fuzz/parser_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const std::string problems = newsarchive::parser_invariants::Check(bytes);
  if (!problems.empty()) {
    std::fprintf(stderr, "parser_fuzzer: %s", problems.c_str());
    std::abort();
  }
  return 0;
}
