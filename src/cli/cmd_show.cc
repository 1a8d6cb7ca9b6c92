// newsarchive show: one story reassembled, header first, then each turn as `Speaker (role): text`.
// In any format but table it writes the story's rows instead, one per quote.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "base/text_util.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/query_command.h"
#include "query/queries.h"
#include "query/story_view.h"

namespace newsarchive {
namespace {

struct ShowOptions {
  QueryOptions query;
  int64_t article = 0;
};

// The story as text, through the same OutputTarget as rows: a file appears complete or not at
// all, and the archive is never the target. Control and bidi characters are shown escaped.
int WriteText(const OutputOptions& output, const std::string& archive_path,
              const std::string& text) {
  Result<std::unique_ptr<OutputTarget>> target = OutputTarget::Open(output, archive_path);
  if (!target.ok()) return Fail(target.status());
  (*target)->stream() << TerminalSafe(text, /*keep_line_breaks=*/true);
  Status committed = (*target)->Commit();
  return committed.ok() ? kExitOk : Fail(committed);
}

int RunShow(const GlobalOptions& global, const ShowOptions& options) {
  Result<OutputFormat> format = ResolveOutputFormat(options.query.output);
  if (!format.ok()) return Fail(format.status());
  int exit_code = kExitOk;
  std::unique_ptr<QuerySession> session = QuerySession::Open(global, options.query, &exit_code);
  if (!session) return exit_code;
  if (*format != OutputFormat::kTable) {
    if (!session->ArticleExists(options.article, &exit_code)) return exit_code;
    BoundQuery story = StoryQuery(options.article, session->archive().Dialect());
    return session->Run(story.sql, story.params);
  }
  Result<Story> story = LoadStory(session->archive(), options.article);
  if (!story.ok()) return Fail(story.status());
  return WriteText(options.query.output, global.db_path, FormatStory(*story));
}

}  // namespace

void SetupShowCommand(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* cmd = app.add_subcommand(
      "show",
      "One story reassembled: its header, then each turn as `Speaker (role): text`\n"
      "(after its start time, `[00:01:23.450]`, when captions or an export gave one),\n"
      "each quote found in the prose marked in place and named under its\n"
      "paragraph. With --format csv, json... its quotes as rows (position, speaker,\n"
      "role, kind, via_interpreter, annotation, text, label, found_in, start_offset,\n"
      "end_offset, unnamed_source, start_time), turns and paragraphs each followed by the\n"
      "quotes found in them.\n\n"
      "Examples:\n"
      "  newsarchive show 1\n"
      "  newsarchive show 1 --format csv --output story.csv");
  WholeNumber(
      cmd->add_option("ARTICLE", options->article, "The story's id (see `newsarchive articles`)"),
      1)
      ->required();
  AddQueryOptions(cmd, &options->query, /*with_limit=*/false);
  cmd->callback([&global, options, exit_code] { *exit_code = RunShow(global, *options); });
}

}  // namespace newsarchive
