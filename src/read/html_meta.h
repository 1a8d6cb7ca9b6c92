// What a saved web page states about its story outside the story's text: the title, date, URL,
// publisher, program and authors, from <title>, <meta> (og:, article:, name="date"...), <link
// rel="canonical">, <time datetime> and JSON-LD (a NewsArticle, its @graph, its author and
// publisher). Part of the HTML reader (html_reader.h).
#ifndef NEWSARCHIVE_READ_HTML_META_H_
#define NEWSARCHIVE_READ_HTML_META_H_

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace newsarchive {

struct HtmlMeta {
  std::string title;    // og:title, JSON-LD headline, twitter:title, then <title> without the
                        // site's name after " | " or " : "
  std::string date;     // as the page writes it ("2022-06-14T05:00:00-04:00"); the parser
                        // reads it as a date
  std::string url;      // og:url, JSON-LD url, <link rel="canonical">
  std::string source;   // og:site_name, JSON-LD publisher
  std::string program;  // JSON-LD isPartOf / partOfSeries, <meta name="program">
  std::vector<std::string> bylines;  // JSON-LD author names, <meta name="author">
  int title_line = 0;   // where each came from (0 when unknown)
  int date_line = 0;
  int url_line = 0;
};

// Reads every <title>, <meta>, <link>, JSON-LD script and <time> in the tree under `root`.
HtmlMeta ReadHtmlMeta(const GumboNode* root);

// The value of `name` on element `node`, or "" (also for nodes that are not elements).
std::string_view HtmlAttribute(const GumboNode* node, const char* name);

// The text under `node`, markup dropped, white space as it stands.
std::string HtmlTextOf(const GumboNode* node);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_READ_HTML_META_H_
