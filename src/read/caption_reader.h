// The caption reader: a caption track (WebVTT or SRT) to a Document. Cue numbers, timings, cue
// settings, NOTE, STYLE and REGION blocks and styling tags (<i>, <c.loud>, {\an8}, <font>) are
// dropped; a cue's wrapped lines are joined. Who speaks: a WebVTT voice tag (<v Ingrid Solberg>)
// makes a kTurn with that label; otherwise '>>' (or a line opened by "- ") marks a change of
// speaker and a cue opening with "NAME:" opens a new block, which the parser reads for its
// label. A cue with no change of speaker carries on the turn before it. Each block keeps the
// start time of its first cue.
#ifndef NEWSARCHIVE_READ_CAPTION_READER_H_
#define NEWSARCHIVE_READ_CAPTION_READER_H_

#include <string>
#include <string_view>

#include "model/document.h"

namespace newsarchive {

// True when `head` opens a WebVTT file ("WEBVTT" first, after any byte-order mark).
bool LooksLikeWebVtt(std::string_view head);
// True when `head` opens an SRT file: a cue number alone on its line, then a timing line.
bool LooksLikeSrt(std::string_view head);

// The Document of a caption track in decoded UTF-8 `text`; `webvtt` says which syntax (SRT
// otherwise). `name` names the file in messages.
Document CaptionDocument(const std::string& text, bool webvtt, const std::string& name);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_CAPTION_READER_H_
