// The HTML reader: a web page saved from the browser to a Document. A real HTML5 parser (Gumbo)
// builds the tree; the story's container (a transcript's or an article's body) is chosen by
// structure and text density; script, style, navigation, headers, footers, asides, share bars
// and related-story blocks are dropped; each paragraph, list item or heading becomes a block,
// entities decoded and inline markup flattened to its text. What the page states about the story
// (html_meta.h) comes first, as kField blocks.
#ifndef NEWSARCHIVE_READ_HTML_READER_H_
#define NEWSARCHIVE_READ_HTML_READER_H_

#include <string>
#include <string_view>

#include "model/document.h"

namespace newsarchive {

// True when `head` (the start of an input) is HTML: a doctype, an <html>, <head> or <body>
// tag, or markup such as <p> or <div> from its first character on.
bool LooksLikeHtml(std::string_view head);

// The Document of the page `html` (decoded UTF-8 text); `name` names the file in messages.
Document HtmlDocument(const std::string& html, const std::string& name);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_HTML_READER_H_
