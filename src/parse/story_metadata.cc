#include "parse/story_metadata.h"

#include <cstdio>

#include "base/text_util.h"
#include "model/article.h"
#include "parse/layout.h"
#include "people/names.h"

namespace newsarchive {
namespace {

// A site's home page or an embedded player is not the story's address.
bool IsStoryUrl(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  if (slash == std::string::npos || slash + 1 >= url.size()) return false;
  return url.find("/player/") == std::string::npos && url.find("/embed") == std::string::npos;
}

constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};

// Month number (1-12) of the month name or abbreviation at s[i] ("Feb", "Feb.", "Sept."),
// advancing i past it; 0 when there is none.
int MatchMonth(std::string_view s, size_t& i) {
  size_t end = i;
  while (end < s.size() && IsAsciiAlpha(s[end])) ++end;
  const size_t len = end - i;
  if (len < 3) return 0;
  std::string word = AsciiLowerCopy(s.substr(i, len));
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kMonths[m];
    const bool whole = word == full;
    const bool abbrev = len <= 4 && full.compare(0, len, word) == 0 && len < full.size() &&
                        (len == 3 || word == "sept");
    if (!whole && !abbrev) continue;
    if (abbrev && end < s.size() && s[end] == '.') ++end;
    i = end;
    return m + 1;
  }
  return 0;
}

// Reads 1..max_digits digits at s[i].
int ReadNumber(std::string_view s, size_t& i, int max_digits, int* digits) {
  int value = 0;
  *digits = 0;
  while (i < s.size() && IsAsciiDigit(s[i]) && *digits < max_digits) {
    value = value * 10 + (s[i] - '0');
    ++i;
    ++*digits;
  }
  return value;
}

bool ValidDate(int y, int m, int d) {
  return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

std::string Iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

void SkipSpaces(std::string_view s, size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
}

// Past an ordinal's ending: "9th", "21st", "2nd", "3rd".
void SkipOrdinal(std::string_view s, size_t& i) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (i + 2 <= s.size() && (i + 2 == s.size() || !IsAsciiAlpha(s[i + 2])) &&
        EqualsIgnoreCase(s.substr(i, 2), suffix)) {
      i += 2;
      return;
    }
  }
}

// "February 27, 2019" / "Feb. 27 2019" starting at i.
std::string MonthFirst(std::string_view s, size_t i) {
  const int month = MatchMonth(s, i);
  if (month == 0) return "";
  SkipSpaces(s, i);
  int digits;
  const int day = ReadNumber(s, i, 2, &digits);
  if (digits == 0) return "";
  if (i < s.size() && IsAsciiDigit(s[i])) return "";
  SkipOrdinal(s, i);
  if (i < s.size() && s[i] == ',') ++i;
  SkipSpaces(s, i);
  const int year = ReadNumber(s, i, 4, &digits);
  if (digits != 4 || !ValidDate(year, month, day)) return "";
  return Iso(year, month, day);
}

// "27 February 2019" starting at i.
std::string DayFirst(std::string_view s, size_t i) {
  int digits;
  const int day = ReadNumber(s, i, 2, &digits);
  if (digits > 0) SkipOrdinal(s, i);
  if (digits == 0 || i >= s.size() || s[i] != ' ') return "";
  SkipSpaces(s, i);
  const int month = MatchMonth(s, i);
  if (month == 0) return "";
  if (i < s.size() && s[i] == ',') ++i;
  SkipSpaces(s, i);
  const int year = ReadNumber(s, i, 4, &digits);
  if (digits != 4 || !ValidDate(year, month, day)) return "";
  return Iso(year, month, day);
}

// "2019-02-27" starting at i.
std::string IsoAt(std::string_view s, size_t i) {
  int digits;
  const int year = ReadNumber(s, i, 4, &digits);
  if (digits != 4 || i >= s.size() || s[i] != '-') return "";
  ++i;
  const int month = ReadNumber(s, i, 2, &digits);
  if (digits != 2 || i >= s.size() || s[i] != '-') return "";
  ++i;
  const int day = ReadNumber(s, i, 2, &digits);
  if (digits != 2 || (i < s.size() && IsAsciiDigit(s[i])) || !ValidDate(year, month, day)) {
    return "";
  }
  return Iso(year, month, day);
}

}  // namespace

std::string FindIsoDate(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool word_start = i == 0 || !IsAsciiAlpha(text[i - 1]);
    const bool number_start = i == 0 || !IsAsciiDigit(text[i - 1]);
    std::string date;
    if (IsAsciiUpper(c) && word_start) {
      date = MonthFirst(text, i);
    } else if (IsAsciiDigit(c) && number_start) {
      date = IsoAt(text, i);
      if (date.empty()) date = DayFirst(text, i);
    }
    if (!date.empty()) return date;
  }
  return "";
}

std::vector<std::string> FindUrls(std::string_view text, size_t max) {
  std::vector<std::string> urls;
  for (size_t at = text.find("http"); at != std::string_view::npos && urls.size() < max;
       at = text.find("http", at + 1)) {
    std::string_view rest = text.substr(at);
    if (!StartsWithIgnoreCase(rest, "http://") && !StartsWithIgnoreCase(rest, "https://")) continue;
    size_t end = 0;
    while (end < rest.size() && !IsSpace(rest[end]) && rest[end] != '"' && rest[end] != '<' &&
           rest[end] != '>') {
      ++end;
    }
    while (end > 0 && (rest[end - 1] == '.' || rest[end - 1] == ',' || rest[end - 1] == ')' ||
                       rest[end - 1] == ';' || rest[end - 1] == '\'')) {
      --end;
    }
    if (end > 10) urls.emplace_back(rest.substr(0, end));
    at += end;
  }
  return urls;
}

std::string SourceNamedIn(std::string_view text) { return SourceNamedByLayouts(text); }

bool ParseDatedTeaser(std::string_view text, DatedTeaser* out) {
  constexpr size_t kMaxHead = 80;
  size_t sep = std::string_view::npos;
  size_t sep_size = 0;
  for (std::string_view candidate : {std::string_view(" \xC2\xB7 "), std::string_view(" - "),
                                     std::string_view(" \xE2\x80\x94 ")}) {
    const size_t at = text.substr(0, kMaxHead).find(candidate);
    if (at < sep) {
      sep = at;
      sep_size = candidate.size();
    }
  }
  if (sep == std::string_view::npos) return false;
  std::string_view head = Trim(text.substr(0, sep));
  if (head.empty() || !IsAsciiDigit(head.back())) return false;  // the date closes the head
  const std::string date = FindIsoDate(head);
  if (date.empty()) return false;
  std::string program;
  const size_t comma = head.find(", ");
  if (comma != std::string_view::npos && FindIsoDate(head.substr(comma + 2)) == date &&
      head.substr(0, comma).find_first_of("0123456789") == std::string_view::npos) {
    program = std::string(head.substr(0, comma));
  } else if (head.find_first_of("0123456789") < head.find(' ') && !IsAsciiDigit(head[0])) {
    return false;
  }
  out->program = program;
  out->date = date;
  out->teaser = Trim(text.substr(sep + sep_size));
  return !out->teaser.empty();
}

std::string SourceOfCopyright(std::string_view copyright) {
  const std::string named = SourceNamedIn(copyright);
  if (!named.empty()) return named;
  // "Copyright 2023 North Sound Public Radio." / "© 2019 Harbor Radio": the words after the
  // year, up to the first period or comma.
  std::vector<std::string_view> words = SplitWords(copyright);
  size_t k = 0;
  while (k < words.size() && (EqualsIgnoreCase(words[k], "copyright") || words[k] == "\xC2\xA9" ||
                              EqualsIgnoreCase(words[k], "(c)") || IsAsciiDigit(words[k][0]) ||
                              words[k].compare(0, 2, "\xC2\xA9") == 0)) {
    ++k;
  }
  std::string org;
  for (size_t n = 0; k < words.size() && n < 6; ++k, ++n) {
    std::string_view w = words[k];
    const bool last = w.back() == '.' || w.back() == ',';
    if (last) w.remove_suffix(1);
    if (w.empty() || !IsAsciiUpper(w[0])) break;
    if (!org.empty()) org += ' ';
    org += w;
    if (last) break;
  }
  return org;
}

std::string FindYear(std::string_view text) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    if ((i > 0 && IsAsciiDigit(text[i - 1])) ||
        (i + 4 < text.size() && IsAsciiDigit(text[i + 4]))) {
      continue;
    }
    if ((text.compare(i, 2, "19") == 0 || text.compare(i, 2, "20") == 0) &&
        IsAsciiDigit(text[i + 2]) && IsAsciiDigit(text[i + 3])) {
      return std::string(text.substr(i, 4));
    }
  }
  return "";
}

namespace {

constexpr std::string_view kProgramNouns[] = {
    "Show",   "Hour",     "Edition", "Considered", "Podcast",   "Nation",     "Air",
    "Radio",  "Report",   "News",    "Journal",    "Live",      "Today",      "Tonight",
    "Daily",  "Week",     "Desk",    "Politics",   "Matters",   "Exchange",   "Forum",
    "Point",  "Magazine", "Life",    "Program",    "Programme", "Roundtable", "Hours",
    "Weekly", "Briefing", "Minutes", "Dateline",   "Newsroom",  "More",
};

// "The Brian Lehrer Show on WNYC", "All Things Considered from NPR News": capitalized words
// closed by "on" or "from" and a capitalized name; "" otherwise.
std::string MixedCaseProgram(std::string_view rest) {
  std::vector<std::string_view> words = SplitWords(rest);
  std::string name;
  for (size_t k = 0; k < words.size() && k < 7; ++k) {
    std::string_view w = words[k];
    if ((w == "on" || w == "from") && !name.empty() && k + 1 < words.size() &&
        IsAsciiUpper(words[k + 1][0])) {
      // A person says "This is Jane Doe from NPR News" too: a program ends in a word like "Show".
      if (!WordSetOf<kProgramNouns>().Contains(words[k - 1])) return "";
      if (StartsWithIgnoreCase(name, "the ")) name.erase(0, 4);
      return name;
    }
    const bool small = w == "of" || w == "the" || w == "and";
    if (!IsAsciiUpper(w[0]) && !(small && !name.empty())) return "";
    if (w.find_first_of(".,!?:;") != std::string_view::npos) return "";
    if (!name.empty()) name += ' ';
    name += w;
  }
  return "";
}

// Capital words after `opener`: the program in "This is FRESH AIR." / "It's the NPR POLITICS
// PODCAST."
std::string ProgramAfter(std::string_view text, std::string_view opener) {
  for (size_t at = FindIgnoreCase(text, opener); at != std::string_view::npos;
       at = FindIgnoreCase(text, opener, at + 1)) {
    std::string_view rest = Utf8Head(text.substr(at + opener.size()), 120);
    // Capital words up to punctuation or the first word not in capitals: "FRESH AIR.",
    // "ALL THINGS CONSIDERED from NPR News".
    std::string name;
    size_t letters = 0;
    for (std::string_view word : SplitWords(rest)) {
      bool closes = false;
      while (!word.empty() &&
             std::string_view(".,!?:;").find(word.back()) != std::string_view::npos) {
        word.remove_suffix(1);
        closes = true;
      }
      if (word.empty() || !IsAllCaps(word)) break;
      if (!name.empty()) name += ' ';
      name += word;
      for (char c : word) letters += IsAsciiUpper(c);
      if (closes) break;
    }
    if (letters < 4 || EqualsIgnoreCase(name, "NPR NEWS") || EqualsIgnoreCase(name, "CNN")) {
      std::string mixed = MixedCaseProgram(rest);
      if (!mixed.empty()) return mixed;
      continue;
    }
    return ProperCaseTitle(name);
  }
  return "";
}

}  // namespace

bool LooksLikeHeadline(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.back() == '.' || !FindIsoDate(line).empty()) return false;
  const std::vector<std::string_view> words = SplitWords(line);
  if (words.size() < 2 || words.size() > 15) return false;
  size_t capitalized = 0;
  for (std::string_view w : words) capitalized += StartsUpper(w) || IsAsciiDigit(w[0]);
  return capitalized * 3 >= words.size() * 2;
}

std::string ProgramNamedIn(std::string_view text) {
  for (std::string_view opener :
       {std::string_view("this is "), std::string_view("it's the "),
        std::string_view("it\u2019s the "), std::string_view("welcome to "),
        std::string_view("you're listening to "), std::string_view("you\u2019re listening to "),
        std::string_view("you are listening to ")}) {
    std::string program = ProgramAfter(text, opener);
    if (!program.empty()) return program;
  }
  return "";
}

void FillStoryMetadata(const PageFacts& page, const Layout& layout, Article* article) {
  if (article->published_on.empty()) article->published_on = FindIsoDate(page.chrome);
  if (article->published_on.empty()) article->published_on = FindIsoDate(page.tail);
  // "Recorded October 20, 2004. An economist ...": a teaser that dates the recording.
  for (std::string_view opener : {"Recorded ", "Aired ", "Broadcast ", "Originally aired "}) {
    if (article->published_on.empty() && StartsWithIgnoreCase(article->summary, opener)) {
      article->published_on = FindIsoDate(Utf8Head(article->summary, 60));
    }
  }
  // "PBS NewsHour full episode October 22, 2019": a headline that dates an episode (not one
  // that names a date in history).
  static constexpr std::string_view kEpisodeWords[] = {"episode",    "edition", "broadcast",
                                                       "transcript", "show",    "newshour for"};
  for (std::string_view word : kEpisodeWords) {
    if (article->published_on.empty() &&
        FindIgnoreCase(article->title, word) != std::string::npos) {
      article->published_on = FindIsoDate(article->title);
    }
  }
  // "Meet the Press - February 7, 2016": a date standing alone after the program's name.
  for (std::string_view dash : {std::string_view(" - "), std::string_view(" \u2014 ")}) {
    const size_t at = article->title.rfind(dash);
    if (!article->published_on.empty() || at == std::string::npos) continue;
    std::string_view after = std::string_view(article->title).substr(at + dash.size());
    if (after.size() <= 24) article->published_on = FindIsoDate(after);
  }
  for (const std::string* where :
       {&page.chrome, &page.tail, static_cast<const std::string*>(&article->copyright)}) {
    for (std::string& url : FindUrls(*where)) {
      if (article->url.empty() && IsStoryUrl(url)) article->url = std::move(url);
    }
  }
  if (layout.complete_metadata != nullptr) layout.complete_metadata(page.chrome, article);
  if (article->copyright.empty()) article->copyright = page.site_copyright;
  article->source = SourceOfCopyright(article->copyright);
  if (article->source.empty()) article->source = SourceNamedIn(page.chrome);
  if (article->source.empty()) article->source = std::string(layout.fallback_source);
  if (article->source.empty() && !page.sign_off_organization.empty()) {
    article->source = SourceNamedIn(page.sign_off_organization);
  }
  if (article->source.empty() && (article->summary.find("NPR's") != std::string::npos ||
                                  article->summary.find("NPR\u2019s") != std::string::npos)) {
    article->source = "NPR";
  }
  if (article->source.empty()) article->source = SourceNamedIn(article->title);
  // "SOLEDAD O'BRIEN, CNN ANCHOR": the network that employs the story's anchors.
  for (const Speaker& s : article->speakers) {
    for (const Role& r : s.roles) {
      if (article->source.empty() && r.source == RoleSource::kLabel) {
        article->source = SourceNamedIn(r.organization);
      }
    }
  }
  // The program a host names in the first turns: "This is TALK OF THE NATION."
  for (size_t k = 0; k < article->quotes.size() && k < 6 && article->program.empty(); ++k) {
    article->program = ProgramNamedIn(Utf8Head(article->quotes[k].text, 250));
  }
  // A teaser taken from the page's first line may open with the program's name.
  for (std::string prefix : {article->program + " ", "The " + article->program + " "}) {
    if (!article->program.empty() && StartsWithIgnoreCase(article->summary, prefix)) {
      article->summary.erase(0, prefix.size());
    }
  }
}

}  // namespace newsarchive
