// libFuzzer target: any bytes through DecodeText and ParseTranscript, as an import would. Beyond
// "no crash, no leak, no undefined behaviour" it checks the promises later stages rely on: the
// decoded text is UTF-8 with "\n" line ends and no NUL; every string of the Article is valid
// UTF-8 (it goes into SQLite, JSON and CSV); every quote's speaker index is in range (-1 only for
// unattributed text) and its line lies inside the text.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/text_decode.h"
#include "core/transcript_parser.h"
#include "fuzz/strict_json.h"

namespace newsarchive {
namespace {

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "parser_fuzzer: %s\n", what.c_str());
  std::abort();
}

void ExpectUtf8(const std::string& s, const char* field) {
  if (!strict_json::IsValidUtf8(s)) Fail(std::string(field) + " is not valid UTF-8");
}

void CheckArticle(const Article& a, int line_count) {
  for (const auto& [value, field] :
       {std::pair{&a.title, "title"}, {&a.summary, "summary"}, {&a.source, "source"},
        {&a.program, "program"}, {&a.url, "url"}, {&a.published_on, "published_on"},
        {&a.dateline, "dateline"}, {&a.copyright, "copyright"}}) {
    ExpectUtf8(*value, field);
  }
  for (const Speaker& s : a.speakers) {
    ExpectUtf8(s.name, "speaker name");
    for (const std::string& label : s.labels) ExpectUtf8(label, "speaker label");
    for (const Role& role : s.roles) {
      ExpectUtf8(role.title, "role title");
      ExpectUtf8(role.organization, "role organization");
    }
  }
  const int speakers = static_cast<int>(a.speakers.size());
  for (const Quote& q : a.quotes) {
    ExpectUtf8(q.text, "quote text");
    ExpectUtf8(q.label, "quote label");
    ExpectUtf8(q.annotation, "quote annotation");
    if (q.kind == QuoteKind::kTurn && (q.speaker < 0 || q.speaker >= speakers)) {
      Fail("turn with speaker index " + std::to_string(q.speaker) + " of " +
           std::to_string(speakers));
    }
    if (q.kind == QuoteKind::kUnattributed && q.speaker != -1) {
      Fail("unattributed quote with speaker " + std::to_string(q.speaker));
    }
    if (q.line < 1 || q.line > line_count) {
      Fail("quote line " + std::to_string(q.line) + " outside 1.." + std::to_string(line_count));
    }
  }
  for (const Diagnostic& d : a.warnings) ExpectUtf8(d.message, "warning");
}

}  // namespace
}  // namespace newsarchive

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsarchive;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  Result<DecodedText> decoded = DecodeText(bytes);
  if (!decoded.ok()) return 0;
  const std::string& text = decoded->text;
  ExpectUtf8(text, "decoded text");
  if (text.find('\0') != std::string::npos) Fail("decoded text holds a NUL");
  if (text.find('\r') != std::string::npos) Fail("decoded text holds a CR");
  int lines = 1;
  for (char c : text) lines += c == '\n';

  Result<Article> article = ParseTranscript(text, "fuzz.txt");
  if (!article.ok()) {
    if (article.status().file() != "fuzz.txt") Fail("rejection does not name the file");
    return 0;
  }
  CheckArticle(*article, lines);
  return 0;
}
