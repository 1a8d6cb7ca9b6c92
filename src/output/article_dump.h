// A parsed Article written out whole, for `import --dry-run`: what the import would store, as
// one JSON object or as plain text a person can check against the transcript.
#ifndef NEWSARCHIVE_OUTPUT_ARTICLE_DUMP_H_
#define NEWSARCHIVE_OUTPUT_ARTICLE_DUMP_H_

#include <string>
#include <vector>

#include "model/article.h"

namespace newsarchive {

// Appends one JSON object on one line (no newline): file, encoding, the article's fields (null
// when empty), `warnings` (decoding and parsing notes, as the importer reports them), speakers (name, unidentified, labels, roles with title, organization
// and source) and quotes (position, speaker name or null, kind, via_interpreter, annotation,
// label, line, text). Always valid JSON (see AppendJsonString).
void AppendArticleJson(const Article& article, const std::string& file,
                       const std::string& encoding, const std::vector<Diagnostic>& warnings,
                       std::string* out);

// Appends a plain-text rendering: a header of fields, the speakers with their roles, then every
// quote as "N. Speaker: text" (continuation paragraphs indented).
void AppendArticleText(const Article& article, const std::string& file,
                       const std::string& encoding, std::string* out);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_OUTPUT_ARTICLE_DUMP_H_
