// What a story's running text says about the names in its labels: how a word is really spelled
// ("McConnell" where the label prints "MCCONNELL"), which full names end in a label's surname
// ("NPR's Ayesha Rascoe" for "RASCOE:"), and where each such name is mentioned, so roles can be
// read around it. One pass over the text; only capitalized words are looked at.
#ifndef NEWSARCHIVE_PEOPLE_NAME_MENTIONS_H_
#define NEWSARCHIVE_PEOPLE_NAME_MENTIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newsarchive {

// A capitalized run of words in the text that ends in a wanted surname: "Fred Fleitz".
struct NameMention {
  size_t text = 0;   // index of the text piece
  size_t begin = 0;  // byte offsets of the run in that piece
  size_t end = 0;
  std::string name;  // the run as printed, title words before it left out: "Donald Trump"
};

class NameMentions {
 public:
  // Scans `texts` for the words whose NameKey is in `wanted` (folded label words). The texts
  // must outlive nothing: everything kept is copied.
  NameMentions(const std::vector<std::string_view>& texts,
               const std::unordered_set<std::string>& wanted);

  // How `word` (any case) is spelled in running text when it starts with a capital and is not
  // all capitals; "" when the text never spells it so.
  std::string Spelling(std::string_view word) const;

  // The full name (two or more words) ending in `surname` that the text uses most often, whose
  // first word starts with `initial` unless it is 0; "" when there is none.
  std::string FullNameEndingWith(std::string_view surname, char initial) const;

  const std::vector<NameMention>& mentions() const { return mentions_; }

 private:
  void Scan(size_t index, std::string_view text, const std::unordered_set<std::string>& wanted);

  // Cheap test before a word is folded and looked up: for each first letter, the lengths of
  // the wanted words (bit n set for length n; all bits for words of several parts).
  uint64_t lengths_[26] = {};
  std::unordered_map<std::string, std::string> spellings_;  // NameKey -> spelling
  std::vector<NameMention> mentions_;
  // NameKey of the last word -> indexes of the mentions of two or more words ending in it.
  std::unordered_map<std::string, std::vector<size_t>> full_by_last_;
};

// "Rascoe's" -> "Rascoe", "NPR’s" -> "NPR"; other words unchanged.
std::string_view WithoutPossessive(std::string_view word);

// Words that stand before names without being part of them: titles ("President", "Sen."),
// articles and other capitalized words that open sentences.
bool IsWordBeforeName(std::string_view word);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PEOPLE_NAME_MENTIONS_H_
