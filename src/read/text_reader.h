// The plain-text reader: decoded text to a Document, one kText block per non-empty line, its
// blank lines kept as counts (wrapped text and paragraph breaks are for the parser to read).
#ifndef NEWSARCHIVE_READ_TEXT_READER_H_
#define NEWSARCHIVE_READ_TEXT_READER_H_

#include <string>

#include "model/document.h"

namespace newsarchive {

// The Document of decoded UTF-8 text (see DecodeText). `name` names the file in messages.
Document TextDocument(const std::string& text, const std::string& name);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_TEXT_READER_H_
