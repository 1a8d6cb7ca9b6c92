#include "parse/layout.h"

#include <algorithm>
#include <memory>

#include "base/text_util.h"
#include "parse/layouts/layouts.h"

namespace newsarchive {
namespace {

// Every layout's furniture data, gathered once.
struct ChromeData {
  ChromeData() {
    std::vector<std::string_view> lines;
    std::vector<std::string_view> prefixes;
    for (const Layout* layout : Layouts()) {
      lines.insert(lines.end(), layout->chrome_lines.begin(), layout->chrome_lines.end());
      prefixes.insert(prefixes.end(), layout->chrome_prefixes.begin(),
                      layout->chrome_prefixes.end());
      if (layout->is_chrome != nullptr) chrome_rules.push_back(layout->is_chrome);
      if (layout->is_preamble_chrome != nullptr) {
        preamble_rules.push_back(layout->is_preamble_chrome);
      }
      sources.insert(sources.end(), layout->sources.begin(), layout->sources.end());
    }
    whole = std::make_unique<WordSet>(lines.data(), lines.size());
    opening = std::make_unique<WordSet>(prefixes.data(), prefixes.size());
  }
  std::unique_ptr<WordSet> whole;
  std::unique_ptr<WordSet> opening;
  std::vector<bool (*)(std::string_view)> chrome_rules;
  std::vector<bool (*)(std::string_view)> preamble_rules;
  std::vector<std::pair<std::string_view, std::string_view>> sources;
};

const ChromeData& Chrome() {
  static const ChromeData* const data = new ChromeData();
  return *data;
}

template <typename Match>
int CountLines(const PageView& page, std::initializer_list<std::string_view> words, Match match) {
  int n = 0;
  for (std::string_view line : page.lines) {
    for (std::string_view w : words) {
      if (match(line, w)) {
        ++n;
        break;
      }
    }
  }
  return n;
}

}  // namespace

const std::vector<const Layout*>& Layouts() {
  static const std::vector<const Layout*>* const layouts = new std::vector<const Layout*>{
      &CnnLayout(),     &NprStationLayout(), &NprLayout(),           &NprLegacyLayout(),
      &PbsLayout(),     &NetworkLayout(),    &InternationalLayout(), &DemocracyNowLayout(),
      &PodcastLayout(), &HearingLayout(),    &CourtLayout(),
      &ParliamentLayout(), &EarningsLayout(), &BriefingLayout(), &QaLayout(),
      &ArticleLayout(), &GenericLayout()};
  return *layouts;
}

const Layout& DetectLayout(const PageView& whole) {
  // A layout shows in the page's head (furniture, headline, the first turns) and its foot (the
  // copyright, the credits): looking only there keeps detection's cost flat however long the
  // story.
  constexpr size_t kHead = 200;
  constexpr size_t kFoot = 40;
  std::vector<std::string_view> sampled;
  if (whole.lines.size() > kHead + kFoot) {
    sampled.assign(whole.lines.begin(), whole.lines.begin() + kHead);
    sampled.emplace_back();  // a blank line between, so no two lines seem adjacent
    sampled.insert(sampled.end(), whole.lines.end() - kFoot, whole.lines.end());
  }
  const PageView page{sampled.empty() ? whole.lines : sampled};
  const Layout* best = &GenericLayout();
  int best_score = 0;
  for (const Layout* layout : Layouts()) {
    const int score = layout->score(page);
    if (score > best_score) {
      best = layout;
      best_score = score;
    }
  }
  return *best;
}

bool IsLayoutChromeLine(std::string_view line) {
  const ChromeData& data = Chrome();
  if (data.whole->Contains(line) || data.opening->IsPrefixOf(line)) return true;
  return std::any_of(data.chrome_rules.begin(), data.chrome_rules.end(),
                     [line](auto rule) { return rule(line); });
}

bool IsLayoutPreambleChrome(std::string_view line) {
  const ChromeData& data = Chrome();
  return std::any_of(data.preamble_rules.begin(), data.preamble_rules.end(),
                     [line](auto rule) { return rule(line); });
}

std::string SourceNamedByLayouts(std::string_view text) {
  size_t best = std::string_view::npos;
  std::string_view source;
  for (const auto& [name, named] : Chrome().sources) {
    const size_t at = FindIgnoreCase(text, name);
    if (at < best) {
      best = at;
      source = named;
    }
  }
  return std::string(source);
}

int LinesOpeningWith(const PageView& page, std::initializer_list<std::string_view> words) {
  return CountLines(page, words, [](std::string_view l, std::string_view w) {
    return StartsWithIgnoreCase(l, w);
  });
}

int LinesEqualTo(const PageView& page, std::initializer_list<std::string_view> words) {
  return CountLines(page, words,
                    [](std::string_view l, std::string_view w) { return EqualsIgnoreCase(l, w); });
}

int LinesContaining(const PageView& page, std::initializer_list<std::string_view> words) {
  // Cues stand in furniture lines, in labels, or glued to a paragraph's end (a copyright):
  // a long paragraph is looked at only at its two ends.
  constexpr size_t kEnd = 160;
  return CountLines(page, words, [](std::string_view l, std::string_view w) {
    if (l.size() <= 2 * kEnd) return l.find(w) != std::string_view::npos;
    return l.substr(0, kEnd + w.size()).find(w) != std::string_view::npos ||
           l.substr(l.size() - kEnd - w.size()).find(w) != std::string_view::npos;
  });
}

}  // namespace newsarchive
