// The promises the parser fuzzer checks on every input, shared with the unit test that replays
// saved inputs (tests/fuzz_regression_test.cc): the decoded text is UTF-8 with "\n" line ends and
// no NUL; a rejection names the file; every string of the Article is valid UTF-8 (it goes into
// SQLite, JSON and CSV); a turn's speaker index is in range, unattributed text has none, and
// every quote's line lies inside the text. Header-only test code.
#ifndef NEWSARCHIVE_TESTS_FUZZ_PARSER_INVARIANTS_H_
#define NEWSARCHIVE_TESTS_FUZZ_PARSER_INVARIANTS_H_

#include <string>
#include <utility>

#include "fuzz/strict_json.h"
#include "parse/transcript_parser.h"
#include "read/text_decode.h"

namespace newsarchive {
namespace parser_invariants {

// `s` with bytes outside printable ASCII shown as \xHH, cut to `max` bytes.
inline std::string Escaped(const std::string& s, size_t max = 80) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (size_t i = 0; i < s.size() && i < max; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) {
      out.push_back(static_cast<char>(c));
    } else {
      out += std::string("\\x") + kHex[c >> 4] + kHex[c & 15];
    }
  }
  return s.size() > max ? out + "..." : out;
}

// Appends a line to *problems when `s` is not valid UTF-8.
inline void ExpectUtf8(const std::string& s, const char* field, std::string* problems) {
  if (!strict_json::IsValidUtf8(s)) {
    *problems += std::string(field) + " is not valid UTF-8: \"" + Escaped(s) + "\"\n";
  }
}

inline void CheckArticle(const Article& a, int line_count, std::string* problems) {
  for (const auto& [value, field] :
       {std::pair{&a.title, "title"}, {&a.summary, "summary"}, {&a.source, "source"},
        {&a.program, "program"}, {&a.url, "url"}, {&a.published_on, "published_on"},
        {&a.dateline, "dateline"}, {&a.copyright, "copyright"}}) {
    ExpectUtf8(*value, field, problems);
  }
  for (const Speaker& s : a.speakers) {
    ExpectUtf8(s.name, "speaker name", problems);
    for (const std::string& label : s.labels) ExpectUtf8(label, "speaker label", problems);
    for (const Role& role : s.roles) {
      ExpectUtf8(role.title, "role title", problems);
      ExpectUtf8(role.organization, "role organization", problems);
    }
  }
  const int speakers = static_cast<int>(a.speakers.size());
  for (const Quote& q : a.quotes) {
    const std::string at = "quote at line " + std::to_string(q.line) + ": ";
    ExpectUtf8(q.text, "quote text", problems);
    ExpectUtf8(q.label, "quote label", problems);
    ExpectUtf8(q.annotation, "quote annotation", problems);
    if (q.kind == QuoteKind::kTurn && (q.speaker < 0 || q.speaker >= speakers)) {
      *problems += at + "turn with speaker index " + std::to_string(q.speaker) + " of " +
                   std::to_string(speakers) + "\n";
    }
    if (q.kind == QuoteKind::kUnattributed && q.speaker != -1) {
      *problems += at + "unattributed text credited to speaker " + std::to_string(q.speaker) + "\n";
    }
    if (q.line < 1 || q.line > line_count) {
      *problems += at + "line outside 1.." + std::to_string(line_count) + "\n";
    }
  }
  for (const Diagnostic& d : a.warnings) ExpectUtf8(d.message, "warning", problems);
}

// Runs `bytes` through DecodeText and ParseTranscript as an import would; returns the broken
// promises, one per line, or "" when all hold.
inline std::string Check(const std::string& bytes) {
  std::string problems;
  Result<DecodedText> decoded = DecodeText(bytes);
  if (!decoded.ok()) return problems;
  const std::string& text = decoded->text;
  ExpectUtf8(text, "decoded text", &problems);
  if (text.find('\0') != std::string::npos) problems += "decoded text holds a NUL\n";
  if (text.find('\r') != std::string::npos) problems += "decoded text holds a CR\n";
  int lines = 1;
  for (char c : text) lines += c == '\n';

  Result<Article> article = ParseTranscript(text, "fuzz.txt");
  if (!article.ok()) {
    if (article.status().file() != "fuzz.txt") problems += "a rejection does not name the file\n";
    return problems;
  }
  CheckArticle(*article, lines, &problems);
  return problems;
}

}  // namespace parser_invariants
}  // namespace newsarchive

#endif  // NEWSARCHIVE_TESTS_FUZZ_PARSER_INVARIANTS_H_
