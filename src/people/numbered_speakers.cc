#include "people/numbered_speakers.h"

#include <unordered_map>

#include "base/text_util.h"
#include "people/names.h"
#include "people/text_roles.h"

namespace newsarchive {

bool IsNumberedSpeakerName(std::string_view name) {
  const std::vector<std::string_view> words = SplitWords(name);
  if (words.size() != 2 || !EqualsIgnoreCase(words[0], "speaker")) return false;
  const std::string_view n = words[1];
  if (n.size() == 1 && IsAsciiAlpha(n[0])) return true;
  if (n.empty() || n.size() > 3) return false;
  for (char c : n) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

std::string SelfIntroduction(std::string_view turn) {
  std::string name = SelfIntroducedName(turn);
  if (name.empty()) {
    // "My name is Marisol Peake": read as "I'm Marisol Peake" would be.
    for (std::string_view opener : {std::string_view("My name is "), std::string_view("my name is "),
                                     std::string_view("My name's "), std::string_view("my name's ")}) {
      const size_t at = turn.find(opener);
      if (at == std::string_view::npos || at > 200) continue;
      const std::string rewritten =
          std::string(turn.substr(0, at)) + "I'm " + std::string(turn.substr(at + opener.size()));
      name = SelfIntroducedName(rewritten);
      if (!name.empty()) break;
    }
  }
  return SplitWords(name).size() >= 2 ? name : "";
}

void NameNumberedSpeakers(const std::vector<int>& turn_speaker,
                          const std::vector<std::string_view>& turn_text,
                          std::vector<Speaker>* speakers) {
  std::unordered_map<int, std::string> claimed;  // numbered speaker -> the name they give
  std::unordered_map<int, int> turns_seen;
  for (size_t t = 0; t < turn_speaker.size() && t < turn_text.size(); ++t) {
    const int who = turn_speaker[t];
    if (who < 0 || static_cast<size_t>(who) >= speakers->size()) continue;
    const Speaker& s = (*speakers)[who];
    if (!s.unidentified || !IsNumberedSpeakerName(s.name) || claimed.count(who) != 0) continue;
    if (++turns_seen[who] > 2) continue;
    std::string name = SelfIntroduction(turn_text[t]);
    if (!name.empty()) claimed[who] = std::move(name);
  }
  std::unordered_map<std::string, int> claims;  // folded name -> how many claim it or have it
  for (const auto& [who, name] : claimed) ++claims[FoldedName(name)];
  for (const Speaker& s : *speakers) {
    if (!s.unidentified) ++claims[FoldedName(s.name)];
  }
  for (const auto& [who, name] : claimed) {
    if (claims[FoldedName(name)] != 1) continue;
    Speaker& s = (*speakers)[who];
    s.name = name;
    s.unidentified = false;
  }
}

void NameNumberedSpeakers(Article* article) {
  std::vector<int> turn_speaker;
  std::vector<std::string_view> turn_text;
  for (const Quote& q : article->quotes) {
    if (q.kind != QuoteKind::kTurn || q.speaker < 0) continue;
    turn_speaker.push_back(q.speaker);
    turn_text.push_back(q.text);
  }
  NameNumberedSpeakers(turn_speaker, turn_text, &article->speakers);
}

}  // namespace newsarchive
