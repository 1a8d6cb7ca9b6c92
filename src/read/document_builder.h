// What every reader needs to put blocks into a Document: white space collapsed (markup's line
// breaks, tabs, no-break spaces), blocks kept to one line, empty ones dropped, and the blank lines
// before a block counted from the blocks the reader skipped.
#ifndef NEWSARCHIVE_READ_DOCUMENT_BUILDER_H_
#define NEWSARCHIVE_READ_DOCUMENT_BUILDER_H_

#include <string>
#include <string_view>

#include "model/document.h"

namespace newsarchive {

// Appends `text` to *out with every run of white space (ASCII, U+00A0 no-break space and the
// other Unicode spaces) turned into one space, and none at the start of an empty *out or after
// a space *out already ends with.
void AppendCollapsed(std::string_view text, std::string* out);

// `text` collapsed (AppendCollapsed) and trimmed.
std::string CollapsedText(std::string_view text);

class DocumentBuilder {
 public:
  explicit DocumentBuilder(Document* document) : document_(document) {}

  // A metadata field the format states: kept when its value is not empty once collapsed.
  void Field(const std::string& field, std::string_view value, int line);
  // A block of `kind` (kText or kHeading) with `text` collapsed; `blank_before` empty lines
  // above it (the first block of a document gets none). Empty text adds nothing.
  void Text(Block::Kind kind, std::string_view text, int line, int blank_before,
            const std::string& start = "");
  // A turn: `label` as the format names the speaker (collapsed), `text` what they say. An empty
  // label makes a paragraph of the turn before it.
  void Turn(std::string_view label, std::string_view text, int line, int blank_before,
            const std::string& start = "");

  Document* document() { return document_; }
  // The number of text, heading and turn blocks so far (fields not counted).
  size_t content_blocks() const { return content_blocks_; }

 private:
  void Push(Block block, int blank_before);

  Document* document_;
  size_t content_blocks_ = 0;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_DOCUMENT_BUILDER_H_
