#include "people/text_roles.h"

#include "base/text_util.h"
#include "people/name_key.h"
#include "people/names.h"
#include "people/speaker_resolver.h"

namespace newsarchive {
namespace {

constexpr size_t kSignOffWindow = 160;
constexpr size_t kIntroWindow = 400;
constexpr size_t kMaxAppositiveBytes = 160;
constexpr size_t kMaxAppositiveWords = 16;
constexpr size_t kMaxRoleWordsBeforeName = 6;

// Reads a capitalized name of 2..4 words at s[pos] ("Ayesha Rascoe", "Mary Louise Kelly",
// "Lulu Garcia-Navarro"); returns its end, or npos.
size_t ReadProperName(std::string_view s, size_t pos) {
  size_t words = 0;
  size_t end = std::string_view::npos;
  size_t i = pos;
  while (i < s.size() && words < 4) {
    size_t j = i;
    if (!StartsUpper(s.substr(j))) break;
    while (j < s.size()) {
      size_t k = j;
      const uint32_t cp = DecodeCodePoint(s, k);
      if (!IsLetter(cp) && cp != '\'' && cp != 0x2019 && cp != '-' && cp != '.') break;
      j = k;
    }
    // A trailing period belongs to the sentence unless the word is an initial ("Q.").
    if (j > i + 2 && s[j - 1] == '.') --j;
    ++words;
    end = j;
    if (j < s.size() && s[j] == ' ' && j + 1 < s.size() && StartsUpper(s.substr(j + 1))) {
      i = j + 1;
    } else {
      break;
    }
  }
  return words >= 2 ? end : std::string_view::npos;
}

// A news organization in a sign-off: "NPR", "CNN", "WBUR News", "Harbor Public Radio News";
// stores it without " News" and returns its end, or npos.
size_t ReadOrganization(std::string_view s, size_t pos, std::string* org) {
  size_t end = pos;
  while (end < s.size() && (IsAsciiUpper(s[end]) || s[end] == '-')) ++end;
  std::string_view word = s.substr(pos, end - pos);
  if (word.size() >= 2 && word.size() <= 7 &&
      (s.compare(end, 5, " News") == 0 || IsNewsOrganization(word))) {
    *org = std::string(word);
    return s.compare(end, 5, " News") == 0 ? end + 5 : end;
  }
  // Capitalized words closed by "News": a member station.
  std::vector<std::string_view> words = SplitWords(Utf8Head(s.substr(pos), 60));
  for (size_t k = 0; k < words.size() && k < 5; ++k) {
    std::string_view w = words[k];
    if (!StartsUpper(w)) return std::string_view::npos;
    if (k > 0 && (w == "News" || w == "News," || w == "News.")) {
      const size_t news = w.data() - s.data();
      *org = std::string(Trim(s.substr(pos, news - pos)));
      return news + 4;
    }
  }
  return std::string_view::npos;
}

// The place closing a sign-off: capitalized words to the end ("Hanoi", "Lagos, Nigeria",
// "Washington, D.C.", "St. Louis").
bool ReadPlace(std::string_view s, std::string* place) {
  s = Trim(s);
  while (!s.empty() && (s.back() == '.' || s.back() == '!')) s.remove_suffix(1);
  if (s.empty() || s.size() > 60) return false;
  for (std::string_view w : SplitWords(s)) {
    if (!StartsUpper(w) && !IsNameParticle(w) && w != "of") return false;
  }
  *place = std::string(s);
  if (s.size() >= 2 && s[s.size() - 2] == '.') *place += '.';  // "D.C." keeps its last period
  return true;
}

bool ParseSignOffSentence(std::string_view s, SignOff* out) {
  std::string org;
  // "For NPR News, I'm Jane Doe in Lagos."
  if (StartsWithIgnoreCase(s, "For ")) {
    // "For NPR News, I'm", "For the PBS NewsHour, I'm": the organization runs to ", I'm".
    size_t from = 4;
    if (StartsWithIgnoreCase(s.substr(from), "the ")) from += 4;
    size_t at = s.find(", I", from);
    if (at == std::string_view::npos || at - from > 40) return false;
    std::string_view name = s.substr(from, at - from);
    for (std::string_view w : SplitWords(name)) {
      if (!StartsUpper(w)) return false;
    }
    org = std::string(name);
    if (EndsWithIgnoreCase(org, " News")) org.resize(org.size() - 5);
    at += 2;
    if (s.compare(at, 4, "I'm ") != 0 && s.compare(at, 6, "I\u2019m ") != 0) return false;
    at += s[at + 1] == '\'' ? 4 : 6;
    const size_t name_end = ReadProperName(s, at);
    if (name_end == std::string_view::npos) return false;
    out->name = std::string(s.substr(at, name_end - at));
    out->organization = org;
    std::string_view rest = s.substr(name_end);
    if (!rest.empty() && rest[0] == ',') rest.remove_prefix(1);
    rest = Trim(rest);
    if (StartsWithIgnoreCase(rest, "in ")) return ReadPlace(rest.substr(3), &out->place);
    if (StartsWithIgnoreCase(rest, "reporting from "))
      return ReadPlace(rest.substr(15), &out->place);
    return rest.empty() || rest == ".";
  }
  size_t at = 0;
  if (s.compare(0, 4, "I'm ") == 0) at = 4;
  const size_t name_end = ReadProperName(s, at);
  if (name_end == std::string_view::npos || s.compare(name_end, 2, ", ") != 0) return false;
  const size_t org_end = ReadOrganization(s, name_end + 2, &org);
  if (org_end == std::string_view::npos) return false;
  out->name = std::string(s.substr(at, name_end - at));
  out->organization = org;
  std::string_view rest = s.substr(org_end);
  if (rest.empty() || rest == "." || rest == "!") return true;
  if (rest[0] != ',') return false;
  return ReadPlace(rest.substr(1), &out->place);
}

// Offsets where sentences start in s, last first (at most `max`).
std::vector<size_t> LastSentenceStarts(std::string_view s, size_t from, size_t max) {
  std::vector<size_t> starts;
  for (size_t i = s.size(); i-- > from && starts.size() < max;) {
    if (i + 1 < s.size() && s[i] == ' ' && i > 0 &&
        (s[i - 1] == '.' || s[i - 1] == '?' || s[i - 1] == '!' || s[i - 1] == '"' ||
         s[i - 1] == ')' || s[i - 1] == '\x9D')) {  // 0x9D closes U+201D, the closing quote
      starts.push_back(i + 1);
    }
  }
  if (from == 0 && starts.size() < max) starts.push_back(0);
  return starts;
}

constexpr std::string_view kReportingTitles[] = {
    "byline", "host", "anchor", "correspondent", "reporter", "co-host", "contributor"};

bool IsReportingTitle(std::string_view title) {
  return WordSetOf<kReportingTitles>().Contains(title);
}

constexpr std::string_view kRoleNouns[] = {
    "correspondent", "reporter",   "editor",    "host",      "anchor",      "analyst",
    "producer",      "adviser",    "advisor",   "spokesman", "spokeswoman", "spokesperson",
    "director",      "economist",  "historian", "columnist", "commentator", "contributor",
    "strategist",    "researcher", "professor", "scientist", "journalist",  "critic",
    "writer",        "author",     "co-host",   "chief",     "officer",     "commissioner"};

// Words that open a role without an article: "Fred Fleitz, former chief of staff to ...".
constexpr std::string_view kRoleOpeners[] = {"former",  "senior", "chief",  "longtime", "veteran",
                                             "retired", "deputy", "acting", "interim",  "then"};

// Words that end a role read leftwards from a name: "says political reporter Jane Doe".
constexpr std::string_view kNotInRole[] = {
    "a",      "an",      "the",       "and",   "or",     "but",   "with",      "by",
    "from",   "to",      "for",       "of",    "at",     "in",    "on",        "as",
    "like",   "says",    "said",      "told",  "asked",  "is",    "was",       "are",
    "were",   "be",      "been",      "our",   "my",     "his",   "her",       "their",
    "its",    "your",    "this",      "that",  "these",  "those", "who",       "which",
    "when",   "where",   "while",     "after", "before", "here",  "there",     "now",
    "then",   "also",    "including", "joins", "joined", "spoke", "speaks",    "talked",
    "talks",  "reports", "reported",  "i",     "we",     "you",   "he",        "she",
    "they",   "it",      "me",        "us",    "him",    "them",  "hey",       "hi",
    "thanks", "welcome", "so",        "well",  "yes",    "no",    "according",
};

// Words that make ", ..." after a name not an appositive: "Fred Fleitz, who", "Doe, said".
constexpr std::string_view kNotAppositive[] = {
    "who",    "which",  "that",      "and",   "or",      "but",      "says",      "said",
    "told",   "tells",  "explained", "added", "noted",   "asked",    "according", "however",
    "too",    "also",   "for",       "in",    "on",      "at",       "is",        "was",
    "has",    "had",    "will",      "would", "I",       "you",      "we",        "he",
    "she",    "they",   "it",        "thank", "thanks",  "welcome",  "good",      "yes",
    "no",     "please", "if",        "so",    "called",  "calls",    "wrote",     "writes",
    "argued", "argues", "warned",    "urged", "claimed", "insisted", "announced", "spoke",
    "wants",  "wanted", "believes",  "thinks"};

// "Fred Fleitz, a former chief of staff to ..., said": the role between the commas.
std::string Appositive(std::string_view after) {
  if (after.compare(0, 2, ", ") != 0) return "";
  std::string_view seg = Utf8Head(after.substr(2), kMaxAppositiveBytes);
  size_t end = std::string_view::npos;
  for (std::string_view stop : {",", ".", ";", " - ", " \u2014", "\u2014", " (", ":", "\n"}) {
    size_t at = seg.find(stop);
    // A period inside an abbreviation ("U.S.") does not end the role.
    while (stop == "." && at != std::string_view::npos && at + 1 < seg.size() &&
           !IsSpace(seg[at + 1])) {
      at = seg.find(stop, at + 1);
    }
    if (at < end) end = at;
  }
  if (end == std::string_view::npos || end == 0) return "";
  std::string_view title = Trim(seg.substr(0, end));
  std::vector<std::string_view> words = SplitWords(title);
  if (words.empty() || words.size() > kMaxAppositiveWords) return "";
  if (WordSetOf<kNotAppositive>().Contains(words[0])) return "";
  bool article = false;
  if (words[0] == "a" || words[0] == "an" || words[0] == "the") {
    article = true;
    title = Trim(title.substr(words[0].size()));
    if (words.size() == 1) return "";
    // "Brian Lamb, a pleasure to meet you.": a greeting, not a role.
    static constexpr std::string_view kNotRoleAfterArticle[] = {
        "pleasure", "honor",  "honour", "privilege", "delight", "treat",  "joy", "thrill",
        "great",    "good",   "real",   "bit",       "lot",     "little", "few", "moment",
        "minute",   "second", "while",  "question",  "word",    "quick"};
    if (WordSetOf<kNotRoleAfterArticle>().Contains(words[1])) return "";
  }
  if (!article && !LooksLikeRole(title) && !WordSetOf<kRoleOpeners>().Contains(words[0])) {
    return "";
  }
  // "Susan Davis, White House correspondent Asma Khalid, ...": the next item of a list of
  // people, not a role. A role that names someone ("a former chief of staff to ... John
  // Bolton") has an article.
  if (!article && words.size() >= 3 && StartsUpper(words.back()) &&
      StartsUpper(words[words.size() - 2])) {
    return "";
  }
  return std::string(title);
}

// "White House correspondent Ayesha Rascoe": the role right before a name, and an organization
// when a possessive opens it ("NPR's national correspondent ...").
std::string RoleBefore(std::string_view before, std::string* org) {
  std::vector<std::string_view> words = SplitWords(Utf8Tail(before, kMaxAppositiveBytes));
  if (words.empty() || !WordSetOf<kRoleNouns>().Contains(words.back()) ||
      !IsAsciiLower(words.back()[0])) {
    return "";
  }
  size_t first = words.size() - 1;
  while (first > 0) {
    std::string_view w = words[first - 1];
    // A lost character (U+FFFD) stands where a space or a letter was: the role stops there.
    if (w.find_first_of(".,;:!?\"") != std::string_view::npos ||
        w.find("\xEF\xBF\xBD") != std::string_view::npos) {
      break;
    }
    if (EndsWithIgnoreCase(w, "'s") || EndsWithIgnoreCase(w, "\u2019s")) {
      std::string_view owner =
          w.substr(0, w.size() - (w.back() == 's' && w[w.size() - 2] == '\'' ? 2 : 4));
      if (IsNewsOrganization(owner)) *org = std::string(owner);
      break;
    }
    // "White House correspondent", "senior political correspondent", "radio talk show host";
    // an article, preposition, pronoun or verb ends the role, and so does a seventh word.
    if (words.size() - first >= kMaxRoleWordsBeforeName || WordSetOf<kNotInRole>().Contains(w)) {
      break;
    }
    --first;
  }
  // The sentence's first word is capitalized for grammar, not as part of the role.
  std::string title;
  for (size_t k = first; k < words.size(); ++k) {
    if (!title.empty()) title += ' ';
    title += words[k];
  }
  return title;
}

// "... is a White House correspondent for NPR.": the role a bio sentence gives the name it
// follows; an empty title when `after` is not such a sentence.
Role BioRole(std::string_view after) {
  Role role;
  role.source = RoleSource::kBio;
  if (after.compare(0, 4, " is ") != 0) return role;
  std::vector<std::string_view> words = SplitWords(Utf8Head(after.substr(4), kMaxAppositiveBytes));
  size_t k = 0;
  std::string org;
  if (k < words.size() && (words[k] == "a" || words[k] == "an" || words[k] == "the")) ++k;
  if (k < words.size() &&
      (EndsWithIgnoreCase(words[k], "'s") || EndsWithIgnoreCase(words[k], "\u2019s"))) {
    org = std::string(WithoutPossessive(words[k]));
    ++k;
  }
  std::string title;
  bool closed = false;
  for (; k < words.size() && !closed; ++k) {
    std::string_view w = words[k];
    if (!title.empty() && (w == "for" || w == "at")) {
      std::string owner;
      // "for NPR.", "at the Bay Institute", "for NPR covering the West" (the org is "NPR").
      for (size_t j = k + 1; j < words.size() && j < k + 7; ++j) {
        std::string_view o = words[j];
        const bool last = o.back() == '.' || o.back() == ',' || o.back() == ';';
        while (!o.empty() && (o.back() == '.' || o.back() == ',' || o.back() == ';')) {
          o.remove_suffix(1);
        }
        if (o.empty()) break;
        const bool joins = o == "of" || o == "the" || o == "and" || o == "&" || o == "for";
        if (!StartsUpper(o) && !(joins && !owner.empty()) && !(o == "the" && owner.empty())) break;
        if (!owner.empty()) owner += ' ';
        owner += o;
        if (last) break;
      }
      while (EndsWithIgnoreCase(owner, " of") || EndsWithIgnoreCase(owner, " the") ||
             EndsWithIgnoreCase(owner, " and") || EndsWithIgnoreCase(owner, " for")) {
        owner.resize(owner.rfind(' '));
      }
      if (StartsWithIgnoreCase(owner, "the ")) owner.erase(0, 4);
      if (org.empty()) org = std::string(WithoutPossessive(owner));
      break;
    }
    if (WordSetOf<kNotAppositive>().Contains(w) || w == "based" || w == "where" || w == "with")
      break;
    if (w.back() == '.' || w.back() == ',' || w.back() == ';') {
      w.remove_suffix(1);
      closed = true;
    }
    if (!title.empty()) title += ' ';
    title += w;
  }
  if (!title.empty() && SplitWords(title).size() <= 8) {
    role.title = title;
    role.organization = org;
  }
  return role;
}

}  // namespace

bool FindSignOff(std::string_view paragraph, SignOff* sign_off) {
  std::string_view p = Trim(paragraph);
  if (p.empty()) return false;
  const size_t from = p.size() > kSignOffWindow ? p.size() - kSignOffWindow : 0;
  // Every sign-off has ", " and an organization in capitals ("NPR"), "News," / "News." or
  // "For "; most paragraphs have none of them near their end.
  std::string_view window = p.substr(from);
  bool possible = false;
  for (size_t at = window.find(','); at != std::string_view::npos && !possible;
       at = window.find(',', at + 1)) {
    possible = at + 3 < window.size() && window[at + 1] == ' ' && IsAsciiUpper(window[at + 2]) &&
               IsAsciiUpper(window[at + 3]);
  }
  for (size_t at = window.find('N'); at != std::string_view::npos && !possible;
       at = window.find('N', at + 1)) {
    possible = window.compare(at, 4, "News") == 0 && at + 4 < window.size() &&
               (window[at + 4] == ',' || window[at + 4] == '.');
  }
  possible = possible || window.find("For ") != std::string_view::npos;
  if (!possible) return false;
  for (size_t start : LastSentenceStarts(p, from, 4)) {
    SignOff found;
    if (ParseSignOffSentence(p.substr(start), &found)) {
      found.begin = start + (p.data() - paragraph.data());
      *sign_off = found;
      return true;
    }
  }
  return false;
}

std::string SelfIntroducedName(std::string_view paragraph) {
  std::string_view p = Utf8Head(paragraph, kIntroWindow);
  // "Im Jennifer Ludden": older pages lost their apostrophes when curly quotes were stripped.
  for (std::string_view marker :
       {std::string_view("I'm "), std::string_view("I\u2019m "), std::string_view("I`m "),
        std::string_view("I am "), std::string_view("Im ")}) {
    for (size_t at = p.find(marker); at != std::string_view::npos; at = p.find(marker, at + 1)) {
      std::string_view before = Trim(p.substr(0, at));
      if (EndsWithIgnoreCase(before, "and")) before = Trim(before.substr(0, before.size() - 3));
      if (!before.empty() && before.back() != '.' && before.back() != '!' && before.back() != '?' &&
          before.back() != ',') {
        continue;
      }
      const size_t name_begin = at + marker.size();
      const size_t name_end = ReadProperName(paragraph, name_begin);
      if (name_end == std::string_view::npos) continue;
      std::string_view name = paragraph.substr(name_begin, name_end - name_begin);
      if (IsAllCaps(name)) continue;
      return std::string(name);
    }
  }
  return "";
}

std::string AppositiveRole(std::string_view after) { return Appositive(after); }

bool EndsRoleBeforeName(std::string_view word) { return WordSetOf<kNotInRole>().Contains(word); }

void SetReportingOrganization(Speaker* speaker, const std::string& organization) {
  for (Role& r : speaker->roles) {
    if (r.organization.empty() && IsReportingTitle(r.title)) r.organization = organization;
  }
}

void AddMentionRoles(const std::vector<std::string_view>& texts, size_t first_bio,
                     const NameMentions& mentions, const SpeakerIndex& index,
                     std::vector<Speaker>* speakers) {
  for (const NameMention& m : mentions.mentions()) {
    if (m.name.find(' ') == std::string::npos) continue;
    const int who = index.Find(m.name);
    if (who < 0) continue;
    Speaker& speaker = (*speakers)[who];
    std::string_view text = texts[m.text];
    if (m.text >= first_bio) {
      Role bio = BioRole(text.substr(m.end));
      if (!bio.title.empty()) AddRole(&speaker, std::move(bio));
    }
    const std::string appositive = Appositive(text.substr(m.end));
    if (!appositive.empty()) AddRole(&speaker, {appositive, "", RoleSource::kText});
    std::string_view before = text.substr(0, m.begin);
    std::string org;
    const std::string title = RoleBefore(before, &org);
    if (!title.empty()) AddRole(&speaker, {title, org, RoleSource::kText});
    // "NPR's Ayesha Rascoe": the reporting roles her labels gave her are NPR's.
    std::vector<std::string_view> words = SplitWords(Utf8Tail(before, 40));
    if (!words.empty() && words.back() != WithoutPossessive(words.back()) &&
        IsNewsOrganization(WithoutPossessive(words.back()))) {
      SetReportingOrganization(&speaker, std::string(WithoutPossessive(words.back())));
    }
  }
}

}  // namespace newsarchive
