#include "attribute/pronoun_resolution.h"

#include <algorithm>

#include "base/text_util.h"

namespace newsarchive {
namespace {

constexpr size_t kSentencesBack = 3;

}  // namespace

char PronounGender(std::string_view pronoun) {
  if (EqualsIgnoreCase(pronoun, "he") || EqualsIgnoreCase(pronoun, "him") ||
      EqualsIgnoreCase(pronoun, "his")) {
    return 'm';
  }
  if (EqualsIgnoreCase(pronoun, "she") || EqualsIgnoreCase(pronoun, "her")) return 'f';
  return 0;
}

void Discourse::StartSentence() { sentences_.emplace_back(); }

void Discourse::Name(int person, size_t at) {
  if (sentences_.empty()) StartSentence();
  sentences_.back().refs.push_back({person, at});
}

void Discourse::Speech(int person) {
  if (sentences_.empty()) StartSentence();
  if (sentences_.back().speech < 0) sentences_.back().speech = person;
}

int Discourse::Resolve(std::string_view pronoun, size_t at, const std::vector<char>& gender_of,
                       size_t clause_first) const {
  const char gender = PronounGender(pronoun);
  if (gender == 0 || sentences_.empty()) return -1;
  auto fits = [&](int person) {
    if (person < 0) return true;  // unknown: it may be anyone
    const char g = static_cast<size_t>(person) < gender_of.size() ? gender_of[person] : 0;
    return g == 0 || g == gender;
  };
  std::vector<int> candidates;
  auto add = [&](int person) {
    if (fits(person) &&
        std::find(candidates.begin(), candidates.end(), person) == candidates.end()) {
      candidates.push_back(person);
    }
  };
  for (const Ref& r : sentences_.back().refs) {
    if (r.at < clause_first && fits(r.person)) return -1;
    if (r.at < at) add(r.person);
  }
  const bool named_here = !candidates.empty();
  const SentenceRefs* before = nullptr;
  // The nearest earlier sentence that names anyone.
  for (size_t k = sentences_.size() - 1, back = 0; k-- > 0 && back < kSentencesBack; ++back) {
    if (!sentences_[k].refs.empty()) {
      before = &sentences_[k];
      break;
    }
  }
  if (!named_here && before != nullptr) {
    for (const Ref& r : before->refs) add(r.person);
  }
  if (candidates.size() == 1) return candidates[0] >= 0 ? candidates[0] : -1;
  // Several: the one the sentence before credited words to, when nothing in this sentence
  // names anyone else and it fits.
  if (!named_here && before != nullptr && before->speech >= 0 && fits(before->speech)) {
    return before->speech;
  }
  return -1;
}

}  // namespace newsarchive
