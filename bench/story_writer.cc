// The text primitives: speech is Zipf-drawn words in sentences of 4-24 words, now and then a stock
// phrase (so phrase searches have a realistic common case) and very rarely the corpus's rare
// phrase; long turns break into continuation paragraphs with no label, as on real pages.
#include "bench/story_writer.h"

#include <cstdio>

#include "bench/synthetic_corpus.h"

namespace newsarchive {
namespace {

// About one turn in this many carries the rare phrase.
constexpr uint32_t kRarePhraseOneIn = 20000;

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
const char* const kShortReplies[] = {"Yes.", "Right.", "Sure.", "That's right.", "OK.",
                                     "Thank you.", "Exactly.", "Yeah.", "No.", "Absolutely."};

void CapitalizeAt(std::string& s, size_t at) {
  if (s[at] >= 'a' && s[at] <= 'z') s[at] = static_cast<char>(s[at] - 'a' + 'A');
}

}  // namespace

std::string MixedCase(const std::string& upper) {
  std::string s = upper;
  for (size_t i = 1; i < s.size(); ++i) {
    if (s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] != ' ') s[i] = static_cast<char>(s[i] - 'A' + 'a');
  }
  return s;
}

int StoryWriter::Cast(Voice voice, int person, std::string first_label, std::string later_label) {
  cast_.push_back({voice, person, std::move(first_label), std::move(later_label)});
  return static_cast<int>(cast_.size() - 1);
}

int StoryWriter::Unidentified(bool mixed) {
  static const char* const kKinds[] = {"PERSON", "MAN", "WOMAN", "MALE", "FEMALE", "PERSON"};
  int n = 1;
  for (const CastMember& c : cast_) n += c.voice == Voice::kUnidentified ? 1 : 0;
  std::string label = std::string("UNIDENTIFIED ") + kKinds[rng_.Below(6)];
  if (mixed) label = MixedCase(label);
  if (n > 1 || rng_.Chance(0.6)) label += " #" + std::to_string(n);
  return Cast(Voice::kUnidentified, -1, label, label);
}

void StoryWriter::DisambiguateShortLabels() {
  for (size_t i = 0; i < cast_.size(); ++i) {
    for (size_t j = i + 1; j < cast_.size(); ++j) {
      if (cast_[i].person < 0 || cast_[j].person < 0) continue;
      const FakePerson& a = world_.people[cast_[i].person];
      const FakePerson& b = world_.people[cast_[j].person];
      if (a.last_upper != b.last_upper || cast_[i].person == cast_[j].person) continue;
      cast_[i].later_label = a.full_upper.substr(0, 1) + ". " + a.last_upper;
      cast_[j].later_label = b.full_upper.substr(0, 1) + ". " + b.last_upper;
    }
  }
}

void StoryWriter::Word(bool capital) {
  const uint32_t packed = world_.word_at[world_.word_sampler.Draw(rng_)];
  const char* w = world_.word_bytes.data() + (packed >> 8);
  const size_t size = packed & 0xFF;
  const size_t at = out_.size();
  out_.append(w, size);
  if (capital || (size == 1 && w[0] == 'i')) CapitalizeAt(out_, at);
}

void StoryWriter::Sentence(int min_words, int max_words, bool rare) {
  int n = rng_.Between(min_words, max_words);
  int phrase_at = rng_.Chance(0.1) ? static_cast<int>(rng_.Below(static_cast<uint32_t>(n))) : -1;
  int rare_at = rare ? 1 + static_cast<int>(rng_.Below(static_cast<uint32_t>(n - 1))) : -1;
  for (int k = 0; k < n; ++k) {
    if (k > 0) out_ += rng_.Chance(0.07) ? ", " : " ";
    if (k == rare_at) {
      out_ += SyntheticCorpus::RarePhrase();
    } else if (k == phrase_at) {
      size_t at = out_.size();
      out_ += world_.phrases[world_.phrase_sampler.Draw(rng_)];
      if (k == 0) CapitalizeAt(out_, at);
    } else {
      Word(k == 0);
    }
  }
  uint32_t end = rng_.Below(100);
  out_ += end < 84 ? "." : (end < 95 ? "?" : (end < 98 ? "..." : " (laughter)."));
}

void StoryWriter::Speech(int words) {
  if (words <= 0) {
    out_ += kShortReplies[rng_.Below(sizeof(kShortReplies) / sizeof(kShortReplies[0]))];
    return;
  }
  bool rare = rng_.Below(kRarePhraseOneIn) == 0;
  int written = 0, in_paragraph = 0;
  int paragraph_len = rng_.Between(60, 130);
  while (written < words) {
    if (written > 0) {
      if (in_paragraph >= paragraph_len && words - written > 10) {
        out_ += "\n\n";  // a continuation paragraph: same speaker, no label
        in_paragraph = 0;
        paragraph_len = rng_.Between(40, 130);
      } else {
        out_ += rng_.Chance(0.04) ? " - " : " ";
      }
    }
    int n = rng_.Between(4, 24);
    Sentence(n, n, rare);
    rare = false;
    written += n;
    in_paragraph += n;
  }
}

void StoryWriter::Title() {
  const size_t start = out_.size();
  int n = rng_.Between(4, 10);
  for (int k = 0; k < n; ++k) {
    uint32_t rank = world_.word_sampler.Draw(rng_);
    if (k == 0) {
      while (rank < 80) rank = world_.word_sampler.Draw(rng_);
    } else {
      out_ += ' ';
    }
    size_t at = out_.size();
    out_ += world_.words[rank];
    if (rank >= 80) CapitalizeAt(out_, at);
  }
  // The first title of a story is its headline (a book title is borrowed later, when casting).
  if (story_ != nullptr && story_->title.empty()) story_->title = out_.substr(start);
}

void StoryWriter::Date(bool with_time) {
  const uint32_t month = rng_.Below(12);
  const int day = rng_.Between(1, 28);
  out_ += kMonths[month];
  out_ += ' ' + std::to_string(day) + ", " + std::to_string(year_);
  if (story_ != nullptr && story_->date.empty()) {
    char iso[16];
    std::snprintf(iso, sizeof(iso), "%04d-%02u-%02d", year_, month + 1, day);
    story_->date = iso;
  }
  if (with_time) out_ += rng_.Chance(0.5) ? "5:00 AM ET" : " 4:21 PM ET";
}

void StoryWriter::Turn(int member, int words, const char* note, const std::string& tail) {
  CastMember& c = cast_[member];
  const bool first = !c.spoke;
  c.spoke = true;
  out_ += first ? c.first_label : c.later_label;
  out_ += (first && c.alone) ? (rng_.Chance(0.8) ? ":\n\n" : ":\n") : ": ";
  const size_t start = out_.size();
  if (note != nullptr) out_ += note, out_ += ' ';
  Speech(words);
  out_ += tail;
  if (story_ != nullptr) {
    story_->speakers.push_back(first ? c.first_label : c.later_label);
    std::string words_said = out_.substr(start);
    for (size_t at; (at = words_said.find("\n\n")) != std::string::npos;) {
      words_said.replace(at, 2, "\n");  // continuation paragraphs: one line each
    }
    story_->utterances.push_back(std::move(words_said));
  }
  out_ += "\n\n";
}

}  // namespace newsarchive
