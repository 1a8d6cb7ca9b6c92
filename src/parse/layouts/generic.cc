// The generic layout: furniture every news site prints (share bars, players, photo credits,
// bylines and date lines above the story). Its rules apply to every page; it names the pages no
// other layout claims.
#include "base/text_util.h"
#include "parse/layout.h"
#include "parse/layouts/layouts.h"
#include "parse/story_metadata.h"
#include "people/names.h"

namespace newsarchive {
namespace {

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

bool IsChrome(std::string_view line) {
  if (IsClockOnly(line) || LooksLikeHtml(line) || IsPhotoCredit(line)) return true;
  // A bare address on its own line: "https://www.npr.org/2019/02/27/...".
  if ((StartsWithIgnoreCase(line, "http://") || StartsWithIgnoreCase(line, "https://") ||
       StartsWithIgnoreCase(line, "www.")) &&
      line.find(' ') == std::string_view::npos) {
    return true;
  }
  // "Listen · 4:12", "Download 3 MB".
  return line.size() < 40 &&
         (StartsWithIgnoreCase(line, "Listen ") || StartsWithIgnoreCase(line, "Download ")) &&
         line.find(':') != std::string_view::npos;
}

bool IsPreambleChrome(std::string_view line) {
  if (line.size() < 300 && StartsWithIgnoreCase(line, "Guests: ")) return true;
  if (line.size() > 100) return false;
  if (StartsWithIgnoreCase(line, "Updated ") || StartsWithIgnoreCase(line, "Published ")) {
    return true;
  }
  // The publisher's name alone: a logo's text.
  if (line.size() <= 20 && SplitWords(line).size() <= 2 && !SourceNamedIn(line).empty()) {
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

Layout MakeGeneric() {
  Layout l;
  l.name = "generic";
  l.description = "any page: share bars, players, photo credits, bylines and date lines";
  l.score = [](const PageView&) { return 0; };
  l.chrome_lines = {"Next Up:",
                    "Next Up",
                    "Download",
                    "Transcript",
                    "Embed",
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
                    "Live Radio",
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
                    "TRANSCRIPT:",
                    "END",
                    "[END]",
                    "Leave your feedback",
                    "Copy URL",
                    "Learn more",
                    "Read more",
                    "Watch the full episode",
                    "Listen to this story",
                    "Subscribe to our newsletter",
                    "Skip navigation",
                    "Images",
                    "From the Archives",
                    "Transcripts",
                    "The full story...",
                    "Filed under:",
                    "[an error occurred while processing this directive]",
                    "Media Options",
                    "Related Story",
                    "Web Exclusive",
                    "Pages"};
  l.chrome_prefixes = {"Enlarge this image",
                       "toggle caption",
                       "hide caption",
                       "Listen \xC2\xB7",
                       "Sponsor Message",
                       "Accessibility",
                       "Privacy Policy",
                       "Terms of Use",
                       "Audio for this story",
                       "Listen to Story",
                       "Listen to the story",
                       "Click here",
                       "Share on",
                       "Copyright (c) Transcript",
                       "IE 11 is not supported",
                       "Skip to main content",
                       "Skip to content",
                       "Sign up for",
                       "clock menu more-arrow",
                       "Click an image to enlarge",
                       "Hungry For More?",
                       "Subscribe to our",
                       "| Printer-Friendly",
                       "watch One-Minute"};
  l.is_chrome = IsChrome;
  l.is_preamble_chrome = IsPreambleChrome;
  return l;
}

}  // namespace

const Layout& GenericLayout() { return KeptLayout<MakeGeneric>(); }

}  // namespace newsarchive
