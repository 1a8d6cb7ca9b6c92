// How this works: the page's paragraphs are sorted into prose (sentences: eight words or more,
// mostly lowercase, closed by sentence punctuation) and the rest. The story runs from the
// paragraph the dateline opens (or the first prose one) to the last prose paragraph that is not a
// credit; the short lines above it are bylines or furniture, everything below it the page's
// tail. Whether the page is an article at all is decided on that story alone: reporters write in
// the third person and attribute, speech is full of "I", "we" and "you".
#include "parse/article_body.h"

#include <string>
#include <unordered_set>

#include "base/text_util.h"
#include "people/name_mentions.h"
#include "people/names.h"
#include "people/speaker_resolver.h"
#include "people/text_roles.h"

namespace newsarchive {
namespace {

constexpr size_t kMinProseWords = 8;
constexpr size_t kDatelineSearch = 3;  // prose paragraphs in which a dateline may open the story
// First- and second-person words per 100 words of prose outside quotation marks: at most this
// for a story with a byline or dateline, and at most the stricter figure for one without.
constexpr double kMaxPersonalRate = 5.0;
constexpr double kMaxPersonalRateUnsigned = 2.5;

size_t WordCount(std::string_view s) { return SplitWords(s).size(); }

// Eight words or more, at least half of the letters lowercase, closed by a sentence's end
// (maybe inside a closing quotation mark or parenthesis).
bool IsProse(std::string_view p) {
  p = Trim(p);
  if (WordCount(p) < kMinProseWords) return false;
  size_t lower = 0;
  size_t upper = 0;
  for (char c : p) {
    lower += IsAsciiLower(c);
    upper += IsAsciiUpper(c);
  }
  if (lower < upper) return false;
  for (;;) {
    if (!p.empty() && (p.back() == '"' || p.back() == '\'' || p.back() == ')')) {
      p.remove_suffix(1);
    } else if (p.size() >= 3 && (p.compare(p.size() - 3, 3, "\u201D") == 0 ||
                                 p.compare(p.size() - 3, 3, "\u2019") == 0)) {
      p.remove_suffix(3);
    } else {
      break;
    }
  }
  if (p.empty()) return false;
  const char last = p.back();
  return last == '.' || last == '!' || last == '?' ||
         (p.size() >= 3 && p.compare(p.size() - 3, 3, "\u2026") == 0);
}

// What the words of a story's prose, outside quotation marks, say about who wrote it.
struct Voice {
  size_t words = 0;
  size_t personal = 0;      // I, me, we, you, our...
  size_t attributions = 0;  // said, says, told, according (to)...
};

void Listen(std::string_view p, Voice* voice) {
  static constexpr std::string_view kPersonal[] = {
      "i",      "i'm",   "i've",  "i'll",  "i'd",   "me",     "my",       "mine",   "we",
      "we're",  "we've", "we'll", "we'd",  "our",   "ours",   "you",      "you're", "you've",
      "you'll", "you'd", "your",  "yours", "let's", "myself", "ourselves"};
  static constexpr std::string_view kSaying[] = {
      "said",  "says",      "told",  "according", "added",   "stated",   "announced",
      "wrote", "explained", "noted", "testified", "tweeted", "reported", "insisted"};
  bool quoted = false;  // every paragraph opens outside quotation marks
  std::string word;
  auto flush = [&]() {
    if (word.empty()) return;
    ++voice->words;
    std::string lower = AsciiLowerCopy(word);
    // "US" in capitals is the country, "us" the pronoun.
    if (lower == "us" ? word == "us" : WordSetOf<kPersonal>().Contains(lower)) ++voice->personal;
    if (WordSetOf<kSaying>().Contains(lower)) ++voice->attributions;
    word.clear();
  };
  for (size_t i = 0; i < p.size();) {
    const size_t at = i;
    const uint32_t cp = DecodeCodePoint(p, i);
    if (cp == '"' || cp == 0x201C || cp == 0x201D) {
      flush();
      quoted = cp == '"' ? !quoted : cp == 0x201C;
      continue;
    }
    if (quoted) continue;
    if (IsLetter(cp) || ((cp == '\'' || cp == 0x2019) && !word.empty())) {
      if (cp == 0x2019) {
        word += '\'';
      } else {
        word.append(p.data() + at, i - at);
      }
    } else {
      flush();
    }
  }
  flush();
}

// Caption marks and interview lines: a transcript whose labels were not found.
bool HasTranscriptCues(const std::vector<std::string_view>& lines) {
  static constexpr std::string_view kCues[] = {">>", "Q: ", "A: ", "Q. ", "A. "};
  for (std::string_view l : lines) {
    if (StartsWithAnyIgnoreCase(l, kCues)) return true;
  }
  return false;
}

// "Goodman: You look at ...": a short name and a colon opening the paragraph, as interviews
// set who speaks; not an article's "Related: ..." or "Update: ...".
std::string_view InterviewLabel(std::string_view p) {
  static constexpr std::string_view kArticleWords[] = {
      "related",    "note",          "video",         "photo",     "photos", "update", "updated",
      "correction", "clarification", "editor's note", "read more", "watch",  "listen", "source",
      "sources",    "disclosure",    "caption",       "credit",    "also",   "more",   "see also"};
  const size_t colon = p.substr(0, 32).find(": ");
  if (colon == std::string_view::npos || colon + 2 >= p.size()) return {};
  std::string_view label = p.substr(0, colon);
  const std::vector<std::string_view> words = SplitWords(label);
  if (words.empty() || words.size() > 3 || InIgnoreCaseList(label, kArticleWords)) return {};
  for (std::string_view w : words) {
    if (!StartsUpper(w) || w.find_first_of("0123456789") != std::string_view::npos) return {};
  }
  return label;
}

// Two people or more who speak by label in the paragraphs: an interview, not a report.
bool HasInterviewLabels(const std::vector<PageParagraph>& paragraphs) {
  std::vector<std::string_view> seen;
  size_t labelled = 0;
  for (const PageParagraph& p : paragraphs) {
    const std::string_view label = InterviewLabel(p.text);
    if (label.empty()) continue;
    ++labelled;
    bool known = false;
    for (std::string_view s : seen) known = known || s == label;
    if (!known) seen.push_back(label);
  }
  return labelled >= 2 && seen.size() >= 2;
}

}  // namespace

bool ReadArticleBody(const PageText& page, ArticleBody* out) {
  ArticleBody a;
  if (page.lines != nullptr && HasTranscriptCues(*page.lines)) return false;
  for (std::string_view line : SplitLines(page.chrome)) {
    Byline byline;
    if (ParseByline(Trim(line), &byline)) a.bylines.push_back(std::move(byline));
  }
  // The paragraphs the story may be made of: a headline that is really the lede, a teaser that
  // is the lede (or a byline, or a scrap of furniture), then the rest.
  std::vector<PageParagraph> candidates;
  Dateline dateline;
  if (!page.title.text.empty() && IsProse(page.title.text) &&
      ParseDateline(page.title.text, &dateline)) {
    a.keeps_title = false;
    candidates.push_back(page.title);
  }
  size_t first_prose = page.paragraphs.size();
  for (size_t k = 0; k < page.paragraphs.size() && first_prose == page.paragraphs.size(); ++k) {
    if (IsProse(page.paragraphs[k].text)) first_prose = k;
  }
  const std::string_view summary = page.summary.text;
  if (!summary.empty()) {
    Byline byline;
    const bool dek_above_dateline = first_prose < page.paragraphs.size() &&
                                    ParseDateline(page.paragraphs[first_prose].text, &dateline);
    if (ParseByline(summary, &byline)) {
      a.bylines.push_back(std::move(byline));
      a.keeps_summary = false;
    } else if (ParseDateline(summary, &dateline) || (!dek_above_dateline && IsProse(summary))) {
      a.keeps_summary = false;
      candidates.push_back(page.summary);
    } else if (WordCount(summary) <= 4) {
      a.keeps_summary = false;
      a.header.push_back(summary);
    }
  }
  candidates.insert(candidates.end(), page.paragraphs.begin(), page.paragraphs.end());
  if (HasInterviewLabels(candidates)) return false;

  // Where the story starts: the paragraph a dateline opens, among the first prose ones.
  size_t start = candidates.size();
  size_t prose_seen = 0;
  for (size_t k = 0; k < candidates.size() && prose_seen < kDatelineSearch; ++k) {
    if (!IsProse(candidates[k].text)) continue;
    if (start == candidates.size()) start = k;
    ++prose_seen;
    Dateline d;
    if (ParseDateline(candidates[k].text, &d)) {
      start = k;
      a.dateline = std::move(d);
      break;
    }
  }
  for (size_t k = 0; k < start; ++k) {
    Byline byline;
    if (ParseByline(candidates[k].text, &byline)) {
      a.bylines.push_back(std::move(byline));
    } else {
      a.header.push_back(candidates[k].text);
    }
  }
  std::vector<std::string> writers;
  for (const Byline& b : a.bylines) writers.insert(writers.end(), b.names.begin(), b.names.end());
  // Where it ends: the last prose paragraph that is not a credit or a bio.
  size_t end = candidates.size();
  while (end > start) {
    Credit credit;
    const std::string_view text = candidates[end - 1].text;
    if (IsProse(text) && !ParseCredit(text, writers, &credit)) break;
    --end;
  }
  for (size_t k = end; k < candidates.size(); ++k) {
    Credit credit;
    if (ParseCredit(candidates[k].text, writers, &credit)) a.credits.push_back(std::move(credit));
    a.closing.push_back(candidates[k].text);
  }
  Voice voice;
  size_t prose = 0;
  size_t spoken = 0;  // prose paragraphs that speak in the first or second person
  for (size_t k = start; k < end; ++k) {
    PageParagraph p = candidates[k];
    if (k == start && a.dateline.body > 0) p.text = Trim(p.text.substr(a.dateline.body));
    if (IsProse(p.text)) {
      ++prose;
      Voice own;
      Listen(p.text, &own);
      spoken += own.personal >= 2 && 100.0 * own.personal >= kMaxPersonalRate * own.words;
      voice.words += own.words;
      voice.personal += own.personal;
      voice.attributions += own.attributions;
    }
    a.body.push_back(p);
  }
  if (spoken >= 2 && 5 * spoken >= prose) return false;
  const bool signed_story = !a.bylines.empty() || a.dateline.body > 0;
  // A headline above it: a story of one or two paragraphs is still a story (a brief, a wire
  // opening), held to the stricter test of an unsigned one.
  const bool headed = a.keeps_title && !page.title.text.empty();
  const double personal = voice.words == 0 ? 0 : 100.0 * voice.personal / voice.words;
  const bool article =
      signed_story ? prose >= 1 && personal <= kMaxPersonalRate
                   : prose >= (headed ? 1u : 3u) && personal <= kMaxPersonalRateUnsigned &&
                         voice.attributions > 0;
  if (!article) return false;
  *out = std::move(a);
  return true;
}

void BuildArticle(const ArticleBody& body, Article* article) {
  article->form = StoryForm::kArticle;
  // The paragraphs may lie in the title or the teaser: they are copied before those are cleared.
  for (const PageParagraph& p : body.body) {
    Quote quote;
    quote.kind = QuoteKind::kUnattributed;
    quote.text = std::string(p.text);
    quote.line = p.line;
    article->quotes.push_back(std::move(quote));
  }
  if (!body.keeps_title) article->title.clear();
  if (!body.keeps_summary) article->summary.clear();
  article->dateline = body.dateline.place;
  std::string bio_organization;
  for (const Credit& c : body.credits) {
    if (c.names.empty() && bio_organization.empty()) bio_organization = c.organization;
  }
  std::vector<Speaker>& writers = article->speakers;
  auto writer = [&writers](const std::string& name) -> Speaker& {
    for (Speaker& s : writers) {
      if (FoldedName(s.name) == FoldedName(name)) return s;
    }
    writers.push_back({name, false, {}, {}});
    return writers.back();
  };
  for (const Byline& b : body.bylines) {
    const std::string& org = b.organization.empty() ? bio_organization : b.organization;
    for (const std::string& name : b.names) {
      Speaker& s = writer(name);
      AddRole(&s, {"Byline", org, RoleSource::kSignoff});
      if (!b.title.empty()) AddRole(&s, {b.title, org, RoleSource::kSignoff});
    }
  }
  for (const Credit& c : body.credits) {
    for (const std::string& name : c.names) {
      AddRole(&writer(name), {c.title, c.organization, RoleSource::kSignoff});
    }
  }
  // "Priya Anand is a staff writer for the Ledger.": roles the bios give the writers.
  std::unordered_set<std::string> wanted;
  for (const Speaker& s : writers) {
    for (std::string_view w : SplitWords(s.name)) {
      if (!IsInitial(w)) wanted.insert(FoldedName(w));
    }
  }
  const NameMentions mentions(body.closing, wanted);
  AddMentionRoles(body.closing, 0, mentions, SpeakerIndex(writers), &writers);
  if (article->source.empty()) article->source = bio_organization;
  for (const Byline& b : body.bylines) {
    if (article->source.empty()) article->source = b.organization;
  }
  if (article->source.empty()) article->source = body.dateline.agency;
}

}  // namespace newsarchive
