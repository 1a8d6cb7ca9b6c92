#include "attribute/quote_spans.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsarchive {
namespace {

// Each quote as its pieces' words joined by " / ", a trailing "+" on a piece that goes on.
std::vector<std::string> Quotes(const std::vector<std::string>& paragraphs) {
  std::vector<std::string_view> views(paragraphs.begin(), paragraphs.end());
  std::vector<std::string> out;
  for (const QuoteSpan& span : FindQuoteSpans(views)) {
    std::string q;
    for (const QuotePiece& p : span.pieces) {
      if (!q.empty()) q += " / ";
      q += paragraphs[p.paragraph].substr(p.begin, p.end - p.begin);
      if (!p.closed) q += "+";
    }
    out.push_back(q);
  }
  return out;
}

TEST(QuoteSpans, FindsStraightAndCurlyQuotes) {
  struct Case {
    std::vector<std::string> paragraphs;
    std::vector<std::string> quotes;
  } cases[] = {
      {{"\"A,\" she said, \"B.\""}, {"A,", "B."}},
      {{"\u201CWe are ready,\u201D Vance said."}, {"We are ready,"}},
      {{"He said \u201Cno\u201D and \u201Cnever.\u201D"}, {"no", "never."}},
      {{"\u201EJa,\u201C sagte er."}, {"Ja,"}},
      {{"\u00ABOui\u00BB, dit-il."}, {"Oui"}},
      // A quote within a quote stays inside the outer one.
      {{"\"He told me 'no way,'\" she said."}, {"He told me 'no way,'"}},
      {{"\u201CShe said \u2018stop\u2019 twice,\u201D he said."},
       {"She said \u2018stop\u2019 twice,"}},
      // An inch mark after a digit opens nothing.
      {{"He is 6'2\" tall and said \"hi.\""}, {"hi."}},
      {{"No quotes here."}, {}},
      {{"\"\" empty"}, {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Quotes(c.paragraphs), c.quotes) << c.paragraphs[0];
}

TEST(QuoteSpans, AQuoteRunsOverParagraphsWhenTheNextOpensWithAMark) {
  EXPECT_EQ(
      Quotes({"\"I paid every bill. I ask no favor.", "\"I ask you to remember,\" he said."}),
      (std::vector<std::string>{"I paid every bill. I ask no favor.+ / I ask you to remember,"}));
  EXPECT_EQ(Quotes({"\u201CFirst part.", "\u201CSecond part.", "\u201CThird,\u201D she said."}),
            (std::vector<std::string>{"First part.+ / Second part.+ / Third,"}));
  // No mark at the next paragraph's start: the quote ends with its paragraph, unclosed.
  EXPECT_EQ(Quotes({"\"Never closed", "Plain text after."}),
            (std::vector<std::string>{"Never closed+"}));
}

TEST(QuoteSpans, AnOpeningMarkInsideAnOpenQuoteStartsANewOne) {
  EXPECT_EQ(Quotes({"\u201CLost close. \u201CNew one,\u201D she said."}),
            (std::vector<std::string>{"Lost close.+", "New one,"}));
}

}  // namespace
}  // namespace newsarchive
