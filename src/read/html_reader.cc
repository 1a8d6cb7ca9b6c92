// How this works, in three passes over Gumbo's tree:
//  1. Stats: for every element that is not dropped, the length of the visible text under it and
//     of the part inside links. Dropped: script, style, forms, media, nav, aside, footer, a
//     header outside the story, hidden elements, and blocks whose class, id or role says they
//     are navigation, sharing, related stories, ads or comments.
//  2. Choice: each paragraph (p, li, blockquote, pre, td, or an element's own loose text) scores
//     its text, less its links, for its parent and half of it for its grandparent; the element
//     with the best score, less its link density, is the story's container, then its ancestors
//     for as long as it holds four fifths of their text (the headline and teaser above a
//     transcript's body belong to the story too).
//  3. Render: the container's text, one block per paragraph, heading or line break, white space
//     collapsed. Recursion stops at kMaxDepth: deeper markup is no page a person saved.
#include "read/html_reader.h"

#include <gumbo.h>

#include <unordered_map>
#include <vector>

#include "base/text_util.h"
#include "read/document_builder.h"
#include "read/html_meta.h"

namespace newsarchive {
namespace {

constexpr int kMaxDepth = 200;
constexpr size_t kMinParagraph = 20;  // bytes: shorter paragraphs do not vote for a container

const GumboNode* Child(const GumboNode* node, unsigned i) {
  return static_cast<const GumboNode*>(node->v.element.children.data[i]);
}

bool IsElement(const GumboNode* node) { return node->type == GUMBO_NODE_ELEMENT; }

bool IsTextNode(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
         node->type == GUMBO_NODE_WHITESPACE;
}

bool IsHeading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 ||
         tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_HTML:
      return true;
    default:
      return IsHeading(tag);
  }
}

bool IsParagraphTag(GumboTag tag) {
  return tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_BLOCKQUOTE ||
         tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_DD;
}

// The words of a class or id: "story-share__bar" -> "story", "share", "bar".
std::vector<std::string> AttributeWords(std::string_view value) {
  std::vector<std::string> words;
  std::string word;
  for (char c : value) {
    if (IsAsciiAlpha(c) || IsAsciiDigit(c)) {
      word += AsciiLower(c);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// A class or id that names furniture, unless it also names the story itself.
bool NamesFurniture(const GumboNode* node) {
  static constexpr std::string_view kFurniture[] = {
      "share",    "sharing",  "social",     "related",     "recommended", "recommendations",
      "promo",    "newsletter", "subscribe", "comments",   "comment",     "breadcrumb",
      "breadcrumbs", "advert", "advertisement", "ad",       "ads",         "sponsor",
      "sponsored", "sidebar", "nav",        "navigation",  "menu",        "cookie",
      "cookies",  "footer",   "masthead",   "toolbar",     "popup",       "modal",
      "signup",   "outbrain", "taboola",    "trending",    "popular",     "skip"};
  static constexpr std::string_view kStory[] = {"article", "body",       "content", "main",
                                                "story",   "transcript", "text",    "entry"};
  bool furniture = false;
  for (const char* attribute : {"class", "id"}) {
    for (const std::string& w : AttributeWords(HtmlAttribute(node, attribute))) {
      if (WordSetOf<kStory>().Contains(w)) return false;
      furniture = furniture || WordSetOf<kFurniture>().Contains(w);
    }
  }
  return furniture;
}

bool IsHidden(const GumboNode* node) {
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr) return true;
  if (EqualsIgnoreCase(HtmlAttribute(node, "aria-hidden"), "true")) return true;
  std::string style;
  for (char c : HtmlAttribute(node, "style")) {
    if (!IsSpace(c)) style += AsciiLower(c);
  }
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

// Whether the element and everything under it stays out of the story. `in_story`: it stands
// inside an <article> or <main>, where a <header> holds the headline and byline.
bool IsDropped(const GumboNode* node, bool in_story) {
  const GumboTag tag = node->v.element.tag;
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_FIGURE: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_MENU: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_MATH: case GUMBO_TAG_MAP:
      return true;
    case GUMBO_TAG_HEADER:
      if (!in_story) return true;
      break;
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_MAIN:
      return false;
    default:
      break;
  }
  if (IsHidden(node)) return true;
  static constexpr std::string_view kFurnitureRoles[] = {
      "navigation", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
      "alertdialog", "banner"};
  const std::string_view role = Trim(HtmlAttribute(node, "role"));
  if (InIgnoreCaseList(role, kFurnitureRoles) && !(in_story && EqualsIgnoreCase(role, "banner"))) {
    return true;
  }
  return NamesFurniture(node);
}

bool OpensStory(GumboTag tag) { return tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN; }

size_t VisibleLength(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += !IsSpace(c);
  return n;
}

struct NodeStats {
  size_t text = 0;   // visible bytes under the element (white space not counted)
  size_t links = 0;  // of which inside <a>
  size_t own = 0;    // in text nodes directly under it
  double score = 0;  // what its paragraphs vote for it
  bool dropped = false;
};

class HtmlReader {
 public:
  HtmlReader(const GumboNode* root, DocumentBuilder* out) : root_(root), out_(out) {}

  void Run() {
    const GumboNode* body = FindBody();
    if (body == nullptr) return;
    Measure(body, nullptr, nullptr, false, false, 0);
    const GumboNode* container = Choose(body);
    Render(container, 0);
    Flush();
  }

 private:
  const GumboNode* FindBody() const {
    if (!IsElement(root_)) return nullptr;
    for (unsigned i = 0; i < root_->v.element.children.length; ++i) {
      const GumboNode* c = Child(root_, i);
      if (IsElement(c) && c->v.element.tag == GUMBO_TAG_BODY) return c;
    }
    return root_;
  }

  // Pass 1: fills stats_ for `node` and below; `parent` and `grand` get its paragraph's vote.
  void Measure(const GumboNode* node, const GumboNode* parent, const GumboNode* grand,
               bool in_story, bool in_link, int depth) {
    order_.push_back(node);
    NodeStats& s = stats_[node];
    if (depth > kMaxDepth || IsDropped(node, in_story)) {
      s.dropped = true;
      return;
    }
    const GumboTag tag = node->v.element.tag;
    in_story = in_story || OpensStory(tag);
    in_link = in_link || tag == GUMBO_TAG_A;
    for (unsigned i = 0; i < node->v.element.children.length; ++i) {
      const GumboNode* c = Child(node, i);
      if (IsTextNode(c)) {
        const size_t n = VisibleLength(c->v.text.text);
        s.text += n;
        s.own += n;
        if (in_link) s.links += n;
      } else if (IsElement(c)) {
        Measure(c, node, parent, in_story, in_link, depth + 1);
        const NodeStats& cs = stats_[c];
        if (cs.dropped) continue;
        s.text += cs.text;
        s.links += cs.links;
        if (!IsBlockTag(c->v.element.tag)) s.own += cs.text;  // inline markup is its text
      }
    }
    const size_t clean = s.text - std::min(s.text, s.links);
    if (IsParagraphTag(tag) && clean >= kMinParagraph) {
      if (parent != nullptr) stats_[parent].score += static_cast<double>(clean);
      if (grand != nullptr) stats_[grand].score += static_cast<double>(clean) / 2;
    } else if (!IsParagraphTag(tag) && s.own >= kMinParagraph) {
      s.score += static_cast<double>(s.own);  // loose text, lines broken by <br>
      if (parent != nullptr) stats_[parent].score += static_cast<double>(s.own) / 2;
    }
  }

  static bool NamesStory(const GumboNode* node) {
    static constexpr std::string_view kStory[] = {"transcript", "storytext", "story",
                                                  "article",    "content",   "body"};
    for (const char* attribute : {"class", "id"}) {
      for (const std::string& w : AttributeWords(HtmlAttribute(node, attribute))) {
        if (WordSetOf<kStory>().Contains(w)) return true;
      }
    }
    return false;
  }

  // Pass 2: the container.
  const GumboNode* Choose(const GumboNode* body) {
    const GumboNode* best = nullptr;
    double best_score = 0;
    for (const GumboNode* node : order_) {  // in page order: the first of equals wins
      const NodeStats& s = stats_[node];
      if (s.dropped || s.score <= 0 || s.text == 0) continue;
      double score = s.score * (1.0 - static_cast<double>(s.links) / static_cast<double>(s.text));
      if (OpensStory(node->v.element.tag) || NamesStory(node)) score *= 1.5;
      if (score > best_score) {
        best = node;
        best_score = score;
      }
    }
    if (best == nullptr) return body;
    while (best != body && best->parent != nullptr && IsElement(best->parent)) {
      const NodeStats& parent = stats_[best->parent];
      if (parent.dropped || stats_[best].text * 5 < parent.text * 4) break;
      best = best->parent;
    }
    return best;
  }

  // Pass 3.
  void Render(const GumboNode* node, int depth) {
    if (IsTextNode(node)) {
      if (line_ == 0) line_ = static_cast<int>(node->v.text.start_pos.line);
      if (pre_ > 0) {
        AppendPreformatted(node->v.text.text);
      } else {
        AppendCollapsed(node->v.text.text, &text_);
      }
      return;
    }
    if (!IsElement(node)) return;
    auto found = stats_.find(node);
    if (depth > kMaxDepth || (found != stats_.end() && found->second.dropped)) return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
      Flush();
      if (blank_ < 0) blank_ = 0;
      return;
    }
    const bool block = IsBlockTag(tag);
    if (block) Break();
    if (IsHeading(tag)) ++heading_;
    if (tag == GUMBO_TAG_PRE) ++pre_;
    for (unsigned i = 0; i < node->v.element.children.length; ++i) {
      Render(Child(node, i), depth + 1);
      if (tag == GUMBO_TAG_TR && i + 1 < node->v.element.children.length) text_ += ' ';
    }
    if (block) Break();
    if (IsHeading(tag)) --heading_;
    if (tag == GUMBO_TAG_PRE) --pre_;
  }

  void AppendPreformatted(std::string_view text) {
    for (size_t start = 0; start <= text.size();) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      AppendCollapsed(text.substr(start, end - start), &text_);
      if (end == text.size()) break;
      Flush();
      if (blank_ < 0) blank_ = 0;
      start = end + 1;
    }
  }

  // The end of a paragraph: what comes next stands after a blank line.
  void Break() {
    Flush();
    blank_ = 1;
  }

  void Flush() {
    const size_t before = out_->content_blocks();
    out_->Text(heading_ > 0 ? Block::Kind::kHeading : Block::Kind::kText, text_, line_,
               blank_ < 0 ? 0 : blank_);
    if (out_->content_blocks() != before) blank_ = -1;
    text_.clear();
    line_ = 0;
  }

  const GumboNode* root_;
  DocumentBuilder* out_;
  std::unordered_map<const GumboNode*, NodeStats> stats_;
  std::vector<const GumboNode*> order_;  // the elements measured, in page order
  std::string text_;  // the paragraph being read
  int line_ = 0;      // where it started
  int blank_ = -1;    // blank lines before the next block: -1 none decided yet
  int heading_ = 0;
  int pre_ = 0;
};

}  // namespace

bool LooksLikeHtml(std::string_view head) {
  size_t i = 0;
  if (head.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  while (i < head.size() && IsSpace(head[i])) ++i;
  head.remove_prefix(i);
  if (head.empty() || head[0] != '<') return false;
  static constexpr std::string_view kOpeners[] = {"<!doctype html", "<html", "<head", "<body",
                                                  "<?xml", "<!--", "<meta", "<title"};
  if (StartsWithAnyIgnoreCase(head, kOpeners)) {
    return !StartsWithIgnoreCase(head, "<?xml") || FindIgnoreCase(head, "<html") != std::string_view::npos;
  }
  static constexpr std::string_view kMarkup[] = {"<p>", "<p ", "<div", "<article", "<section",
                                                 "<main", "<h1", "<h2", "<table", "<span"};
  return StartsWithAnyIgnoreCase(head, kMarkup);
}

Document HtmlDocument(const std::string& html, const std::string& name) {
  Document document;
  document.name = name;
  document.reader = "html";
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  DocumentBuilder out(&document);
  const HtmlMeta meta = ReadHtmlMeta(output->root);
  out.Field("title", meta.title, meta.title_line);
  out.Field("date", meta.date, meta.date_line);
  out.Field("url", meta.url, meta.url_line);
  out.Field("source", meta.source, 0);
  out.Field("program", meta.program, 0);
  for (const std::string& byline : meta.bylines) out.Field("byline", byline, 0);
  HtmlReader(output->root, &out).Run();
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return document;
}

}  // namespace newsarchive
