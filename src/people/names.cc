#include "people/names.h"

#include <cstring>

#include "base/text_util.h"
#include "people/name_key.h"

namespace newsarchive {
namespace {

// "Mac" names whose next letter is a capital; other MAC... words are cased plainly ("Mack").
constexpr std::string_view kMacNames[] = {
    "MACARTHUR",  "MACDONALD", "MACKENZIE", "MACLEOD",    "MACNEIL",   "MACGREGOR",
    "MACLEAN",    "MACMILLAN", "MACKAY",    "MACFARLANE", "MACINTYRE", "MACPHERSON",
    "MACDOUGALL", "MACKINNON", "MACAULAY",  "MACBRIDE",   "MACNAB"};

constexpr std::string_view kRomanNumerals[] = {"II", "III", "IV", "VI", "VII", "VIII", "IX"};

constexpr std::string_view kParticles[] = {"de",  "da",  "di",  "du",  "del", "della", "der",
                                           "den", "van", "von", "bin", "ibn", "dos",   "das",
                                           "al",  "el",  "ter", "ten", "zu",  "af"};

constexpr std::string_view kSmallWords[] = {"of", "the", "and",  "for",  "on", "at", "in", "to",
                                            "a",  "an",  "with", "from", "by", "or", "de", "del"};

// Acronyms kept in capitals inside roles.
constexpr std::string_view kAcronyms[] = {
    "CNN",   "NPR",   "PBS",  "BBC",  "ABC",  "CBS",  "NBC",  "MSNBC",   "CNBC", "AP",     "VOA",
    "UN",    "EU",    "NATO", "FBI",  "CIA",  "NSA",  "DHS",  "DOJ",     "GOP",  "CEO",    "CFO",
    "COO",   "CTO",   "USA",  "UK",   "US",   "NFL",  "NBA",  "MLB",     "NHL",  "NASA",   "WHO",
    "ACLU",  "NAACP", "MIT",  "UCLA", "NYU",  "USC",  "HHS",  "EPA",     "IRS",  "CDC",    "FDA",
    "NIH",   "ICE",   "TSA",  "DEA",  "ATF",  "SEC",  "FCC",  "FTC",     "IMF",  "WTO",    "NGO",
    "CNN'S", "NPR'S", "WNYC", "WBUR", "KQED", "WAMU", "WHYY", "KPCC",    "OPB",  "C-SPAN", "HBO",
    "ESPN",  "PR",    "TV",   "DC",   "NYPD", "LAPD", "UAW",  "AFL-CIO", "II",   "III",    "IV"};

constexpr std::string_view kNewsOrganizations[] = {
    "CNN", "NPR", "PBS",    "BBC",  "ABC",  "CBS",  "NBC",  "MSNBC", "CNBC", "AP",  "VOA",
    "FOX", "HLN", "C-SPAN", "WNYC", "WBUR", "KQED", "WAMU", "WHYY",  "KPCC", "OPB", "NEWSHOUR"};

constexpr std::string_view kHonorifics[] = {"MR.", "MR", "MS.", "MS",   "MRS.", "MRS",
                                            "MISS", "MX.", "MX", "MME.", "SHRI", "SMT."};

constexpr std::string_view kUnidentifiedWords[] = {"UNIDENTIFIED", "UNIDENTIFED", "UNKNOWN",
                                                   "UNNAMED", "ANONYMOUS"};

constexpr std::string_view kGenericWords[] = {
    "MAN",         "WOMAN",        "MEN",          "WOMEN",         "MALE",      "FEMALE",
    "PERSON",      "PEOPLE",       "SPEAKER",      "SPEAKERS",      "VOICE",     "VOICES",
    "CROWD",       "GROUP",        "AUDIENCE",     "MEMBER",        "MEMBERS",   "ANNOUNCER",
    "NARRATOR",    "CALLER",       "REPORTER",     "REPORTERS",     "PROTESTER", "PROTESTERS",
    "PROTESTOR",   "PROTESTORS",   "DEMONSTRATOR", "DEMONSTRATORS", "STUDENT",   "STUDENTS",
    "CHILD",       "CHILDREN",     "KID",          "KIDS",          "BOY",       "GIRL",
    "BOYS",        "GIRLS",        "OFFICER",      "POLICE",        "SOLDIER",   "SOLDIERS",
    "DISPATCHER",  "OPERATOR",     "INTERVIEWER",  "HOST",          "GUEST",     "PARTICIPANT",
    "CHORUS",      "SINGER",       "SINGERS",      "PASSENGER",     "PILOT",     "WITNESS",
    "RESIDENT",    "VOTER",        "VOTERS",       "WORKER",        "FAN",       "FANS",
    "TEACHER",     "NURSE",        "INTERPRETER",  "TRANSLATOR",    "MODERATOR", "PANELIST",
    "ACTOR",       "ACTRESS",      "ACTORS",       "AUTOMATED",     "RECORDING", "COMPUTER",
    "JOURNALIST",  "CONGREGATION", "CHANTING",     "INTERVIEWEE",   "Q",         "QUESTION",
    "AUDIO",       "VIDEO",        "ANCHOR",       "CORRESPONDENT", "OFFICIAL",  "SPOKESMAN",
    "SPOKESWOMAN", "SPOKESPERSON", "CROWDS",       "ALL",           "BOTH",      "SEVERAL",
    "PRESENTER",   "PRESENTERS",   "COMMENTATOR",  "EXPERT",        "ME",        "INTERVIEWEES",
    "VARIOUS",     "MULTIPLE",     "OTHER",        "CHILD'S",       "FEMALE'S",  "MALE'S"};

struct TitleEntry {
  const char* words;  // upper case, single spaces
  const char* title;
};

// Longest entries first where one is a prefix of another.
const TitleEntry kTitles[] = {
    {"SECRETARY OF STATE", "Secretary of State"},
    {"SECRETARY OF DEFENSE", "Secretary of Defense"},
    {"VICE PRESIDENT-ELECT", "Vice President-elect"},
    {"VICE PRESIDENT", "Vice President"},
    {"VICE PRES.", "Vice President"},
    {"PRESIDENT-ELECT", "President-elect"},
    {"PRESIDENT", "President"},
    {"PRES.", "President"},
    {"SUPREME LEADER", "Supreme Leader"},
    {"DEPUTY PRIME MINISTER", "Deputy Prime Minister"},
    {"PRIME MINISTER", "Prime Minister"},
    {"FOREIGN MINISTER", "Foreign Minister"},
    {"DEFENSE MINISTER", "Defense Minister"},
    {"FOREIGN SECRETARY", "Foreign Secretary"},
    {"DEFENSE SECRETARY", "Defense Secretary"},
    {"FIRST LADY", "First Lady"},
    {"SECRETARY", "Secretary"},
    {"SEC.", "Secretary"},
    {"ATTORNEY GENERAL", "Attorney General"},
    {"STATE SENATOR", "State Senator"},
    {"STATE SEN.", "State Senator"},
    {"STATE REPRESENTATIVE", "State Representative"},
    {"STATE REP.", "State Representative"},
    {"SENATOR", "Senator"},
    {"SEN.", "Senator"},
    {"REPRESENTATIVE", "Representative"},
    {"REP.", "Representative"},
    {"CONGRESSMAN", "Congressman"},
    {"CONGRESSWOMAN", "Congresswoman"},
    {"LIEUTENANT GOVERNOR", "Lieutenant Governor"},
    {"LT. GOV.", "Lieutenant Governor"},
    {"GOVERNOR", "Governor"},
    {"GOV.", "Governor"},
    {"MAYOR", "Mayor"},
    {"CHIEF JUSTICE", "Chief Justice"},
    {"JUSTICE", "Justice"},
    {"JUDGE", "Judge"},
    {"LT. GEN.", "Lieutenant General"},
    {"MAJ. GEN.", "Major General"},
    {"BRIG. GEN.", "Brigadier General"},
    {"GEN.", "General"},
    {"GENERAL", "General"},
    {"ADM.", "Admiral"},
    {"ADMIRAL", "Admiral"},
    {"LT. COL.", "Lieutenant Colonel"},
    {"COL.", "Colonel"},
    {"COLONEL", "Colonel"},
    {"CAPT.", "Captain"},
    {"SGT.", "Sergeant"},
    {"SERGEANT", "Sergeant"},
    {"LT.", "Lieutenant"},
    {"LIEUTENANT", "Lieutenant"},
    {"MAJ.", "Major"},
    {"CPL.", "Corporal"},
    {"PVT.", "Private"},
    {"DR.", "Doctor"},
    {"DR", "Doctor"},
    {"PROF.", "Professor"},
    {"PROFESSOR", "Professor"},
    {"REV.", "Reverend"},
    {"REVEREND", "Reverend"},
    {"AMB.", "Ambassador"},
    {"AMBASSADOR", "Ambassador"},
    {"HOUSE SPEAKER", "House Speaker"},
    {"SPEAKER", "Speaker"},
    {"CHANCELLOR", "Chancellor"},
    {"CHAIRMAN", "Chairman"},
    {"CHAIRWOMAN", "Chairwoman"},
    {"CHAIRPERSON", "Chairperson"},
    {"CHAIR", "Chair"},  // a hearing's captions: "<v Chair Ingrid Solberg>"
    {"DIRECTOR", "Director"},
    {"COMMISSIONER", "Commissioner"},
    {"QUEEN", "Queen"},
    {"PRINCE", "Prince"},
    {"PRINCESS", "Princess"},
    {"POPE", "Pope"},
    {"SHERIFF", "Sheriff"},
    {"DET.", "Detective"},
    {"DETECTIVE", "Detective"},
    {"COUNCILMAN", "Councilman"},
    {"COUNCILWOMAN", "Councilwoman"},
    {"COUNCILMEMBER", "Councilmember"},
    {"ASSEMBLYMAN", "Assemblyman"},
    {"ASSEMBLYWOMAN", "Assemblywoman"},
    {"AYATOLLAH", "Ayatollah"},
    {"SHEIKH", "Sheikh"},
    {"RABBI", "Rabbi"},
    {"CARDINAL", "Cardinal"},
};

// Appends `word` lowercased, with its first letter raised when `capital_first` (a quote or
// other mark before it is skipped: "\"LARRY" -> "\"Larry").
void AppendCapitalized(std::string_view word, bool capital_first, std::string* out) {
  bool raise = capital_first;
  for (size_t i = 0; i < word.size();) {
    const uint32_t cp = DecodeCodePoint(word, i);
    const bool letter = IsLetter(cp);
    AppendUtf8(raise && letter ? ToUpperLetter(cp) : ToLowerLetter(cp), out);
    if (letter) raise = false;
  }
}

// "U.S.", "D.C.", "j.r.": two or more letters, each followed by a period.
bool IsDottedInitials(std::string_view piece) {
  if (piece.size() < 4 || piece.size() % 2 != 0) return false;
  for (size_t i = 0; i < piece.size(); i += 2) {
    if (!IsAsciiAlpha(piece[i]) || piece[i + 1] != '.') return false;
  }
  return true;
}

// One hyphen-free piece of a name word.
std::string ProperCasePiece(std::string_view piece, bool particle_allowed) {
  std::string out;
  if (piece.empty()) return out;
  if (particle_allowed && IsNameParticle(piece)) return ToLowerText(piece);
  if (WordSetOf<kRomanNumerals>().Contains(piece)) return std::string(piece);
  const std::string upper = ToUpperText(piece);
  if (IsDottedInitials(piece)) return upper;  // "U.S.", "J.R.", not "U.s."
  // "AP:" at a news conference: an outlet, spelled as one ("Fox" is also a surname).
  if (IsNewsOrganization(upper) && upper != "FOX" && upper != "NEWSHOUR") return upper;
  // O'BRIEN, D'ANGELO: a one-letter prefix and an apostrophe (straight or typographic).
  for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    const size_t at = piece.find(apostrophe);
    if (at == 1 && piece.size() > 1 + apostrophe.size()) {
      AppendCapitalized(piece.substr(0, 1), true, &out);
      out += apostrophe;
      AppendCapitalized(piece.substr(1 + apostrophe.size()), true, &out);
      return out;
    }
  }
  if (upper.size() > 3 && upper.compare(0, 2, "MC") == 0 && IsAsciiAlpha(upper[2])) {
    out = "Mc";
    AppendCapitalized(piece.substr(2), true, &out);
    return out;
  }
  if (WordSetOf<kMacNames>().Contains(upper)) {
    out = "Mac";
    AppendCapitalized(piece.substr(3), true, &out);
    return out;
  }
  AppendCapitalized(piece, true, &out);
  return out;
}

}  // namespace

std::string FoldedName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (char c : name) {
    if (static_cast<unsigned char>(c) >= 0x80) return NameKey(name);
    if (IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '#') {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.push_back(AsciiLower(c));
    } else if (c != '\'' && c != '.') {
      pending_space = true;
    }
  }
  return out;
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    const size_t start = i;
    while (i < s.size() && !IsSpace(s[i])) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

bool IsNameParticle(std::string_view word) {
  if (WordSetOf<kParticles>().Contains(word)) return true;
  // "AL-ASSAD": a particle glued by a hyphen is handled piece by piece.
  return false;
}

bool IsInitial(std::string_view word) {
  return (word.size() == 1 && IsAsciiAlpha(word[0])) ||
         (word.size() == 2 && IsAsciiAlpha(word[0]) && word[1] == '.');
}

std::string ProperCaseNameWord(std::string_view word, bool first) {
  if (IsInitial(word)) {
    std::string out(word);
    out[0] = AsciiUpper(out[0]);
    return out;
  }
  if (EqualsIgnoreCase(word, "JR.") || EqualsIgnoreCase(word, "SR.") ||
      EqualsIgnoreCase(word, "JR") || EqualsIgnoreCase(word, "SR")) {
    std::string out = AsciiLowerCopy(word);
    out[0] = AsciiUpper(out[0]);
    return out;
  }
  if (!first && IsNameParticle(word)) return ToLowerText(word);
  std::string out;
  size_t start = 0;
  bool first_piece = true;
  while (start <= word.size()) {
    size_t hyphen = word.find('-', start);
    if (hyphen == std::string_view::npos) hyphen = word.size();
    std::string_view piece = word.substr(start, hyphen - start);
    // "al-Assad": a particle before a hyphen stays low unless it opens the whole name.
    const bool particle_allowed = first_piece && !first && hyphen < word.size();
    out += ProperCasePiece(piece, particle_allowed);
    if (hyphen < word.size()) out += '-';
    start = hyphen + 1;
    first_piece = false;
  }
  return out;
}

std::string ProperCaseName(std::string_view name) {
  std::vector<std::string_view> words = SplitWords(name);
  std::string out;
  if (HasLowercase(name)) {
    for (std::string_view w : words) {
      if (!out.empty()) out += ' ';
      out += w;
    }
    if (!out.empty() && IsAsciiLower(out[0])) out[0] = AsciiUpper(out[0]);
    return out;
  }
  for (size_t i = 0; i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += ProperCaseNameWord(words[i], i == 0);
  }
  return out;
}

std::string ProperCaseTitle(std::string_view title) {
  std::vector<std::string_view> words = SplitWords(title);
  std::string out;
  if (words.empty()) return out;
  if (!IsAllCaps(title)) {
    for (std::string_view w : words) {
      if (!out.empty()) out += ' ';
      out += w;
    }
    if (IsAsciiLower(out[0])) out[0] = AsciiUpper(out[0]);
    return out;
  }
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (!out.empty()) out += ' ';
    if (EqualsIgnoreCase(w, "FMR.") || EqualsIgnoreCase(w, "FRM.")) {
      out += "Former";  // ABC's "FRM. U.S. SECRETARY OF STATE"
    } else if (WordSetOf<kAcronyms>().Contains(w) ||
               (w.find('.') != std::string_view::npos && w.size() <= 6 &&
                w.find('.') < w.size() - 1)) {
      out += w;  // "U.S.", "CNN"
    } else if (i > 0 && WordSetOf<kSmallWords>().Contains(w)) {
      out += ToLowerText(w);
    } else {
      // Hyphenated words are capitalized piece by piece: "VOICE-OVER" -> "Voice-Over".
      size_t start = 0;
      while (start <= w.size()) {
        size_t hyphen = w.find('-', start);
        if (hyphen == std::string_view::npos) hyphen = w.size();
        AppendCapitalized(w.substr(start, hyphen - start), true, &out);
        if (hyphen < w.size()) out += '-';
        start = hyphen + 1;
      }
    }
  }
  return out;
}

size_t MatchTitlePrefix(const std::vector<std::string_view>& words, size_t start,
                        std::string* title) {
  struct SplitTitle {
    std::vector<std::string_view> parts;
    const char* title;
  };
  static const std::vector<SplitTitle>* const kSplitTitles = [] {
    auto* split = new std::vector<SplitTitle>;
    for (const TitleEntry& entry : kTitles)
      split->push_back({SplitWords(entry.words), entry.title});
    return split;
  }();
  static const WordSet* const kFirstWords = [] {
    std::vector<std::string_view> first;
    for (const SplitTitle& entry : *kSplitTitles) first.push_back(entry.parts[0]);
    return new WordSet(first.data(), first.size());
  }();
  size_t former = 0;
  if (start < words.size() &&
      (EqualsIgnoreCase(words[start], "FORMER") || EqualsIgnoreCase(words[start], "EX-"))) {
    former = 1;
  }
  const size_t at = start + former;
  if (at >= words.size() || !kFirstWords->Contains(words[at])) return 0;
  for (const SplitTitle& entry : *kSplitTitles) {
    const std::vector<std::string_view>& parts = entry.parts;
    if (at + parts.size() > words.size() || !EqualsIgnoreCase(words[at], parts[0])) continue;
    bool match = true;
    for (size_t k = 1; k < parts.size() && match; ++k) {
      match = EqualsIgnoreCase(words[at + k], parts[k]);
    }
    if (!match) continue;
    *title = former ? std::string("Former ") + entry.title : entry.title;
    return former + parts.size();
  }
  return 0;
}

bool IsHonorific(std::string_view word) { return WordSetOf<kHonorifics>().Contains(word); }

bool IsUnidentifiedWord(std::string_view word) {
  return WordSetOf<kUnidentifiedWords>().Contains(word);
}

bool IsUnnamedRoleNoun(std::string_view word) {
  static constexpr std::string_view kRoleNouns[] = {
      "OFFICIAL", "OFFICIALS", "SPOKESMAN",     "SPOKESWOMAN", "SPOKESPERSON",
      "OFFICER",  "ANNOUNCER", "CORRESPONDENT", "PROTESTER",   "PROTESTERS",
      "SOLDIER",  "SOLDIERS",  "RESIDENT",      "RESIDENTS",   "VOTER",
      "VOTERS",   "WORKER",    "WORKERS",       "WITNESS",     "STUDENT",
      "TEACHER",  "NURSE",     "CALLER",        "NARRATOR",    "DEMONSTRATOR"};
  return WordSetOf<kRoleNouns>().Contains(word);
}

bool IsGenericSpeakerWord(std::string_view word) {
  return WordSetOf<kGenericWords>().Contains(word) || IsUnidentifiedWord(word);
}

bool IsNewsOrganization(std::string_view word) {
  return WordSetOf<kNewsOrganizations>().Contains(word);
}

bool LooksLikeRole(std::string_view part) {
  static constexpr std::string_view kRoleWords[] = {
      "host",           "anchor",       "reporter",  "correspondent", "analyst",     "editor",
      "producer",       "director",     "president", "secretary",     "minister",    "senator",
      "professor",      "author",       "writer",    "chief",         "officer",     "manager",
      "planner",        "adviser",      "advisor",   "spokesman",     "spokeswoman", "spokesperson",
      "member",         "resident",     "founder",   "ceo",           "chairman",    "chairwoman",
      "chair",          "commissioner", "governor",  "mayor",         "leader",      "candidate",
      "attorney",       "lawyer",       "doctor",    "student",       "teacher",     "researcher",
      "scientist",      "economist",    "historian", "expert",        "fellow",      "contributor",
      "columnist",      "commentator",  "critic",    "journalist",    "coordinator", "head",
      "representative", "ambassador",   "general",   "captain",       "byline",      "guest",
      "caller",         "owner",        "worker",    "organizer",     "activist",    "pastor",
      "coach",          "player",       "musician",  "singer",        "actor",       "actress",
      "comedian",       "filmmaker",    "novelist",  "poet",          "farmer",      "nurse",
      "physician",      "surgeon",      "police",    "sheriff",       "judge",       "voter",
      "volunteer",      "executive",    "partner",   "strategist",    "consultant",  "engineer",
      "official",       "employee",     "soldier",   "veteran",       "moderator",   "narrator"};
  for (std::string_view w : SplitWords(part)) {
    std::string lower = AsciiLowerCopy(w);
    while (!lower.empty() && !IsAsciiAlpha(lower.back())) lower.pop_back();
    // "co-host", "vice-chair": the last part names the role.
    const size_t hyphen = lower.rfind('-');
    if (hyphen != std::string::npos) lower.erase(0, hyphen + 1);
    if (lower.size() > 2 && lower.back() == 's') {
      if (WordSetOf<kRoleWords>().Contains(std::string_view(lower).substr(0, lower.size() - 1)))
        return true;
    }
    if (WordSetOf<kRoleWords>().Contains(lower)) return true;
  }
  return false;
}

}  // namespace newsarchive
