#include "parse/document_fields.h"

#include <string>
#include <vector>

#include "base/text_util.h"
#include "parse/story_metadata.h"
#include "people/names.h"
#include "people/speaker_resolver.h"

namespace newsarchive {
namespace {

// "Jane Doe and John Roe", "Jane Doe, John Roe": the names of a byline.
std::vector<std::string> BylineNames(std::string_view byline) {
  std::vector<std::string> names;
  std::string rest(byline);
  for (std::string sep : {" and ", " & ", ", "}) {
    size_t at;
    while ((at = rest.find(sep)) != std::string::npos) rest.replace(at, sep.size(), "|");
  }
  for (size_t start = 0; start <= rest.size();) {
    size_t end = rest.find('|', start);
    if (end == std::string::npos) end = rest.size();
    std::string_view name = Trim(std::string_view(rest).substr(start, end - start));
    if (StartsWithIgnoreCase(name, "by ")) name = Trim(name.substr(3));
    // A name, not a sentence or an address: two to five words.
    const size_t words = SplitWords(name).size();
    if (words >= 2 && words <= 5 && name.find_first_of("@/:") == std::string_view::npos) {
      names.push_back(IsAllCaps(name) ? ProperCaseName(name) : std::string(name));
    }
    start = end + 1;
  }
  return names;
}

}  // namespace

void ApplyDocumentFields(const Document& document, Article* article) {
  for (const Block& b : document.blocks) {
    if (b.kind != Block::Kind::kField || b.text.empty()) continue;
    if (b.field == "title") {
      article->title = b.text;
    } else if (b.field == "summary") {
      article->summary = b.text;
    } else if (b.field == "source") {
      article->source = b.text;
    } else if (b.field == "program") {
      article->program = b.text;
    } else if (b.field == "url") {
      article->url = b.text;
    } else if (b.field == "date") {
      const std::string date = FindIsoDate(b.text);
      if (!date.empty()) article->published_on = date;
    }
  }
}

void ApplyDocumentBylines(const Document& document, Article* article) {
  for (const Block& b : document.blocks) {
    if (b.kind != Block::Kind::kField || b.field != "byline") continue;
    for (const std::string& name : BylineNames(b.text)) {
      int who = SpeakerIndex(article->speakers).Find(name);
      if (who < 0) {
        Speaker author;
        author.name = name;
        article->speakers.push_back(std::move(author));
        who = static_cast<int>(article->speakers.size()) - 1;
      }
      AddRole(&article->speakers[who], {"Byline", "", RoleSource::kLabel});
    }
  }
}

}  // namespace newsarchive
