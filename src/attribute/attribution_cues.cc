#include "attribute/attribution_cues.h"

#include "base/text_util.h"
#include "people/name_mentions.h"
#include "people/names.h"

namespace newsarchive {
namespace {

constexpr size_t kMaxAppositiveTokens = 40;
constexpr size_t kMaxRolePrefixWords = 7;
constexpr size_t kMaxDescriptionWords = 9;
constexpr size_t kMaxSubjectSearch = 25;
constexpr size_t kMaxGapBeforeQuote = 8;

constexpr std::string_view kDeterminers[] = {
    "a",     "an",       "the",      "one",       "two",     "three", "four",    "five",
    "six",   "several",  "some",     "many",      "most",    "other", "another", "both",
    "few",   "numerous", "multiple", "various",   "his",     "her",   "their",   "its",
    "our",   "my",       "your",     "this",      "that",    "these", "those",   "each",
    "every", "dozens",   "hundreds", "thousands", "senior",  "top",   "local",   "federal",
    "state", "city",     "county",   "police",    "company", "former"};

// Heads of descriptions of unnamed sources beyond the jobs LooksLikeRole knows.
constexpr std::string_view kSourceNouns[] = {
    "officials",     "official",     "police",        "authorities",     "experts",
    "analysts",      "critics",      "residents",     "witnesses",       "prosecutors",
    "investigators", "sources",      "source",        "scientists",      "researchers",
    "economists",    "officers",     "doctors",       "lawmakers",       "legislators",
    "democrats",     "republicans",  "organizers",    "advocates",       "activists",
    "protesters",    "parents",      "students",      "teachers",        "workers",
    "employees",     "people",       "person",        "neighbors",       "neighbours",
    "friends",       "family",       "relatives",     "statement",       "report",
    "company",       "agency",       "department",    "court",           "ministry",
    "government",    "website",      "release",       "letter",          "filing",
    "lawsuit",       "complaint",    "study",         "survey",          "document",
    "documents",     "records",      "team",          "league",          "club",
    "campaign",      "group",        "office",        "administration",  "observers",
    "diplomats",     "aides",        "aide",          "staff",           "staffers",
    "members",       "leaders",      "executives",    "owners",          "voters",
    "supporters",    "opponents",    "commissioners", "council",         "board",
    "committee",     "firm",         "military",      "embassy",         "newspaper",
    "network",       "bureau",       "service",       "association",     "union",
    "authority",     "commission",   "spokespeople",  "representatives", "insiders",
    "others",        "organization", "agencies",      "companies",       "groups",
    "officers",      "troops",       "militants",     "rebels",          "citizens",
    "villagers",     "farmers",      "locals",        "americans",       "voters",
    "fans",          "users",        "customers",     "patients",        "victims",
    "survivors",     "colleagues",   "coworkers",     "relative",        "neighbor",
    "memo",          "email",        "post",          "tweet",           "video",
    "message",       "announcement", "ruling",        "order",           "notice",
    "filings",       "data"};

// Words that make a run of words a clause rather than a description of someone.
constexpr std::string_view kClauseWords[] = {
    "that", "which",   "who",   "whom",  "is",     "was",    "were",  "are",   "has",  "had",
    "have", "will",    "would", "can",   "could",  "should", "may",   "might", "must", "be",
    "been", "being",   "did",   "does",  "do",     "and",    "or",    "but",   "if",   "when",
    "he",   "she",     "they",  "i",     "we",     "it",     "you",   "said",  "says", "told",
    "not",  "because", "while", "after", "before", "since",  "until", "where"};

// Sentence openers that stand before a subject: "But Harlow said", "Still, she said".
constexpr std::string_view kOpeners[] = {"and",   "but",       "so",      "yet",       "still",
                                         "now",   "meanwhile", "however", "instead",   "also",
                                         "later", "then",      "finally", "separately",
                                         "though", "although", "while"};

// Words after which a description that follows an inverted verb stops: "said a bureau
// engineer after the vote".
constexpr std::string_view kDescriptionStops[] = {
    "who",     "which",     "that",      "in",      "on",       "at",        "during",
    "after",   "before",    "when",      "as",      "while",    "because",   "adding",
    "noting",  "saying",    "and",       "but",     "though",   "although",  "since",
    "until",   "if",        "to",        "last",    "this",     "on",        "monday",
    "tuesday", "wednesday", "thursday",  "friday",  "saturday", "sunday",    "earlier",
    "later",   "today",     "yesterday", "tonight", "recently", "afterward", "afterwards"};

constexpr std::string_view kTitleQualifiers[] = {"former",   "then",     "retired", "late",
                                                 "acting",   "outgoing", "incoming", "longtime",
                                                 "the",      "interim",  "deputy",   "then-"};

constexpr std::string_view kPassive[] = {"was",   "were", "is",  "are", "been",
                                         "being", "be",   "get", "got", "gets"};

bool IsDash(const Token& t) {
  return IsPunct(t, "\u2014") || IsPunct(t, "\u2013") || IsPunct(t, "-");
}

bool IsSentencePunct(const Token& t) {
  return IsPunct(t, ".") || IsPunct(t, ";") || IsPunct(t, "?") || IsPunct(t, "!");
}

bool IsLowerWord(const Token& t) { return IsWord(t) && !StartsUpper(t.text); }

std::string_view Bare(const Token& t) { return WithoutPossessive(t.text); }

bool IsSourceNoun(std::string_view w) {
  return WordSetOf<kSourceNouns>().Contains(w) || IsJobWord(w);
}

std::string TextOf(const std::vector<Token>& t, size_t first, size_t last) {
  std::string out;
  for (size_t k = first; k < last; ++k) {
    if (!out.empty() && t[k].kind != TokenKind::kPunct) out += ' ';
    if (!out.empty() && t[k].kind == TokenKind::kPunct && (IsPunct(t[k], "(") || IsDash(t[k]))) {
      out += ' ';
    }
    out += std::string(t[k].text);
  }
  return out;
}

// "Retired teacher", "his former lawyer", "national security adviser", "NPR's": the job
// words before a name. The first word may be capitalized (it opens the sentence).
bool IsRolePrefix(const std::vector<Token>& t, size_t first, size_t last) {
  if (first == last) return true;
  if (last - first > kMaxRolePrefixWords) return false;
  // "former Associate Justice David Souter": words that qualify the title that follows.
  bool qualifiers = true;
  for (size_t k = first; k < last && qualifiers; ++k) {
    qualifiers = IsWord(t[k]) && WordSetOf<kTitleQualifiers>().Contains(t[k].text);
  }
  if (qualifiers && IsCapitalized(t[last])) return true;
  for (size_t k = first; k < last; ++k) {
    if (!IsWord(t[k])) return false;
    const std::string_view w = Bare(t[k]);
    const bool possessive = w.size() != t[k].text.size();
    if (possessive) {
      if (k + 1 == last) return true;  // "NPR's Ayesha Rascoe"
      continue;                        // "the team's owner"
    }
    if (k == first && WordSetOf<kDeterminers>().Contains(w)) continue;
    if (WordSetOf<kClauseWords>().Contains(w) || IsCapitalizedNonName(w)) {
      if (!(k == first && WordSetOf<kDeterminers>().Contains(w))) return false;
    }
    if (k > first && StartsUpper(w) && k + 1 == last) return false;
  }
  const Token& head = t[last - 1];
  return IsJobWord(head.text) && (IsLowerWord(head) || last - 1 == first);
}

// A description of someone unnamed: "a bureau engineer", "officials", "White House
// officials", "a spokeswoman for the agency", "two people familiar with the talks".
bool IsDescription(const std::vector<Token>& t, size_t first, size_t last) {
  if (first >= last || last - first > kMaxDescriptionWords) return false;
  bool noun = false;
  size_t capitals = 0;
  for (size_t k = first; k < last; ++k) {
    if (!IsWord(t[k])) return false;
    const std::string_view w = Bare(t[k]);
    if (WordSetOf<kClauseWords>().Contains(w)) return false;
    if (IsLowerWord(t[k]) && IsSourceNoun(w)) noun = true;
    capitals = StartsUpper(w) && k > first ? capitals + 1 : 0;
    if (capitals >= 2) {
      // Two capitalized words in a row inside: a name ("a spokesman for Tina Marsh") makes the
      // phrase no plain description, unless they name a body ("White House officials").
      NamePhrase np;
      if (NameEndingAt(t, k + 1, first, &np) && !np.organization && np.words >= 2) return false;
    }
  }
  if (!noun) return false;
  const std::string_view lead = Bare(t[first]);
  return WordSetOf<kDeterminers>().Contains(lead) || IsSourceNoun(lead) || StartsUpper(lead);
}

// "Halvard Research", "the Ferris State University": capitalized words (joined by "of", "and",
// "for", "&"), after "the" at most.
bool IsBodyName(const std::vector<Token>& t, size_t first, size_t last) {
  if (first < last && IsWord(t[first], "the")) ++first;
  if (first >= last || !IsCapitalized(t[first]) || !IsCapitalized(t[last - 1])) return false;
  for (size_t k = first; k < last; ++k) {
    if (!IsWord(t[k])) return false;
    const bool joiner = IsWord(t[k], "of") || IsWord(t[k], "and") || IsWord(t[k], "for") ||
                        IsWord(t[k], "&");
    if (!joiner && !IsCapitalized(t[k])) return false;
  }
  return true;
}

// The head of a subject, tokens [first, last): a pronoun, a name or a description.
bool ReadHead(const std::vector<Token>& t, size_t first, size_t last, SourcePhrase* out) {
  if (last - first == 1 && IsSubjectPronoun(t[first])) {
    const std::string p = AsciiLowerCopy(t[first].text);
    out->kind = p == "i" || p == "we" ? SourceKind::kFirstPerson : SourceKind::kPronoun;
    out->pronoun = p;
    return true;
  }
  NamePhrase np;
  if (NameEndingAt(t, last, first, &np) && np.last == last && !np.possessive) {
    // "the Portville Water Bureau": a body, after an article at most.
    const bool article = np.first == first + 1 && WordSetOf<kDeterminers>().Contains(t[first].text);
    if (np.organization && (np.first == first || article)) {
      out->kind = SourceKind::kDescription;
      out->description = TextOf(t, first, last);
      return true;
    }
    if (!np.organization && IsRolePrefix(t, first, np.first)) {
      out->kind = SourceKind::kName;
      out->name = np;
      return true;
    }
  }
  if (IsDescription(t, first, last)) {
    out->kind = SourceKind::kDescription;
    out->description = TextOf(t, first, last);
    return true;
  }
  return false;
}

// "Marigold Drive resident Darrell Prill", "Arlington Police Lt. Courtney White": a place or a
// body, then job words or a title, then the name of the person (out), who is the one speaking.
// False unless a name with a job word or a title before it follows the capitalized run.
bool PlaceThenName(const std::vector<Token>& t, size_t first, NamePhrase* out) {
  NamePhrase place;
  if (!IsCapitalized(t[first]) || !NameStartingAt(t, first, &place) || place.possessive ||
      !place.title.empty() || place.last >= t.size()) {
    return false;
  }
  size_t k = place.last;
  // "Arlington Police": a word that makes the run a body, which the name run stopped before.
  while (k < t.size() && k - place.last < 3 && IsCapitalized(t[k]) &&
         LooksLikeOrganization(t[k].text)) {
    ++k;
  }
  const size_t words = k;
  while (k < t.size() && k - words < kMaxRolePrefixWords && IsLowerWord(t[k])) ++k;
  const bool job = k > words && IsJobWord(Bare(t[k - 1]));
  for (size_t j = words; j + 1 < k; ++j) {
    if (WordSetOf<kClauseWords>().Contains(t[j].text)) return false;
  }
  NamePhrase np;
  if (k >= t.size() || !NameStartingAt(t, k, &np) || np.organization || np.possessive) {
    return false;
  }
  if (!job && (k != words || np.title.empty())) return false;
  *out = std::move(np);
  return true;
}

// The end of the appositive that starts after the comma at tokens[comma]: the next comma, or
// the sentence's end; npos when a quote or the end of a clause comes first.
size_t AppositiveEnd(const std::vector<Token>& t, size_t comma) {
  for (size_t k = comma + 1; k < t.size() && k - comma <= kMaxAppositiveTokens; ++k) {
    if (IsPunct(t[k], ",")) return k;
    if (IsQuote(t[k])) return std::string_view::npos;
    if (IsSentencePunct(t[k])) return k;
  }
  return std::string_view::npos;
}

// The sentence's subject when it is a name or "he"/"she" right before a lowercase word (its
// verb), ending before tokens[end]: "Sills spoke ...", "But she turned ...".
bool SubjectAtStart(const std::vector<Token>& t, size_t end, SourcePhrase* out) {
  size_t s = 0;
  while (s + 1 < end && IsWord(t[s]) && WordSetOf<kOpeners>().Contains(t[s].text)) {
    ++s;
    if (IsPunct(t[s], ",")) ++s;
  }
  if (s >= end) return false;
  SourcePhrase p;
  p.first = s;
  if (IsWord(t[s], "he") || IsWord(t[s], "she")) {
    p.kind = SourceKind::kPronoun;
    p.pronoun = AsciiLowerCopy(t[s].text);
    p.last = s + 1;
  } else {
    NamePhrase np;
    if (!NameStartingAt(t, s, &np) || np.organization || np.possessive) return false;
    p.kind = SourceKind::kName;
    p.name = np;
    p.last = np.last;
  }
  if (p.last >= end || !IsLowerWord(t[p.last]) || IsSubjectPronoun(t[p.last])) return false;
  for (size_t k = p.last; k < end; ++k) {
    if (IsQuote(t[k]) || IsSentencePunct(t[k])) return false;
  }
  *out = std::move(p);
  return true;
}

// A word that ends a clause, so that "and" after it starts another one rather than joining
// two subjects ("The council voted 5-2 and Sousa said", "Dale said and Sills said", "approved
// it and Sousa said"; never "the mayor and Sousa said").
bool EndsClause(const Token& w) {
  static constexpr std::string_view kClauseEnds[] = {"it",    "them",  "him",       "today",
                                                     "tonight", "yesterday", "again", "later"};
  if (!IsWord(w)) return false;
  if (IsAsciiDigit(w.text[0])) return true;
  if (!IsLowerWord(w)) return false;
  const SpeechVerb* verb = FindSpeechVerb(w.text);
  return (verb != nullptr && !verb->participle) || WordSetOf<kClauseEnds>().Contains(w.text);
}

}  // namespace

bool HasParticle(const std::vector<Token>& t, size_t verb, const SpeechVerb& speech) {
  return speech.particle.empty() || (verb + 1 < t.size() && IsWord(t[verb + 1], speech.particle));
}

bool IsSubjectPronoun(const Token& t) {
  if (!IsWord(t)) return false;
  for (std::string_view p : {"he", "she", "they", "i", "we", "it"}) {
    if (EqualsIgnoreCase(t.text, p)) return true;
  }
  return false;
}

bool SubjectBefore(const std::vector<Token>& t, size_t first, size_t verb, SourcePhrase* out) {
  size_t e = verb;
  while (e > first && IsWord(t[e - 1]) && IsWordBeforeSpeechVerb(t[e - 1].text)) --e;
  if (e == first) return false;
  if (IsWord(t[e - 1]) && WordSetOf<kPassive>().Contains(t[e - 1].text)) return false;
  size_t s = first;
  while (s + 1 < e && IsWord(t[s]) && WordSetOf<kOpeners>().Contains(t[s].text)) {
    ++s;
    if (IsPunct(t[s], ",")) ++s;  // "Still, she said"
  }
  if (s >= e) return false;
  SourcePhrase p;
  p.first = s;
  p.last = verb;
  const Token& end = t[e - 1];
  if (IsPunct(end, ",") || IsPunct(end, ")") || IsDash(end)) {
    // A name and its appositives: "Jenna Whitfield, a spokeswoman for ..., said".
    size_t c = s;
    while (c < e && !IsPunct(t[c], ",") && !IsPunct(t[c], "(") && !IsDash(t[c])) ++c;
    if (c == s || c >= e - 1 || e - c > kMaxAppositiveTokens) return false;
    size_t depth = 0;  // "Sen. Dana Pike (D-Ore.) said": a period inside parentheses
    for (size_t k = c; k < e; ++k) {
      if (IsPunct(t[k], "(")) ++depth;
      if (IsPunct(t[k], ")") && depth > 0) --depth;
      if (IsQuote(t[k]) || (IsSentencePunct(t[k]) && depth == 0)) return false;
    }
    if (!ReadHead(t, s, c, &p)) return false;
    if (p.kind == SourceKind::kDescription && IsPunct(t[c], ",")) {
      // "The team's owner, Gregory Vance, said": the name is the appositive.
      NamePhrase np;
      const size_t next = AppositiveEnd(t, c);
      if (next != std::string_view::npos && NameStartingAt(t, c + 1, &np) && np.last == next &&
          !np.organization) {
        p.kind = SourceKind::kName;
        p.name = np;
        p.role_first = s;
        p.role_last = c;
        p.description.clear();
      }
    }
    *out = std::move(p);
    return true;
  }
  for (size_t k = s; k < e; ++k) {
    if (!IsWord(t[k])) return false;
  }
  if (ReadHead(t, s, e, &p)) {
    *out = std::move(p);
    return true;
  }
  // "Analyst Teodora Vasic of Halvard Research said": a name, then the body it belongs to.
  for (size_t o = s + 1; o + 1 < e; ++o) {
    if (!IsWord(t[o], "of") && !IsWord(t[o], "at") && !IsWord(t[o], "from")) continue;
    if (!IsBodyName(t, o + 1, e)) return false;
    SourcePhrase head;
    head.first = s;
    head.last = verb;
    if (!ReadHead(t, s, o, &head) || head.kind != SourceKind::kName) return false;
    *out = std::move(head);
    return true;
  }
  return false;
}

bool SourceAfter(const std::vector<Token>& t, size_t first, SourcePhrase* out, bool appositive) {
  if (first >= t.size()) return false;
  SourcePhrase p;
  p.first = first;
  if (IsSubjectPronoun(t[first])) {
    const std::string pronoun = AsciiLowerCopy(t[first].text);
    p.kind = pronoun == "i" || pronoun == "we" ? SourceKind::kFirstPerson : SourceKind::kPronoun;
    p.pronoun = pronoun;
    p.last = first + 1;
    *out = std::move(p);
    return true;
  }
  // The job words before a name: "said national security adviser John Bolton", "said U.S.
  // foreign policy reporter Bradley Klapper" (a one-word body before them).
  size_t name_at = first;
  NamePhrase body;
  if (IsCapitalized(t[first]) && NameStartingAt(t, first, &body) && body.organization &&
      body.words == 1 && body.last < t.size() && IsLowerWord(t[body.last])) {
    name_at = body.last;
  }
  while (name_at < t.size() && name_at - first < kMaxRolePrefixWords && IsLowerWord(t[name_at])) {
    ++name_at;
  }
  NamePhrase np;
  if (name_at == first && PlaceThenName(t, first, &np)) {
    p.kind = SourceKind::kName;
    p.name = np;
    p.last = np.last;
  } else if (name_at < t.size() && NameStartingAt(t, name_at, &np) && !np.possessive &&
             IsRolePrefix(t, first, name_at)) {
    if (np.organization) {
      p.kind = SourceKind::kDescription;
      // "said the Russian foreign minister": the job words after a one-word body or nation.
      size_t job = np.last;
      while (job < t.size() && job - np.last < kMaxRolePrefixWords && IsLowerWord(t[job]) &&
             !WordSetOf<kDescriptionStops>().Contains(t[job].text)) {
        ++job;
      }
      while (job > np.last && !IsJobWord(Bare(t[job - 1]))) --job;
      if (np.words == 1 && job > np.last && !(job < t.size() && IsCapitalized(t[job]))) {
        np.last = job;
      }
      p.description = TextOf(t, first, np.last);
    } else {
      p.kind = SourceKind::kName;
      p.name = np;
    }
    p.last = np.last;
  } else {
    size_t last = first;
    while (last < t.size() && last - first < kMaxDescriptionWords && IsWord(t[last]) &&
           !(last > first && WordSetOf<kDescriptionStops>().Contains(t[last].text))) {
      ++last;
    }
    if (!IsDescription(t, first, last)) return false;
    p.kind = SourceKind::kDescription;
    p.description = TextOf(t, first, last);
    p.last = last;
  }
  if (appositive && p.last < t.size() && IsPunct(t[p.last], ",")) {
    const size_t end = AppositiveEnd(t, p.last);
    if (end != std::string_view::npos) p.last = end;
  }
  *out = std::move(p);
  return true;
}

bool SubjectOfVerb(const std::vector<Token>& t, size_t from, size_t verb, SourcePhrase* out) {
  for (size_t s = from; s < verb; ++s) {
    // "..., and Harlow said", never "Trump and Kim said".
    const bool conjunction =
        s >= 2 && (IsWord(t[s - 1], "and") || IsWord(t[s - 1], "but")) &&
        (IsPunct(t[s - 2], ",") || EndsClause(t[s - 2]));
    const bool start = s == from || IsPunct(t[s - 1], ",") || IsPunct(t[s - 1], ";") ||
                       IsDash(t[s - 1]) || IsPunct(t[s - 1], ":") || conjunction ||
                       IsQuote(t[s - 1]);
    if (start && SubjectBefore(t, s, verb, out)) return true;
  }
  return false;
}

bool CueAfter(const std::vector<Token>& t, size_t quote, Cue* cue) {
  size_t j = quote + 1;
  if (j < t.size() && (IsPunct(t[j], ",") || IsDash(t[j]))) ++j;
  if (j >= t.size() || !IsWord(t[j])) return false;
  Cue c;
  if (IsWord(t[j], "according") && j + 1 < t.size() && IsWord(t[j + 1], "to")) {
    if (!SourceAfter(t, j + 2, &c.source)) return false;
    c.verb = j;
    c.end = c.source.last;
    *cue = std::move(c);
    return true;
  }
  const SpeechVerb* verb = FindSpeechVerb(t[j].text);
  if (verb != nullptr && verb->inverts) {
    if (!SourceAfter(t, j + 1, &c.source)) return false;
    c.verb = j;
    c.speech = verb;
    c.end = c.source.last;
    *cue = std::move(c);
    return true;
  }
  for (size_t v = j + 1; v < t.size() && v - j <= kMaxSubjectSearch; ++v) {
    if (IsQuote(t[v]) || IsSentencePunct(t[v])) return false;
    verb = IsWord(t[v]) ? FindSpeechVerb(t[v].text) : nullptr;
    if (verb == nullptr || verb->participle) continue;
    if (!HasParticle(t, v, *verb)) return false;
    if (!SubjectBefore(t, j, v, &c.source)) return false;
    c.verb = v;
    c.speech = verb;
    c.end = v + 1 + (verb->particle.empty() ? 0 : 1);
    *cue = std::move(c);
    return true;
  }
  return false;
}

bool CueBefore(const std::vector<Token>& t, size_t quote, Cue* cue) {
  if (quote == 0) return false;
  size_t gap_end = quote;
  bool mark = false;
  if (IsPunct(t[quote - 1], ":") || IsPunct(t[quote - 1], ",")) {
    gap_end = quote - 1;
    mark = true;
  }
  for (size_t v = gap_end; v-- > 0 && gap_end - v <= kMaxGapBeforeQuote;) {
    if (!IsWord(t[v])) return false;
    Cue c;
    if (IsWord(t[v], "according") && v + 1 < gap_end && IsWord(t[v + 1], "to") && mark) {
      if (!SourceAfter(t, v + 2, &c.source) || c.source.last != gap_end) return false;
      c.verb = v;
      c.end = gap_end;
      *cue = std::move(c);
      return true;
    }
    const SpeechVerb* verb = FindSpeechVerb(t[v].text);
    if (verb == nullptr) continue;
    if (verb->participle) {
      // "Sills spoke to reporters, saying, '...'": the sentence's subject, right after a comma.
      if (!mark || v + 1 != gap_end || v == 0 || !IsPunct(t[v - 1], ",")) return false;
      if (!SubjectAtStart(t, v - 1, &c.source)) return false;
      c.verb = v;
      c.speech = verb;
      c.end = gap_end;
      *cue = std::move(c);
      return true;
    }
    if (!HasParticle(t, v, *verb)) return false;
    // Between the verb and the quote: nothing, "that", or (before a colon or comma) the person
    // told and when or where: "told reporters:", "said in a statement:".
    const size_t gap = gap_end - v - 1;
    if (!mark && !(gap == 0 || (gap == 1 && IsWord(t[v + 1], "that")))) return false;
    if (!SubjectOfVerb(t, 0, v, &c.source)) return false;
    c.verb = v;
    c.speech = verb;
    c.end = gap_end;
    *cue = std::move(c);
    return true;
  }
  return false;
}

}  // namespace newsarchive
