#include "query/story_view.h"

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

}  // namespace

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
  status = Load(archive, StoryQuery(article_id), &turns);
  if (!status.ok()) return status;
  for (size_t i = 0; i < turns.size(); ++i) {
    StoryTurn turn;
    turn.position = std::stoll(turns.Text(i, "position"));
    turn.speaker = turns.Text(i, "speaker");
    // A turn with no person ("QUESTION:") reads as the page printed it.
    if (turn.speaker.empty() && turns.Text(i, "kind") == "turn") turn.speaker = turns.Text(i, "label");
    turn.role = turns.Text(i, "role");
    turn.via_interpreter = turns.Text(i, "via_interpreter") == "1";
    turn.annotation = turns.Text(i, "annotation");
    turn.text = turns.Text(i, "text");
    story.turns.push_back(std::move(turn));
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
    if (!turn.speaker.empty()) {
      out += turn.speaker;
      if (!turn.role.empty()) out += " (" + turn.role + ")";
      if (turn.via_interpreter) out += " [through interpreter]";
      if (!turn.annotation.empty()) out += " [" + turn.annotation + "]";
      out += ": ";
    }
    out += turn.text + "\n";
  }
  return out;
}

}  // namespace newsarchive
