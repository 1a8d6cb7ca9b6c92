#include "attribute/quote_attribution.h"

#include <string>

#include "attribute/attribution_cues.h"
#include "attribute/pronoun_resolution.h"
#include "attribute/reported_speech.h"
#include "base/text_util.h"
#include "people/name_mentions.h"
#include "people/names.h"

namespace newsarchive {
namespace {

constexpr size_t kMaxWordsBeforeJoin = 4;
constexpr size_t kMinWordsInside = 2;

// Words before a quotation that make it a name, a term or a title rather than someone's words.
constexpr std::string_view kNotSpeechBefore[] = {
    "so-called", "called",   "calling",  "dubbed",  "nicknamed", "titled",   "entitled",
    "named",     "as",       "term",     "terms",   "word",      "words",    "phrase",
    "slogan",    "label",    "headline", "book",    "film",      "movie",    "song",
    "album",     "show",     "series",   "article", "column",    "podcast",  "documentary",
    "play",      "poem",     "essay",    "program", "programme", "campaign", "motto",
    "hashtag",   "nickname", "brand",    "theme",   "chant",     "sign",     "signs",
    "reads",     "read",     "marked",   "stamped", "tagged",    "episode",  "report"};

struct Credit {
  bool found = false;  // a cue credits the words, to a person or to someone unnamed
  int person = -1;
  std::string source;
};

struct SpanState {
  Credit before;
  Credit after;
  Credit inside;
  Credit follows;
  size_t before_sentence = 0;
  size_t after_sentence = 0;
  int joined_to = -1;  // the span this one is the second half of
  bool alone = false;  // its sentence is nothing but the quote
  bool not_speech = false;
};

// The first token of the clause that holds tokens[at]: after the last comma, semicolon, colon
// or dash before it.
size_t ClauseFirst(const std::vector<Token>& t, size_t at) {
  for (size_t k = at; k-- > 0;) {
    if (IsPunct(t[k], ",") || IsPunct(t[k], ";") || IsPunct(t[k], ":") ||
        IsPunct(t[k], "\u2014") || IsPunct(t[k], "\u2013")) {
      return k + 1;
    }
  }
  return 0;
}

class RunAttribution {
 public:
  RunAttribution(const ProseRun& run, ProsePeople* people, std::vector<Quote>* out)
      : run_(run), people_(people), out_(out), spans_(run.quotes.size()) {}

  void Run() {
    for (size_t si = 0; si < run_.sentences.size(); ++si) Sentence(si);
    Emit();
  }

 private:
  Credit CreditOf(const SourcePhrase& source, const std::vector<Token>& t) {
    Credit c;
    c.found = true;
    switch (source.kind) {
      case SourceKind::kNone:
        c.found = false;
        break;
      case SourceKind::kName:
        c.person = people_->Find(source.name.name);
        if (c.person < 0) c.source = source.name.name;
        break;
      case SourceKind::kPronoun:
        // ", she said" closing what someone else did: the names before the comma are the
        // report's, not the speaker's ("Smith walked away and shot himself, she said").
        c.person = discourse_.Resolve(
            source.pronoun, source.first, people_->genders(),
            ClauseFirst(t, source.first) == source.first ? source.first : 0);
        if (c.person >= 0) {
          people_->SetGender(c.person, PronounGender(source.pronoun));
          discourse_.Name(c.person, source.first);
        }
        break;
      case SourceKind::kFirstPerson:
        c.person = run_.turn ? run_.turn_speaker : -1;
        break;
      case SourceKind::kDescription: {
        // "the mayor": the one person whose role is mayor; "the Russian foreign minister": the
        // one whose role is minister, when "Russian" and "foreign" are in that role too.
        if (source.last >= source.first + 2 && IsWord(t[source.first], "the")) {
          size_t last = source.first + 1;
          while (last < source.last && last - source.first <= 4 && IsWord(t[last])) ++last;
          if (last == source.last || !IsWord(t[last])) {
            c.person = people_->FindByJob(t[last - 1].text);
            if (c.person >= 0 && !InRoles(c.person, t, source.first + 1, last - 1)) c.person = -1;
          }
        }
        if (c.person < 0) c.source = source.description;
        break;
      }
    }
    return c;
  }

  // The people named in the sentence outside its quotes, for pronouns to refer to.
  void NameReferences(const std::vector<Token>& t) {
    for (const NamePhrase& np : NamesIn(t)) {
      if (np.organization) continue;
      const int person = people_->Find(np.name);
      if (person >= 0) {
        discourse_.Name(person, np.name_first);
      } else if (np.words >= 2 || !np.title.empty() || np.gender != 0) {
        discourse_.Name(kUnknownPerson, np.name_first);
      }
    }
    // "The president defended Susan Rice, and he said": "the president" is someone too, so "he"
    // is not Rice by default. The one person with that job, or someone unknown.
    for (size_t k = 0; k + 1 < t.size(); ++k) {
      if (!IsWord(t[k], "the") || !IsWord(t[k + 1]) || StartsUpper(t[k + 1].text)) continue;
      const std::string_view job = WithoutPossessive(t[k + 1].text);
      const bool plural = job.size() > 3 && job.back() == 's' && IsJobWord(job.substr(0, job.size() - 1));
      if (plural || !IsJobWord(job)) continue;
      if (k + 2 < t.size() && IsCapitalized(t[k + 2])) continue;  // "the mayor, Denise Harlow"
      const int person = people_->FindByJob(job);
      discourse_.Name(person >= 0 ? person : kUnknownPerson, k + 1);
    }
  }

  // Whether every word of tokens [first, last) is a word of one of the person's roles.
  bool InRoles(int person, const std::vector<Token>& t, size_t first, size_t last) const {
    const std::vector<Role>& roles = people_->speakers()[person].roles;
    for (size_t k = first; k < last; ++k) {
      bool found = false;
      for (const Role& r : roles) {
        for (std::string_view w : SplitWords(r.title))
          found = found || EqualsIgnoreCase(w, t[k].text);
      }
      if (!found) return false;
    }
    return true;
  }

  bool StartsLower(size_t quote) const {
    const QuotePiece& p = run_.quotes[quote].pieces[0];
    const std::string_view text = run_.paragraphs[p.paragraph].text;
    return p.begin < p.end && text[p.begin] >= 'a' && text[p.begin] <= 'z';
  }

  bool NotSpeechBefore(const std::vector<Token>& t, size_t k) {
    if (k == 0 || !IsWord(t[k - 1])) return false;
    if (WordSetOf<kNotSpeechBefore>().Contains(t[k - 1].text)) return true;
    return k >= 2 && IsWord(t[k - 1], "the") && IsWord(t[k - 2], "called");
  }

  void Sentence(size_t si) {
    const ::newsarchive::Sentence& s = run_.sentences[si];
    const std::vector<Token>& t = s.tokens;
    discourse_.StartSentence();
    NameReferences(t);
    Credit speech;
    size_t quotes_here = 0;
    int only_quote = -1;
    bool other_words = false;
    for (size_t k = 0; k < t.size(); ++k) {
      if (!IsQuote(t[k])) {
        other_words = other_words || IsWord(t[k]);
        continue;
      }
      ++quotes_here;
      only_quote = t[k].quote;
      SpanState& state = spans_[t[k].quote];
      const size_t pieces = run_.quotes[t[k].quote].pieces.size();
      if (t[k].piece == 0 && NotSpeechBefore(t, k)) state.not_speech = true;
      Cue cue;
      if (t[k].piece == 0 && CueBefore(t, k, &cue)) {
        state.before = CreditOf(cue.source, t);
        state.before_sentence = si;
        if (!speech.found) speech = state.before;
      }
      if (t[k].piece + 1 == pieces && CueAfter(t, k, &cue)) {
        state.after = CreditOf(cue.source, t);
        state.after_sentence = si;
        if (!speech.found) speech = state.after;
        // "'A,' she said, 'B.'": the quote after the cue is this one's second half.
        size_t j = cue.end;
        while (j < t.size() && IsWord(t[j]) && j - cue.end < kMaxWordsBeforeJoin) ++j;
        if (j + 1 < t.size() && IsPunct(t[j], ",") && IsQuote(t[j + 1]) && t[j + 1].piece == 0) {
          spans_[t[j + 1].quote].joined_to = t[k].quote;
        } else if (cue.end < t.size() && IsQuote(t[cue.end]) && t[cue.end].piece == 0 &&
                   StartsLower(t[cue.end].quote)) {
          // "'However', he added 'the minister insisted'": no comma, but the second half goes
          // on in lowercase.
          spans_[t[cue.end].quote].joined_to = t[k].quote;
        }
      }
    }
    ReportedClause reported;
    if (FindReportedSpeech(t, &reported)) {
      const Credit credit = CreditOf(reported.source, t);
      if (credit.found && !speech.found) speech = credit;
      if (credit.person >= 0) {
        EmitReported(s, reported, credit);
        for (size_t k = reported.first; k < reported.last; ++k) {
          if (IsQuote(t[k]) && !NotSpeechBefore(t, k)) spans_[t[k].quote].inside = credit;
        }
      }
    }
    // A sentence that is one quote and nothing else: the words of whoever the sentence before
    // credited words to.
    if (quotes_here == 1 && !other_words) {
      SpanState& state = spans_[only_quote];
      state.alone = true;
      if (!state.before.found && !state.after.found && last_speech_.found &&
          last_speech_sentence_ + 1 == si) {
        state.follows = last_speech_;
        if (!speech.found) speech = last_speech_;
      }
    }
    if (speech.person >= 0) discourse_.Speech(speech.person);
    if (speech.found) {
      last_speech_ = speech;
      last_speech_sentence_ = si;
    }
  }

  bool IsTurnSpeaker(int person) const {
    return run_.turn && person >= 0 && person == run_.turn_speaker;
  }

  void EmitReported(const ::newsarchive::Sentence& s, const ReportedClause& r,
                    const Credit& credit) {
    if (IsTurnSpeaker(credit.person)) return;
    const ProseParagraph& p = run_.paragraphs[s.paragraph];
    size_t begin = s.tokens[r.first].begin;
    size_t end = s.tokens[r.last - 1].end;
    while (end > begin && (p.text[end - 1] == ',' || p.text[end - 1] == ';' ||
                           p.text[end - 1] == ':' || IsSpace(p.text[end - 1]))) {
      --end;
    }
    Quote q;
    q.kind = QuoteKind::kReported;
    q.speaker = credit.person;
    if (r.gap_last > r.gap_first) {
      // The words on both sides of "..., she says, ...".
      const size_t gap_begin = s.tokens[r.gap_first].begin;
      const size_t gap_end = s.tokens[r.gap_last].begin;
      q.text = std::string(p.text.substr(begin, gap_begin - begin)) + " " +
               std::string(p.text.substr(gap_end, end - gap_end));
    } else {
      q.text = std::string(p.text.substr(begin, end - begin));
    }
    q.found_in = p.block;
    q.begin = p.offset + begin;
    q.end = p.offset + end;
    out_->push_back(std::move(q));
  }

  // "Meet the Press", "Make It Count": every longer word capitalized, no closing punctuation.
  static bool LooksLikeTitle(std::string_view words) {
    std::vector<std::string_view> split = SplitWords(words);
    if (split.empty() || split.size() > 8) return false;
    const char last = words.empty() ? 0 : words.back();
    if (last == '.' || last == '?' || last == '!' || last == ',') return false;
    for (std::string_view w : split) {
      if (w.size() >= 4 && !StartsUpper(w)) return false;
    }
    return true;
  }

  void Emit() {
    for (size_t q = 0; q < spans_.size(); ++q) {
      const SpanState& state = spans_[q];
      if (state.joined_to >= 0) continue;
      Credit credit;
      if (state.after.found && state.before.found && state.after.person >= 0 &&
          state.before.person >= 0 && state.after.person != state.before.person) {
        credit.found = false;  // two cues that disagree: no one
      } else if (state.after.found) {
        credit = state.after;
      } else if (state.before.found) {
        credit = state.before;
      } else if (state.inside.found && !state.not_speech) {
        credit = state.inside;
      } else if (state.follows.found && !state.not_speech) {
        credit = state.follows;
      }
      const std::string text = QuoteText(q);
      if (!state.after.found && !state.before.found) {
        if (state.not_speech || LooksLikeTitle(text)) continue;
        if (state.inside.found && SplitWords(text).size() < kMinWordsInside) continue;
        if (!credit.found && !state.alone) continue;
      }
      if (IsTurnSpeaker(credit.person)) continue;
      Quote quote;
      quote.kind = QuoteKind::kDirect;
      quote.speaker = credit.person;
      if (credit.person < 0) quote.source = credit.source;
      quote.text = text;
      Locate(q, &quote);
      out_->push_back(std::move(quote));
    }
  }

  // The quoted words of span q and of the halves joined to it; paragraphs keep their break.
  std::string QuoteText(size_t q) const {
    std::string text;
    for (size_t s = q; s < spans_.size(); ++s) {
      if (s != q && spans_[s].joined_to != static_cast<int>(q)) continue;
      if (!text.empty()) text += ' ';
      const QuoteSpan& span = run_.quotes[s];
      for (size_t k = 0; k < span.pieces.size(); ++k) {
        const QuotePiece& piece = span.pieces[k];
        if (k > 0) text += "\n\n";
        text += std::string(Trim(
            run_.paragraphs[piece.paragraph].text.substr(piece.begin, piece.end - piece.begin)));
      }
    }
    while (!text.empty() && (text.back() == ',' || IsSpace(text.back()))) text.pop_back();
    return text;
  }

  void Locate(size_t q, Quote* quote) const {
    const QuotePiece& first = run_.quotes[q].pieces.front();
    const ProseParagraph& p = run_.paragraphs[first.paragraph];
    quote->found_in = p.block;
    quote->begin = p.offset + first.begin;
    quote->end = p.offset + first.end;
    for (size_t s = q; s < spans_.size(); ++s) {
      if (s != q && spans_[s].joined_to != static_cast<int>(q)) continue;
      for (const QuotePiece& piece : run_.quotes[s].pieces) {
        const ProseParagraph& at = run_.paragraphs[piece.paragraph];
        if (at.block == p.block) quote->end = at.offset + piece.end;
      }
    }
  }

  const ProseRun& run_;
  ProsePeople* people_;
  std::vector<Quote>* out_;
  std::vector<SpanState> spans_;
  Discourse discourse_;
  Credit last_speech_;
  size_t last_speech_sentence_ = 0;
};

}  // namespace

void AttributeRun(const ProseRun& run, ProsePeople* people, std::vector<Quote>* out) {
  RunAttribution(run, people, out).Run();
}

}  // namespace newsarchive
