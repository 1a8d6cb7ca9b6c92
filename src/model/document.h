// A Document: what a reader makes of one story's bytes, before any layout is known. An ordered
// list of blocks (a line or paragraph of text, a heading, a metadata field the format states
// outright, or a turn whose speaker the format names), each with the source line it came from.
// Every reader (text, html, dataset, caption, export: src/read/) produces one; the parse stage
// reads nothing else.
#ifndef NEWSARCHIVE_MODEL_DOCUMENT_H_
#define NEWSARCHIVE_MODEL_DOCUMENT_H_

#include <string>
#include <vector>

#include "model/article.h"

namespace newsarchive {

struct Block {
  enum class Kind {
    kText,     // a line or paragraph of running text (its kind is for the parser to find)
    kHeading,  // a heading the format marks as one (an HTML <h1>..<h6>)
    kField,    // a metadata field the format states outright: `field` names it
    kTurn,     // speech whose speaker the format names (a dataset record, a caption voice);
               // with an empty label, a further paragraph of the turn before it
  };
  Kind kind = Kind::kText;
  int line = 0;          // 1-based line of the source where the block starts; 0 when none
  int blank_before = 0;  // empty lines between this block and the one before (layout cue)
  std::string text;      // UTF-8, one line: no '\n' inside
  std::string field;     // kField: "title", "date", "url", "program", "source", "byline", ...
  std::string label;     // kTurn: the speaker as the format names them ("LINNEA SZABO, HOST")
  std::string start;     // when the block starts in the recording, "00:01:23.450" (timed formats:
                         // captions, exports); empty when unknown
};

struct Document {
  std::string name;      // the file it was read from, for messages ("-" for standard input)
  std::string reader;    // which reader made it: "text", "html", "dataset", "webvtt", "srt", ...
  std::string encoding;  // what the bytes were read as ("utf-8", "windows-1252", ...)
  std::vector<Block> blocks;
  std::vector<Diagnostic> warnings;  // what the reader noticed (decoding, skipped markup)
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_MODEL_DOCUMENT_H_
