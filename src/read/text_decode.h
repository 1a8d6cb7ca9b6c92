// Bytes in, clean UTF-8 out: the first step of every import.
#ifndef NEWSARCHIVE_READ_TEXT_DECODE_H_
#define NEWSARCHIVE_READ_TEXT_DECODE_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "model/article.h"

namespace newsarchive {

struct DecodedText {
  std::string text;      // valid UTF-8, no BOM, "\n" line ends, NBSP turned into spaces
  std::string encoding;  // what the bytes were read as: "utf-8", "utf-16le", "windows-1252", ...
  std::vector<Diagnostic> warnings;  // e.g. "not valid UTF-8 (first bad byte at line 3); read as
                                     // Windows-1252"
};

// Decodes a file's bytes. UTF-8 with or without BOM, UTF-16 LE/BE with BOM; bytes that are not
// valid UTF-8 are read as Windows-1252 with a warning. Rejects (kInvalidInput, naming the line)
// binary content such as NUL bytes outside UTF-16 and an empty or whitespace-only file.
Result<DecodedText> DecodeText(const std::string& bytes);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_TEXT_DECODE_H_
