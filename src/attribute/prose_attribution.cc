#include "attribute/prose_attribution.h"

#include <algorithm>

#include "attribute/prose_people.h"
#include "attribute/prose_text.h"
#include "attribute/quote_attribution.h"

namespace newsarchive {

void AttributeProse(Article* article) {
  article->prose_quotes.clear();
  article->mentions.clear();
  const std::vector<ProseRun> runs = ReadProseRuns(article->quotes);
  ProsePeople people(&article->speakers);
  DiscoverPeople(runs, &people);
  for (const ProseRun& run : runs) AttributeRun(run, &people, &article->prose_quotes);
  std::stable_sort(article->prose_quotes.begin(), article->prose_quotes.end(),
                   [](const Quote& a, const Quote& b) {
                     return a.found_in != b.found_in ? a.found_in < b.found_in : a.begin < b.begin;
                   });
  article->mentions = FindMentions(runs, people);
}

}  // namespace newsarchive
