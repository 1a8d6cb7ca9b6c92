#include "query/story_view.h"

#include <algorithm>
#include <string>
#include <utility>

#include "query/queries.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

// Keeps the rows of one query, by column name.
class RowBuffer : public RowWriter {
 public:
  void Begin(const std::vector<std::string>& columns) override { columns_ = columns; }
  void Write(const Row& row) override { rows_.push_back(row); }
  void End() override {}

  size_t size() const { return rows_.size(); }
  // The text of column `name` in row `i`; "" for NULL.
  std::string Text(size_t i, const std::string& name) const {
    for (size_t c = 0; c < columns_.size(); ++c) {
      if (columns_[c] == name) return rows_[i][c].text;
    }
    return "";
  }

 private:
  std::vector<std::string> columns_;
  std::vector<Row> rows_;
};

Status Load(Archive& archive, const BoundQuery& query, RowBuffer* rows) {
  RunOptions options;
  options.timeout_seconds = 0;  // one article: bounded by its size
  Result<RunStats> run = archive.Query(query.sql, query.params, *rows, options);
  return run.status();
}

// The byte offset of character (code point) `chars` of `text`, or npos past its end.
size_t ByteOfChar(const std::string& text, int64_t chars) {
  size_t byte = 0;
  while (chars > 0 && byte < text.size()) {
    ++byte;
    while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) ++byte;
    --chars;
  }
  return chars == 0 ? byte : std::string::npos;
}

int64_t CharsOf(const std::string& text) {
  int64_t chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
  return chars;
}

constexpr int64_t kTurnJoin = 2;  // "\n\n" between turns, as the store counts

std::string Note(const ProseNote& note) {
  std::string who = note.speaker.empty() ? "unnamed source" : note.speaker;
  if (!note.speaker.empty() && !note.role.empty()) who += " (" + note.role + ")";
  if (note.speaker.empty() && !note.unnamed_source.empty()) {
    who += " (" + note.unnamed_source + ")";
  }
  return "  [" + std::to_string(note.number) + "] " + note.kind + ": " + who + "\n";
}

// `turn`'s text with its marks: ⟦words⟧[n].
std::string Marked(const StoryTurn& turn) {
  std::string out;
  size_t at = 0;
  for (const ProseMark& mark : turn.marks) {
    out += turn.text.substr(at, mark.begin - at) + "\xE2\x9F\xA6" +
           turn.text.substr(mark.begin, mark.end - mark.begin) + "\xE2\x9F\xA7[" +
           std::to_string(mark.number) + "]";
    at = mark.end;
  }
  return out + turn.text.substr(at);
}

}  // namespace

bool PlaceProseQuote(Story* story, size_t found_in, int64_t start, int64_t end, ProseNote note) {
  if (found_in >= story->turns.size() || start < 0 || end < start) return false;
  note.number = static_cast<int>(story->notes.size()) + 1;
  std::vector<std::pair<size_t, ProseMark>> marks;
  for (size_t k = found_in; k < story->turns.size() && end > 0; ++k) {
    const std::string& text = story->turns[k].text;
    const int64_t chars = CharsOf(text);
    if (start <= chars) {
      const size_t begin = ByteOfChar(text, start);
      const size_t stop = ByteOfChar(text, std::min(end, chars));
      if (stop > begin || k == found_in) marks.push_back({k, {begin, stop, note.number}});
    }
    start = std::max<int64_t>(0, start - chars - kTurnJoin);
    end -= chars + kTurnJoin;
  }
  if (marks.empty()) return false;
  for (auto& [k, mark] : marks) {
    std::vector<ProseMark>& in = story->turns[k].marks;
    // Marks must not overlap: a quote inside another quote's words is named but not marked.
    bool overlaps = false;
    for (const ProseMark& other : in) overlaps |= mark.begin < other.end && other.begin < mark.end;
    if (overlaps) continue;
    const size_t mark_end = mark.end;  // a structured binding cannot be captured in C++17
    auto at = std::find_if(in.begin(), in.end(),
                           [mark_end](const ProseMark& other) { return other.begin >= mark_end; });
    in.insert(at, mark);
  }
  story->turns[found_in].notes.push_back(note.number);
  story->notes.push_back(std::move(note));
  return true;
}

Result<Story> LoadStory(Archive& archive, int64_t article_id) {
  RowBuffer header;
  Status status = Load(archive, ArticleHeaderQuery(article_id), &header);
  if (!status.ok()) return status;
  if (header.size() == 0) {
    return Status::Error(Status::Code::kNotFound,
                         "no article with id " + std::to_string(article_id) +
                             " (see `newsarchive articles`)");
  }
  Story story;
  story.id = article_id;
  story.title = header.Text(0, "title");
  story.date = header.Text(0, "date");
  story.source = header.Text(0, "source");
  story.program = header.Text(0, "program");
  story.dateline = header.Text(0, "dateline");
  story.url = header.Text(0, "url");
  story.summary = header.Text(0, "summary");

  RowBuffer turns;
  status = Load(archive, StoryQuery(article_id, archive.Dialect()), &turns);
  if (!status.ok()) return status;
  for (size_t i = 0; i < turns.size(); ++i) {
    if (turns.Text(i, "position").empty()) continue;  // a quote found in a turn: below
    StoryTurn turn;
    turn.position = std::stoll(turns.Text(i, "position"));
    turn.speaker = turns.Text(i, "speaker");
    // A turn with no person ("QUESTION:") reads as the page printed it.
    if (turn.speaker.empty() && turns.Text(i, "kind") == "turn") turn.speaker = turns.Text(i, "label");
    turn.role = turns.Text(i, "role");
    turn.via_interpreter = turns.Text(i, "via_interpreter") == "1";
    turn.annotation = turns.Text(i, "annotation");
    turn.start_time = turns.Text(i, "start_time");
    turn.text = turns.Text(i, "text");
    story.turns.push_back(std::move(turn));
  }
  for (size_t i = 0; i < turns.size(); ++i) {
    if (!turns.Text(i, "position").empty()) continue;
    ProseNote note;
    note.kind = turns.Text(i, "kind");
    note.speaker = turns.Text(i, "speaker");
    note.role = turns.Text(i, "role");
    note.unnamed_source = turns.Text(i, "unnamed_source");
    // found_in is a position (1-based) of a turn; the turns are 1..n (`check` verifies it).
    PlaceProseQuote(&story, std::stoul(turns.Text(i, "found_in")) - 1,
                    std::stoll(turns.Text(i, "start_offset")),
                    std::stoll(turns.Text(i, "end_offset")), std::move(note));
  }
  return story;
}

std::string FormatStory(const Story& story) {
  std::string out = story.title + "\n";
  std::string facts = "#" + std::to_string(story.id);
  for (const std::string* field : {&story.date, &story.source, &story.program, &story.dateline}) {
    if (!field->empty()) facts += " \xC2\xB7 " + *field;  // a middle dot between fields
  }
  out += facts + "\n";
  if (!story.url.empty()) out += story.url + "\n";
  if (!story.summary.empty()) out += "\n" + story.summary + "\n";
  for (const StoryTurn& turn : story.turns) {
    out += "\n";
    if (!turn.start_time.empty()) out += "[" + turn.start_time + "] ";
    if (!turn.speaker.empty()) {
      out += turn.speaker;
      if (!turn.role.empty()) out += " (" + turn.role + ")";
      if (turn.via_interpreter) out += " [through interpreter]";
      if (!turn.annotation.empty()) out += " [" + turn.annotation + "]";
      out += ": ";
    }
    out += Marked(turn) + "\n";
    for (int number : turn.notes) out += Note(story.notes[number - 1]);
  }
  return out;
}

}  // namespace newsarchive
