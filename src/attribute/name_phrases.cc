#include "attribute/name_phrases.h"

#include "base/text_util.h"
#include "people/name_mentions.h"
#include "people/names.h"

namespace newsarchive {
namespace {

constexpr size_t kMaxNameWords = 4;
constexpr size_t kMaxRunWords = 9;

// Titles and jobs written capitalized before a name. LooksLikeRole (people/names.h) knows more
// jobs; these are the ones that may stand before a name of one word after them, too.
constexpr std::string_view kTitleWords[] = {"mayor",
                                            "governor",
                                            "gov.",
                                            "senator",
                                            "sen.",
                                            "representative",
                                            "rep.",
                                            "president",
                                            "pres.",
                                            "councilman",
                                            "councilwoman",
                                            "councilmember",
                                            "councillor",
                                            "councilor",
                                            "commissioner",
                                            "chair",
                                            "chairman",
                                            "chairwoman",
                                            "chairperson",
                                            "secretary",
                                            "sec.",
                                            "minister",
                                            "premier",
                                            "judge",
                                            "justice",
                                            "sheriff",
                                            "chief",
                                            "director",
                                            "superintendent",
                                            "supervisor",
                                            "trustee",
                                            "alderman",
                                            "alderwoman",
                                            "treasurer",
                                            "auditor",
                                            "comptroller",
                                            "controller",
                                            "clerk",
                                            "assessor",
                                            "prosecutor",
                                            "attorney",
                                            "manager",
                                            "administrator",
                                            "coach",
                                            "principal",
                                            "dean",
                                            "provost",
                                            "chancellor",
                                            "bishop",
                                            "archbishop",
                                            "cardinal",
                                            "pope",
                                            "rabbi",
                                            "imam",
                                            "pastor",
                                            "reverend",
                                            "rev.",
                                            "father",
                                            "officer",
                                            "detective",
                                            "det.",
                                            "sergeant",
                                            "sgt.",
                                            "lieutenant",
                                            "lt.",
                                            "captain",
                                            "capt.",
                                            "colonel",
                                            "col.",
                                            "general",
                                            "gen.",
                                            "admiral",
                                            "adm.",
                                            "major",
                                            "maj.",
                                            "corporal",
                                            "cpl.",
                                            "pvt.",
                                            "trooper",
                                            "deputy",
                                            "agent",
                                            "ambassador",
                                            "amb.",
                                            "delegate",
                                            "del.",
                                            "speaker",
                                            "leader",
                                            "king",
                                            "queen",
                                            "prince",
                                            "princess",
                                            "sheikh",
                                            "ayatollah",
                                            "congressman",
                                            "congresswoman",
                                            "assemblyman",
                                            "assemblywoman",
                                            "assemblymember",
                                            "dr.",
                                            "doctor",
                                            "prof.",
                                            "professor",
                                            "economist",
                                            "spokesman",
                                            "spokeswoman",
                                            "spokesperson",
                                            "ceo",
                                            "founder",
                                            "owner",
                                            "vice",
                                            "former",
                                            "acting",
                                            "interim",
                                            "executive",
                                            "atty.",
                                            "supt.",
                                            "msgr.",
                                            "hon.",
                                            "emperor",
                                            "president-elect",
                                            "cmdr.",
                                            "brig."};

// Jobs beyond those people/names.h LooksLikeRole knows, for the words before a name ("harbor
// pilot Tomas Reyes") and the descriptions of unnamed sources ("a bureau engineer").
constexpr std::string_view kJobWords[] = {"pilot",          "driver",
                                          "mechanic",       "firefighter",
                                          "paramedic",      "plumber",
                                          "carpenter",      "electrician",
                                          "fisherman",      "clerk",
                                          "cashier",        "chef",
                                          "cook",           "waiter",
                                          "waitress",       "bartender",
                                          "barber",         "pharmacist",
                                          "dentist",        "veterinarian",
                                          "accountant",     "architect",
                                          "banker",         "broker",
                                          "trader",         "investor",
                                          "landlord",       "tenant",
                                          "homeowner",      "retiree",
                                          "parent",         "mother",
                                          "father",         "grandmother",
                                          "grandfather",    "widow",
                                          "shopkeeper",     "merchant",
                                          "vendor",         "contractor",
                                          "developer",      "builder",
                                          "designer",       "programmer",
                                          "inspector",      "investigator",
                                          "prosecutor",     "defender",
                                          "lieutenant",     "sergeant",
                                          "deputy",         "trooper",
                                          "agent",          "ranger",
                                          "guard",          "coach",
                                          "athlete",        "runner",
                                          "swimmer",        "pitcher",
                                          "quarterback",    "goalkeeper",
                                          "trainer",        "therapist",
                                          "psychologist",   "psychiatrist",
                                          "counselor",      "social",
                                          "planner",        "administrator",
                                          "superintendent", "principal",
                                          "dean",           "provost",
                                          "chancellor",     "lecturer",
                                          "instructor",     "tutor",
                                          "librarian",      "curator",
                                          "archivist",      "photographer",
                                          "artist",         "painter",
                                          "sculptor",       "dancer",
                                          "composer",       "conductor",
                                          "pianist",        "guitarist",
                                          "drummer",        "rapper",
                                          "entrepreneur",   "executive",
                                          "chairman",       "treasurer",
                                          "secretary",      "aide",
                                          "staffer",        "adviser",
                                          "lobbyist",       "diplomat",
                                          "envoy",          "negotiator",
                                          "mediator",       "judge",
                                          "juror",          "witness",
                                          "plaintiff",      "defendant",
                                          "attorney",       "lawyer",
                                          "paralegal",      "surveyor",
                                          "geologist",      "biologist",
                                          "chemist",        "physicist",
                                          "epidemiologist", "virologist",
                                          "meteorologist",  "forecaster",
                                          "analyst",        "economist",
                                          "statistician",   "pollster",
                                          "demographer",    "sociologist",
                                          "anthropologist", "linguist",
                                          "philosopher",    "theologian",
                                          "priest",         "minister",
                                          "monk",           "nun",
                                          "chaplain",       "deacon",
                                          "spokesman",      "spokeswoman",
                                          "spokesperson",   "representative",
                                          "engineer",       "technician",
                                          "operator",       "dispatcher",
                                          "manager",        "supervisor",
                                          "foreman",        "owner",
                                          "founder",        "co-founder",
                                          "president",      "ceo",
                                          "director",       "editor",
                                          "publisher",      "reporter",
                                          "correspondent",  "columnist",
                                          "blogger",        "commentator",
                                          "host",           "anchor",
                                          "producer",       "councilor",
                                          "councillor",     "commissioner",
                                          "legislator",     "lawmaker",
                                          "senator",        "governor",
                                          "mayor",          "official",
                                          "officer",        "ambassador",
                                          "consul",         "activist",
                                          "organizer",      "advocate",
                                          "volunteer",      "donor",
                                          "resident",       "neighbor",
                                          "neighbour",      "student",
                                          "teacher",        "professor",
                                          "researcher",     "scientist",
                                          "doctor",         "nurse",
                                          "physician",      "surgeon",
                                          "farmer",         "rancher",
                                          "worker",         "employee",
                                          "reliever",       "catcher",
                                          "shortstop",      "infielder",
                                          "outfielder",     "midfielder",
                                          "striker",        "defenseman",
                                          "goalie",         "linebacker",
                                          "master",         "trustee",
                                          "constituent"};

constexpr std::string_view kParticles[] = {"de",  "da",  "di",  "du",  "del", "della", "der",
                                           "den", "van", "von", "bin", "ibn", "dos",   "das",
                                           "al",  "el",  "la",  "le",  "ter", "zu"};

constexpr std::string_view kNonNames[] = {
    "the",       "a",         "an",       "and",       "but",        "or",        "so",
    "yet",       "if",        "when",     "while",     "after",      "before",    "because",
    "although",  "though",    "since",    "as",        "at",         "in",        "on",
    "of",        "for",       "with",     "by",        "from",       "to",        "into",
    "over",      "under",     "then",     "now",       "still",      "also",      "however",
    "meanwhile", "instead",   "this",     "that",      "these",      "those",     "there",
    "here",      "it",        "its",      "he",        "she",        "they",      "we",
    "i",         "you",       "his",      "her",       "their",      "our",       "my",
    "your",      "who",       "what",     "where",     "why",        "how",       "which",
    "some",      "many",      "most",     "all",       "both",       "each",      "every",
    "no",        "not",       "only",     "even",      "just",       "last",      "next",
    "other",     "another",   "one",      "two",       "three",      "several",   "according",
    "despite",   "during",    "until",    "unless",    "without",    "within",    "among",
    "between",   "through",   "earlier",  "later",     "today",      "tonight",   "yesterday",
    "tomorrow",  "monday",    "tuesday",  "wednesday", "thursday",   "friday",    "saturday",
    "sunday",    "january",   "february", "july",      "september",  "october",   "november",
    "december",  "jan.",      "feb.",     "aug.",      "sept.",      "oct.",      "nov.",
    "dec.",      "asked",     "said",     "says",      "yes",        "well",      "oh",
    "thanks",    "please",    "dear",     "hey",       "hi",         "once",      "like",
    "unlike",    "whether",   "perhaps",  "maybe",     "indeed",     "first",     "finally",
    "overall",   "instead",   "besides",  "otherwise", "regardless", "currently", "please",
    "sources",   "officials", "police",   "residents", "experts",    "critics",   "supporters"};

// Words that make a capitalized run a body, company, team, work or place wherever they stand.
constexpr std::string_view kOrganizationWords[] = {
    "council",      "bureau",         "department",   "dept.",        "agency",
    "commission",   "committee",      "board",        "court",        "police",
    "office",       "administration", "ministry",     "government",   "university",
    "college",      "school",         "institute",    "foundation",   "center",
    "centre",       "association",    "society",      "union",        "party",
    "senate",       "congress",       "parliament",   "assembly",     "company",
    "co.",          "corp.",          "corporation",  "inc.",         "inc",
    "llc",          "ltd.",           "group",        "fund",         "trust",
    "holdings",     "industries",     "journal",      "news",         "press",
    "tribune",      "herald",         "gazette",      "ledger",       "chronicle",
    "magazine",     "radio",          "television",   "tv",           "network",
    "services",     "authority",      "district",     "club",         "hospital",
    "clinic",       "museum",         "library",      "army",         "navy",
    "corps",        "forces",         "airlines",     "motors",       "systems",
    "technologies", "labs",           "studios",      "records",      "avenue",
    "airport",      "stadium",        "arena",        "plaza",        "republic",
    "kingdom",      "nations",        "states",       "federation",   "coalition",
    "alliance",     "secretariat",    "cabinet",      "capitol",      "pentagon",
    "kremlin",      "legislature",    "prison",       "county",       "city",
    "democrats",    "republicans",    "democratic",   "republican",   "americans",
    "american",     "citizens",       "cooperative",  "organization", "organisation",
    "laboratory",   "league",         "championship", "festival",     "awards",
    "logistics",    "research",       "capital",      "partners",     "enterprises",
    "ventures",     "consulting",     "analytics",    "insurance",    "properties",
    "games",        "international",  "national",     "federal",      "commission's",
    "council's",    "county's",       "city's",       "department's", "university's"};

// Words that make a run of two or more a body, a work or a place when they close it ("White
// House", "Ferris Foxes" is read by the article before it); elsewhere they may be names ("Grace
// Park", "Arsenio Hall" are not listed).
constexpr std::string_view kOrganizationLastWords[] = {
    "house",  "times",   "post",    "bank",   "service", "media",    "team",    "force",
    "guard",  "street",  "road",    "river",  "lake",    "mountain", "island",  "islands",
    "valley", "station", "square",  "bridge", "tower",   "building", "report",  "summit",
    "act",    "project", "program", "plan",   "review",  "network",  "project", "week",
    "cup",    "prize",   "show",    "hour",   "online",  "partners", "firm",    "lab",
    "foxes",  "reserve", "jail",    "global",   "zoo",     "ordinance"};

// First words of places written as two or more capitalized words.
constexpr std::string_view kPlaceFirstWords[] = {
    "north",   "south",    "east",     "west",    "new",     "saudi", "hong",
    "sri",     "united",   "costa",    "puerto",  "el",      "san",   "los",
    "las",     "fort",     "lake",     "mount",   "port",    "cape",  "great",
    "central", "northern", "southern", "eastern", "western", "upper", "lower"};

constexpr std::string_view kNameSuffixes[] = {"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"};

bool IsParticle(const Token& t) {
  return t.kind == TokenKind::kWord && WordSetOf<kParticles>().Contains(t.text);
}

// "FBI", "NASA": capitals only and more than one letter (a suffix "II" or "III" is no acronym).
bool IsAcronym(std::string_view w) {
  if (w.size() < 2 || WordSetOf<kNameSuffixes>().Contains(w)) return false;
  for (char c : w) {
    if (IsAsciiLower(c)) return false;
  }
  return IsAllCaps(w);
}

// A capitalized word that can be part of a name or of the titles before it.
bool IsRunWord(const Token& t) {
  if (!IsCapitalized(t)) return false;
  return !IsCapitalizedNonName(WithoutPossessive(t.text));
}

// Splits the run [first, last) into title and name; false when no name is left.
bool SplitRun(const std::vector<Token>& tokens, size_t first, size_t last, NamePhrase* out) {
  if (last - first > kMaxRunWords) first = last - kMaxRunWords;
  // The rightmost title word with a name after it (a suffix alone is no name: "Martin Luther
  // King Jr.").
  size_t content_last = last;
  while (content_last > first + 1 &&
         WordSetOf<kNameSuffixes>().Contains(tokens[content_last - 1].text)) {
    --content_last;
  }
  size_t name_first = first;
  for (size_t k = content_last - 1; k-- > first;) {
    const std::string_view w = tokens[k].text;
    if (IsHonorific(w) || IsTitleWord(w) ||
        (IsJobWord(w) && content_last - (k + 1) >= 2 && !IsParticle(tokens[k]))) {
      name_first = k + 1;
      break;
    }
  }
  // "Secretary of State Mike Pompeo": the title goes on through "of" and the word after it.
  while (name_first + 2 < last && IsWord(tokens[name_first], "of")) name_first += 2;
  while (name_first < last && IsParticle(tokens[name_first])) ++name_first;
  // "the Minister of Finance": a title through "of" with no name after it.
  if (name_first >= last || IsWord(tokens[name_first], "of")) return false;
  NamePhrase p;
  p.first = first;
  p.name_first = name_first;
  p.last = last;
  for (size_t k = name_first; k < last; ++k) {
    std::string_view w = tokens[k].text;
    if (k + 1 == last) {
      const std::string_view bare = WithoutPossessive(w);
      p.possessive = bare.size() != w.size();
      w = bare;
    }
    if (!p.name.empty()) p.name += ' ';
    p.name += std::string(w);
    ++p.words;
  }
  // Titles: the words before the name, honorifics aside.
  std::vector<std::string_view> title_words;
  for (size_t k = first; k < name_first; ++k) {
    const std::string_view w = tokens[k].text;
    if (IsHonorific(w)) {
      const std::string lower = AsciiLowerCopy(w);
      p.gender = (lower.compare(0, 2, "mr") == 0 && lower.size() <= 3) || lower == "shri" ? 'm' : 'f';
      if (lower.compare(0, 2, "mx") == 0 || lower == "messrs.") p.gender = 0;
      continue;
    }
    title_words.push_back(w);
  }
  if (!title_words.empty()) {
    std::string canonical;
    const size_t matched = MatchTitlePrefix(title_words, 0, &canonical);
    if (matched == title_words.size()) {
      p.title = canonical;
    } else {
      for (std::string_view w : title_words) {
        if (!p.title.empty()) p.title += ' ';
        p.title += std::string(w);
      }
    }
  }
  const bool after_the = first > 0 && IsWord(tokens[first - 1], "the") && p.title.empty();
  const bool acronym = p.words == 1 && IsAcronym(p.name);
  p.organization = p.words > kMaxNameWords || acronym || LooksLikeOrganization(p.name) ||
                   (after_the && p.gender == 0);
  *out = std::move(p);
  return true;
}

}  // namespace

bool IsTitleWord(std::string_view word) {
  if (WordSetOf<kTitleWords>().Contains(word)) return true;
  // "Governor-elect", "General-elect", "Minister-designate": a title not yet taken up.
  for (std::string_view suffix : {std::string_view("-elect"), std::string_view("-designate")}) {
    if (word.size() > suffix.size() && EndsWithIgnoreCase(word, suffix)) {
      const std::string_view base = word.substr(0, word.size() - suffix.size());
      return WordSetOf<kTitleWords>().Contains(base) || IsJobWord(base);
    }
  }
  return false;
}

bool IsJobWord(std::string_view word) {
  std::string_view w = WithoutPossessive(word);
  if (LooksLikeRole(w) || WordSetOf<kJobWords>().Contains(w)) return true;
  // Plurals: "pilots", "drivers".
  return w.size() > 3 && (w.back() == 's' || w.back() == 'S') &&
         WordSetOf<kJobWords>().Contains(w.substr(0, w.size() - 1));
}

bool IsCapitalizedNonName(std::string_view word) { return WordSetOf<kNonNames>().Contains(word); }

bool LooksLikeOrganization(std::string_view words) {
  std::vector<std::string_view> split = SplitWords(words);
  if (split.empty()) return false;
  for (std::string_view w : split) {
    if (WordSetOf<kOrganizationWords>().Contains(w) || w == "&") return true;
  }
  if (split.size() < 2) return false;
  return WordSetOf<kOrganizationLastWords>().Contains(split.back()) ||
         WordSetOf<kPlaceFirstWords>().Contains(split[0]);
}

bool NameEndingAt(const std::vector<Token>& tokens, size_t last, size_t min_first,
                  NamePhrase* out) {
  if (last == 0 || last > tokens.size() || last <= min_first) return false;
  const Token& end = tokens[last - 1];
  if (!IsRunWord(end) || WordSetOf<kNameSuffixes>().Contains(end.text)) {
    // "Martin Luther King Jr.": a suffix closes a name of words before it.
    if (!(IsCapitalized(end) && WordSetOf<kNameSuffixes>().Contains(end.text))) return false;
  }
  size_t first = last - 1;
  while (first > min_first) {
    const Token& t = tokens[first - 1];
    // A possessive ends what came before: "NPR's Ayesha Rascoe".
    if (IsRunWord(t) && WithoutPossessive(t.text).size() == t.text.size()) {
      --first;
    } else if (IsParticle(t) && first - 1 > min_first && IsRunWord(tokens[first - 2])) {
      --first;
    } else if (IsWord(t, "of") && first - 1 > min_first && IsTitleWord(tokens[first - 2].text)) {
      --first;  // "Secretary of State Mike Pompeo"
    } else {
      break;
    }
  }
  // The run's first words may be a sentence's opening word ("But"), kept out by IsRunWord.
  return SplitRun(tokens, first, last, out);
}

std::vector<NamePhrase> NamesIn(const std::vector<Token>& tokens) {
  std::vector<NamePhrase> names;
  for (size_t i = 0; i < tokens.size();) {
    NamePhrase np;
    if (!IsCapitalized(tokens[i]) || !NameStartingAt(tokens, i, &np)) {
      ++i;
      continue;
    }
    i = np.last > i ? np.last : i + 1;
    names.push_back(std::move(np));
  }
  return names;
}

bool NameStartingAt(const std::vector<Token>& tokens, size_t first, NamePhrase* out) {
  if (first >= tokens.size() || !IsRunWord(tokens[first])) return false;
  size_t last = first + 1;
  while (last < tokens.size()) {
    const Token& t = tokens[last];
    if (WithoutPossessive(tokens[last - 1].text).size() != tokens[last - 1].text.size()) break;
    if (IsRunWord(t) || (IsCapitalized(t) && WordSetOf<kNameSuffixes>().Contains(t.text))) {
      ++last;
    } else if ((IsParticle(t) || (IsWord(t, "of") && IsTitleWord(tokens[last - 1].text))) &&
               last + 1 < tokens.size() && IsRunWord(tokens[last + 1])) {
      last += 2;
    } else {
      break;
    }
  }
  return SplitRun(tokens, first, last, out);
}

}  // namespace newsarchive
