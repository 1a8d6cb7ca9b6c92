// The header cable transcripts share (CNN's and the networks' rush transcripts): the show's name
// in capitals, then the headline. Used by the layouts whose pages are set so.
#include "base/text_util.h"
#include "parse/layouts/layouts.h"
#include "people/names.h"

namespace newsarchive {

void CompleteRushTranscriptShowLine(std::string_view chrome, Article* article) {
  const bool cable_page = chrome.find("Transcripts main page") != std::string_view::npos ||
                          chrome.find("RUSH TRANSCRIPT") != std::string_view::npos;
  if (cable_page && article->program.empty() && SplitWords(article->title).size() <= 5 &&
      !article->summary.empty() && article->summary.size() < 300 &&
      article->summary.back() != '.') {
    article->program = ProperCaseTitle(article->title);
    article->title = std::move(article->summary);
    article->summary.clear();
  }
}

}  // namespace newsarchive
