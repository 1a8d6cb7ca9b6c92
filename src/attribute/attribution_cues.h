// Who a verb of saying credits, read from a sentence's tokens (prose_text.h): the subject before
// the verb ("Jenna Whitfield, a spokeswoman for the Portville Water Bureau, said", "she said",
// "a bureau engineer said", "The team's owner, Gregory Vance, said"), the source after an
// inverted verb or "according to" ("said Mayor Denise Harlow, who cast the deciding vote",
// "according to Whitfield"), and the cues that tie a quote to them: after it ("'...,' Ortiz
// said") or before it ("X said: '...'", "He told reporters, '...'"). Who the phrase is (which
// person, what a pronoun means) is for the callers to decide.
#ifndef NEWSARCHIVE_ATTRIBUTE_ATTRIBUTION_CUES_H_
#define NEWSARCHIVE_ATTRIBUTE_ATTRIBUTION_CUES_H_

#include <string>
#include <vector>

#include "attribute/name_phrases.h"
#include "attribute/prose_text.h"
#include "attribute/speech_verbs.h"

namespace newsarchive {

enum class SourceKind {
  kNone,
  kName,         // a name: `name`
  kPronoun,      // "he", "she", "they": `pronoun`
  kFirstPerson,  // "I", "we"
  kDescription,  // someone or something unnamed: "a bureau engineer", "officials", "the
                 // company", "the Portville Water Bureau": `description`
};

struct SourcePhrase {
  SourceKind kind = SourceKind::kNone;
  size_t first = 0;  // [first, last): the phrase's tokens, appositives included
  size_t last = 0;
  NamePhrase name;
  std::string pronoun;      // lowercase
  std::string description;  // as printed
  // "The team's owner, Gregory Vance": a description standing before the name as an appositive
  // (tokens [role_first, role_last)); both 0 when there is none.
  size_t role_first = 0;
  size_t role_last = 0;
};

struct Cue {
  SourcePhrase source;
  size_t verb = 0;                     // the verb's token ("according" for "according to")
  size_t end = 0;                      // one past the cue's last token (verb, source, person told)
  const SpeechVerb* speech = nullptr;  // null for "according to"
};

// Reads tokens [first, verb) as the subject of the verb of saying at `verb`: a pronoun, a name
// with the titles and job words before it and any appositives after it between commas, or a
// description of someone unnamed. Words that go between a subject and its verb ("has", "also")
// are allowed before `verb`. False when the tokens are not exactly such a phrase.
bool SubjectBefore(const std::vector<Token>& tokens, size_t first, size_t verb, SourcePhrase* out);

// Reads the source that starts at tokens[first] after an inverted verb or "according to": a
// pronoun, a name (with its titles, the job words before it, and an appositive after a comma)
// or a description. False when there is none. Without `appositive`, the phrase ends at a comma
// ("According to Whitfield, the plant ...").
bool SourceAfter(const std::vector<Token>& tokens, size_t first, SourcePhrase* out,
                 bool appositive = true);

// The cue right after the quote token at `quote`: "'...,' said X", "'...,' X said", "'...,'
// X, a ..., told reporters", "'...,' according to X".
bool CueAfter(const std::vector<Token>& tokens, size_t quote, Cue* cue);

// The cue right before the quote token at `quote`: "X said: '...'", "X said, '...'", "X told
// reporters: '...'", "X added that '...'", "According to X, '...'".
bool CueBefore(const std::vector<Token>& tokens, size_t quote, Cue* cue);

// The subject of `verb` found by trying each place a clause may start before it (the sentence's
// start, after a comma, a semicolon or a dash, after "and" or "but"), the earliest that reads.
bool SubjectOfVerb(const std::vector<Token>& tokens, size_t from, size_t verb, SourcePhrase* out);

// Whether the particle the verb at tokens[verb] needs follows it ("pointed out"); true for
// verbs that need none.
bool HasParticle(const std::vector<Token>& tokens, size_t verb, const SpeechVerb& speech);

// "he", "she", "they", "I", "we" (any case).
bool IsSubjectPronoun(const Token& t);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_ATTRIBUTE_ATTRIBUTION_CUES_H_
