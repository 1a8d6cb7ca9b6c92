// How this works: every turn first gets a name of its own. Labels with a full name, generic
// labels and intros are named at once; short labels (one word, or an initial and a surname) wait
// until all full names of the story are known, then take the one full name whose surname (or,
// failing that, first word: "KIM" for Kim Jong Un) matches. Only then are speakers formed, one
// per folded name, so "PRESIDENT DONALD TRUMP" and "TRUMP" land on one Speaker.
#include "core/speaker_resolver.h"

#include <unordered_map>

#include "core/name_key.h"
#include "core/names.h"
#include "core/text_util.h"

namespace newsarchive {
namespace {

struct Named {
  std::string name;
  bool unidentified = false;
  bool pending = false;  // a short label still to resolve
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

struct FullName {
  std::string name;
  std::string first_key;
  std::string last_key;
  char initial;
};

// The one full name a short label points to; "" when none or several (with a warning).
std::string ResolveShort(const std::vector<std::string_view>& words,
                         const std::vector<FullName>& full_names, const NameMentions& mentions,
                         std::string_view printed, int line, std::vector<Diagnostic>* warnings) {
  const std::string key = NameKey(words.back());
  const char initial = words.size() == 2 ? AsciiLower(words[0][0]) : 0;
  std::vector<const FullName*> matches;
  for (const FullName& f : full_names) {
    if (f.last_key == key && (initial == 0 || f.initial == initial)) matches.push_back(&f);
  }
  if (matches.empty() && initial == 0) {
    for (const FullName& f : full_names) {
      if (f.first_key == key) matches.push_back(&f);
    }
  }
  if (matches.size() == 1) return matches[0]->name;
  if (matches.size() > 1) {
    std::string names;
    for (const FullName* f : matches) names += (names.empty() ? "" : ", ") + f->name;
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

int FindSpeaker(const std::vector<Speaker>& speakers, const std::string& name) {
  const std::string key = NameKey(name);
  if (key.empty()) return -1;
  for (size_t i = 0; i < speakers.size(); ++i) {
    if (!speakers[i].unidentified && NameKey(speakers[i].name) == key) return static_cast<int>(i);
  }
  if (key.find(' ') != std::string::npos) return -1;
  int found = -1;
  for (size_t i = 0; i < speakers.size(); ++i) {
    if (speakers[i].unidentified) continue;
    std::vector<std::string_view> words = SplitWords(speakers[i].name);
    if (words.size() > 1 && NameKey(words.back()) == key) {
      if (found >= 0) return -1;
      found = static_cast<int>(i);
    }
  }
  return found;
}

std::unordered_set<std::string> WantedNameWords(const std::vector<TurnSpeaker>& turns) {
  std::unordered_set<std::string> wanted;
  for (const TurnSpeaker& t : turns) {
    const std::string_view name = t.label ? std::string_view(t.label->name) : t.intro_name;
    if (t.label && t.label->generic) continue;
    for (std::string_view w : SplitWords(name)) {
      if (!IsInitial(w)) wanted.insert(NameKey(w));
    }
  }
  return wanted;
}

std::vector<Speaker> ResolveSpeakers(const std::vector<TurnSpeaker>& turns,
                                     const NameMentions& mentions, std::vector<int>* speaker_of,
                                     std::vector<Diagnostic>* warnings) {
  std::vector<Named> named(turns.size());
  std::vector<FullName> full_names;
  std::unordered_set<std::string> full_keys;
  auto remember_full = [&](const std::string& name) {
    if (!full_keys.insert(NameKey(name)).second) return;
    std::vector<std::string_view> words = SplitWords(name);
    full_names.push_back({name, NameKey(words.front()), NameKey(words.back()),
                          AsciiLower(words.front()[0])});
  };
  for (size_t i = 0; i < turns.size(); ++i) {
    const TurnSpeaker& t = turns[i];
    if (!t.label) {
      named[i].name = t.intro_name;
      remember_full(t.intro_name);
      continue;
    }
    std::vector<std::string_view> words = SplitWords(t.label->name);
    if (t.label->generic) {
      named[i] = {CaseName(t.label->name, mentions), true, false};
    } else if (IsShort(words)) {
      named[i].pending = true;
    } else {
      named[i].name = CaseName(t.label->name, mentions);
      remember_full(named[i].name);
    }
  }
  // Short labels, resolved once per spelling so a warning is given once.
  std::unordered_map<std::string, std::string> short_names;
  for (size_t i = 0; i < turns.size(); ++i) {
    if (!named[i].pending) continue;
    const SpeakerLabel& label = *turns[i].label;
    auto it = short_names.find(label.name);
    if (it == short_names.end()) {
      std::vector<std::string_view> words = SplitWords(label.name);
      std::string full =
          ResolveShort(words, full_names, mentions, label.printed, turns[i].line, warnings);
      if (full.empty()) full = CaseName(label.name, mentions);
      it = short_names.emplace(label.name, full).first;
      if (full.find(' ') != std::string::npos) remember_full(full);
    }
    named[i].name = it->second;
  }

  std::vector<Speaker> speakers;
  std::unordered_map<std::string, int> index;
  speaker_of->assign(turns.size(), -1);
  for (size_t i = 0; i < turns.size(); ++i) {
    const std::string key = NameKey(named[i].name);
    auto [it, inserted] = index.emplace(key, static_cast<int>(speakers.size()));
    if (inserted) {
      Speaker s;
      s.name = named[i].name;
      s.unidentified = named[i].unidentified;
      speakers.push_back(std::move(s));
    }
    Speaker& speaker = speakers[it->second];
    (*speaker_of)[i] = it->second;
    if (turns[i].label) {
      AddLabel(&speaker, turns[i].label->name_printed);
      for (const Role& role : turns[i].label->roles) AddRole(&speaker, role);
    } else {
      AddRole(&speaker, {"Host", "", RoleSource::kIntro});
    }
  }
  return speakers;
}

}  // namespace newsarchive
