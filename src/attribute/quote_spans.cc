#include "attribute/quote_spans.h"

#include "base/text_util.h"

namespace newsarchive {
namespace {

enum class MarkKind { kOpen, kClose, kStraight };

struct Mark {
  size_t at = 0;
  size_t size = 0;
  MarkKind kind = MarkKind::kStraight;
};

// The double quotation mark at text[i], if there is one.
bool MarkAt(std::string_view text, size_t i, Mark* mark) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == '"') {
    *mark = {i, 1, MarkKind::kStraight};
    return true;
  }
  if (c == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {  // '' typed for "
    *mark = {i, 2, MarkKind::kStraight};
    return true;
  }
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    const unsigned char d = static_cast<unsigned char>(text[i + 2]);
    if (d == 0x9C || d == 0x9E) {  // “ „
      *mark = {i, 3, MarkKind::kOpen};
      return true;
    }
    if (d == 0x9D) {  // ”
      *mark = {i, 3, MarkKind::kClose};
      return true;
    }
  }
  if (c == 0xC2 && i + 1 < text.size()) {
    const unsigned char d = static_cast<unsigned char>(text[i + 1]);
    if (d == 0xAB || d == 0xBB) {  // « »
      *mark = {i, 2, d == 0xAB ? MarkKind::kOpen : MarkKind::kClose};
      return true;
    }
  }
  return false;
}

bool IsDashByte(std::string_view text, size_t end) {
  // — and – end in 0x94 / 0x93 after E2 80.
  return end >= 3 && static_cast<unsigned char>(text[end - 3]) == 0xE2 &&
         static_cast<unsigned char>(text[end - 2]) == 0x80 &&
         (static_cast<unsigned char>(text[end - 1]) == 0x94 ||
          static_cast<unsigned char>(text[end - 1]) == 0x93);
}

// A straight mark opens where a word could start: at the start, after a space, a bracket or a
// dash, and before something that is not a space.
bool CanOpen(std::string_view text, const Mark& m) {
  const size_t after = m.at + m.size;
  if (after >= text.size() || IsSpace(text[after])) return false;
  if (m.at == 0) return true;
  const char before = text[m.at - 1];
  return IsSpace(before) || before == '(' || before == '[' || before == '-' || before == '/' ||
         IsDashByte(text, m.at);
}

// A straight mark closes after something that is not a space, before the end, a space or
// punctuation.
bool CanClose(std::string_view text, const Mark& m) {
  if (m.at == 0 || IsSpace(text[m.at - 1])) return false;
  const size_t after = m.at + m.size;
  if (after >= text.size()) return true;
  const char next = text[after];
  return !IsAsciiAlpha(next) && !IsAsciiDigit(next);
}

// Whether the paragraph opens with a quotation mark (after spaces): how a quote that runs over
// paragraphs goes on.
bool OpensWithMark(std::string_view text, Mark* mark) {
  size_t i = 0;
  while (i < text.size() && IsSpace(text[i])) ++i;
  return i < text.size() && MarkAt(text, i, mark) && mark->kind != MarkKind::kClose;
}

}  // namespace

std::vector<QuoteSpan> FindQuoteSpans(const std::vector<std::string_view>& paragraphs) {
  std::vector<QuoteSpan> spans;
  bool carried = false;   // the last span is open at the end of the previous paragraph
  bool low_open = false;  // the open quote opened with „, which “ closes
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    const std::string_view text = paragraphs[p];
    bool open = false;
    size_t i = 0;
    if (carried) {
      carried = false;
      Mark m;
      if (OpensWithMark(text, &m)) {
        spans.back().pieces.push_back({p, m.at, m.at + m.size, 0, 0, false});
        open = true;
        i = m.at + m.size;
      }
    }
    for (; i < text.size(); ++i) {
      Mark m;
      if (!MarkAt(text, i, &m)) continue;
      if (!open) {
        const bool opens =
            m.kind == MarkKind::kOpen || (m.kind == MarkKind::kStraight && CanOpen(text, m));
        if (opens) {
          low_open = text.compare(m.at, 3, "\u201E") == 0;
          spans.push_back({});
          spans.back().pieces.push_back({p, m.at, m.at + m.size, 0, 0, false});
          open = true;
        }
      } else {
        QuotePiece& piece = spans.back().pieces.back();
        const bool closes = m.kind == MarkKind::kClose ||
                            (m.kind == MarkKind::kStraight && CanClose(text, m)) ||
                            (low_open && text.compare(m.at, 3, "\u201C") == 0);
        if (closes) {
          piece.end = m.at;
          piece.close = m.at + m.size;
          piece.closed = true;
          open = false;
        } else if (m.kind == MarkKind::kOpen) {
          // An opening mark inside an open quote: the first one never closed. It ends here and
          // a new quote opens.
          piece.end = m.at;
          piece.close = m.at;
          while (piece.end > piece.begin && IsSpace(text[piece.end - 1])) --piece.end;
          spans.push_back({});
          spans.back().pieces.push_back({p, m.at, m.at + m.size, 0, 0, false});
        }
      }
      i += m.size - 1;
    }
    if (open) {
      QuotePiece& piece = spans.back().pieces.back();
      piece.end = text.size();
      while (piece.end > piece.begin && IsSpace(text[piece.end - 1])) --piece.end;
      piece.close = text.size();
      Mark next;
      carried = p + 1 < paragraphs.size() && OpensWithMark(paragraphs[p + 1], &next);
    }
  }
  // A quote that never closed and ends inside one paragraph is kept with closed = false; one
  // with no words is dropped.
  std::vector<QuoteSpan> kept;
  kept.reserve(spans.size());
  for (QuoteSpan& span : spans) {
    bool words = false;
    for (const QuotePiece& piece : span.pieces) words = words || piece.end > piece.begin;
    if (words) kept.push_back(std::move(span));
  }
  return kept;
}

}  // namespace newsarchive
