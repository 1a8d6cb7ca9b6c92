#include "attribute/prose_text.h"

#include <string>

#include "attribute/sentence_breaks.h"
#include "base/text_util.h"

namespace newsarchive {
namespace {

// Where each paragraph of a block's text starts: blocks join their paragraphs with "\n\n".
void AddParagraphs(int block, std::string_view text, std::vector<ProseParagraph>* out) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t stop = text.find("\n\n", start);
    if (stop == std::string_view::npos) stop = text.size();
    size_t b = start;
    size_t e = stop;
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    if (e > b) out->push_back({block, b, text.substr(b, e - b)});
    if (stop == text.size()) break;
    start = stop + 2;
  }
}

bool IsTerminalMark(char c) { return c == '.' || c == ',' || c == '?' || c == '!' || c == ':'; }

// The punctuation the quoted words end with, ignoring an ellipsis's dots being three.
char LastMark(std::string_view text, const QuotePiece& piece) {
  size_t e = piece.end;
  while (e > piece.begin && IsSpace(text[e - 1])) --e;
  if (e > piece.begin && IsTerminalMark(text[e - 1])) return text[e - 1];
  // "…" (U+2026) ends a quote as a full stop does.
  if (e >= piece.begin + 3 && text.compare(e - 3, 3, "\u2026") == 0) return '.';
  return 0;
}

// The paragraph with every quote's words replaced by x's (their closing punctuation kept), so
// the sentence iterator sees each quote as one word.
// Where one quote piece opens in its paragraph: the run's quote and the piece's index in it.
struct PieceOpen {
  size_t at;
  int quote;
  size_t piece;
};

// The quote pieces of each paragraph of a run, in story order: looked up once per run, not once
// per sentence (a story with many quotes in one long block was quadratic).
std::vector<std::vector<PieceOpen>> PiecesByParagraph(const std::vector<QuoteSpan>& quotes,
                                                      size_t paragraphs) {
  std::vector<std::vector<PieceOpen>> by(paragraphs);
  for (size_t q = 0; q < quotes.size(); ++q) {
    for (size_t k = 0; k < quotes[q].pieces.size(); ++k) {
      const QuotePiece& piece = quotes[q].pieces[k];
      if (piece.paragraph < paragraphs) {
        by[piece.paragraph].push_back({piece.open, static_cast<int>(q), k});
      }
    }
  }
  return by;
}

std::string Masked(std::string_view text, const std::vector<QuoteSpan>& quotes,
                   const std::vector<PieceOpen>& pieces) {
  std::string masked(text);
  for (const PieceOpen& o : pieces) {
    const QuotePiece& piece = quotes[o.quote].pieces[o.piece];
    size_t keep = piece.end;
    while (keep > piece.begin && (IsTerminalMark(text[keep - 1]) || IsSpace(text[keep - 1]))) {
      --keep;
    }
    // The first letter keeps its case: a quote that opens with a capital may open a sentence.
    for (size_t i = piece.begin; i < keep; ++i) masked[i] = 'x';
    if (keep > piece.begin && !IsAsciiLower(text[piece.begin])) masked[piece.begin] = 'X';
  }
  return masked;
}

bool IsWordByte(char c) {
  return IsAsciiAlpha(c) || IsAsciiDigit(c) || (static_cast<unsigned char>(c) >= 0x80);
}

// A byte that starts a word: a letter or digit, or the first byte of a non-ASCII letter.
bool StartsWord(std::string_view text, size_t i) {
  const char c = text[i];
  if (IsAsciiAlpha(c) || IsAsciiDigit(c)) return true;
  if (static_cast<unsigned char>(c) < 0x80) return false;
  size_t j = i;
  return IsLetter(DecodeCodePoint(text, j));
}

// The end of the word starting at i: letters and digits, with apostrophes, hyphens and inner
// periods ("U.S.", "p.m.") between them.
size_t WordEnd(std::string_view text, size_t i) {
  const size_t n = text.size();
  while (i < n) {
    const char c = text[i];
    if (IsAsciiAlpha(c) || IsAsciiDigit(c)) {
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {
      size_t j = i;
      const uint32_t cp = DecodeCodePoint(text, j);
      if (IsLetter(cp)) {
        i = j;
        continue;
      }
      if (cp == 0x2019 && j < n && StartsWord(text, j)) {  // ’ inside a word
        i = j;
        continue;
      }
      break;
    }
    if ((c == '\'' || c == '-' || c == '.' || c == '&') && i + 1 < n && IsWordByte(text[i + 1]) &&
        StartsWord(text, i + 1)) {
      ++i;
      continue;
    }
    break;
  }
  return i;
}

}  // namespace

bool IsWord(const Token& t) { return t.kind == TokenKind::kWord; }
bool IsWord(const Token& t, std::string_view word) {
  return t.kind == TokenKind::kWord && EqualsIgnoreCase(t.text, word);
}
bool IsPunct(const Token& t, std::string_view mark) {
  return t.kind == TokenKind::kPunct && t.text == mark;
}
bool IsCapitalized(const Token& t) { return t.kind == TokenKind::kWord && StartsUpper(t.text); }
bool IsQuote(const Token& t) { return t.kind == TokenKind::kQuote; }

namespace {

// The words, punctuation and quotes of text[begin, end), given the run's quote pieces that
// open there, in story order.
std::vector<Token> Tokenize(std::string_view text, size_t begin, size_t end,
                            const std::vector<QuoteSpan>& quotes,
                            const std::vector<PieceOpen>& opens) {
  std::vector<Token> tokens;
  size_t next_open = 0;
  size_t i = begin;
  while (i < end) {
    if (next_open < opens.size() && opens[next_open].at == i) {
      const PieceOpen& o = opens[next_open++];
      const QuotePiece& piece = quotes[o.quote].pieces[o.piece];
      Token t;
      t.kind = TokenKind::kQuote;
      t.begin = i;
      t.end = piece.close;
      t.text = text.substr(t.begin, t.end - t.begin);
      t.quote = o.quote;
      t.piece = o.piece;
      t.last = LastMark(text, piece);
      tokens.push_back(t);
      i = piece.close > i ? piece.close : i + 1;
      continue;
    }
    if (IsSpace(text[i])) {
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    if (StartsWord(text, i)) {
      size_t e = WordEnd(text, i);
      // A full stop belongs to an abbreviation or an initial; otherwise it is punctuation.
      if (e < text.size() && text[e] == '.' && IsAbbreviation(text.substr(i, e + 1 - i))) ++e;
      if (e > end) e = end;
      t.end = e;
    } else {
      size_t j = i;
      DecodeCodePoint(text, j);
      t.kind = TokenKind::kPunct;
      t.end = j > end ? end : j;
    }
    t.text = text.substr(t.begin, t.end - t.begin);
    tokens.push_back(t);
    i = t.end;
  }
  return tokens;
}

// The pieces of `paragraph_pieces` that open in [begin, end); `cursor` moves forward only, as
// sentences come in order.
std::vector<PieceOpen> OpensWithin(const std::vector<PieceOpen>& paragraph_pieces, size_t begin,
                                   size_t end, size_t* cursor) {
  while (*cursor < paragraph_pieces.size() && paragraph_pieces[*cursor].at < begin) ++*cursor;
  std::vector<PieceOpen> opens;
  for (size_t k = *cursor; k < paragraph_pieces.size() && paragraph_pieces[k].at < end; ++k) {
    opens.push_back(paragraph_pieces[k]);
  }
  return opens;
}

}  // namespace

std::vector<ProseRun> ReadProseRuns(const std::vector<Quote>& quotes) {
  std::vector<ProseRun> runs;
  for (size_t b = 0; b < quotes.size(); ++b) {
    const Quote& quote = quotes[b];
    const bool turn = quote.kind == QuoteKind::kTurn;
    if (turn || b == 0 || quotes[b - 1].kind == QuoteKind::kTurn) {
      runs.emplace_back();
      runs.back().turn = turn;
      runs.back().turn_speaker = turn ? quote.speaker : -1;
    }
    AddParagraphs(static_cast<int>(b), quote.text, &runs.back().paragraphs);
  }
  for (ProseRun& run : runs) {
    std::vector<std::string_view> texts;
    for (const ProseParagraph& p : run.paragraphs) texts.push_back(p.text);
    run.quotes = FindQuoteSpans(texts);
    run.piece_at.resize(run.quotes.size());
    for (size_t q = 0; q < run.quotes.size(); ++q)
      run.piece_at[q].resize(run.quotes[q].pieces.size());
    const std::vector<std::vector<PieceOpen>> pieces = PiecesByParagraph(run.quotes, texts.size());
    for (size_t p = 0; p < texts.size(); ++p) {
      const std::string masked = Masked(texts[p], run.quotes, pieces[p]);
      size_t cursor = 0;
      for (const TextSpan& span : SentenceSpans(masked)) {
        Sentence s;
        s.paragraph = p;
        s.begin = span.begin;
        s.end = span.end;
        s.tokens = Tokenize(texts[p], span.begin, span.end, run.quotes,
                            OpensWithin(pieces[p], span.begin, span.end, &cursor));
        if (s.tokens.empty()) continue;
        for (size_t k = 0; k < s.tokens.size(); ++k) {
          const Token& t = s.tokens[k];
          if (IsQuote(t)) run.piece_at[t.quote][t.piece] = {run.sentences.size(), k};
        }
        run.sentences.push_back(std::move(s));
      }
    }
  }
  return runs;
}

}  // namespace newsarchive
