// The words of a claim or of a quote as verify compares them: case, accents, punctuation and quote
// marks set aside, numbers written as words read as digits, each word keeping where it stands in
// the text so that the matching span can be cut from the real words.
#ifndef NEWSARCHIVE_QUERY_CLAIM_WORDS_H_
#define NEWSARCHIVE_QUERY_CLAIM_WORDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsarchive {

struct ClaimWord {
  std::string key;   // folded: lowercase ASCII, accents off, apostrophes straight ("we're")
  std::string stem;  // key without a plural or tense ending: "sanctions" -> "sanction"
  size_t begin = 0;  // bytes [begin, end) of the text the word was read from
  size_t end = 0;
  double weight = 1;  // what the word counts for in a score: less for "the", "of", "is"
};

// The words of `text` in order. A run of number words is one word holding its value ("twenty
// five" -> "25", "three hundred" -> "300"); digits lose their thousands separators ("1,000" ->
// "1000"); "%" reads as "percent"; a hyphen or a dash separates words.
std::vector<ClaimWord> SplitClaimWords(std::string_view text);

// True for the short function words that carry little of a claim's meaning.
bool IsFunctionWord(std::string_view key);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_QUERY_CLAIM_WORDS_H_
