// One story: its header, its cast, then the story reassembled (LoadStory) with every quote its
// own marked block, anchored at #qPOSITION so that a quote found elsewhere links to its place.
#include <map>
#include <string>

#include "query/story_view.h"
#include "serve/html.h"
#include "serve/pages.h"
#include "store/archive.h"

namespace newsarchive {
namespace {

// A URL worth a link: http or https only, so a stored "javascript:" can never run.
bool IsWebAddress(const std::string& url) {
  return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
}

std::string TurnHtml(const StoryTurn& turn, const std::map<std::string, std::string>& ids) {
  const std::string anchor = "q" + std::to_string(turn.position);
  std::string html = "<div class=\"turn" + std::string(turn.speaker.empty() ? " unattributed" : "") +
                     "\" id=\"" + anchor + "\">\n";
  if (!turn.speaker.empty()) {
    auto id = ids.find(turn.speaker);
    html += "<span class=\"who\">" +
            (id == ids.end() ? Escape(turn.speaker) : Link("/people/" + id->second, turn.speaker)) +
            "</span>";
    if (!turn.role.empty()) html += " (" + Escape(turn.role) + ")";
    if (turn.via_interpreter) html += " <em>through an interpreter</em>";
  }
  if (!turn.annotation.empty()) html += " <em>[" + Escape(turn.annotation) + "]</em>";
  html += "<a class=\"pos\" href=\"#" + anchor + "\">#" + std::to_string(turn.position) + "</a>\n";
  html += "<p class=\"text\">" + Escape(turn.text) + "</p>\n</div>\n";
  return html;
}

}  // namespace

Result<TableQuery> StoryTable(Archive& archive, int64_t article_id) {
  return TableQuery{StoryQuery(article_id, archive.Dialect()), -1, "/articles/" + std::to_string(article_id), {}};
}

Result<std::string> ArticlePage(Archive& archive, int64_t article_id,
                                const ServeOptions& options) {
  Result<Story> story = LoadStory(archive, article_id);
  if (!story.ok()) return story.status();
  const BoundQuery cast = CastQuery(article_id, archive.Dialect());
  Result<Rows> people = FetchRows(archive, cast, options);
  if (!people.ok()) return people.status();
  // The cast's ids by name, for the speakers' links; a name two people share gets none.
  std::map<std::string, std::string> ids;
  std::map<std::string, int> seen;
  for (size_t i = 0; i < people->rows.size(); ++i) {
    const std::string name = people->Text(i, "name");
    if (++seen[name] == 1) {
      ids[name] = people->Text(i, "id");
    } else {
      ids.erase(name);
    }
  }

  std::string facts = "#" + std::to_string(story->id);
  for (const std::string* field :
       {&story->date, &story->source, &story->program, &story->dateline}) {
    if (!field->empty()) facts += " · " + *field;
  }
  std::string body = "<p class=\"facts\">" + Escape(facts) + "</p>\n";
  if (!story->url.empty()) {
    body += "<p>" + (IsWebAddress(story->url) ? Link(story->url, story->url) : Escape(story->url)) +
            "</p>\n";
  }
  if (!story->summary.empty()) body += "<p><em>" + Escape(story->summary) + "</em></p>\n";

  const std::string id = std::to_string(article_id);
  Result<std::string> cast_table =
      HtmlTable(archive, TableQuery{cast, -1, "/people", {{"article", id}}}, options);
  if (!cast_table.ok()) return cast_table.status();
  body += "<h2>Who speaks</h2>\n" + *cast_table;

  body += "<h2>The story</h2>\n<p class=\"note\">" + std::to_string(story->turns.size()) +
          " quotes in story order; " + Link("/quotes?article=" + id, "as a table of turns") +
          DownloadLinks("/articles/" + id, "") + "</p>\n";
  for (const StoryTurn& turn : story->turns) body += TurnHtml(turn, ids);
  return Page(story->title, Escape(story->title), body);
}

}  // namespace newsarchive
