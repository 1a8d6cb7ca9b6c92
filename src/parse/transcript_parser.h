// Document in, Article out: finds the headline, teaser, speakers, roles, turns, dateline,
// copyright and bio in one story. Pure: no database, no I/O.
#ifndef NEWSARCHIVE_PARSE_TRANSCRIPT_PARSER_H_
#define NEWSARCHIVE_PARSE_TRANSCRIPT_PARSER_H_

#include <string>

#include "base/status.h"
#include "model/article.h"
#include "model/document.h"

namespace newsarchive {

// Parses one story's Document. Quote and warning lines are the source lines of its blocks.
// Returns kInvalidInput naming the file when it is not a transcript (no speaker turns).
Result<Article> ParseDocument(const Document& document);

// ParseDocument of decoded UTF-8 text read as plain text (TextDocument); `file_name` is only
// used in messages.
Result<Article> ParseTranscript(const std::string& text, const std::string& file_name);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_TRANSCRIPT_PARSER_H_
