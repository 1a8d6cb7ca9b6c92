// How this works: one walk over the whole tree (an explicit stack: a page may nest deeper than
// the call stack should) collects each candidate by where it came from; the first of each kind
// wins, and the kinds are then taken in order of trust: JSON-LD and og: meta first, the page's
// own <title> and <time> last.
#include "read/html_meta.h"

#include <simdjson.h>

#include <utility>

#include "base/text_util.h"
#include "read/document_builder.h"

namespace newsarchive {
namespace {

size_t WordCount(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char ch : s) {
    const bool space = IsSpace(ch);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

constexpr int kMaxJsonDepth = 8;
constexpr size_t kMaxJsonBytes = 1 << 20;

// The schema.org types of a story's page.
bool IsStoryType(std::string_view type) {
  static constexpr std::string_view kTypes[] = {
      "NewsArticle",     "Article",       "ReportageNewsArticle", "AnalysisNewsArticle",
      "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting",
      "Report",          "TVEpisode",     "RadioEpisode",         "PodcastEpisode",
      "Episode",         "Transcript"};
  return InIgnoreCaseList(type, kTypes);
}

struct JsonLd {
  std::string headline, date, url, publisher, series;
  std::vector<std::string> authors;
};

std::string StringOf(simdjson::dom::element value) {
  std::string_view s;
  if (value.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
  return "";
}

// A name: a string, or an object's "name".
std::string NameOf(simdjson::dom::element value) {
  if (value.is_string()) return StringOf(value);
  simdjson::dom::element name;
  if (value.is_object() && value["name"].get(name) == simdjson::SUCCESS) return StringOf(name);
  return "";
}

bool HasStoryType(simdjson::dom::element object) {
  simdjson::dom::element type;
  if (object["@type"].get(type) != simdjson::SUCCESS) return false;
  if (type.is_string()) return IsStoryType(StringOf(type));
  simdjson::dom::array types;
  if (type.get_array().get(types) != simdjson::SUCCESS) return false;
  for (simdjson::dom::element t : types) {
    if (IsStoryType(StringOf(t))) return true;
  }
  return false;
}

void ReadStoryObject(simdjson::dom::element object, JsonLd* out) {
  simdjson::dom::element v;
  auto field = [&](const char* key) { return object[key].get(v) == simdjson::SUCCESS; };
  if (out->headline.empty() && field("headline")) out->headline = StringOf(v);
  if (out->headline.empty() && field("name")) out->headline = StringOf(v);
  if (out->date.empty() && field("datePublished")) out->date = StringOf(v);
  if (out->date.empty() && field("uploadDate")) out->date = StringOf(v);
  if (out->url.empty() && field("url")) out->url = StringOf(v);
  if (out->url.empty() && field("mainEntityOfPage")) {
    simdjson::dom::element id;
    out->url = v.is_object() && v["@id"].get(id) == simdjson::SUCCESS ? StringOf(id) : StringOf(v);
  }
  if (out->publisher.empty() && field("publisher")) out->publisher = NameOf(v);
  for (const char* key : {"isPartOf", "partOfSeries"}) {
    if (out->series.empty() && field(key)) out->series = NameOf(v);
  }
  if (out->authors.empty() && field("author")) {
    simdjson::dom::array authors;
    if (v.get_array().get(authors) == simdjson::SUCCESS) {
      for (simdjson::dom::element a : authors) {
        std::string name = NameOf(a);
        if (!name.empty()) out->authors.push_back(std::move(name));
      }
    } else {
      std::string name = NameOf(v);
      if (!name.empty()) out->authors.push_back(std::move(name));
    }
  }
}

// Finds story objects in a JSON-LD value: the value itself, an array of them, or a @graph.
void FindStories(simdjson::dom::element value, int depth, JsonLd* out) {
  if (depth > kMaxJsonDepth) return;
  simdjson::dom::array array;
  if (value.get_array().get(array) == simdjson::SUCCESS) {
    for (simdjson::dom::element e : array) FindStories(e, depth + 1, out);
    return;
  }
  if (!value.is_object()) return;
  if (HasStoryType(value)) ReadStoryObject(value, out);
  simdjson::dom::element graph;
  if (value["@graph"].get(graph) == simdjson::SUCCESS) FindStories(graph, depth + 1, out);
}

void ReadJsonLd(std::string_view text, JsonLd* out) {
  if (text.size() > kMaxJsonBytes) return;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  const simdjson::padded_string json(text);
  if (parser.parse(json).get(root) != simdjson::SUCCESS) return;  // broken JSON-LD: ignored
  FindStories(root, 0, out);
}

// "Tidewater Towns Weigh Retreat : NPR" -> "Tidewater Towns Weigh Retreat": trailing segments
// of at most four words after " | ", " : ", " - " or " \u2014 " are the site's and program's.
std::string CleanPageTitle(std::string title) {
  static constexpr std::string_view kSeparators[] = {" | ", " : ", " - ", " \u2014 ", " \u2013 "};
  for (int guard = 0; guard < 3; ++guard) {
    size_t cut = std::string::npos;
    size_t length = 0;
    for (std::string_view sep : kSeparators) {
      const size_t at = title.rfind(sep);
      if (at != std::string::npos && at > 0 && (cut == std::string::npos || at > cut)) {
        cut = at;
        length = sep.size();
      }
    }
    if (cut == std::string::npos) break;
    const std::string_view rest = Trim(std::string_view(title).substr(cut + length));
    if (rest.empty() || WordCount(rest) > 4) break;
    title.erase(cut);
  }
  return title;
}

bool IsUrl(std::string_view s) {
  return StartsWithIgnoreCase(s, "http://") || StartsWithIgnoreCase(s, "https://");
}

int LineOf(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT ? static_cast<int>(node->v.element.start_pos.line) : 0;
}

// Every candidate, by kind, in document order.
struct Candidates {
  std::string og_title, twitter_title, page_title, meta_date, time_date, og_url, canonical,
      site_name, program, author;
  int og_title_line = 0, page_title_line = 0, date_line = 0, time_line = 0, url_line = 0;
  JsonLd json_ld;
  bool has_json_ld = false;
};

void Keep(std::string* slot, std::string_view value, int* line_slot = nullptr, int line = 0) {
  if (!slot->empty()) return;
  *slot = CollapsedText(value);
  if (line_slot != nullptr && !slot->empty()) *line_slot = line;
}

void ReadMetaElement(const GumboNode* node, Candidates* c) {
  std::string key = AsciiLowerCopy(HtmlAttribute(node, "property"));
  if (key.empty()) key = AsciiLowerCopy(HtmlAttribute(node, "name"));
  if (key.empty()) key = AsciiLowerCopy(HtmlAttribute(node, "itemprop"));
  const std::string_view content = HtmlAttribute(node, "content");
  const int line = LineOf(node);
  if (key == "og:title") Keep(&c->og_title, content, &c->og_title_line, line);
  if (key == "twitter:title") Keep(&c->twitter_title, content);
  if (key == "og:url") Keep(&c->og_url, content, &c->url_line, line);
  if (key == "og:site_name") Keep(&c->site_name, content);
  if (key == "program" || key == "show" || key == "series") Keep(&c->program, content);
  static constexpr std::string_view kDateKeys[] = {
      "article:published_time", "og:article:published_time", "date",        "pubdate",
      "publishdate",            "publish-date",              "dc.date",     "dcterms.date",
      "dc.date.issued",         "datepublished",             "parsely-pub-date",
      "sailthru.date",          "article.published"};
  if (InIgnoreCaseList(key, kDateKeys)) Keep(&c->meta_date, content, &c->date_line, line);
  if ((key == "author" || key == "article:author" || key == "byl" || key == "dc.creator") &&
      !IsUrl(content)) {
    std::string_view by = Trim(content);
    if (StartsWithIgnoreCase(by, "by ")) by.remove_prefix(3);
    Keep(&c->author, by);
  }
}

void ReadElement(const GumboNode* node, Candidates* c) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_TITLE:
      if (c->page_title.empty()) {
        Keep(&c->page_title, HtmlTextOf(node), &c->page_title_line, LineOf(node));
      }
      break;
    case GUMBO_TAG_META: ReadMetaElement(node, c); break;
    case GUMBO_TAG_LINK:
      if (EqualsIgnoreCase(Trim(HtmlAttribute(node, "rel")), "canonical")) {
        Keep(&c->canonical, HtmlAttribute(node, "href"));
      }
      break;
    case GUMBO_TAG_TIME: {
      std::string_view when = HtmlAttribute(node, "datetime");
      if (when.empty()) when = HtmlAttribute(node, "content");
      Keep(&c->time_date, when, &c->time_line, LineOf(node));
      break;
    }
    case GUMBO_TAG_SCRIPT:
      if (EqualsIgnoreCase(Trim(HtmlAttribute(node, "type")), "application/ld+json")) {
        ReadJsonLd(HtmlTextOf(node), &c->json_ld);
      }
      break;
    default: break;
  }
}

}  // namespace

std::string_view HtmlAttribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return "";
  const GumboAttribute* attribute = gumbo_get_attribute(&node->v.element.attributes, name);
  return attribute != nullptr && attribute->value != nullptr ? attribute->value : "";
}

std::string HtmlTextOf(const GumboNode* node) {
  std::string text;
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
        n->type == GUMBO_NODE_WHITESPACE) {
      text += n->v.text.text;
    } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      const GumboVector& children = n->v.element.children;
      for (unsigned i = children.length; i > 0; --i) {
        stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
      }
    }
  }
  return text;
}

HtmlMeta ReadHtmlMeta(const GumboNode* root) {
  Candidates c;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) continue;
    ReadElement(n, &c);
    const GumboVector& children = n->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
  HtmlMeta meta;
  JsonLd& ld = c.json_ld;
  for (const std::string* t : {&c.og_title, &ld.headline, &c.twitter_title}) {
    if (meta.title.empty()) meta.title = CollapsedText(*t);
  }
  meta.title_line = c.og_title.empty() ? 0 : c.og_title_line;
  if (meta.title.empty()) {
    meta.title = CleanPageTitle(c.page_title);
    meta.title_line = c.page_title_line;
  }
  for (const std::string* d : {&ld.date, &c.meta_date, &c.time_date}) {
    if (meta.date.empty()) meta.date = CollapsedText(*d);
  }
  meta.date_line = !ld.date.empty() ? 0 : !c.meta_date.empty() ? c.date_line : c.time_line;
  for (const std::string* u : {&c.og_url, &ld.url, &c.canonical}) {
    if (meta.url.empty() && IsUrl(Trim(*u))) meta.url = CollapsedText(*u);
  }
  meta.url_line = c.og_url.empty() ? 0 : c.url_line;
  meta.source = CollapsedText(!ld.publisher.empty() ? ld.publisher : c.site_name);
  meta.program = CollapsedText(!ld.series.empty() ? ld.series : c.program);
  for (const std::string& a : ld.authors) {
    std::string name = CollapsedText(a);
    if (!name.empty() && !IsUrl(name)) meta.bylines.push_back(std::move(name));
  }
  if (meta.bylines.empty() && !c.author.empty()) meta.bylines.push_back(c.author);
  return meta;
}

}  // namespace newsarchive
