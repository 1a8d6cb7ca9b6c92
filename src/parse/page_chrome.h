// Page furniture that web pages wrap around a transcript (player widgets, share buttons, photo
// credits, CNN's rush-transcript disclaimer) and the copyright statement that ends the story.
#ifndef NEWSARCHIVE_PARSE_PAGE_CHROME_H_
#define NEWSARCHIVE_PARSE_PAGE_CHROME_H_

#include <string_view>

namespace newsarchive {

// True for a trimmed line that is page furniture wherever it stands: "Play Live Radio",
// "0:00 0:00", "Download", "NPR logo", "<iframe ...>", "Return to Transcripts main page",
// "Aired May 12, 2005 - 13:30 ET", "THIS IS A RUSH TRANSCRIPT...", "Enlarge this image",
// "toggle caption", "Jane Doe/Getty Images".
bool IsChromeLine(std::string_view line);

// True for a trimmed line that is furniture when it stands before the story starts: a byline
// ("By Jane Doe"), a date line ("February 27, 2019 5:01 AM ET"), "Heard on Morning Edition".
bool IsPreambleChromeLine(std::string_view line);

// True for a line of text shown on screen rather than said: "SUBTITLE: ...", "GRAPHIC: ...",
// "ON SCREEN: ...".
bool IsOnScreenText(std::string_view line);

// Offset in `paragraph` where a copyright statement starts ("Transcript provided by NPR,
// Copyright NPR.", "Copyright 2015 NPR.", "Copyright (c) 2019 NPR. All rights reserved.",
// "© 2019 ..."), at the paragraph start or after a sentence; npos when there is none.
size_t FindCopyright(std::string_view paragraph);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_PAGE_CHROME_H_
