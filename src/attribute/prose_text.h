// The story's text as attribution reads it. Article::quotes is cut into runs read as one: a
// turn, or consecutive blocks no one is credited with (an article's body); a run is cut into
// paragraphs, its quotes found (quote_spans.h), and each paragraph into sentences read with
// every quote folded into one token, so that "'A,' she said, 'B.'" is one sentence of three
// parts and the full stops inside quoted words end no sentence. Words, punctuation and quotes
// carry byte offsets into their paragraph.
#ifndef NEWSARCHIVE_ATTRIBUTE_PROSE_TEXT_H_
#define NEWSARCHIVE_ATTRIBUTE_PROSE_TEXT_H_

#include <string_view>
#include <vector>

#include "attribute/quote_spans.h"
#include "model/article.h"

namespace newsarchive {

enum class TokenKind { kWord, kPunct, kQuote };

struct Token {
  TokenKind kind = TokenKind::kWord;
  size_t begin = 0;  // [begin, end) in the paragraph; a quote's from its opening mark to past
  size_t end = 0;    // its closing mark
  // As printed. A word keeps a full stop only when it is an abbreviation or an initial ("Gov.",
  // "U.S.", "W."); "Harlow's" keeps its possessive. Punctuation is one character.
  std::string_view text;
  int quote = -1;    // kQuote: index into ProseRun::quotes
  size_t piece = 0;  // kQuote: index into that quote's pieces
  char last = 0;     // kQuote: the punctuation its words end with (',', '.', '?', '!', ':') or 0
};

struct Sentence {
  size_t paragraph = 0;  // index into ProseRun::paragraphs
  size_t begin = 0;      // [begin, end) in the paragraph's text
  size_t end = 0;
  std::vector<Token> tokens;
};

struct ProseParagraph {
  int block = -1;     // index into Article::quotes
  size_t offset = 0;  // where the paragraph starts in that block's text
  std::string_view text;
};

// Where a quote piece stands among the sentences of its run.
struct TokenRef {
  size_t sentence = 0;
  size_t token = 0;
};

struct ProseRun {
  bool turn = false;      // one speaker turn; else blocks no one is credited with
  int turn_speaker = -1;  // the speaker whose turn this is (index into Article::speakers)
  std::vector<ProseParagraph> paragraphs;
  std::vector<QuoteSpan> quotes;
  std::vector<Sentence> sentences;              // in story order
  std::vector<std::vector<TokenRef>> piece_at;  // [quote][piece]
};

// The runs of `quotes` (Article::quotes), in story order. The views point into `quotes`, which
// must outlive the runs and not change.
std::vector<ProseRun> ReadProseRuns(const std::vector<Quote>& quotes);

// Helpers on tokens.
bool IsWord(const Token& t);
bool IsWord(const Token& t, std::string_view word);  // any case
bool IsPunct(const Token& t, std::string_view mark);
bool IsCapitalized(const Token& t);  // a word whose first letter is a capital
bool IsQuote(const Token& t);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_ATTRIBUTE_PROSE_TEXT_H_
