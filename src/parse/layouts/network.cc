// The US networks' transcript pages (NBC, ABC, CBS, Fox News, MSNBC, CNBC): rush-transcript
// notices that name the program ('This is a rush transcript from "Special Report" ...'),
// "ByABC News" bylines, photo captions, "MTP STILL" stills.
#include "base/text_util.h"
#include "parse/layouts/layouts.h"

namespace newsarchive {
namespace {

int Score(const PageView& page) {
  return 3 * std::min(3, LinesContaining(page, {"rush transcript", "RUSH TRANSCRIPT", "Rush Transcript"})) +
         2 * std::min(3, LinesContaining(page, {"Fox News", "FOX NEWS", "MSNBC", "CNBC", "NBC News",
                                                "NBC NEWS", "Meet the Press", "MEET THE PRESS",
                                                "ABC News", "ABC NEWS", "CBS News", "CBS NEWS"})) +
         3 * LinesEqualTo(page, {"MTP STILL", "Watch CBS News"});
}

// "date 2020-12-07 This is a rush transcript from "Special Report" December 2, 2020. ...".
bool IsChrome(std::string_view line) {
  return line.size() < 300 && FindIgnoreCase(line, "rush transcript") != std::string::npos;
}

bool IsPreambleChrome(std::string_view line) {
  if (line.size() > 100) return false;
  // "ByABC News": a byline run into its name; "PHOTO: ..." a picture's caption.
  if (line.size() > 3 && line.compare(0, 2, "By") == 0 && IsAsciiUpper(line[2]) &&
      line.size() < 40) {
    return true;
  }
  return StartsWithIgnoreCase(line, "PHOTO: ");
}

// The show line, then the program a rush-transcript notice names.
void CompleteMetadata(std::string_view chrome, Article* article) {
  CompleteRushTranscriptShowLine(chrome, article);
  size_t rush = FindIgnoreCase(chrome, "rush transcript of ");
  if (rush == std::string_view::npos) rush = FindIgnoreCase(chrome, "rush transcript from ");
  if (rush == std::string_view::npos || !article->program.empty()) return;
  std::string_view after = chrome.substr(rush + 16);
  after.remove_prefix(after.find(' ') + 1);  // past "of " or "from "
  for (auto [open, close] :
       {std::pair<std::string_view, std::string_view>{"\"", "\""}, {"\u201C", "\u201D"}}) {
    if (after.compare(0, open.size(), open) != 0) continue;
    const size_t end = after.find(close, open.size());
    if (end != std::string_view::npos && end - open.size() <= 60) {
      article->program = std::string(after.substr(open.size(), end - open.size()));
    }
  }
}

Layout Make() {
  Layout l;
  l.name = "network";
  l.description = "NBC, ABC, CBS, Fox News, MSNBC: rush-transcript notices, \"ByABC News\"";
  l.score = Score;
  l.chrome_lines = {"Watch CBS News", "MTP STILL"};
  l.chrome_prefixes = {"PLEASE CREDIT ANY QUOTES"};
  l.sources = {{"Fox News", "Fox News"}, {"MSNBC", "MSNBC"},        {"CNBC", "CNBC"},
               {"NBC News", "NBC"},      {"Meet the Press", "NBC"}, {"ABC News", "ABC"},
               {"CBS News", "CBS"}};
  l.is_chrome = IsChrome;
  l.is_preamble_chrome = IsPreambleChrome;
  l.complete_metadata = CompleteMetadata;
  return l;
}

}  // namespace

const Layout& NetworkLayout() { return KeptLayout<Make>(); }

}  // namespace newsarchive
