#include "attribute/prose_people.h"

#include <algorithm>
#include <unordered_set>

#include "attribute/attribution_cues.h"
#include "attribute/prose_roles.h"
#include "attribute/speech_verbs.h"
#include "base/text_util.h"
#include "people/name_mentions.h"
#include "people/names.h"
#include "people/speaker_resolver.h"

namespace newsarchive {
namespace {

constexpr size_t kMaxVerbDistance = 25;
constexpr size_t kMaxJobWords = 6;

void Put(std::unordered_map<std::string, int>* map, const std::string& key, int person) {
  auto [it, inserted] = map->emplace(key, person);
  if (!inserted && it->second != person) it->second = -2;
}

// The last word of a name that is no suffix: "King" in "Martin Luther King Jr.".
std::string_view Surname(const std::vector<std::string_view>& words) {
  for (size_t k = words.size(); k-- > 1;) {
    std::string lower = AsciiLowerCopy(words[k]);
    if (lower != "jr." && lower != "jr" && lower != "sr." && lower != "sr" && lower != "ii" &&
        lower != "iii" && lower != "iv") {
      return words[k];
    }
  }
  return words.empty() ? std::string_view() : words.back();
}

// "Flagstaff Police: Officers Kill Person Who Fired At Them": most words capitalized, as in a
// headline or a menu, with its small words capitalized too ("Who", "At"); its capitals say
// nothing about who is a person.
bool LooksLikeHeadline(const std::vector<Token>& t) {
  static constexpr std::string_view kSmallWords[] = {"of", "at", "in",   "to", "for", "and",
                                                     "who", "on", "with", "as", "by",  "is",
                                                     "are", "from", "after", "over", "into"};
  size_t words = 0, capitals = 0;
  bool small_capital = false;
  for (const Token& token : t) {
    if (IsQuote(token)) return false;
    if (!IsWord(token)) continue;
    const bool upper = StartsUpper(token.text);
    if (upper && words > 0 && WordSetOf<kSmallWords>().Contains(token.text)) small_capital = true;
    ++words;
    capitals += upper ? 1 : 0;
  }
  return small_capital && words >= 4 && capitals * 4 >= words * 3;
}

bool EndsInJobWord(std::string_view name) {
  const std::vector<std::string_view> words = SplitWords(name);
  return !words.empty() && IsJobWord(AsciiLowerCopy(words.back()));
}

// Whether the name `np` is the source of a verb of saying: "Harlow said", "said Mayor Denise
// Harlow", "according to Whitfield", "The team's owner, Gregory Vance, said".
bool InSpeechSlot(const std::vector<Token>& t, const NamePhrase& np, SourcePhrase* source) {
  for (size_t v = np.last; v < t.size() && v - np.last <= kMaxVerbDistance; ++v) {
    if (IsQuote(t[v]) || IsPunct(t[v], ".") || IsPunct(t[v], ";")) break;
    if (!IsWord(t[v]) || FindSpeechVerb(t[v].text) == nullptr) continue;
    if (SubjectOfVerb(t, 0, v, source) && source->kind == SourceKind::kName &&
        source->name.name_first == np.name_first) {
      return true;
    }
    break;
  }
  // Back over the job words to an inverted verb or "according to".
  size_t k = np.first;
  while (k > 0 && np.first - k < kMaxJobWords && IsWord(t[k - 1]) && !StartsUpper(t[k - 1].text) &&
         FindSpeechVerb(t[k - 1].text) == nullptr && !IsWord(t[k - 1], "to")) {
    --k;
  }
  if (k == 0 || !IsWord(t[k - 1])) return false;
  const SpeechVerb* verb = FindSpeechVerb(t[k - 1].text);
  const bool according = IsWord(t[k - 1], "to") && k >= 2 && IsWord(t[k - 2], "according");
  if (!according && (verb == nullptr || !verb->inverts)) return false;
  return SourceAfter(t, k, source) && source->kind == SourceKind::kName &&
         source->name.name_first == np.name_first;
}

// A "he" or "she" from tokens[from] on that says something: "he said", "she later added",
// "said he".
bool PronounSpeaks(const std::vector<Token>& t, size_t from) {
  for (size_t k = from; k < t.size(); ++k) {
    if (!IsWord(t[k], "he") && !IsWord(t[k], "she")) continue;
    size_t v = k + 1;
    while (v < t.size() && IsWord(t[v]) && IsWordBeforeSpeechVerb(t[v].text)) ++v;
    if (v < t.size() && IsWord(t[v]) && FindSpeechVerb(t[v].text) != nullptr) return true;
    const SpeechVerb* before = k > 0 && IsWord(t[k - 1]) ? FindSpeechVerb(t[k - 1].text) : nullptr;
    if (before != nullptr && before->inverts) return true;
  }
  return false;
}

// A full name that opens its sentence before a lowercase word ("Piet Arlo thanked the crews"),
// or that is the appositive of a title opening it ("The Minister for Roads, Kwame Osei Lartey,
// has rejected ...").
bool OpensSentence(const std::vector<Token>& t, const NamePhrase& np) {
  if (np.words < 2 || np.possessive || np.organization || np.last >= t.size()) return false;
  if (np.first == 0) return IsWord(t[np.last]) && !StartsUpper(t[np.last].text);
  if (!IsPunct(t[np.first - 1], ",") || !IsPunct(t[np.last], ",") || !IsWord(t[0], "the")) {
    return false;
  }
  bool title = false;
  for (size_t k = 0; k + 1 < np.first; ++k) {
    if (!IsWord(t[k])) return false;
    title = title || IsTitleWord(t[k].text);
  }
  return title;
}

}  // namespace

ProsePeople::ProsePeople(std::vector<Speaker>* speakers)
    : speakers_(speakers), first_added_(speakers->size()), gender_(speakers->size(), 0) {
  for (size_t i = 0; i < speakers->size(); ++i) Index(static_cast<int>(i));
}

void ProsePeople::Index(int person) {
  const Speaker& s = (*speakers_)[person];
  if (s.unidentified || s.name.empty()) return;
  by_key_.emplace(FoldedName(s.name), person);
  std::vector<std::string_view> words = SplitWords(s.name);
  if (words.size() < 2) return;
  const std::string first = FoldedName(words.front());
  const std::string last = FoldedName(Surname(words));
  Put(&by_first_last_, first + " " + last, person);
  Put(&by_surname_, last, person);
  Put(&by_first_, first, person);
}

int ProsePeople::Find(std::string_view name) const {
  const std::string key = FoldedName(name);
  if (key.empty()) return -1;
  auto it = by_key_.find(key);
  if (it != by_key_.end()) return it->second;
  std::vector<std::string_view> words = SplitWords(name);
  if (words.size() >= 2) {
    auto fl = by_first_last_.find(FoldedName(words.front()) + " " + FoldedName(Surname(words)));
    return fl == by_first_last_.end() || fl->second < 0 ? -1 : fl->second;
  }
  auto surname = by_surname_.find(key);
  if (surname != by_surname_.end()) {
    if (surname->second < 0) return -1;
    auto seen = first_by_surname_.find(key);
    const std::vector<std::string_view> own = SplitWords((*speakers_)[surname->second].name);
    if (seen != first_by_surname_.end() && seen->second != FoldedName(own.front())) return -1;
    return surname->second;
  }
  auto first = by_first_.find(key);
  return first == by_first_.end() || first->second < 0 ? -1 : first->second;
}

int ProsePeople::FindOrAdd(const NamePhrase& np) {
  if (np.organization || np.name.empty()) return -1;
  const int found = Find(np.name);
  if (found >= 0 || np.words < 2) return found;
  // Capitals in prose are datelines and headlines ("GENEVA, SWITZERLAND"); a name whose last
  // word is a job is a title ("AP Spokesman").
  if (IsAllCaps(np.name) || EndsInJobWord(np.name)) return -1;
  std::vector<std::string_view> words = SplitWords(np.name);
  // A speaker known by one word who is this full name's surname: "Rascoe", "Ayesha Rascoe".
  auto one = by_key_.find(FoldedName(Surname(words)));
  if (one != by_key_.end() && SplitWords((*speakers_)[one->second].name).size() == 1) {
    return one->second;
  }
  Speaker speaker;
  speaker.name = IsAllCaps(np.name) ? ProperCaseName(np.name) : np.name;
  speakers_->push_back(std::move(speaker));
  gender_.push_back(np.gender);
  const int person = static_cast<int>(speakers_->size() - 1);
  Index(person);
  return person;
}

void ProsePeople::NoteFullName(const NamePhrase& np) {
  if (np.organization || np.words < 2) return;
  const std::vector<std::string_view> words = SplitWords(np.name);
  if (words.size() < 2) return;
  const std::string first = FoldedName(words.front());
  const std::string surname = FoldedName(Surname(words));
  auto [it, inserted] = first_by_surname_.emplace(surname, first);
  if (!inserted && it->second != first) it->second.clear();
  auto [full, added] = full_by_surname_.emplace(surname, np.name);
  if (!added && FoldedName(full->second) != FoldedName(np.name)) full->second.clear();
}

std::string ProsePeople::FullNameOf(std::string_view surname) const {
  auto it = full_by_surname_.find(FoldedName(surname));
  return it == full_by_surname_.end() ? "" : it->second;
}

int ProsePeople::FindByJob(std::string_view job) const {
  int found = -1;
  for (size_t i = 0; i < speakers_->size(); ++i) {
    const Speaker& s = (*speakers_)[i];
    if (s.unidentified) continue;
    bool has = false;
    for (const Role& r : s.roles) {
      for (std::string_view w : SplitWords(r.title)) has = has || EqualsIgnoreCase(w, job);
    }
    if (!has) continue;
    if (found >= 0) return -1;
    found = static_cast<int>(i);
  }
  return found;
}

void ProsePeople::AddRoles(int person, const std::vector<Role>& roles) {
  if (person < 0 || !Added(person)) return;
  for (const Role& r : roles) {
    if (!r.title.empty()) AddRole(&(*speakers_)[person], r);
  }
}

char ProsePeople::Gender(int person) const {
  return person >= 0 && static_cast<size_t>(person) < gender_.size() ? gender_[person] : 0;
}

void ProsePeople::SetGender(int person, char gender) {
  if (person >= 0 && static_cast<size_t>(person) < gender_.size() && gender_[person] == 0) {
    gender_[person] = gender;
  }
}

void DiscoverPeople(const std::vector<ProseRun>& runs, ProsePeople* people) {
  for (const ProseRun& run : runs) {
    for (const Sentence& s : run.sentences) {
      for (const NamePhrase& np : NamesIn(s.tokens)) people->NoteFullName(np);
    }
  }
  for (const ProseRun& run : runs) {
    for (size_t si = 0; si < run.sentences.size(); ++si) {
      const Sentence& s = run.sentences[si];
      const std::vector<Token>& t = s.tokens;
      const std::string_view text = run.paragraphs[s.paragraph].text;
      const bool headline = LooksLikeHeadline(t);
      for (const NamePhrase& np : NamesIn(t)) {
        if (np.organization) continue;
        if (headline && people->Find(np.name) < 0) continue;
        SourcePhrase slot;
        const bool speaks = InSpeechSlot(t, np, &slot);
        // "Piet Arlo thanked the crews. '...,' he said.": the full name a "he" that speaks
        // soon after can only mean (the pronoun itself is resolved later, only if unambiguous).
        bool spoken_of = false;
        if (!speaks && OpensSentence(t, np)) {
          spoken_of = PronounSpeaks(t, np.last);
          for (size_t n = si + 1; n < run.sentences.size() && n <= si + 2 && !spoken_of; ++n) {
            spoken_of = PronounSpeaks(run.sentences[n].tokens, 0);
          }
        }
        int person = -1;
        if (np.words >= 2 && (speaks || spoken_of || HasPersonCue(t, text, np))) {
          person = people->FindOrAdd(np);
        } else {
          person = people->Find(np.name);
        }
        if (person < 0 && np.words == 1 && (np.gender != 0 || !np.title.empty() || speaks)) {
          // "Mr. Tuttle, the NYSE's vice chairman", "Rozen tweeted": the one full name the text
          // gives that surname.
          NamePhrase full = np;
          full.name = people->FullNameOf(np.name);
          full.words = SplitWords(full.name).size();
          if (full.words >= 2) person = people->FindOrAdd(full);
        }
        if (person < 0) continue;
        people->AddRoles(person, RolesAround(t, text, np, speaks ? slot.role_first : 0,
                                             speaks ? slot.role_last : 0));
        people->SetGender(person, np.gender);
      }
    }
  }
}

std::vector<Mention> FindMentions(const std::vector<ProseRun>& runs, const ProsePeople& people) {
  std::vector<std::string_view> texts;
  std::vector<const ProseParagraph*> paragraphs;
  for (const ProseRun& run : runs) {
    for (const ProseParagraph& p : run.paragraphs) {
      texts.push_back(p.text);
      paragraphs.push_back(&p);
    }
  }
  std::unordered_set<std::string> wanted;
  for (const Speaker& s : people.speakers()) {
    if (s.unidentified) continue;
    for (std::string_view w : SplitWords(s.name)) {
      if (!IsInitial(w)) wanted.insert(FoldedName(w));
    }
  }
  std::vector<Mention> mentions;
  NameMentions found(texts, wanted);
  for (const NameMention& m : found.mentions()) {
    // Title words the mention kept ("Chair Lorraine Beaulieu") are dropped until a person is.
    std::vector<std::string_view> words = SplitWords(m.name);
    for (size_t k = 0; k < words.size(); ++k) {
      if (k > 0 && !IsTitleWord(words[k - 1]) && !IsWordBeforeName(words[k - 1]) &&
          !IsHonorific(words[k - 1])) {
        break;
      }
      const size_t skip = static_cast<size_t>(words[k].data() - m.name.data());
      const int person = people.Find(std::string_view(m.name).substr(skip));
      if (person < 0) continue;
      const ProseParagraph& p = *paragraphs[m.text];
      mentions.push_back({person, p.block, p.offset + m.begin + skip, p.offset + m.end});
      break;
    }
  }
  // Every word of a name is looked for, so "Kim" and "Kim Jong Un" are both found where the text
  // says "Kim Jong Un": the longest of overlapping mentions stays.
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    if (a.found_in != b.found_in) return a.found_in < b.found_in;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<Mention> kept;
  for (const Mention& m : mentions) {
    if (!kept.empty() && kept.back().found_in == m.found_in && m.begin < kept.back().end) continue;
    kept.push_back(m);
  }
  return kept;
}

}  // namespace newsarchive
