// Helpers for the attribution stage's tests: a story made of paragraphs no one is credited with
// (as an article's body) or of turns, and ways to read what AttributeProse found.
#ifndef NEWSARCHIVE_TESTS_ATTRIBUTE_PROSE_TEST_UTIL_H_
#define NEWSARCHIVE_TESTS_ATTRIBUTE_PROSE_TEST_UTIL_H_

#include <string>
#include <vector>

#include "attribute/prose_attribution.h"
#include "attribute/prose_text.h"
#include "model/article.h"

namespace newsarchive {
namespace testing_util {

// One unattributed block holding `paragraphs` joined as the parser joins them.
inline Article ArticleOf(const std::vector<std::string>& paragraphs) {
  Article article;
  Quote block;
  block.kind = QuoteKind::kUnattributed;
  for (const std::string& p : paragraphs) {
    if (!block.text.empty()) block.text += "\n\n";
    block.text += p;
  }
  article.quotes.push_back(block);
  return article;
}

// The speaker's name of a prose quote, "(source)" for an unnamed one, "" for no one.
inline std::string WhoSaid(const Article& a, const Quote& q) {
  if (q.speaker >= 0) return a.speakers[q.speaker].name;
  return q.source.empty() ? "" : "(" + q.source + ")";
}

// "direct Denise Harlow: text" for every prose quote, in order.
inline std::vector<std::string> Found(const Article& a) {
  std::vector<std::string> out;
  for (const Quote& q : a.prose_quotes) {
    out.push_back(std::string(QuoteKindName(q.kind)) + " " + WhoSaid(a, q) + ": " + q.text);
  }
  return out;
}

// AttributeProse on a story of paragraphs, then Found.
inline std::vector<std::string> Attribute(const std::vector<std::string>& paragraphs) {
  Article a = ArticleOf(paragraphs);
  AttributeProse(&a);
  return Found(a);
}

// One paragraph read as the stage reads it; the runs' views point into `quotes`, so it is
// neither copied nor moved.
struct ReadText {
  explicit ReadText(const std::string& text) : quotes(1) {
    quotes[0].kind = QuoteKind::kUnattributed;
    quotes[0].text = text;
    runs = ReadProseRuns(quotes);
  }
  ReadText(const ReadText&) = delete;
  ReadText& operator=(const ReadText&) = delete;
  const std::vector<Token>& tokens(size_t sentence = 0) const {
    return runs.at(0).sentences.at(sentence).tokens;
  }
  // Index of the first token whose text is `word` (or of the first quote for "<Q>").
  size_t At(const std::string& word, size_t sentence = 0) const {
    const std::vector<Token>& t = tokens(sentence);
    for (size_t k = 0; k < t.size(); ++k) {
      if ((word == "<Q>" && t[k].kind == TokenKind::kQuote) || t[k].text == word) return k;
    }
    return t.size();
  }
  std::vector<Quote> quotes;
  std::vector<ProseRun> runs;
};

}  // namespace testing_util
}  // namespace newsarchive

#endif  // NEWSARCHIVE_TESTS_ATTRIBUTE_PROSE_TEST_UTIL_H_
