// StoryWriter: writes one synthetic transcript. The text primitives (words, sentences, speech with
// continuation paragraphs, headlines, dates, labelled turns) are in story_writer.cc; the four
// outlet formats (label conventions, chrome, endings) in story_formats.cc. Internal to the
// generator: SyntheticCorpus is the interface.
#ifndef NEWSARCHIVE_BENCH_STORY_WRITER_H_
#define NEWSARCHIVE_BENCH_STORY_WRITER_H_

#include <string>
#include <vector>

#include "bench/synthetic_world.h"

namespace newsarchive {

struct SyntheticStory;

class StoryWriter {
 public:
  // Appends to *out, drawing from `world` with `rng`; both must outlive the writer. With
  // `story`, also records the headline, date and turns there (drawing nothing more).
  StoryWriter(const World& world, Rng& rng, std::string* out, SyntheticStory* story = nullptr)
      : world_(world), rng_(rng), out_(*out), story_(story) {}

  void WriteModernNpr();
  void WriteOlderNpr();
  void WriteCnn();
  void WritePbs();

 private:
  enum class Voice { kHost, kReporter, kNewsmaker, kGuest, kUnidentified };
  struct CastMember {
    Voice voice;
    int person;  // index into World::people; -1 for an unidentified speaker
    std::string first_label;  // label of the first turn, without the colon
    std::string later_label;
    bool alone = false;  // the first label stands on its own line (NPR HOST labels)
    bool spoke = false;
  };

  // --- cast ---
  const FakePerson& P(int member) const { return world_.people[cast_[member].person]; }
  int Cast(Voice voice, int person, std::string first_label, std::string later_label);
  int DrawPerson(const std::vector<int>& people, const ZipfSampler& sampler) {
    return people[sampler.Draw(rng_)];
  }
  // "UNIDENTIFIED PERSON #2" style; `mixed` gives the older "Unidentified Man #1" casing.
  int Unidentified(bool mixed);
  // Later labels are surnames; two speakers sharing one both get "F. SURNAME" instead.
  void DisambiguateShortLabels();
  bool Spoke(int member) const { return cast_[member].spoke; }

  // --- text ---
  void Word(bool capital);
  void Sentence(int min_words, int max_words, bool rare);
  // About `words` words of sentences, broken into continuation paragraphs; 0 gives a short reply.
  void Speech(int words);
  void Title();
  void Date(bool with_time);
  const std::string& Place() { return world_.places[world_.place_sampler.Draw(rng_)]; }
  void Line(const std::string& text) { out_ += text, out_ += "\n\n"; }

  // One speaker turn: label, optional inline note, speech of about `words` words, `tail` (a
  // sign-off), blank line.
  void Turn(int member, int words, const char* note = nullptr, const std::string& tail = "");
  int QuestionWords() { return rng_.Between(8, 45); }
  int AnswerWords() { return rng_.Chance(0.1) ? 0 : rng_.Between(10, 60) + rng_.Between(0, 50); }
  int NarrationWords() { return rng_.Between(25, 60) + rng_.Between(0, 50); }
  int SoundbiteWords() { return rng_.Between(10, 35) + rng_.Between(0, 25); }
  // A count in [lo, hi] leaning to the middle.
  int TurnCount(int lo, int hi) {
    return rng_.Between(lo, (lo + hi) / 2) + rng_.Between(0, (hi - lo) / 2);
  }

  // --- formats' shared pieces ---
  void Teaser(const std::string& ending);
  void Bio(const FakePerson& reporter);
  // Host questions and guest answers, `turns` of them, ending with thanks.
  void Interview(int host, const std::vector<int>& guests, int turns);
  int NprProgram() { return static_cast<int>(rng_.Below(7)); }  // programs 0-6 are NPR's
  int CastNprHost(int program);
  int CastNewsmaker(bool older);
  int CastGuest(bool older);
  // The speaker of a report's soundbite: a newsmaker, a guest or an unidentified person.
  int CastSoundbite(bool older);
  void Soundbite(int member, bool older);

  const World& world_;
  Rng& rng_;
  std::string& out_;
  SyntheticStory* story_;
  std::vector<CastMember> cast_;
  int year_ = 2000;
};

// "SEN." -> "Sen.", "SECRETARY" -> "Secretary": the mixed-case label forms of older pages.
std::string MixedCase(const std::string& upper);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_BENCH_STORY_WRITER_H_
