// The plain structs a parsed transcript becomes. The parser fills them with no database in sight;
// the store turns them into rows of articles, people, roles and quotes (see schema/README.md).
#ifndef NEWSARCHIVE_MODEL_ARTICLE_H_
#define NEWSARCHIVE_MODEL_ARTICLE_H_

#include <string>
#include <vector>

namespace newsarchive {

// Where a role was learned. Stored as the lowercase word in roles.source.
enum class RoleSource { kLabel, kText, kBio, kIntro, kSignoff };
const char* RoleSourceName(RoleSource source);  // "label", "text", "bio", "intro", "signoff"

struct Role {
  std::string title;         // "President", "Host", "Byline", "former chief of staff to ..."
  std::string organization;  // "NPR", "CNN", "Kleinfelder"; empty when unknown
  RoleSource source = RoleSource::kLabel;
};

// One person of one story: someone who speaks in it, or someone its text names (a mention).
struct Speaker {
  std::string name;           // proper case, no title: "Donald Trump", "Unidentified Man #2"
  bool unidentified = false;  // numbered or generic speaker: scoped to its story, never merged
  std::vector<std::string> labels;  // every label spelling used for them, as printed
  std::vector<Role> roles;
};

enum class QuoteKind {
  kTurn,          // a speaker turn of a transcript
  kUnattributed,  // a block of the story's text no one is credited with (an article's prose)
  kDirect,        // words in quotation marks inside a turn or a block, with who said them
  kReported,      // reported speech inside a turn or a block: "X said (that) ..."
};
// "turn", "unattributed", "direct", "reported"
const char* QuoteKindName(QuoteKind kind);

// One speaker turn (its continuation paragraphs included) or one block of text no one can be
// credited with (Article::quotes: position in the story is the index plus one), or words found
// inside one of those (Article::prose_quotes: kDirect or kReported).
struct Quote {
  QuoteKind kind = QuoteKind::kTurn;
  int speaker = -1;              // index into Article::speakers; -1 for unattributed text
  std::string text;              // no label, no inline markers; paragraphs joined by "\n\n"
  bool via_interpreter = false;  // "(Through interpreter)" / "(Through Translator)"
  std::string annotation;        // any other inline note: "as Stu Price", "singing", "voice-over"
  std::string label;             // the label as printed; empty for unattributed text
  int line = 0;                  // 1-based line of the transcript where the turn starts
  std::string start;             // when the turn starts in the recording ("00:01:23.450", as a
                                 // caption track or a transcription export gives it); or empty
  // kDirect and kReported: where the words stand: the index into Article::quotes of the turn or
  // block holding them, and the byte offsets [begin, end) of the words in that quote's text.
  int found_in = -1;
  size_t begin = 0;
  size_t end = 0;
  // kDirect and kReported credited to no named person: how the story describes the source
  // ("a bureau engineer", "officials"); empty otherwise.
  std::string source;
};

// A person the story names in its text: where the name stands.
struct Mention {
  int speaker = -1;   // index into Article::speakers
  int found_in = -1;  // index into Article::quotes of the turn or block that names them
  size_t begin = 0;   // byte offsets [begin, end) of the name in that quote's text
  size_t end = 0;
};

// What kind of story a file holds.
enum class StoryForm { kTranscript, kArticle };
const char* StoryFormName(StoryForm form);  // "transcript", "article"

// A warning about input that was read but not understood perfectly; never fatal.
struct Diagnostic {
  int line = 0;  // 0 when it concerns the whole file
  std::string message;
};

struct Article {
  std::string title;
  std::string summary;       // the teaser
  std::string source;        // organization: "NPR", "CNN", "PBS"
  std::string program;       // "All Things Considered", "Fresh Air"
  std::string url;
  std::string published_on;  // ISO 8601 date, YYYY-MM-DD, or empty
  std::string dateline;      // "Hanoi"
  std::string copyright;     // the copyright line as printed
  std::string layout;        // the page layout the parser read it as: "npr", "cnn", "generic"
  std::string reader;        // the reader that made its Document: "text", "html", "dataset", ...
  std::vector<Speaker> speakers;
  std::vector<Quote> quotes;  // story order: turns and unattributed blocks
  std::vector<Quote> prose_quotes;  // direct and reported quotes found inside `quotes`, in order
  std::vector<Mention> mentions;    // people named in the text, in order
  StoryForm form = StoryForm::kTranscript;
  std::vector<Diagnostic> warnings;
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_MODEL_ARTICLE_H_
