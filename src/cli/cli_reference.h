// The command line as data: DescribeApp walks the CLI::App tree main() builds (every visible
// command, its options and positionals, descriptions, defaults, environment variables) into plain
// structs, so the manual page and the shell completions (cli/man_page.h, cli/shell_completion.h)
// are generated from the same definitions as --help and cannot drift from it.
//
// What an option's value completes to follows from its type name (what --help shows after it):
//   a CLI::IsMember check ("TEXT:{text,json}")  those words
//   FORMAT                                      the output formats (output/row_writer.h)
//   REPORT                                      the report names (query/query_catalogue.h)
//   FILE, PATH or DIR (or a positional so named) file names
//   anything else                               a free value, nothing to offer
// A command added with add_subcommand in main.cc is picked up with no change here; one in the
// empty group (group("")) is hidden from --help, and from the manual and completions as well.
#ifndef NEWSARCHIVE_CLI_CLI_REFERENCE_H_
#define NEWSARCHIVE_CLI_CLI_REFERENCE_H_

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace newsarchive {

enum class ValueKind {
  kNone,    // a flag: takes no value
  kFree,    // any text: a number, a date, a name
  kChoice,  // one of `choices`
  kFile,    // a file or directory name
};

struct Choice {
  std::string value;
  std::string description;  // may be empty (formats); a report's description and parameters
};

struct OptionRef {
  std::vector<std::string> flags;  // "-o", "--output"; empty for a positional
  std::string positional;          // the positional's name ("paths"); empty for an option
  std::string value_name;          // "FILE", "N", "FORMAT"; empty for a flag
  std::string description;
  std::string default_value;       // as --help shows it ("archive.db"); may be empty
  std::string envname;             // NEWSARCHIVE_DB; may be empty
  std::string group;               // "Options", "Output", "Positionals"
  bool required = false;
  bool repeatable = false;         // takes several values or may be given several times
  ValueKind kind = ValueKind::kNone;
  std::vector<Choice> choices;     // for kChoice

  bool takes_value() const { return kind != ValueKind::kNone; }
  // What a positional is called in a synopsis or a completion message: its type name when that
  // says more than CLI11's generic ones (PATH, REPORT), else its name in capitals (ARTICLE, SQL).
  std::string ArgumentName() const;
};

struct CommandRef {
  std::vector<std::string> path;   // {"report"}; empty for the program itself
  std::string name;                // "newsarchive report"
  std::string description;
  std::string footer;              // often the examples
  std::vector<OptionRef> options;  // options then positionals, in definition order; no --help
  std::vector<CommandRef> subcommands;

  const OptionRef* FindFlag(const std::string& flag) const;  // "--db" -> its option, or nullptr
  std::vector<const OptionRef*> Positionals() const;
};

// The program `app` and, recursively, its visible subcommands. `program` names it ("newsarchive").
CommandRef DescribeApp(const CLI::App& app, const std::string& program);

// Every command below `root` (not root itself), depth first, in definition order.
std::vector<const CommandRef*> AllCommands(const CommandRef& root);

// A help text cut into blocks: paragraphs (their lines joined with spaces) and literal blocks
// (runs of lines indented by two or more spaces, kept as written without the indent), so
// "Examples:\n  newsarchive ..." becomes a paragraph "Examples:" and a literal block.
struct TextBlock {
  bool literal = false;
  std::vector<std::string> lines;  // one line for a paragraph
};
std::vector<TextBlock> SplitHelpText(const std::string& text);

// The literal blocks of `command`'s description and footer that come right after a paragraph
// "Example:" or "Examples:", one line per example.
std::vector<std::string> Examples(const CommandRef& command);

// The first sentence of `description`, on one line (for completion menus).
std::string Summary(const std::string& description);

}  // namespace newsarchive

#endif  // NEWSARCHIVE_CLI_CLI_REFERENCE_H_
