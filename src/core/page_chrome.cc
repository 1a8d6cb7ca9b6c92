#include "core/page_chrome.h"

#include "core/names.h"
#include "core/story_metadata.h"
#include "core/text_util.h"

namespace newsarchive {
namespace {

// Whole lines, compared without case.
const char* const kChromeLines[] = {
    "Play Live Radio",      "Next Up:",          "Next Up",         "Available On Air Stations",
    "Download",             "Transcript",        "Embed",           "NPR logo",
    "Return to Transcripts main page",           "Enlarge this image", "toggle caption",
    "hide caption",         "Sponsor Message",   "Listen",          "Listen Live",
    "Close",                "Share",             "Facebook",        "Twitter",
    "Email",                "Flipboard",         "Print",           "Menu",
    "Search",               "Donate",            "Advertisement",   "Loading...",
    "More Stories",         "Related Stories",   "Comments",        "Skip to main content",
    "Keyboard shortcuts",   "On Air Now",        "Now Playing",     "Toggle more options",
    "Playlist",             "Queue",             "Hourly News",     "Live Radio",
    "Support NPR",          "Get The NPR App",   "Audio will be available later today.",
    "Facebook Twitter Flipboard Email",          "Transcript:",     "Show Transcript",
    "Hide Transcript",      "Read Transcript",   "Full Transcript", "Print Transcript",
    "Watch",                "Watch Video",       "Play",            "Pause",
    "Listen to this article", "Related",         "Tags",            "Topics",
    "Share this",           "Copy link",         "Subscribe",       "Sign In",
    "Log In",               "Newsletter",        "View Comments",   "Enlarge",
    "Zoom",                 "Image",             "Photo",           "Video",
    "Audio",                "Episode Date:",     "Composer ID:",    "FCC Public Inspection Files:",
    "Show Open:",           "TRANSCRIPT:",       "END",             "[END]",
    nullptr,
};

// Line openings, compared without case.
const char* const kChromePrefixes[] = {
    "Return to Transcripts",     "THIS IS A RUSH TRANSCRIPT",  "Enlarge this image",
    "toggle caption",            "hide caption",               "FCC Public",
    "FCC Applications",          "Embed <iframe",              "Listen \xC2\xB7",
    "Download Embed",            "Support for NPR",            "Sponsor Message",
    "Accessibility",             "Privacy Policy",             "Terms of Use",
    "Contest Rules",             "EEO Report",                 "Aired ",
    "THIS TRANSCRIPT MAY NOT BE", "CNN.com - Transcripts",     "Transcripts main page",
    "Get the NPR",               "NPR's sites use cookies",    "Audio for this story",
    "Listen to Story",           "Listen to the story",        "Click here",
    "TO ORDER A VIDEO OF THIS TRANSCRIPT", "Share on",        "Copyright (c) Transcript",
    nullptr,
};

// Photo credit endings ("Jane Doe/Getty Images", "John Roe for NPR").
const char* const kCreditEndings[] = {
    "Getty Images", "/AP",       "/AFP",      "/Reuters",    "/NPR",      " for NPR",
    "/Bloomberg",   "/Pool",     "/POOL",     "AP Photo",    "/EPA",      "/Shutterstock",
    "/Corbis",      "/Sipa USA", "/Xinhua",   "/iStockphoto", "/Courtesy", "via AP",
    "/AP Photo",    "/The Washington Post",   "/The New York Times",     "/TNS",
    "/Anadolu Agency", "/NurPhoto", "/Reuters/Landov", "/Landov", "/WireImage", "/Invision",
    nullptr,
};

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
  for (const char* const* p = kCreditEndings; *p; ++p) {
    if (EndsWithIgnoreCase(line, *p)) return true;
  }
  return false;
}

// True when position `at` opens a sentence: the start of the text, or after ".", "?", "!" or a
// closing quote or parenthesis, with or without a space between.
bool IsSentenceStart(std::string_view s, size_t at) {
  size_t i = at;
  while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) --i;
  if (i == 0) return true;
  const char c = s[i - 1];
  if (c == '.' || c == '?' || c == '!' || c == '"' || c == ')' || c == '\'') return true;
  return i >= 3 && s.compare(i - 3, 3, "\u201D") == 0;
}

}  // namespace

bool IsChromeLine(std::string_view line) {
  if (line.empty()) return false;
  if (InIgnoreCaseList(line, kChromeLines) || StartsWithAnyIgnoreCase(line, kChromePrefixes)) return true;
  if (IsClockOnly(line) || LooksLikeHtml(line) || IsPhotoCredit(line)) return true;
  // "Listen · 4:12", "Download 3 MB".
  if (line.size() < 40 && (StartsWithIgnoreCase(line, "Listen ") ||
                           StartsWithIgnoreCase(line, "Download ")) &&
      line.find(':') != std::string_view::npos) {
    return true;
  }
  return false;
}

bool IsPreambleChromeLine(std::string_view line) {
  if (line.size() > 100) return false;
  if (StartsWithIgnoreCase(line, "Heard on ") || StartsWithIgnoreCase(line, "Updated ") ||
      StartsWithIgnoreCase(line, "Published ")) {
    return true;
  }
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

size_t FindCopyright(std::string_view p) {
  size_t best = std::string_view::npos;
  auto consider = [&](size_t at) {
    if (at < best && IsSentenceStart(p, at)) best = at;
  };
  // Distinctive enough to count even when glued to the last word of the story.
  const size_t provided = FindIgnoreCase(p, "Transcript provided by");
  if (provided != std::string_view::npos) best = provided;
  for (size_t at = p.find("opyright"); at != std::string_view::npos;
       at = p.find("opyright", at + 1)) {
    if (at == 0 || (p[at - 1] != 'C' && p[at - 1] != 'c')) continue;
    if (p[at - 1] == 'c') continue;  // "copyright" in running speech
    size_t next = at + 8;
    if (next < p.size() && p[next] == ' ') ++next;
    if (next >= p.size()) continue;
    const char c = p[next];
    if (IsAsciiDigit(c) || c == '(' || IsAsciiUpper(c) || p.compare(next, 2, "\xC2\xA9") == 0) {
      consider(at - 1);
    }
  }
  for (size_t at = p.find("OPYRIGHT"); at != std::string_view::npos;
       at = p.find("OPYRIGHT", at + 1)) {
    if (at > 0 && p[at - 1] == 'C') consider(at - 1);
  }
  for (size_t at = p.find("\xC2\xA9"); at != std::string_view::npos;
       at = p.find("\xC2\xA9", at + 1)) {
    consider(at);
  }
  return best;
}

}  // namespace newsarchive
