#include "attribute/speech_verbs.h"

#include <string>
#include <vector>

#include "base/text_util.h"

namespace newsarchive {
namespace {

struct Entry {
  std::string_view word;
  SpeechVerb verb;
};

// inverts, object, reports, that_only, question
constexpr SpeechVerb kSay{true, false, true, false, false};       // said, added, wrote
constexpr SpeechVerb kSayThat{true, false, true, true, false};    // continued, continues, replied
constexpr SpeechVerb kClaim{false, false, true, true, false};     // maintained, maintains, tweeted
constexpr SpeechVerb kTestify{false, false, true, false, false};  // testified, testifies, estimated
constexpr SpeechVerb kUtter{true, false, false, false, false};    // offered, quipped, quips
constexpr SpeechVerb kTell{false, true, true, false, false};      // told, tells, tell
constexpr SpeechVerb kAsk{true, true, true, false, true};         // asked, asks, wondered
constexpr SpeechVerb kWarn{true, true, true, false, false};       // warned, warns
constexpr SpeechVerb kUrge{true, true, true, true, false};        // urged, urges

constexpr Entry kVerbs[] = {
    {"said", kSay},          {"says", kSay},          {"say", kSay},
    {"added", kSay},         {"adds", kSay},          {"explained", kSay},
    {"explains", kSay},      {"recalled", kSay},      {"recalls", kSay},
    {"insisted", kSay},      {"insists", kSay},       {"noted", kSay},
    {"notes", kSay},         {"argued", kSay},        {"argues", kSay},
    {"continued", kSayThat}, {"continues", kSayThat}, {"wrote", kSay},
    {"writes", kSay},        {"written", kSay},       {"replied", kSayThat},
    {"replies", kSayThat},   {"responded", kSayThat}, {"responds", kSayThat},
    {"countered", kSayThat}, {"counters", kSayThat},  {"observed", kSayThat},
    {"observes", kSayThat},  {"remarked", kSayThat},  {"declared", kSayThat},
    {"declares", kSayThat},  {"stated", kSayThat},    {"states", kSayThat},
    {"acknowledged", kSay},  {"acknowledges", kSay},  {"admitted", kSay},
    {"admits", kSay},        {"conceded", kSay},      {"concedes", kSay},
    {"cautioned", kSayThat}, {"cautions", kSayThat},  {"complained", kSay},
    {"complains", kSay},     {"confirmed", kSayThat}, {"confirms", kSayThat},
    {"stressed", kSay},      {"stresses", kSay},      {"emphasized", kSay},
    {"emphasised", kSay},    {"emphasizes", kSay},    {"concluded", kSayThat},
    {"concludes", kSayThat}, {"agreed", kSayThat},    {"agrees", kSayThat},
    {"predicted", kSay},     {"predicts", kSay},      {"contended", kSay},
    {"contends", kSay},      {"maintained", kClaim},  {"maintains", kClaim},
    {"tweeted", kSayThat},   {"tweets", kSayThat},    {"posted", kClaim},
    {"testified", kTestify}, {"testifies", kTestify}, {"suggested", kSayThat},
    {"suggests", kSayThat},  {"estimated", kTestify}, {"estimates", kTestify},
    {"recounted", kSayThat}, {"recounts", kSayThat},  {"asserted", kSay},
    {"asserts", kSay},       {"commented", kSayThat}, {"lamented", kSayThat},
    {"laments", kSayThat},   {"boasted", kSayThat},   {"boasts", kSayThat},
    {"mused", kSayThat},     {"muses", kSayThat},     {"offered", kUtter},
    {"quipped", kUtter},     {"quips", kUtter},       {"joked", kUtter},
    {"jokes", kUtter},       {"shouted", kUtter},     {"shouts", kUtter},
    {"yelled", kUtter},      {"yells", kUtter},       {"exclaimed", kUtter},
    {"whispered", kUtter},   {"whispers", kUtter},    {"pleaded", kUtter},
    {"pleads", kUtter},      {"chanted", kUtter},     {"sighed", kUtter},
    {"laughed", kUtter},     {"cried", kUtter},       {"told", kTell},
    {"tells", kTell},        {"tell", kTell},         {"assured", kTell},
    {"assures", kTell},      {"reminded", kTell},     {"reminds", kTell},
    {"informed", kTell},     {"informs", kTell},      {"asked", kAsk},
    {"asks", kAsk},          {"wondered", kAsk},      {"wonders", kAsk},
    {"warned", kWarn},       {"warns", kWarn},        {"urged", kUrge},
    {"urges", kUrge},        {"claimed", kClaim},     {"claims", kClaim},
    {"announced", kClaim},   {"announces", kClaim},   {"alleged", kClaim},
    {"alleges", kClaim},     {"revealed", kClaim},    {"reveals", kClaim},
    {"promised", kClaim},    {"promises", kClaim},    {"vowed", kClaim},
    {"vows", kClaim},        {"denied", kClaim},      {"denies", kClaim},
    {"disclosed", kClaim},   {"discloses", kClaim},   {"indicated", kClaim},
    {"indicates", kClaim},   {"reported", kClaim},    {"reports", kClaim},
};

constexpr std::string_view kBeforeVerb[] = {
    "has",       "had",     "have",       "would",  "will",     "also",         "later",
    "then",      "again",   "previously", "once",   "recently", "repeatedly",   "often",
    "earlier",   "further", "just",       "simply", "only",     "flatly",       "publicly",
    "privately", "has",     "quickly",    "even",   "since",    "subsequently", "frequently",
    "still",     "firmly",  "bluntly",    "openly", "long",     "reportedly",   "always",
    "did",       "does",    "do"};

}  // namespace

const SpeechVerb* FindSpeechVerb(std::string_view word) {
  if (word.size() < 3 || word.size() > 12) return nullptr;
  // A sorted, case-blind lookup of kVerbs' words: no allocation, no scan of the whole list.
  static const WordSet* const verbs = [] {
    std::vector<std::string_view> words;
    for (const Entry& e : kVerbs) words.push_back(e.word);
    return new WordSet(words.data(), words.size());
  }();
  const size_t i = verbs->Find(word);
  return i == WordSet::npos ? nullptr : &kVerbs[i].verb;
}

bool IsWordBeforeSpeechVerb(std::string_view word) {
  return WordSetOf<kBeforeVerb>().Contains(word);
}

}  // namespace newsarchive
