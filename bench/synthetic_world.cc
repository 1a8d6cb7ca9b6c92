// How the world is made: words and names are strings of generated syllables (never text taken from
// anywhere), ranked so that short words are frequent; people get a kind, an outlet or a title and
// an affiliation; every list a transcript draws from has a Zipf sampler so a few names, words and
// places recur a lot and most are rare, as in a real archive.
#include "bench/synthetic_world.h"

#include <cmath>
#include <cstring>
#include <unordered_set>
#include <utility>

namespace newsarchive {
namespace {

constexpr int kVocabularySize = 40000;
constexpr int kPhraseCount = 300;
constexpr int kPlaceCount = 220;
constexpr int kReporters = 260;
constexpr int kCnnCorrespondents = 70;
constexpr int kPbsCorrespondents = 30;
constexpr int kNewsmakers = 700;
constexpr int kGuests = 2400;

// The commonest English function words: they make the generated speech read like speech and give
// the frequency curve its real head. (Single common words: facts about English, not anyone's text.)
const char* const kFunctionWords[] = {
    "the",  "of",   "and",  "to",    "a",     "in",    "that",  "is",   "it",    "for",  "was",
    "on",   "he",   "with", "as",    "i",     "his",   "they",  "be",   "at",    "have", "this",
    "from", "or",   "had",  "by",    "not",   "but",   "what",  "some", "we",    "can",  "out",
    "were", "all",  "there", "when", "up",    "your",  "how",   "said", "an",    "each", "she",
    "which", "do",  "their", "if",   "will",  "about", "many",  "then", "them",  "would", "so",
    "these", "her", "more", "could", "go",    "did",   "my",    "no",   "who",   "know", "than",
    "now",  "been", "you",  "just",  "think", "people", "very", "there's", "it's", "don't"};

// No 'q', 'x' or 'z' anywhere in generated words and names: the corpus's rare phrase uses them, so
// it can never occur by chance.
const char* const kOnsets[] = {"",   "b",  "br", "c",  "ch", "d",  "dr", "f",  "fl", "g",  "gr",
                               "h",  "j",  "k",  "l",  "m",  "n",  "p",  "pl", "pr", "r",  "s",
                               "sh", "sl", "st", "t",  "th", "tr", "v",  "w",  "cl", "sp", "bl"};
const char* const kVowels[] = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "ou", "io", "ee"};
const char* const kCodas[] = {"", "", "", "", "", "", "n", "r", "s", "l", "t", "m", "nd", "st",
                              "ng", "rt", "nt", "ck"};
const char* const kFemaleEndings[] = {"a", "ie", "elle", "ine", "ia", "ette", "a", "een"};
const char* const kMaleEndings[] = {"o", "an", "el", "us", "er", "on", "im", "en"};
const char* const kSurnameEndings[] = {"son", "er", "ez", "ski", "ley", "ton", "man", "berg",
                                       "ard", "ino", "well", "ford", "ing", "ova", "and", ""};

template <size_t N>
const char* PickFrom(Rng& rng, const char* const (&list)[N]) {
  return list[rng.Below(N)];
}

std::string Syllable(Rng& rng) {
  std::string s = PickFrom(rng, kOnsets);
  s += PickFrom(rng, kVowels);
  s += PickFrom(rng, kCodas);
  return s;
}

std::string Capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// One accented vowel now and then ("Dastrín"), so labels and names exercise UTF-8 casing.
void MaybeAccent(Rng& rng, std::string* name) {
  if (!rng.Chance(0.03)) return;
  static const char* const kFrom = "aeiou";
  static const char* const kTo[] = {"\xC3\xA1", "\xC3\xA9", "\xC3\xAD", "\xC3\xB3", "\xC3\xBA"};
  for (size_t i = name->size(); i-- > 1;) {
    const char* hit = std::strchr(kFrom, (*name)[i]);
    if (hit != nullptr && *hit != '\0') {
      name->replace(i, 1, kTo[hit - kFrom]);
      return;
    }
  }
}

std::string FirstName(Rng& rng, bool female) {
  std::string s = Syllable(rng);
  if (rng.Chance(0.25)) s += Syllable(rng);
  s += female ? PickFrom(rng, kFemaleEndings) : PickFrom(rng, kMaleEndings);
  s = Capitalized(s);
  MaybeAccent(rng, &s);
  return s;
}

std::string Surname(Rng& rng) {
  std::string s = Syllable(rng);
  s += rng.Chance(0.4) ? Syllable(rng) : std::string(PickFrom(rng, kSurnameEndings));
  if (s.size() < 4) s += "ley";
  uint32_t shape = rng.Below(100);
  if (shape < 4) return "Mc" + Capitalized(s);
  if (shape < 7) return "O'" + Capitalized(s);
  if (shape < 10) return Capitalized(s) + "-" + Capitalized(Syllable(rng) + "ton");
  s = Capitalized(s);
  MaybeAccent(rng, &s);
  return s;
}

// Letters only, lowercase, accents dropped: two names with the same key would be one person.
std::string FoldKey(const std::string& s) {
  std::string key;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC3 && i + 1 < s.size()) {
      key += "aaaaaaaceeeeiiiidnooooo/ouuuuyty"[(static_cast<unsigned char>(s[++i]) & 0x1F)];
    } else if (c >= 'A' && c <= 'Z') {
      key += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || c == ' ') {
      key += static_cast<char>(c);
    }
  }
  return key;
}

struct TitleShape {
  const char* title;
  const char* label;  // short label form, "" when the full title is always printed
  int count;
  bool foreign;
};
const TitleShape kNewsmakerTitles[] = {
    {"President", "", 3, false},          {"Vice President", "", 3, false},
    {"Senator", "SEN.", 120, false},      {"Representative", "REP.", 180, false},
    {"Governor", "GOV.", 60, false},      {"Mayor", "", 80, false},
    {"Secretary of State", "SECRETARY", 8, false},
    {"Defense Secretary", "SECRETARY", 8, false},
    {"Treasury Secretary", "SECRETARY", 8, false},
    {"Prime Minister", "", 30, true},     {"Foreign Minister", "", 40, true},
    {"General", "GEN.", 25, false},       {"Attorney General", "", 6, false},
    {"Police Chief", "CHIEF", 40, false}, {"Supreme Leader", "", 2, true},
};

const char* const kGuestTitles[] = {
    "Professor of Economics", "Senior Fellow",  "Director",       "Economist",
    "Author",                 "Historian",      "Attorney",       "Research Scientist",
    "Policy Analyst",         "Spokeswoman",    "Spokesman",      "Executive Director",
    "Professor of History",   "Physician",      "Former Ambassador", "Pollster",
    "Union Organizer",        "Farmer",         "Teacher",        "Chief Economist"};
const char* const kBeats[] = {"White House", "science", "national security", "political",
                              "economics",   "health",  "education",         "international",
                              "climate",     "justice", "arts",              "business"};

struct ProgramShape {
  const char* name;
  Outlet outlet;
  int hosts;
};
const ProgramShape kPrograms[] = {
    {"Morning Edition", Outlet::kNpr, 3},         {"All Things Considered", Outlet::kNpr, 3},
    {"Weekend Edition Saturday", Outlet::kNpr, 1}, {"Weekend Edition Sunday", Outlet::kNpr, 1},
    {"Fresh Air", Outlet::kNpr, 2},               {"Talk of the Nation", Outlet::kNpr, 1},
    {"Here & Now", Outlet::kNpr, 2},              {"CNN Newsroom", Outlet::kCnn, 4},
    {"CNN Live Today", Outlet::kCnn, 2},          {"Late Edition", Outlet::kCnn, 1},
    {"PBS NewsHour", Outlet::kPbs, 3},
};

}  // namespace

uint64_t MixSeed(uint64_t a, uint64_t b) {
  Rng rng(a * 0xd1342543de82ef95ULL + b);
  rng.Next();
  return rng.Next() ^ (b * 0x9e3779b97f4a7c15ULL);
}

ZipfSampler::ZipfSampler(uint32_t n, double s, double q) : cells_(n), probability_(n) {
  double total = 0;
  for (uint32_t i = 0; i < n; ++i) {
    probability_[i] = 1.0 / std::pow(i + 1 + q, s);
    total += probability_[i];
  }
  std::vector<double> scaled(n);
  std::vector<uint32_t> small, large;
  for (uint32_t i = 0; i < n; ++i) {
    probability_[i] /= total;
    scaled[i] = probability_[i] * n;
    (scaled[i] < 1.0 ? small : large).push_back(i);
  }
  while (!small.empty() && !large.empty()) {
    uint32_t lo = small.back(), hi = large.back();
    small.pop_back();
    cells_[lo] = {static_cast<uint32_t>(scaled[lo] * 4294967295.0), hi};
    scaled[hi] -= 1.0 - scaled[lo];
    if (scaled[hi] < 1.0) {
      large.pop_back();
      small.push_back(hi);
    }
  }
  for (uint32_t i : large) cells_[i] = {0xFFFFFFFFu, i};
  for (uint32_t i : small) cells_[i] = {0xFFFFFFFFu, i};  // rounding leftovers
}

uint32_t ZipfSampler::Draw(Rng& rng) const {
  uint64_t r = rng.Next();
  uint32_t i = static_cast<uint32_t>(((r >> 32) * cells_.size()) >> 32);
  const Cell& cell = cells_[i];
  return static_cast<uint32_t>(r) < cell.threshold ? i : cell.alias;
}

std::string UpperName(const std::string& s) {
  std::string out = s;
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'a' && c <= 'z') {
      out[i] = static_cast<char>(c - 'a' + 'A');
    } else if (c == 0xC3 && i + 1 < out.size()) {
      unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0xA0 && d <= 0xBE && d != 0xB7) out[i + 1] = static_cast<char>(d - 0x20);
      ++i;
    }
  }
  return out;
}

World::World(uint64_t seed) {
  Rng rng(MixSeed(seed, 0x776f726c64));  // "world"

  // Words: function words first, then generated words, shorter ones at the frequent end.
  std::unordered_set<std::string> seen;
  for (const char* w : kFunctionWords) {
    words.emplace_back(w);
    seen.insert(w);
  }
  while (words.size() < static_cast<size_t>(kVocabularySize)) {
    size_t rank = words.size();
    int syllables = rank < 800 ? 1
                               : (rank < 8000 ? 1 + static_cast<int>(rng.Below(2))
                                              : 2 + static_cast<int>(rng.Below(2)));
    std::string w;
    for (int k = 0; k < syllables; ++k) w += Syllable(rng);
    if (w.size() >= 2 && seen.insert(w).second) words.push_back(std::move(w));
  }
  word_sampler = ZipfSampler(kVocabularySize, 1.0, 2.7);
  for (const std::string& w : words) {
    word_at.push_back(static_cast<uint32_t>(word_bytes.size() << 8 | w.size()));
    word_bytes += w;
  }

  // Stock phrases: two or three mid-frequency words that recur together.
  std::unordered_set<std::string> seen_phrases;
  while (phrases.size() < static_cast<size_t>(kPhraseCount)) {
    std::string p = words[100 + rng.Below(3000)] + " " + words[100 + rng.Below(3000)];
    if (rng.Chance(0.3)) p += " " + words[100 + rng.Below(3000)];
    if (seen_phrases.insert(p).second) phrases.push_back(std::move(p));
  }
  phrase_sampler = ZipfSampler(kPhraseCount, 1.1, 0.0);

  std::unordered_set<std::string> seen_places;
  while (places.size() < static_cast<size_t>(kPlaceCount)) {
    std::string p = Capitalized(Syllable(rng) + Syllable(rng) + (rng.Chance(0.4) ? "ton" : ""));
    uint32_t shape = rng.Below(10);
    if (shape == 0) p = "New " + p;
    if (shape == 1) p = "Port " + p;
    if (p.size() > 3 && seen_places.insert(p).second) places.push_back(std::move(p));
  }
  place_sampler = ZipfSampler(kPlaceCount, 1.0, 1.0);

  std::unordered_set<std::string> seen_names;
  auto add_person = [&](PersonKind kind, Outlet outlet) -> FakePerson& {
    FakePerson p;
    for (;;) {
      p.female = rng.Chance(0.5);
      p.first = FirstName(rng, p.female);
      p.last = Surname(rng);
      if (seen_names.insert(FoldKey(p.first + " " + p.last)).second) break;
    }
    p.kind = kind;
    p.outlet = outlet;
    p.full = p.first + " " + p.last;
    p.full_upper = UpperName(p.full);
    p.last_upper = UpperName(p.last);
    people.push_back(std::move(p));
    return people.back();
  };

  for (const ProgramShape& shape : kPrograms) {
    Program program{shape.name, shape.outlet, {}};
    for (int h = 0; h < shape.hosts; ++h) {
      FakePerson& host = add_person(
          shape.outlet == Outlet::kNpr ? PersonKind::kHost : PersonKind::kAnchor, shape.outlet);
      host.program = static_cast<int>(programs.size());
      program.hosts.push_back(static_cast<int>(people.size() - 1));
      if (shape.outlet != Outlet::kNpr) anchors.push_back(static_cast<int>(people.size() - 1));
    }
    programs.push_back(std::move(program));
  }
  for (int i = 0; i < kReporters; ++i) {
    add_person(PersonKind::kReporter, Outlet::kNpr).organization = PickFrom(rng, kBeats);
    reporters.push_back(static_cast<int>(people.size() - 1));
  }
  for (int i = 0; i < kCnnCorrespondents + kPbsCorrespondents; ++i) {
    add_person(PersonKind::kCorrespondent, i < kCnnCorrespondents ? Outlet::kCnn : Outlet::kPbs)
        .organization = PickFrom(rng, kBeats);
    correspondents.push_back(static_cast<int>(people.size() - 1));
  }
  for (const TitleShape& shape : kNewsmakerTitles) {
    for (int i = 0; i < shape.count && static_cast<int>(newsmakers.size()) < kNewsmakers; ++i) {
      FakePerson& p = add_person(PersonKind::kNewsmaker, Outlet::kNpr);
      p.title = shape.title;
      p.short_title = shape.label;
      p.foreign = shape.foreign;
      newsmakers.push_back(static_cast<int>(people.size() - 1));
    }
  }
  // Heads of state stay at the front (the most quoted); the rest are shuffled so the skew does
  // not follow title order.
  for (size_t i = newsmakers.size() - 1; i > 6; --i) {
    std::swap(newsmakers[i], newsmakers[6 + rng.Below(static_cast<uint32_t>(i - 5))]);
  }
  for (int i = 0; i < kGuests; ++i) {
    FakePerson& p = add_person(PersonKind::kGuest, Outlet::kNpr);
    p.title = PickFrom(rng, kGuestTitles);
    const std::string& place = places[rng.Below(kPlaceCount)];
    const std::string word = Capitalized(words[300 + rng.Below(4000)]);
    switch (rng.Below(6)) {
      case 0: p.organization = "University of " + place; break;
      case 1: p.organization = place + " State University"; break;
      case 2: p.organization = word + " Institute"; break;
      case 3: p.organization = "Center for " + word + " Policy"; break;
      case 4: p.organization = word + " Foundation"; break;
      default: p.organization = word + " Group"; break;
    }
    guests.push_back(static_cast<int>(people.size() - 1));
  }
  reporter_sampler = ZipfSampler(static_cast<uint32_t>(reporters.size()), 1.0, 3.0);
  anchor_sampler = ZipfSampler(static_cast<uint32_t>(anchors.size()), 0.8, 1.0);
  correspondent_sampler = ZipfSampler(static_cast<uint32_t>(correspondents.size()), 1.0, 3.0);
  newsmaker_sampler = ZipfSampler(static_cast<uint32_t>(newsmakers.size()), 1.0, 2.0);
  guest_sampler = ZipfSampler(static_cast<uint32_t>(guests.size()), 0.9, 5.0);
}

}  // namespace newsarchive
