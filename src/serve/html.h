// The pieces every page of `newsarchive serve` is built from: escaping text for HTML, building
// URLs with query strings, form fields, and the page around a body (head, style, navigation).
// Every value that comes from the archive or the request goes through Escape (or QueryString) on
// its way into a page; nothing else is ever pasted into HTML.
#ifndef NEWSARCHIVE_SERVE_HTML_H_
#define NEWSARCHIVE_SERVE_HTML_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsarchive {

// `text` safe inside an element or a quoted attribute: & < > " ' escaped; invalid UTF-8 becomes
// U+FFFD and control characters other than tab and line breaks are dropped.
std::string Escape(std::string_view text);

// `text` percent-encoded for a URL's query string or path segment (RFC 3986 unreserved
// characters kept, space as %20).
std::string UrlEncode(std::string_view text);

// "?a=1&b=x%20y" from the pairs whose value is not empty, in their order; "" when none is.
std::string QueryString(const std::vector<std::pair<std::string, std::string>>& pairs);

// An <a href> to `url` (already built with QueryString/UrlEncode) showing `text` (escaped here).
std::string Link(const std::string& url, std::string_view text);

// `text` escaped, with each "[...]" a snippet marks (FTS5's snippet() with '[' and ']') shown
// as <mark>...</mark>.
std::string MarkedSnippet(std::string_view text);

// A labelled <input> named `name` holding `value`; `placeholder` says what an empty field means.
std::string TextField(const std::string& name, const std::string& label, const std::string& value,
                      const std::string& placeholder = "", const std::string& type = "text");
// A labelled <select>: `choices` are (value, shown text) pairs; `value` is selected.
std::string SelectField(const std::string& name, const std::string& label,
                        const std::vector<std::pair<std::string, std::string>>& choices,
                        const std::string& value);
// A labelled checkbox named `name` sending "1".
std::string CheckboxField(const std::string& name, const std::string& label, bool checked);

// The links to download a table as CSV and JSON: `path` + ".csv"/".json" + `query`.
std::string DownloadLinks(const std::string& path, const std::string& query);

// A whole HTML document: <title> from `title` (escaped), the style sheet, the site navigation,
// an <h1> of `heading` (already HTML) and `body` (already HTML).
std::string Page(const std::string& title, const std::string& heading, const std::string& body);

// A short page for a failed request: the status in words and `message` (escaped).
std::string ErrorPage(int status, const std::string& message);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_SERVE_HTML_H_
