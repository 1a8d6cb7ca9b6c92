// Layout profiles: what one kind of page (an outlet's transcript pages, a hearing record, a
// podcast site) does differently from the rest, kept in one small file per layout under
// parse/layouts/. The shared stages (chrome, labels, the walk, metadata) know no outlet by name:
// they ask the page's layout, or every layout's data, as documented on each field.
//
// Two kinds of knowledge, applied differently:
//  - Data that only ever matches furniture (whole chrome lines, chrome prefixes, the names of
//    publishers) is consulted on every page, from every layout: pages mix furniture (a member
//    station's page carries NPR's player and share bar), and an exact "NPR logo" line is never
//    speech.
//  - Rules that change how a page is read (where its site header ends, which line shapes are
//    labels, how its title is set) come from the page's detected layout alone.
#ifndef NEWSARCHIVE_PARSE_LAYOUT_H_
#define NEWSARCHIVE_PARSE_LAYOUT_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/article.h"
#include "people/speaker_label.h"

namespace newsarchive {

// What a chrome line tells about the page around it.
enum class HeaderMark {
  kNone,
  kSiteHeaderEnds,  // everything above it is the site's own furniture ("Play Live Radio")
  kHeadlineAbove,   // the headline is the text just above it ("Originally published on ...")
  kShowLineBelow,   // the show's name and the headline stand above it, never turns ("Aired ...")
};

// What detection sees of a page: its trimmed lines (blank ones empty).
struct PageView {
  const std::vector<std::string_view>& lines;
};

// What a record's own lines say of who speaks: a deposition's appearances and `BY MR. X:`
// headings, a briefing's header line, a call's participant list, a parliament's name lines.
// Line numbers are indexes into PageView::lines.
struct RecordReading {
  // Lines that are the record's furniture, never speech (captions, headings, time stamps,
  // closing notes); they feed the metadata like any furniture.
  std::vector<size_t> furniture;
  // Lines that are text, never labels: a record's headline that opens like one ("LISTEN AND
  // READ FOR YOURSELF: Audio and Transcript of ...").
  std::vector<size_t> text;
  // Labels of the record's own shapes, taken as found, by line: "Q." credited to the examining
  // attorney, a name line above the speech, "Operator" (no_person). `label.speech` is where the
  // speech starts in that line (the line's size when it starts on the next line); `name` and
  // `name_printed` say whom it means, `printed` is the label as the page prints it.
  std::vector<std::pair<size_t, SpeakerLabel>> labels;
  // Labels run into a labelled line after a sentence, where a page lost its line breaks
  // ("Q. Were you there? A. I was."): `at` is where the label starts in the line, and
  // `label.speech` counts from there.
  struct RunTogether {
    size_t line;
    size_t at;
    SpeakerLabel label;
  };
  std::vector<RunTogether> run_together;
  // People the record names outside its turns (an APPEARANCES block, the participants, the
  // briefer's header): they lend their full names and roles to the labels that name them, and
  // are no speakers of their own.
  std::vector<SpeakerLabel> cast;
  std::vector<Diagnostic> warnings;  // Diagnostic::line is 1-based, in PageView::lines
};

struct Layout {
  std::string_view name;         // "npr", "cnn", ...: what `import --dry-run` reports
  std::string_view description;  // one line, for the docs and --dry-run

  // How strongly the page looks like this layout; 0 when not at all. The highest score names
  // the page's layout (the generic layout when every score is 0).
  int (*score)(const PageView& page) = nullptr;

  // --- Data consulted on every page.
  std::vector<std::string_view> chrome_lines;     // whole lines, compared without case
  std::vector<std::string_view> chrome_prefixes;  // line openings, compared without case
  // Publishers as the text names them, and the source each stands for: {"Cable News Network",
  // "CNN"}. Matched as whole words, in the order of the layouts and of each list.
  std::vector<std::pair<std::string_view, std::string_view>> sources;
  // True for a line that is furniture wherever it stands (a player's clock, a podcast's act
  // heading); may be null.
  bool (*is_chrome)(std::string_view line) = nullptr;
  // True for a line that is furniture before the story starts on this layout's pages (a fund
  // drive, an archive's record header); may be null.
  bool (*is_preamble_chrome)(std::string_view line) = nullptr;

  // --- Rules of the detected layout.
  // What a chrome line tells about the page around it; null for none.
  HeaderMark (*header_mark)(std::string_view chrome_line) = nullptr;
  // Names alone on their lines above what each person says ("Ira Glass") are labels.
  bool bare_name_labels = false;
  // Where a label that is not a colon label ends in `line` and its speech starts: hearing
  // records ("Mr. Linder. The meeting ...") and labels glued to the speech. {npos, npos} when
  // none. Such labels count when two lines at least open so.
  std::pair<size_t, size_t> (*label_end)(std::string_view line) = nullptr;
  // Reads the record's own account of its turns (see RecordReading): its furniture, labels of
  // its own shapes and the people it names; may be null. Lines it calls furniture or labels
  // are not read for labels again.
  void (*read_record)(const PageView& page, RecordReading* reading) = nullptr;
  // Completes what the page says of itself that only this layout says so (a show line, a
  // program credited in the furniture), from its furniture; run before the generic rules.
  void (*complete_metadata)(std::string_view chrome, Article* article) = nullptr;
  // The source of a page of this layout that names no publisher anywhere; may be empty.
  std::string_view fallback_source;
};

// Cues for the score functions: how many lines open with or equal one of `words` (compared
// without case), or contain one (as written, and in a long line only near its two ends: a
// search without case, or through every paragraph, would cost more than the parse itself).
int LinesOpeningWith(const PageView& page, std::initializer_list<std::string_view> words);
int LinesEqualTo(const PageView& page, std::initializer_list<std::string_view> words);
int LinesContaining(const PageView& page, std::initializer_list<std::string_view> words);

// Every layout, in the order detection breaks ties; the generic layout last.
const std::vector<const Layout*>& Layouts();

// The layout of the page: the highest score, ties to the earlier layout; generic when none.
// Scores see the first 200 and the last 40 lines of a longer page.
const Layout& DetectLayout(const PageView& page);

// The generic layout (no outlet, no special rules).
const Layout& GenericLayout();

// Chrome and publishers from every layout's data (see above).
bool IsLayoutChromeLine(std::string_view line);           // a whole line or a prefix
bool IsLayoutPreambleChrome(std::string_view line);       // any layout's preamble rule
std::string SourceNamedByLayouts(std::string_view text);  // "" when no publisher is named

}  // namespace newsarchive

#endif  // NEWSARCHIVE_PARSE_LAYOUT_H_
