#include "parse/page_chrome.h"

#include <array>

#include "base/text_util.h"
#include "parse/story_metadata.h"
#include "people/names.h"

namespace newsarchive {
namespace {

// Whole lines, compared without case.
constexpr std::string_view kChromeLines[] = {
    "Play Live Radio",
    "Next Up:",
    "Next Up",
    "Available On Air Stations",
    "Download",
    "Transcript",
    "Embed",
    "NPR logo",
    "Return to Transcripts main page",
    "Enlarge this image",
    "toggle caption",
    "hide caption",
    "Sponsor Message",
    "Listen",
    "Listen Live",
    "Close",
    "Share",
    "Facebook",
    "Twitter",
    "Email",
    "Flipboard",
    "Print",
    "Menu",
    "Search",
    "Donate",
    "Advertisement",
    "Loading...",
    "More Stories",
    "Related Stories",
    "Comments",
    "Skip to main content",
    "Keyboard shortcuts",
    "On Air Now",
    "Now Playing",
    "Toggle more options",
    "Playlist",
    "Queue",
    "Hourly News",
    "Live Radio",
    "Support NPR",
    "Get The NPR App",
    "Audio will be available later today.",
    "Facebook Twitter Flipboard Email",
    "Transcript:",
    "Show Transcript",
    "Hide Transcript",
    "Read Transcript",
    "Full Transcript",
    "Print Transcript",
    "Watch",
    "Watch Video",
    "Play",
    "Pause",
    "Listen to this article",
    "Related",
    "Tags",
    "Topics",
    "Share this",
    "Copy link",
    "Subscribe",
    "Sign In",
    "Log In",
    "Newsletter",
    "View Comments",
    "Enlarge",
    "Zoom",
    "Image",
    "Photo",
    "Video",
    "Audio",
    "Episode Date:",
    "Composer ID:",
    "FCC Public Inspection Files:",
    "Show Open:",
    "TRANSCRIPT:",
    "END",
    "[END]",
    "Leave your feedback",
    "Copy URL",
    "Support Provided By:",
    "Support Provided By",
    "Learn more",
    "Read more",
    "Watch the full episode",
    "Listen to this story",
    "Subscribe to our newsletter",
    "Skip navigation",
    "Images",
    "From the Archives",
    "Transcripts",
    "Watch CBS News",
    "The full story...",
    "Filed under:",
    "E&OE TRANSCRIPT",
    "E&OE",
    "[an error occurred while processing this directive]",
    "Media Options",
    "Related Story",
    "Web Exclusive",
    "Pages",
    "Genre:",
    "Local Anchor(s):",
    "Local Host(s):",
    "MTP STILL",
};

// Line openings, compared without case.
constexpr std::string_view kChromePrefixes[] = {"Return to Transcripts",
                                                "THIS IS A RUSH TRANSCRIPT",
                                                "This is a rush transcript. Copy may not",
                                                "Enlarge this image",
                                                "toggle caption",
                                                "hide caption",
                                                "FCC Public",
                                                "FCC Applications",
                                                "Embed <iframe",
                                                "Listen \xC2\xB7",
                                                "Download Embed",
                                                "Support for NPR",
                                                "Support Provided By",
                                                "Support for this program",
                                                "Sponsor Message",
                                                "Accessibility",
                                                "Privacy Policy",
                                                "Terms of Use",
                                                "Contest Rules",
                                                "EEO Report",
                                                "Aired ",
                                                "THIS TRANSCRIPT MAY NOT BE",
                                                "CNN.com - Transcripts",
                                                "Transcripts main page",
                                                "Get the NPR",
                                                "NPR's sites use cookies",
                                                "Audio for this story",
                                                "Listen to Story",
                                                "Listen to the story",
                                                "Click here",
                                                "TO ORDER A VIDEO OF THIS TRANSCRIPT",
                                                "Share on",
                                                "Copyright (c) Transcript",
                                                "Originally published on",
                                                "IE 11 is not supported",
                                                "Skip to main content",
                                                "Skip to content",
                                                "PLEASE CREDIT ANY QUOTES",
                                                "| Printer-Friendly",
                                                "Read the transcript to",
                                                "Read the transcript of",
                                                "watch One-Minute",
                                                "Note: This American Life is produced",
                                                "You turn to us for voices",
                                                "Sign up for",
                                                "clock menu more-arrow",
                                                "Click an image to enlarge",
                                                "Hungry For More?",
                                                "Full audio:",
                                                "Subscribe to our"};

// Photo credit endings ("Jane Doe/Getty Images", "John Roe for NPR").
constexpr std::string_view kCreditEndings[] = {"Getty Images",
                                               "/AP",
                                               "/AFP",
                                               "/Reuters",
                                               "/NPR",
                                               " for NPR",
                                               "/Bloomberg",
                                               "/Pool",
                                               "/POOL",
                                               "AP Photo",
                                               "/EPA",
                                               "/Shutterstock",
                                               "/Corbis",
                                               "/Sipa USA",
                                               "/Xinhua",
                                               "/iStockphoto",
                                               "/Courtesy",
                                               "via AP",
                                               "/AP Photo",
                                               "via AP",
                                               "AP Photo/File",
                                               "/The Washington Post",
                                               "/The New York Times",
                                               "/TNS",
                                               "/Anadolu Agency",
                                               "/NurPhoto",
                                               "/Reuters/Landov",
                                               "/Landov",
                                               "/WireImage",
                                               "/Invision"};

// "Act One: The Quiz", "Act Two. No, Of Course", "Act 3:": a number, then a colon or period.
bool IsActHeading(std::string_view line) {
  if (!StartsWithIgnoreCase(line, "Act ")) return false;
  size_t end = 4;
  while (end < line.size() && IsAsciiAlpha(line[end])) ++end;
  std::string_view number = line.substr(4, end - 4);
  if (number.empty()) {
    while (end < line.size() && IsAsciiDigit(line[end])) ++end;
    number = line.substr(4, end - 4);
    if (number.empty()) return false;
  } else {
    static constexpr std::string_view kNumbers[] = {"one",  "two", "three",  "four",
                                                    "five", "six", "seven",  "eight",
                                                    "nine", "ten", "eleven", "twelve"};
    if (!WordSetOf<kNumbers>().Contains(AsciiLowerCopy(number))) return false;
  }
  return end == line.size() || line[end] == ':' || line[end] == '.';
}

// "0:00", "0:00 0:00", "4:12", "1:02:33": player times.
bool IsClockOnly(std::string_view line) {
  bool colon = false;
  for (char c : line) {
    if (c == ':') {
      colon = true;
    } else if (!IsAsciiDigit(c) && c != ' ' && c != '/' && c != '-') {
      return false;
    }
  }
  return colon;
}

bool LooksLikeHtml(std::string_view line) {
  if (line.find('<') == std::string_view::npos) return false;
  if (line.find("<iframe") != std::string_view::npos) return true;
  if (line.find("</") != std::string_view::npos && line.find('>') != std::string_view::npos) {
    return true;
  }
  if (line.size() >= 3 && line[0] == '<' && line.back() == '>' &&
      (IsAsciiAlpha(line[1]) || line[1] == '!' || line[1] == '/')) {
    return true;
  }
  return FindIgnoreCase(line, "<script") != std::string_view::npos ||
         FindIgnoreCase(line, "<div") != std::string_view::npos ||
         FindIgnoreCase(line, "<a href") != std::string_view::npos ||
         FindIgnoreCase(line, "<img ") != std::string_view::npos;
}

bool IsPhotoCredit(std::string_view line) {
  if (line.size() > 140) return false;
  // "( Sean Thew / AP Photo )": credits in parentheses.
  if (line.size() > 2 && line.front() == '(' && line.back() == ')') {
    line = Trim(line.substr(1, line.size() - 2));
  }
  return EndsWithAnyIgnoreCase(line, kCreditEndings);
}

constexpr size_t kCopyrightWindow = 120;

constexpr std::array<bool, 256> MakeSentenceEnds() {
  std::array<bool, 256> t{};
  for (char c : {'.', '!', '?', '"', ')', '\''}) t[static_cast<unsigned char>(c)] = true;
  t[0x9D] = true;  // last byte of U+201D, the closing quote
  return t;
}
constexpr std::array<bool, 256> kSentenceEnd = MakeSentenceEnds();

// "Transcript provided by NPR", "Copyright NPR", "Copyright 2015", "Copyright (c)", "COPYRIGHT",
// "©" at p[at]; not "Copyright law" or "copyrighted".
bool IsCopyrightAt(std::string_view p, size_t at) {
  std::string_view rest = p.substr(at);
  if (rest.empty()) return false;
  switch (rest[0]) {
    case 'T':
    case 't':
      return StartsWithIgnoreCase(rest, "transcript provided by");
    case '\xC2':
      return rest.compare(0, 2, "\xC2\xA9") == 0;
    case 'C':
      break;
    default:
      return false;
  }
  if (rest.compare(0, 9, "COPYRIGHT") == 0) return true;
  if (rest.compare(0, 9, "Copyright") != 0) return false;
  size_t next = 9;
  if (next < rest.size() && rest[next] == ' ') ++next;
  if (next >= rest.size()) return false;
  const char d = rest[next];
  return IsAsciiDigit(d) || d == '(' || IsAsciiUpper(d) || rest.compare(next, 2, "\xC2\xA9") == 0;
}

}  // namespace

bool IsChromeLine(std::string_view line) {
  // List bullets of scraped pages: "  • Download", "* Transcript".
  for (std::string_view bullet : {std::string_view("\u2022"), std::string_view("\u00B7"),
                                  std::string_view("* "), std::string_view("- ")}) {
    if (line.compare(0, bullet.size(), bullet) == 0) {
      line = Trim(line.substr(bullet.size()));
      break;
    }
  }
  if (line.empty()) return false;
  if (WordSetOf<kChromeLines>().Contains(line) || WordSetOf<kChromePrefixes>().IsPrefixOf(line))
    return true;
  if (IsClockOnly(line) || LooksLikeHtml(line) || IsPhotoCredit(line)) return true;
  // A podcast's section headings: "Prologue: Prologue", "Act One: The Quiz", "Act Two. No.".
  if (line.size() < 80 && (StartsWithIgnoreCase(line, "Prologue") ||
                           StartsWithIgnoreCase(line, "Epilogue") || IsActHeading(line))) {
    return true;
  }
  // "date 2020-12-07 This is a rush transcript from "Special Report" December 2, 2020. ..."
  if (line.size() < 300 && FindIgnoreCase(line, "rush transcript") != std::string::npos) {
    return true;
  }
  // A bare address on its own line: "https://www.npr.org/2019/02/27/...".
  if ((StartsWithIgnoreCase(line, "http://") || StartsWithIgnoreCase(line, "https://") ||
       StartsWithIgnoreCase(line, "www.")) &&
      line.find(' ') == std::string_view::npos) {
    return true;
  }
  // "Listen · 4:12", "Download 3 MB".
  if (line.size() < 40 &&
      (StartsWithIgnoreCase(line, "Listen ") || StartsWithIgnoreCase(line, "Download ")) &&
      line.find(':') != std::string_view::npos) {
    return true;
  }
  return false;
}

bool IsPreambleChromeLine(std::string_view line) {
  if (line.empty()) return false;
  // A fund drive above the story: "Can you donate $10 to keep us going strong?"
  if (line.find('$') != std::string_view::npos && (line.find("donat") != std::string_view::npos ||
                                                   line.find("gift") != std::string_view::npos)) {
    return true;
  }
  if (line.size() < 300 && StartsWithIgnoreCase(line, "Guests: ")) return true;
  // ABC (Australia): "Tony Eastley reported this story on Friday, February 7, 2014 08:24:00".
  if (line.size() < 140 && line.find(" reported this story on ") != std::string_view::npos) {
    return true;
  }
  if (line.size() > 100) return false;
  // An archive's record header: "Show: FRESH AIR", "Tran: 121801np.217", "Sect: News".
  static constexpr std::string_view kHeaderFields[] = {
      "Show: ", "Date: ", "Time: ", "Tran: ",   "Type: ",
      "Head: ", "Sect: ", "Spec: ", "Length: ", "Section: "};
  if (StartsWithAnyIgnoreCase(line, kHeaderFields)) return true;
  static constexpr std::string_view kAppealLines[] = {
      "Hi there,", "Non-commercial news needs", "Please do your part", "Please make your gift",
      "Other segments from the episode"};
  if (StartsWithAnyIgnoreCase(line, kAppealLines)) return true;
  // The appeal's signature, "-Amy Goodman"; a related story's "StoryFeb 13, 2024The Climate...".
  if ((line[0] == '-' && line.size() > 1 && IsAsciiUpper(line[1]) &&
       SplitWords(line).size() <= 3) ||
      (StartsWithIgnoreCase(line, "Story") && line.size() > 8 && IsAsciiUpper(line[5]) &&
       !FindIsoDate(line.substr(5, 20)).empty())) {
    return true;
  }
  if (StartsWithIgnoreCase(line, "Heard on ") || StartsWithIgnoreCase(line, "Updated ") ||
      StartsWithIgnoreCase(line, "Published ")) {
    return true;
  }
  // "ByABC News": a byline run into its name; "PHOTO: ..." a picture's caption; "ABC News" alone,
  // the picture's credit.
  if (line.size() > 3 && line.compare(0, 2, "By") == 0 && IsAsciiUpper(line[2]) &&
      line.size() < 40) {
    return true;
  }
  if (StartsWithIgnoreCase(line, "PHOTO: ")) return true;
  // A station's schedule ("Weekdays at Noon"), a guest list, a player's prompt.
  static constexpr std::string_view kListingOpeners[] = {
      "Weekdays ",        "Weekends ",      "Listen to this ", "Last Updated",
      "Subscribe to the", "Email the show", "Join the NPR"};
  if (line.size() < 60 && StartsWithAnyIgnoreCase(line, kListingOpeners)) return true;
  if (line.size() <= 20 && SplitWords(line).size() <= 2 && !SourceNamedIn(line).empty())
    return true;
  if (StartsWithIgnoreCase(line, "By ") && line.size() < 80) {
    // "By Ayesha Rascoe", "By Jane Doe and John Roe": only names after "By".
    for (std::string_view w : SplitWords(line.substr(3))) {
      if (w == "and" || w == "&" || w == ",") continue;
      size_t i = 0;
      if (!IsUpperLetter(DecodeCodePoint(w, i))) return false;
    }
    return true;
  }
  // A line that is little more than a date: "February 27, 2019", "February 27, 20195:01 AM ET".
  if (line.size() <= 48 && !FindIsoDate(line).empty()) {
    size_t letters = 0;
    for (char c : line) letters += IsAsciiAlpha(c);
    return letters <= 16;
  }
  return false;
}

bool IsOnScreenText(std::string_view line) {
  static constexpr std::string_view kOnScreen[] = {
      "SUBTITLE:",       "GRAPHIC:", "ON SCREEN:", "ON-SCREEN TEXT:",
      "ON SCREEN TEXT:", "CAPTION:", "CHYRON:",    "TEXT ON SCREEN:"};
  return StartsWithAnyIgnoreCase(line, kOnScreen);
}

size_t FindCopyright(std::string_view p) {
  // A statement opens its paragraph or closes it (glued to the story's last sentence), so only
  // sentence starts in the last kCopyrightWindow bytes, and the paragraph start, are looked at.
  const size_t n = p.size();
  size_t at = n > kCopyrightWindow ? n - kCopyrightWindow : 0;
  for (size_t start = 0; start < n;) {
    if (IsCopyrightAt(p, start)) return start;
    while (at < n && !kSentenceEnd[static_cast<unsigned char>(p[at])]) ++at;
    if (at == n) break;
    start = ++at;
    while (start < n && p[start] == ' ') ++start;
  }
  return std::string_view::npos;
}

}  // namespace newsarchive
