#include "core/name_mentions.h"

#include <map>

#include "core/name_key.h"
#include "core/names.h"
#include "core/text_util.h"

namespace newsarchive {
namespace {

constexpr size_t kMaxMentions = 20000;
constexpr size_t kMaxWordsBeforeSurname = 2;

const char* const kWordsBeforeNames[] = {
    "president", "pres",    "sen",       "senator",   "rep",       "representative", "gov",
    "governor",  "mr",      "ms",        "mrs",       "dr",        "secretary", "general",
    "gen",       "judge",   "justice",   "mayor",     "prime",     "minister",  "leader",
    "supreme",   "vice",    "first",     "lady",      "former",    "the",       "a",
    "an",        "and",     "but",       "so",        "then",      "when",      "if",
    "as",        "at",      "in",        "on",        "of",        "for",       "with",
    "by",        "from",    "to",        "says",      "said",      "meanwhile", "reporter",
    "correspondent", "host", "chief",    "officer",   "director",  "professor", "prof",
    "king",      "queen",   "prince",    "pope",      "rev",       "reverend",  "ambassador",
    "chancellor", "speaker", "house",    "senate",    "state",     "white",     "north",
    "south",     "east",    "west",      "new",       "korean",    "american",  "democrat",
    "republican", "democratic", "candidate", "congressman", "congresswoman", "attorney",
    "commissioner", "chairman", "chairwoman", "analyst", "editor",  "anchor",    "sir",
    "dear",      "thanks",  "thank",     "hi",        "hello",     "yes",       "no",
    "well",      "oh",      "okay",      "ok",        "now",       "today",     "here",
    "there",     "this",    "that",      "it",        "i",         "we",        "you",
    "he",        "she",     "they",      "my",        "our",       "his",       "her",
    "their",     "sgt",     "capt",      "col",       "lt",        "adm",       "maj",
    "mister",    "miss",    "madam",     "councilman", "councilwoman", "sheriff", "detective",
    "lieutenant", "captain", "colonel",  "sergeant",  "admiral",   "major",     "officer",
    "after",     "before",  "while",     "because",   "although",  "where",     "what",
    "who",       "why",     "how",       "which",     "also",      "even",      "just",
    "only",      "like",    "unlike",    "according", "ask",       "asked",     "tell",
    nullptr,
};

bool IsWordChar(uint32_t cp) { return IsLetter(cp); }

// "Rascoe's" -> "Rascoe".
std::string_view WithoutPossessive(std::string_view w) {
  if (w.size() > 2 && (EndsWithIgnoreCase(w, "'s"))) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.compare(w.size() - 4, 4, "\u2019s") == 0) return w.substr(0, w.size() - 4);
  return w;
}

bool IsPossessive(std::string_view w) { return WithoutPossessive(w).size() != w.size(); }

bool HasInnerCapital(std::string_view w) {
  size_t i = 0;
  DecodeCodePoint(w, i);
  while (i < w.size()) {
    if (IsUpperLetter(DecodeCodePoint(w, i))) return true;
  }
  return false;
}

}  // namespace

bool IsWordBeforeName(std::string_view word) {
  if (IsPossessive(word)) return true;
  std::string lower = AsciiLowerCopy(word);
  while (!lower.empty() && lower.back() == '.') lower.pop_back();
  for (const char* const* p = kWordsBeforeNames; *p; ++p) {
    if (lower == *p) return true;
  }
  return false;
}

NameMentions::NameMentions(const std::vector<std::string_view>& texts,
                           const std::unordered_set<std::string>& wanted) {
  if (wanted.empty()) return;
  for (size_t t = 0; t < texts.size(); ++t) Scan(t, texts[t], wanted);
}

void NameMentions::Scan(size_t index, std::string_view text,
                        const std::unordered_set<std::string>& wanted) {
  struct Word {
    size_t begin;
    size_t end;
  };
  Word run[kMaxWordsBeforeSurname];
  size_t run_size = 0;
  size_t last_end = std::string_view::npos;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && !IsAsciiAlpha(static_cast<char>(c))) {
      ++i;
      continue;
    }
    const size_t begin = i;
    const uint32_t first = DecodeCodePoint(text, i);
    if (!IsWordChar(first)) continue;
    // The word: letters, with apostrophes and hyphens inside; a single letter may take a period.
    while (i < n) {
      size_t j = i;
      const uint32_t cp = DecodeCodePoint(text, j);
      if (IsWordChar(cp)) {
        i = j;
      } else if ((cp == '\'' || cp == 0x2019 || cp == '-') && j < n) {
        size_t k = j;
        if (!IsWordChar(DecodeCodePoint(text, k))) break;
        i = k;
      } else {
        break;
      }
    }
    if (i - begin == 1 && i < n && text[i] == '.') ++i;
    const size_t end = i;
    const bool adjacent = last_end != std::string_view::npos && begin == last_end + 1 &&
                          text[last_end] == ' ';
    last_end = end;
    if (!IsUpperLetter(first)) {
      run_size = 0;
      continue;
    }
    if (!adjacent) run_size = 0;
    std::string_view word = WithoutPossessive(text.substr(begin, end - begin));
    const std::string key = NameKey(word);
    if (wanted.count(key) != 0) {
      if (HasLowercase(word)) {
        auto it = spellings_.find(key);
        if (it == spellings_.end()) {
          spellings_.emplace(key, std::string(word));
        } else if (!HasInnerCapital(it->second) && HasInnerCapital(word)) {
          it->second = std::string(word);
        }
      }
      if (mentions_.size() < kMaxMentions) {
        size_t from = run_size;
        while (from > 0 && !IsWordBeforeName(text.substr(run[from - 1].begin,
                                                          run[from - 1].end - run[from - 1].begin))) {
          --from;
        }
        const size_t name_begin = from < run_size ? run[from].begin : begin;
        const size_t name_end = begin + word.size();
        mentions_.push_back(
            {index, name_begin, name_end, std::string(text.substr(name_begin, name_end - name_begin))});
      }
    }
    if (IsPossessive(text.substr(begin, end - begin))) {
      run_size = 0;  // "NPR's Ayesha Rascoe": a possessive ends what came before
      continue;
    }
    if (run_size == kMaxWordsBeforeSurname) {
      run[0] = run[1];
      run_size = 1;
    }
    run[run_size++] = {begin, end};
  }
}

std::string NameMentions::Spelling(std::string_view word) const {
  auto it = spellings_.find(NameKey(word));
  return it == spellings_.end() ? "" : it->second;
}

std::string NameMentions::FullNameEndingWith(std::string_view surname, char initial) const {
  const std::string key = NameKey(surname);
  std::map<std::string, std::pair<int, size_t>> counts;  // name -> (count, first seen)
  for (size_t k = 0; k < mentions_.size(); ++k) {
    const NameMention& m = mentions_[k];
    if (m.name.find(' ') == std::string::npos) continue;
    const std::vector<std::string_view> words = SplitWords(m.name);
    if (NameKey(words.back()) != key) continue;
    if (initial != 0 && AsciiLower(words[0][0]) != AsciiLower(initial)) continue;
    auto [it, inserted] = counts.emplace(m.name, std::make_pair(0, k));
    ++it->second.first;
  }
  std::string best;
  std::pair<int, size_t> best_score{0, 0};
  for (const auto& [name, score] : counts) {
    if (score.first > best_score.first ||
        (score.first == best_score.first && score.second < best_score.second)) {
      best = name;
      best_score = score;
    }
  }
  return best;
}

}  // namespace newsarchive
