// How this works: every turn first gets a name of its own. Labels with a full name, generic
// labels and intros are named at once; short labels (one word, or an initial and a surname) wait
// until all full names of the story are known, then take the one full name whose surname (or,
// failing that, first word: "KIM" for Kim Jong Un) matches. Only then are speakers formed, one
// per folded name, so "PRESIDENT DONALD TRUMP" and "TRUMP" land on one Speaker.
#include "people/speaker_resolver.h"

#include <unordered_map>

#include "base/text_util.h"
#include "people/name_key.h"
#include "people/names.h"

namespace newsarchive {
namespace {

struct Named {
  std::string name;
  bool unidentified = false;
  bool pending = false;    // a short label still to resolve
  bool no_person = false;  // a part in the proceedings ("Q", "Operator"): credited to no one
};

// "S. O'BRIEN" and "RASCOE" are short; "AYESHA RASCOE" and "KIM JONG UN" are full.
bool IsShort(const std::vector<std::string_view>& words) {
  return words.size() == 1 || (words.size() == 2 && IsInitial(words[0]));
}

// Proper case for a label's name, preferring the text's own spelling of each word.
std::string CaseName(std::string_view printed, const NameMentions& mentions) {
  if (HasLowercase(printed)) return ProperCaseName(printed);
  std::vector<std::string_view> words = SplitWords(printed);
  std::string out;
  for (size_t k = 0; k < words.size(); ++k) {
    if (!out.empty()) out += ' ';
    const bool particle = k > 0 && IsNameParticle(words[k]);
    std::string spelling = particle || IsInitial(words[k]) ? "" : mentions.Spelling(words[k]);
    out += spelling.empty() ? ProperCaseNameWord(words[k], k == 0) : spelling;
  }
  return out;
}

// The full names of a story, found by their first or last word.
class FullNames {
 public:
  void Add(const std::string& name) {
    const std::string key = FoldedName(name);
    if (!keys_.insert(key).second) return;
    std::vector<std::string_view> words = SplitWords(name);
    if (words.size() < 2) return;
    const size_t i = names_.size();
    names_.push_back(name);
    initials_.push_back(AsciiLower(words.front()[0]));
    by_last_[FoldedName(words.back())].push_back(i);
    by_first_[FoldedName(words.front())].push_back(i);
    std::string initials;
    for (std::string_view w : words) initials += AsciiLower(w[0]);
    by_initials_[initials].push_back(i);
  }

  // The names whose last word is `key` (and first word starts with `initial` unless it is 0),
  // or, when there are none and no initial was given, whose first word is `key`, or, for a key
  // of two or three letters, whose initials it is ("TG" for Terry Gross).
  std::vector<const std::string*> Match(const std::string& key, char initial) const {
    std::vector<const std::string*> out;
    if (initial == 0 && (key.size() == 2 || key.size() == 3) && by_last_.count(key) == 0 &&
        by_first_.count(key) == 0) {
      auto it = by_initials_.find(key);
      if (it != by_initials_.end()) {
        for (size_t i : it->second) out.push_back(&names_[i]);
      }
      return out;
    }
    auto last = by_last_.find(key);
    if (last != by_last_.end()) {
      for (size_t i : last->second) {
        if (initial == 0 || initials_[i] == initial) out.push_back(&names_[i]);
      }
    }
    auto first = by_first_.find(key);
    if (out.empty() && initial == 0 && first != by_first_.end()) {
      for (size_t i : first->second) out.push_back(&names_[i]);
    }
    return out;
  }

 private:
  std::unordered_set<std::string> keys_;
  std::vector<std::string> names_;
  std::vector<char> initials_;
  std::unordered_map<std::string, std::vector<size_t>> by_last_;
  std::unordered_map<std::string, std::vector<size_t>> by_first_;
  std::unordered_map<std::string, std::vector<size_t>> by_initials_;
};

// The one full name a short label points to; "" when none or several (with a warning).
std::string ResolveShort(const std::vector<std::string_view>& words, const FullNames& full_names,
                         const NameMentions& mentions, std::string_view printed, int line,
                         std::vector<Diagnostic>* warnings) {
  const char initial = words.size() == 2 ? AsciiLower(words[0][0]) : 0;
  std::vector<const std::string*> matches = full_names.Match(FoldedName(words.back()), initial);
  if (matches.size() == 1) return *matches[0];
  if (matches.size() > 1) {
    std::string names;
    for (const std::string* name : matches) names += (names.empty() ? "" : ", ") + *name;
    warnings->push_back({line, "label \"" + std::string(printed) +
                                   "\" could be several speakers (" + names + "); kept apart"});
    return "";
  }
  return mentions.FullNameEndingWith(words.back(), initial);
}

void AddLabel(Speaker* speaker, const std::string& label) {
  for (const std::string& l : speaker->labels) {
    if (l == label) return;
  }
  speaker->labels.push_back(label);
}

}  // namespace

void AddRole(Speaker* speaker, Role role) {
  if (role.title.empty()) return;
  for (Role& r : speaker->roles) {
    if (ToLowerText(r.title) == ToLowerText(role.title)) {
      if (r.organization.empty()) r.organization = role.organization;
      return;
    }
  }
  speaker->roles.push_back(std::move(role));
}

SpeakerIndex::SpeakerIndex(const std::vector<Speaker>& speakers) {
  for (size_t i = 0; i < speakers.size(); ++i) {
    if (speakers[i].unidentified) continue;
    by_name_.emplace(FoldedName(speakers[i].name), static_cast<int>(i));
    std::vector<std::string_view> words = SplitWords(speakers[i].name);
    if (words.size() < 2) continue;
    auto [it, inserted] = by_surname_.emplace(FoldedName(words.back()), static_cast<int>(i));
    if (!inserted && it->second != static_cast<int>(i)) it->second = -2;
  }
}

int SpeakerIndex::Find(std::string_view name) const {
  const std::string key = FoldedName(name);
  if (key.empty()) return -1;
  auto it = by_name_.find(key);
  if (it != by_name_.end()) return it->second;
  if (key.find(' ') != std::string::npos) return -1;
  auto by_surname = by_surname_.find(key);
  return by_surname == by_surname_.end() || by_surname->second < 0 ? -1 : by_surname->second;
}

std::unordered_set<std::string> WantedNameWords(const std::vector<TurnSpeaker>& turns) {
  std::unordered_set<std::string> wanted;
  std::unordered_set<std::string_view> seen;
  for (const TurnSpeaker& t : turns) {
    const std::string_view name = t.label ? std::string_view(t.label->name) : t.intro_name;
    if ((t.label && (t.label->generic || t.label->no_person)) || !seen.insert(name).second) {
      continue;
    }
    for (std::string_view w : SplitWords(name)) {
      if (!IsInitial(w)) wanted.insert(FoldedName(w));
    }
  }
  return wanted;
}

std::vector<Speaker> ResolveSpeakers(const std::vector<TurnSpeaker>& turns,
                                     const NameMentions& mentions, std::vector<int>* speaker_of,
                                     std::vector<Diagnostic>* warnings) {
  // Turns are grouped by how their speaker is printed, so each spelling is resolved once.
  struct Spelling {
    const TurnSpeaker* turn;  // the first turn printed so
    Named named;
  };
  std::vector<Spelling> spellings;
  std::vector<size_t> spelling_of(turns.size());
  std::unordered_map<std::string, size_t> by_printed;
  FullNames full_names;
  for (size_t i = 0; i < turns.size(); ++i) {
    const TurnSpeaker& t = turns[i];
    // A layout may credit one printed label to several people ("Q" to each examining
    // attorney in turn): the name is part of the spelling.
    const std::string printed =
        t.label ? "L" + t.label->printed + '\n' + t.label->name : "I" + t.intro_name;
    auto [it, inserted] = by_printed.emplace(printed, spellings.size());
    spelling_of[i] = it->second;
    if (!inserted) continue;
    Named named;
    if (!t.label) {
      named.name = t.intro_name;
      full_names.Add(t.intro_name);
    } else if (t.label->no_person) {
      named.no_person = true;
    } else if (t.label->generic) {
      named = {CaseName(t.label->name, mentions), true, false};
      // CNN's frequent misspelling, so that its speakers read like everyone else's.
      if (StartsWithIgnoreCase(named.name, "Unidentifed ")) named.name.insert(9, "i");
    } else if (IsShort(SplitWords(t.label->name))) {
      named.pending = true;
    } else {
      named.name = CaseName(t.label->name, mentions);
      full_names.Add(named.name);
    }
    spellings.push_back({&t, std::move(named)});
  }
  // Short labels, resolved once per name so that a warning is given once.
  std::unordered_map<std::string, std::string> short_names;
  for (Spelling& sp : spellings) {
    if (!sp.named.pending) continue;
    const SpeakerLabel& label = *sp.turn->label;
    auto it = short_names.find(label.name);
    if (it == short_names.end()) {
      std::string full = ResolveShort(SplitWords(label.name), full_names, mentions, label.printed,
                                      sp.turn->line, warnings);
      if (full.empty()) full = CaseName(label.name, mentions);
      it = short_names.emplace(label.name, full).first;
      if (full.find(' ') != std::string::npos) full_names.Add(full);
    }
    sp.named.name = it->second;
  }

  std::vector<bool> spelling_speaks(spellings.size(), false);
  for (size_t i = 0; i < turns.size(); ++i) {
    if (turns[i].speaks) spelling_speaks[spelling_of[i]] = true;
  }
  std::vector<Speaker> speakers;
  std::unordered_map<std::string, int> index;
  std::vector<int> speaker_of_spelling(spellings.size(), -1);
  // Speakers in order of first speech; then the spellings that never spoke lend their labels
  // and roles to the speaker they name, if any.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = 0; k < spellings.size(); ++k) {
      if (spelling_speaks[k] != (pass == 0)) continue;
      const Spelling& sp = spellings[k];
      if (sp.named.no_person) continue;
      const std::string key = FoldedName(sp.named.name);
      auto it = index.find(key);
      if (it == index.end()) {
        if (pass == 1) continue;
        Speaker speaker;
        speaker.name = sp.named.name;
        speaker.unidentified = sp.named.unidentified;
        speakers.push_back(std::move(speaker));
        it = index.emplace(key, static_cast<int>(speakers.size()) - 1).first;
      }
      speaker_of_spelling[k] = it->second;
      Speaker& speaker = speakers[it->second];
      if (sp.turn->label) {
        AddLabel(&speaker, sp.turn->label->name_printed);
        for (const Role& role : sp.turn->label->roles) AddRole(&speaker, role);
      } else {
        AddRole(&speaker, {"Host", "", RoleSource::kIntro});
      }
    }
  }
  speaker_of->resize(turns.size());
  for (size_t i = 0; i < turns.size(); ++i) {
    (*speaker_of)[i] = turns[i].speaks ? speaker_of_spelling[spelling_of[i]] : -1;
  }
  return speakers;
}

}  // namespace newsarchive
