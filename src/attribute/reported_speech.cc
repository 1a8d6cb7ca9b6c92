#include "attribute/reported_speech.h"

#include "attribute/speech_verbs.h"
#include "base/text_util.h"

namespace newsarchive {
namespace {

constexpr size_t kMinClauseWords = 3;
constexpr size_t kMaxAdverbialTokens = 10;
constexpr size_t kMaxObjectWords = 3;

constexpr std::string_view kTimeWords[] = {
    "monday",  "tuesday",   "wednesday",  "thursday", "friday",    "saturday",  "sunday",
    "today",   "yesterday", "tonight",    "earlier",  "later",     "recently",  "previously",
    "again",   "also",      "repeatedly", "publicly", "privately", "afterward", "afterwards",
    "morning", "afternoon", "evening",    "night",    "week",      "month",     "year",
    "last",    "this",      "next",       "late",     "early",     "weekend",
    "here"};  // "said here today in a statement": where, as wire copy writes it

// Where the words a verb of saying reports are given: "in a statement", "at a news conference".
constexpr std::string_view kSettingNouns[] = {
    "statement",  "interview", "email",      "e-mail",      "release",    "letter",
    "post",       "tweet",     "conference", "briefing",    "hearing",    "meeting",
    "speech",     "call",      "text",       "message",     "video",      "address",
    "remarks",    "session",   "report",     "filing",      "podcast",    "broadcast",
    "appearance", "rally",     "event",      "op-ed",       "column",     "memo",
    "note",       "affidavit", "testimony",  "declaration", "documentary"};

constexpr std::string_view kPrepositions[] = {"in",   "at", "on",   "during", "via",    "through",
                                              "over", "to", "with", "after",  "before", "from",
                                              "of"};

// Words a reported clause does not open with: "told him to leave", "said nothing".
constexpr std::string_view kNotClauseStart[] = {
    "to",      "for",   "about",     "of",       "so",         "nothing", "goodbye", "hello",
    "yes",     "no",    "little",    "much",     "more",       "less",    "only",    "otherwise",
    "thanks",  "sorry", "something", "anything", "everything", "as",      "than",    "by",
    "against", "and",   "or",        "but",      "goodnight",  "hi",      "farewell"};

constexpr std::string_view kObjectPronouns[] = {"me", "him", "her", "them", "us", "you", "it"};

// Possessives that open the clause after the person told: "told the board her son had to quit".
constexpr std::string_view kPossessives[] = {"his", "her", "their", "its", "our", "my", "your"};

// Verbs right after "that" that make it the clause's subject: "said that was a question".
constexpr std::string_view kVerbsAfterThat[] = {"was",   "is",    "were",  "are",   "would",
                                                "will",  "could", "should", "might", "can",
                                                "has",   "had",   "may",   "must",  "wasn't",
                                                "isn't", "won't", "wouldn't"};

// Verbs of saying that rarely take a noun as their object: their clause needs no "that".
constexpr std::string_view kPlainSay[] = {"said", "says", "say", "told", "tells", "tell"};

// Words that show a clause has a finite verb: auxiliaries, modals, common irregular pasts.
constexpr std::string_view kFiniteWords[] = {
    "is",     "was",    "are",    "were",   "be",    "been",   "has",    "had",   "have",
    "will",   "would",  "can",    "could",  "should", "may",   "might",  "must",  "do",
    "does",   "did",    "it's",   "it’s",   "put",   "made",   "went",   "got",   "took",
    "came",   "gave",   "found",  "knew",   "thought", "left", "kept",   "became", "began",
    "ran",    "won",    "lost",   "paid",   "met",   "sent",   "built",  "spent", "held",
    "brought", "felt",  "set",    "cut",    "fell",  "stood",  "saw",    "grew",  "led",
    "needs",  "wants",  "means",  "shows",  "makes", "takes",  "goes",   "knows", "plans",
    "there's", "that's", "he's",  "she's",  "they're", "we're", "i'm"};

// Whether the words [first, last) hold a finite verb, as far as a word list and "-ed", "-n't"
// can tell: "He added energy and gun-control as priorities" is no reported clause.
bool LooksFinite(const std::vector<Token>& t, size_t first, size_t last) {
  for (size_t k = first; k < last; ++k) {
    if (!IsWord(t[k])) continue;
    const std::string_view w = t[k].text;
    if (WordSetOf<kFiniteWords>().Contains(w)) return true;
    if (w.size() > 4 && EndsWithIgnoreCase(w, "ed")) return true;
    if (EndsWithIgnoreCase(w, "n't") || EndsWithIgnoreCase(w, "n’t")) return true;
  }
  return false;
}

constexpr std::string_view kQuestionWords[] = {"whether", "if",    "why", "how",  "what",
                                               "when",    "where", "who", "which"};

// The end of the sentence's words: terminal punctuation (and a closing bracket) left out.
size_t ClauseEnd(const std::vector<Token>& t) {
  size_t end = t.size();
  while (end > 0 && t[end - 1].kind == TokenKind::kPunct && !IsPunct(t[end - 1], ")")) --end;
  return end;
}

size_t WordsOutsideQuotes(const std::vector<Token>& t, size_t first, size_t last) {
  size_t n = 0;
  for (size_t k = first; k < last; ++k) n += IsWord(t[k]) ? 1 : 0;
  return n;
}

bool IsClause(const std::vector<Token>& t, size_t first, size_t last) {
  if (first >= last || IsQuote(t[first]) || !IsWord(t[first])) return false;
  const bool no_one = IsWord(t[first], "no") && first + 1 < last && IsWord(t[first + 1], "one");
  if (!no_one && WordSetOf<kNotClauseStart>().Contains(t[first].text)) return false;
  // A partial quote inside counts as words: 'the commission "treated the review as ..."'.
  size_t quotes = 0;
  for (size_t k = first; k < last; ++k) quotes += IsQuote(t[k]) ? 1 : 0;
  return WordsOutsideQuotes(t, first, last) + 2 * quotes >= kMinClauseWords;
}

// Skips time words and the setting after a verb ("Tuesday", "in a statement", "at a news
// conference on Monday"); returns where the clause starts, or npos when the words after the
// verb are none of those and no "that" follows them.
size_t SkipAdverbials(const std::vector<Token>& t, size_t k, bool* that) {
  *that = false;
  while (k < t.size() && IsWord(t[k])) {
    if (IsWord(t[k], "that")) {
      *that = true;
      const bool subject = k + 1 < t.size() && IsWord(t[k + 1]) &&
                           WordSetOf<kVerbsAfterThat>().Contains(t[k + 1].text);
      return subject ? k : k + 1;
    }
    if (WordSetOf<kTimeWords>().Contains(t[k].text)) {
      // "said this week", "says last year": "this" alone opens the clause ("says this was").
      const bool modifier = IsWord(t[k], "this") || IsWord(t[k], "last") || IsWord(t[k], "next");
      if (modifier && !(k + 1 < t.size() && IsWord(t[k + 1]) &&
                        WordSetOf<kTimeWords>().Contains(t[k + 1].text))) {
        return k;
      }
      ++k;
      continue;
    }
    if (WordSetOf<kPrepositions>().Contains(t[k].text)) {
      // "said in 2014 that": a that within reach ends the adverbial, whatever it is.
      for (size_t j = k + 1; j < t.size() && j - k <= kMaxAdverbialTokens && IsWord(t[j]); ++j) {
        if (IsWord(t[j], "that")) {
          *that = true;
          return j + 1;
        }
      }
      // "in a statement", "at a news conference", "on Twitter".
      size_t j = k + 1;
      while (j < t.size() && j - k <= 4 && IsWord(t[j]) &&
             !WordSetOf<kSettingNouns>().Contains(t[j].text)) {
        ++j;
      }
      if (j < t.size() && IsWord(t[j]) && WordSetOf<kSettingNouns>().Contains(t[j].text)) {
        k = j + 1;
        continue;
      }
      if (k + 1 < t.size() && (IsWord(t[k + 1], "twitter") || IsWord(t[k + 1], "facebook") ||
                               IsWord(t[k + 1], "x") || IsWord(t[k + 1], "instagram"))) {
        k += 2;
        continue;
      }
      return std::string_view::npos;
    }
    return k;
  }
  return k;
}

// The person told: "reporters", "the council", "The Associated Press", "him".
size_t SkipObject(const std::vector<Token>& t, size_t k) {
  if (k >= t.size() || !IsWord(t[k])) return k;
  if (WordSetOf<kObjectPronouns>().Contains(t[k].text)) return k + 1;
  if (IsWord(t[k], "that") || IsSubjectPronoun(t[k]) ||
      WordSetOf<kQuestionWords>().Contains(t[k].text)) {
    return k;
  }
  size_t j = k;
  if (IsWord(t[j], "the") || IsWord(t[j], "a") || IsWord(t[j], "an")) ++j;
  NamePhrase np;
  if (j < t.size() && IsCapitalized(t[j]) && NameStartingAt(t, j, &np)) return np.last;
  const size_t start = j;
  while (j < t.size() && IsWord(t[j]) && j - start < kMaxObjectWords && !StartsUpper(t[j].text) &&
         !IsSubjectPronoun(t[j]) && !IsWord(t[j], "that") && !IsWord(t[j], "the") &&
         !IsWord(t[j], "a") && !IsWord(t[j], "an") && !IsAsciiDigit(t[j].text[0]) &&
         !WordSetOf<kPrepositions>().Contains(t[j].text) &&
         !(j > start && WordSetOf<kPossessives>().Contains(t[j].text))) {
    ++j;
  }
  return j > start ? j : k;
}

// "Deputy Minister Oleksa Dravik, who told reporters that ...": the name a relative "who"
// right before the verb stands for.
bool RelativeSubject(const std::vector<Token>& t, size_t verb, SourcePhrase* out) {
  if (verb < 3 || !IsWord(t[verb - 1], "who") || !IsPunct(t[verb - 2], ",")) return false;
  NamePhrase np;
  if (!NameEndingAt(t, verb - 2, 0, &np) || np.last != verb - 2 || np.organization ||
      np.possessive || np.words < 2) {
    return false;
  }
  SourcePhrase p;
  p.kind = SourceKind::kName;
  p.name = np;
  p.first = np.first;
  p.last = verb;
  *out = std::move(p);
  return true;
}

// "X said (that) ...": a subject, a verb of saying, the clause to the sentence's end.
bool SaidThat(const std::vector<Token>& t, ReportedClause* out) {
  const size_t end = ClauseEnd(t);
  for (size_t v = 1; v < end; ++v) {
    if (!IsWord(t[v])) continue;
    const SpeechVerb* verb = FindSpeechVerb(t[v].text);
    if (verb == nullptr || !verb->reports || !HasParticle(t, v, *verb)) continue;
    SourcePhrase source;
    if (!SubjectOfVerb(t, 0, v, &source) && !RelativeSubject(t, v, &source)) continue;
    size_t k = v + 1 + (verb->particle.empty() ? 0 : 1);
    if (verb->object) k = SkipObject(t, k);
    bool that = false;
    k = SkipAdverbials(t, k, &that);
    if (k == std::string_view::npos) continue;
    if (verb->that_only && !that) continue;
    if (verb->question && !that &&
        !(k < t.size() && IsWord(t[k]) && WordSetOf<kQuestionWords>().Contains(t[k].text))) {
      continue;
    }
    // 'told the Associated Press that "it is highly probable ..."': the quote is the clause.
    const bool quoted = that && k + 1 == end && IsQuote(t[k]);
    if (!quoted && !IsClause(t, k, end)) continue;
    if (!that && !WordSetOf<kPlainSay>().Contains(t[v].text) && !LooksFinite(t, k, end)) continue;
    out->source = std::move(source);
    out->verb = v;
    out->first = k;
    out->last = end;
    return true;
  }
  return false;
}

// "According to X, ..." and "..., according to X."
bool AccordingTo(const std::vector<Token>& t, ReportedClause* out) {
  const size_t end = ClauseEnd(t);
  for (size_t a = 0; a + 1 < end; ++a) {
    if (!IsWord(t[a], "according") || !IsWord(t[a + 1], "to")) continue;
    SourcePhrase source;
    if (!SourceAfter(t, a + 2, &source, /*appositive=*/a != 0)) return false;
    size_t last = source.last;
    if (a == 0 && last < end && IsPunct(t[last], ",")) {
      if (WordsOutsideQuotes(t, last + 1, end) < kMinClauseWords || IsQuote(t[last + 1])) {
        return false;
      }
      out->first = last + 1;
      out->last = end;
    } else if (a > 0 && IsPunct(t[a - 1], ",") && last >= end) {
      if (WordsOutsideQuotes(t, 0, a - 1) < kMinClauseWords || IsQuote(t[0])) return false;
      out->first = 0;
      out->last = a - 1;
    } else {
      return false;
    }
    out->source = std::move(source);
    out->verb = a;
    return true;
  }
  return false;
}

// "..., Whitfield said." / "..., said Whitfield.": an attribution that closes the sentence.
bool SaidAtEnd(const std::vector<Token>& t, ReportedClause* out) {
  const size_t end = ClauseEnd(t);
  for (size_t c = end; c-- > 1;) {
    if (!IsPunct(t[c], ",")) continue;
    Cue cue;
    if (!CueAfter(t, c - 1, &cue) || cue.speech == nullptr) continue;
    // Nothing after the attribution but when and where it was said.
    bool that = false;
    // "..., Chief Patrick Thessing told reporters.": the person told, then when and where.
    const size_t told = cue.speech->object && cue.end == cue.verb + 1 ? SkipObject(t, cue.end)
                                                                        : cue.end;
    const size_t k = SkipAdverbials(t, told, &that);
    if (that || k == std::string_view::npos || k < end) continue;
    const size_t first = 0;
    // "Through his interpreter, he said": a phrase before the attribution is no clause.
    if (WordsOutsideQuotes(t, first, c) <= kMinClauseWords) return false;
    if (IsWord(t[first]) && WordSetOf<kPrepositions>().Contains(t[first].text)) {
      bool comma = false;
      for (size_t i = first; i < c; ++i) comma = comma || IsPunct(t[i], ",");
      if (!comma) return false;
    }
    out->source = std::move(cue.source);
    out->verb = cue.verb;
    out->first = first;
    out->last = c;
    return true;
  }
  return false;
}

// "The catch limits, she says, were left to a commission": an attribution between commas inside
// the clause, in a sentence without quotes.
bool SaidBetweenCommas(const std::vector<Token>& t, ReportedClause* out) {
  const size_t end = ClauseEnd(t);
  for (size_t k = 0; k < end; ++k) {
    if (IsQuote(t[k])) return false;
  }
  for (size_t c = 1; c + 2 < end; ++c) {
    if (!IsPunct(t[c], ",")) continue;
    for (size_t v = c + 2; v + 1 < end && v - c <= 6; ++v) {
      if (IsPunct(t[v], ",")) break;
      const SpeechVerb* verb = IsWord(t[v]) ? FindSpeechVerb(t[v].text) : nullptr;
      if (verb == nullptr || !verb->reports || !IsPunct(t[v + 1], ",")) continue;
      SourcePhrase source;
      if (!SubjectBefore(t, c + 1, v, &source) || source.kind == SourceKind::kDescription) break;
      if (WordsOutsideQuotes(t, 0, c) < 2 || !IsClause(t, v + 2, end)) break;
      out->source = std::move(source);
      out->verb = v;
      out->first = 0;
      out->last = end;
      out->gap_first = c;
      out->gap_last = v + 2;
      return true;
    }
  }
  return false;
}

}  // namespace

bool FindReportedSpeech(const std::vector<Token>& tokens, ReportedClause* out) {
  return AccordingTo(tokens, out) || SaidThat(tokens, out) || SaidAtEnd(tokens, out) ||
         SaidBetweenCommas(tokens, out);
}

}  // namespace newsarchive
