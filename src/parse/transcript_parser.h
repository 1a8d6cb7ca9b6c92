// Text in, Article out: finds the headline, teaser, speakers, roles, turns, dateline, copyright
// and bio in one transcript. Pure: no database, no I/O.
#ifndef NEWSARCHIVE_PARSE_TRANSCRIPT_PARSER_H_
#define NEWSARCHIVE_PARSE_TRANSCRIPT_PARSER_H_

#include <string>

#include "base/status.h"
#include "model/article.h"

namespace newsarchive {

// Parses decoded UTF-8 text (see DecodeText). `file_name` is only used in messages.
// Returns kInvalidInput naming file and line when the text is not a transcript (no speaker turns).
Result<Article> ParseTranscript(const std::string& text, const std::string& file_name);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_TRANSCRIPT_PARSER_H_
