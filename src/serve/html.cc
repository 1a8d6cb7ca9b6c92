#include "serve/html.h"

#include <cstdint>

#include "base/text_util.h"

namespace newsarchive {
namespace {

// One style sheet for every page: readable text, tables that hold long quotes, no scripts.
const char kStyle[] = R"css(
body { font: 16px/1.45 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fbfbf8; }
header { background: #23395b; padding: .5rem 1.5rem; }
header a { color: #fff; margin-right: 1.2rem; text-decoration: none; font-weight: 600; }
header a.home { font-size: 1.1rem; }
main { padding: 1rem 1.5rem 3rem; max-width: 78rem; }
h1 { font-size: 1.6rem; margin: .6rem 0 .8rem; }
h2 { font-size: 1.2rem; margin: 1.8rem 0 .5rem; border-bottom: 1px solid #ddd; }
a { color: #1f5fa8; }
table { border-collapse: collapse; margin: .4rem 0; font-size: .93rem; }
th, td { border-bottom: 1px solid #e2e2dc; padding: .3rem .55rem; text-align: left;
         vertical-align: top; }
th { background: #eef0f3; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
td.long { max-width: 38rem; white-space: pre-line; }
td.null { color: #999; }
mark { background: #ffe27a; padding: 0 .1rem; }
form.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end;
               background: #f1f2ee; padding: .7rem .9rem; border-radius: 6px; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: #444; }
form.filters label.check { flex-direction: row; gap: .3rem; align-items: center; }
input, select, textarea, button { font: inherit; padding: .25rem .4rem; }
textarea { width: 100%; min-height: 6rem; font-family: ui-monospace, monospace; }
button { background: #23395b; color: #fff; border: 0; border-radius: 4px; padding: .35rem 1rem; }
.note { color: #555; font-size: .9rem; }
.error { background: #fdecea; border-left: 4px solid #c0392b; padding: .6rem .9rem; }
.downloads { font-size: .85rem; margin-left: .6rem; }
.facts { color: #555; }
.turn { margin: 0 0 1rem; padding: .5rem .8rem; border-left: 4px solid #c9d3e0; }
.turn:target { border-left-color: #e0a800; background: #fff8dc; }
.turn .who { font-weight: 600; }
.turn .text { white-space: pre-line; margin: .2rem 0 0; }
.turn.unattributed { border-left-color: #e5e5e5; color: #444; }
.pos { font-size: .8rem; color: #777; text-decoration: none; margin-left: .4rem; }
svg text { font: 11px system-ui, sans-serif; fill: #333; }
svg rect.bar { fill: #3d6fb4; }
dl.summary { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
dl.summary dt { color: #555; }
dl.summary dd { margin: 0; font-weight: 600; }
)css";

bool IsUnreserved(unsigned char c) {
  return IsAsciiAlpha(static_cast<char>(c)) || IsAsciiDigit(static_cast<char>(c)) || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

}  // namespace

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const uint32_t cp = DecodeCodePoint(text, i);  // invalid bytes become U+FFFD
      if (cp >= 0x80 && cp < 0xA0) continue;          // C1 controls
      AppendUtf8(cp, &out);
      continue;
    }
    ++i;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (c >= 0x20 && c != 0x7F) {
          out.push_back(static_cast<char>(c));
        } else if (c == '\n' || c == '\t' || c == '\r') {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  return out;
}

std::string UrlEncode(std::string_view text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (IsUnreserved(c)) {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

std::string QueryString(const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::string out;
  for (const auto& [name, value] : pairs) {
    if (value.empty()) continue;
    out += out.empty() ? "?" : "&";
    out += UrlEncode(name) + "=" + UrlEncode(value);
  }
  return out;
}

std::string Link(const std::string& url, std::string_view text) {
  return "<a href=\"" + Escape(url) + "\">" + Escape(text) + "</a>";
}

std::string MarkedSnippet(std::string_view text) {
  std::string out = Escape(text);
  std::string marked;
  marked.reserve(out.size() + 32);
  bool open = false;
  for (const char c : out) {
    if (c == '[' && !open) {
      marked += "<mark>";
      open = true;
    } else if (c == ']' && open) {
      marked += "</mark>";
      open = false;
    } else {
      marked.push_back(c);
    }
  }
  if (open) marked += "</mark>";
  return marked;
}

std::string TextField(const std::string& name, const std::string& label, const std::string& value,
                      const std::string& placeholder, const std::string& type) {
  return "<label>" + Escape(label) + " <input type=\"" + Escape(type) + "\" name=\"" +
         Escape(name) + "\" value=\"" + Escape(value) + "\"" +
         (placeholder.empty() ? "" : " placeholder=\"" + Escape(placeholder) + "\"") +
         "></label>\n";
}

std::string SelectField(const std::string& name, const std::string& label,
                        const std::vector<std::pair<std::string, std::string>>& choices,
                        const std::string& value) {
  std::string out = "<label>" + Escape(label) + " <select name=\"" + Escape(name) + "\">";
  for (const auto& [choice, shown] : choices) {
    out += "<option value=\"" + Escape(choice) + "\"" + (choice == value ? " selected" : "") + ">" +
           Escape(shown) + "</option>";
  }
  return out + "</select></label>\n";
}

std::string CheckboxField(const std::string& name, const std::string& label, bool checked) {
  return "<label class=\"check\"><input type=\"checkbox\" name=\"" + Escape(name) +
         "\" value=\"1\"" + (checked ? " checked" : "") + "> " + Escape(label) + "</label>\n";
}

std::string DownloadLinks(const std::string& path, const std::string& query) {
  return "<span class=\"downloads\">download " + Link(path + ".csv" + query, "CSV") + " · " +
         Link(path + ".json" + query, "JSON") + "</span>";
}

std::string Page(const std::string& title, const std::string& heading, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         Escape(title) + " · newsarchive</title>\n<style>" + kStyle +
         "</style>\n</head>\n<body>\n<header><nav>"
         "<a class=\"home\" href=\"/\">newsarchive</a>"
         "<a href=\"/quotes\">Quotes</a><a href=\"/people\">People</a>"
         "<a href=\"/articles\">Stories</a><a href=\"/reports\">Reports</a><a href=\"/verify\">Verify</a>"
         "<a href=\"/sql\">SQL</a></nav></header>\n<main>\n<h1>" +
         heading + "</h1>\n" + body + "</main>\n</body>\n</html>\n";
}

std::string ErrorPage(int status, const std::string& message) {
  const char* what = status == 404   ? "Not found"
                     : status == 400 ? "Bad request"
                     : status == 405 ? "Method not allowed"
                                     : "Error";
  return Page(what, Escape(what), "<p class=\"error\">" + Escape(message) + "</p>\n");
}

}  // namespace newsarchive
