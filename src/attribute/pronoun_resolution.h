// Whom "he" or "she" means: the people a run's text has just named, sentence by sentence. A
// pronoun is resolved only when that is unambiguous: one person named in its sentence before it
// or, failing any, in the nearest of the sentences before that names someone; or, of several,
// the one the sentence before credited words to. A name the story's people do not include
// ("Vietnam", "Kim" when no one is called Kim) counts as someone, so it makes the pronoun
// ambiguous rather than being passed over. Gender is used where it is known ("Ms. Harlow", or
// an earlier "she" that was unambiguous). Precision first: when in doubt, no one.
#ifndef NEWSARCHIVE_ATTRIBUTE_PRONOUN_RESOLUTION_H_
#define NEWSARCHIVE_ATTRIBUTE_PRONOUN_RESOLUTION_H_

#include <string_view>
#include <vector>

namespace newsarchive {

constexpr int kUnknownPerson = -3;  // a name that is no one of the story's people

class Discourse {
 public:
  // Starts the next sentence of the run.
  void StartSentence();
  // `person` (an index into the story's people, or kUnknownPerson) is named at token `at` of
  // the current sentence.
  void Name(int person, size_t at);
  // The current sentence credits words to `person`.
  void Speech(int person);
  // The person `pronoun` ("he", "she"; any case) at token `at` of the current sentence means,
  // or -1. `gender_of` gives each person's known gender ('m', 'f' or 0) by index. A name of the
  // sentence before `clause_first` (the token after the last comma before the pronoun) is in
  // another clause: "Smith walked away and shot himself, she said" is not Smith's, so such a
  // name makes the pronoun ambiguous.
  int Resolve(std::string_view pronoun, size_t at, const std::vector<char>& gender_of,
              size_t clause_first = 0) const;

 private:
  struct Ref {
    int person;
    size_t at;
  };
  struct SentenceRefs {
    std::vector<Ref> refs;
    int speech = -1;
  };
  std::vector<SentenceRefs> sentences_;
};

// 'm' for "he", 'f' for "she", 0 for any other word.
char PronounGender(std::string_view pronoun);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_ATTRIBUTE_PRONOUN_RESOLUTION_H_
