#include "cli/man_page.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <string_view>

#include "base/text_util.h"
#include "cli/exit_codes.h"

namespace newsarchive {
namespace {

// One character of text, escaped for troff; `dash` is what '-' becomes.
void AppendEscaped(std::string_view text, bool literal, std::string* out) {
  char prev = ' ';
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const uint32_t cp = DecodeCodePoint(text, i);
      char buf[16];
      std::snprintf(buf, sizeof(buf), "\\[u%04X]", static_cast<unsigned>(cp));
      *out += buf;
      prev = 'a';
      continue;
    }
    if (c == '\\') {
      *out += "\\e";
    } else if (c == '-' && (literal || prev == ' ' || prev == '-' || prev == '(' ||
                            prev == '[' || prev == '`' || prev == '"' || prev == '/' ||
                            prev == '|' || prev == '=')) {
      *out += "\\-";
    } else {
      *out += static_cast<char>(c);
    }
    prev = static_cast<char>(c);
    ++i;
  }
}

// A whole output line: a leading '.' or '\'' would be read as a request.
std::string Line(const std::string& escaped) {
  if (!escaped.empty() && (escaped[0] == '.' || escaped[0] == '\'')) return "\\&" + escaped + "\n";
  return escaped + "\n";
}

std::string Literal(const std::string& text) {
  std::string out;
  AppendEscaped(text, /*literal=*/true, &out);
  return out;
}

std::string Bold(const std::string& text) { return "\\fB" + Literal(text) + "\\fR"; }
std::string Italic(const std::string& text) { return "\\fI" + Literal(text) + "\\fR"; }

std::string RenderBlocks(const std::vector<TextBlock>& blocks) {
  std::string out;
  for (const TextBlock& block : blocks) {
    if (block.literal) {
      out += ".RS\n.nf\n";
      for (const std::string& line : block.lines) out += Line(Literal(line));
      out += ".fi\n.RE\n";
    } else {
      out += ".PP\n" + Line(TroffText(block.lines[0]));
    }
  }
  return out;
}

std::string Sentence(std::string text) {
  if (!text.empty() && text.back() != '.') text += '.';
  return text;
}

// "\fB\-o\fR, \fB\-\-output\fR \fIFILE\fR"
std::string OptionHeading(const OptionRef& option) {
  std::string out;
  if (!option.positional.empty()) {
    out = Italic(option.ArgumentName());
  } else {
    for (const std::string& flag : option.flags) out += (out.empty() ? "" : ", ") + Bold(flag);
    if (option.takes_value()) out += " " + Italic(option.value_name);
  }
  if (option.repeatable) out += option.positional.empty() ? " ..." : "...";
  return out;
}

std::string RenderOption(const OptionRef& option) {
  std::string out = ".TP\n" + Line(OptionHeading(option));
  std::string text;
  for (const TextBlock& block : SplitHelpText(option.description)) {
    for (const std::string& line : block.lines) text += (text.empty() ? "" : " ") + line;
  }
  text = Sentence(text);
  if (!option.default_value.empty()) text += " Default: " + option.default_value + ".";
  if (!option.envname.empty()) text += " Environment: " + option.envname + ".";
  if (option.repeatable && option.positional.empty()) text += " May be given more than once.";
  bool described_choices = false;
  if (option.kind == ValueKind::kChoice) {
    std::string words;
    for (const Choice& choice : option.choices) {
      words += (words.empty() ? "" : ", ") + choice.value;
      described_choices = described_choices || !choice.description.empty();
    }
    if (!described_choices) text += " One of: " + words + ".";
  }
  out += Line(TroffText(text));
  if (described_choices) {
    out += ".RS\n";
    for (const Choice& choice : option.choices) {
      out += ".TP\n" + Line(Bold(choice.value)) + Line(TroffText(Sentence(choice.description)));
    }
    out += ".RE\n";
  }
  return out;
}

// "[\fIOPTION\fR]... \fIPATH\fR..." after the command's name.
std::string SynopsisArguments(const CommandRef& command) {
  std::string out;
  bool has_options = false;
  for (const OptionRef& option : command.options) has_options |= option.positional.empty();
  if (has_options) out += " [" + Italic("OPTION") + "]...";
  if (!command.subcommands.empty()) out += " " + Italic("COMMAND");
  for (const OptionRef* positional : command.Positionals()) {
    std::string name = Italic(positional->ArgumentName());
    if (positional->repeatable) name += "...";
    out += " " + (positional->required ? name : "[" + name + "]");
  }
  return out;
}

std::string RenderCommand(const CommandRef& command) {
  std::string out = ".SS " + Literal(command.path.back()) + "\n";
  out += ".PP\n" + Line(Bold(command.name) + SynopsisArguments(command));
  out += RenderBlocks(SplitHelpText(command.description));
  // As --help lists them: "Options" first (it holds --help), then the other groups in the order
  // they first appear, then the arguments.
  std::vector<std::string> groups;
  for (const OptionRef& option : command.options) {
    const std::string group = option.positional.empty() ? option.group : "Arguments";
    if (std::find(groups.begin(), groups.end(), group) == groups.end()) groups.push_back(group);
  }
  auto rank = [](const std::string& group) {
    return group == "Options" ? 0 : group == "Arguments" ? 2 : 1;
  };
  std::stable_sort(groups.begin(), groups.end(), [&rank](const std::string& a, const std::string& b) {
    return rank(a) < rank(b);
  });
  for (const std::string& group : groups) {
    out += ".PP\n" + Line(Italic(group + ":"));
    for (const OptionRef& option : command.options) {
      if ((option.positional.empty() ? option.group : "Arguments") == group) {
        out += RenderOption(option);
      }
    }
  }
  out += RenderBlocks(SplitHelpText(command.footer));
  return out;
}

// The program's description after its first paragraph (which is the NAME line), examples left to
// the EXAMPLES section.
std::vector<TextBlock> DescriptionBlocks(const CommandRef& program) {
  std::vector<TextBlock> blocks = SplitHelpText(program.description);
  std::vector<TextBlock> kept;
  for (size_t i = 1; i < blocks.size(); ++i) {
    const bool heading = !blocks[i].literal && i + 1 < blocks.size() && blocks[i + 1].literal &&
                         (blocks[i].lines[0] == "Example:" || blocks[i].lines[0] == "Examples:");
    if (heading) {
      ++i;
      continue;
    }
    kept.push_back(blocks[i]);
  }
  return kept;
}

std::string NameLine(const CommandRef& program, const std::string& name) {
  std::vector<TextBlock> blocks = SplitHelpText(program.description);
  std::string what = blocks.empty() ? "" : blocks[0].lines[0];
  const std::string prefix = name + ": ";
  if (what.compare(0, prefix.size(), prefix) == 0) what = what.substr(prefix.size());
  if (!what.empty() && what.back() == '.') what.pop_back();
  return Literal(name) + " \\- " + TroffText(what) + "\n";
}

std::string RenderEnvironment(const CommandRef& program) {
  std::string out = ".SH ENVIRONMENT\n";
  std::vector<const CommandRef*> commands = AllCommands(program);
  commands.insert(commands.begin(), &program);
  for (const CommandRef* command : commands) {
    for (const OptionRef& option : command->options) {
      if (option.envname.empty()) continue;
      out += ".TP\n" + Line(Bold(option.envname));
      out += Line(TroffText(Sentence(option.description) + " Used when " + option.flags.back() +
                            " is not given" +
                            (command->path.empty() ? "" : " to `" + command->name + "`") + "."));
    }
  }
  out += ".TP\n" + Line(Bold("COLUMNS"));
  out += Line(TroffText(
      "The width a table is fitted to when standard output is not a terminal (on a terminal, the "
      "terminal's width)."));
  return out;
}

std::string RenderFiles(const CommandRef& program) {
  const OptionRef* db = program.FindFlag("--db");
  if (db == nullptr || db->default_value.empty()) return "";
  const std::string& file = db->default_value;
  std::string out = ".SH FILES\n";
  out += ".TP\n" + Line(Italic(file));
  out += Line(TroffText(
      "The archive, in the current directory, when neither --db nor " + db->envname +
      " names another: a SQLite 3 database (see schema/README.md) that every command opens and "
      "the writing ones create and migrate."));
  out += ".TP\n" + Line(Italic(file + "-wal") + ", " + Italic(file + "-shm"));
  out += Line(TroffText(
      "SQLite's write-ahead log and its index, beside the archive while it is in use; they belong "
      "to the archive. Copy a busy archive with `newsarchive backup`, not cp."));
  return out;
}

std::string RenderExamples(const CommandRef& program) {
  std::string out = ".SH EXAMPLES\n";
  std::vector<const CommandRef*> commands = AllCommands(program);
  commands.insert(commands.begin(), &program);
  std::set<std::string> shown;
  for (const CommandRef* command : commands) {
    std::string lines;
    for (const std::string& example : Examples(*command)) {
      if (shown.insert(example).second) lines += Line(Literal(example));
    }
    if (!lines.empty()) out += ".PP\n.nf\n" + lines + ".fi\n";
  }
  return out;
}

}  // namespace

std::string TroffText(const std::string& text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find('`', i);
    const size_t close = open == std::string::npos ? open : text.find('`', open + 1);
    if (close == std::string::npos) {
      AppendEscaped(std::string_view(text).substr(i), /*literal=*/false, &out);
      break;
    }
    AppendEscaped(std::string_view(text).substr(i, open - i), /*literal=*/false, &out);
    out += Bold(text.substr(open + 1, close - open - 1));
    i = close + 1;
  }
  return out;
}

std::string RenderManPage(const CommandRef& program, const std::string& version) {
  const std::string name = program.name;
  std::string upper;
  for (char c : name) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  std::string out;
  out += ".\\\" Generated by `" + name + " _generate man` from the definitions behind --help.\n";
  out += ".TH " + upper + " 1 \"\" \"" + name + " " + version + "\" \"User Commands\"\n";
  out += ".nh\n.ad l\n";  // no hyphenation (option names stay whole), ragged right
  out += ".SH NAME\n" + NameLine(program, name);
  out += ".SH SYNOPSIS\n";
  out += Line(Bold(name) + " [" + Italic("GLOBAL OPTION") + "]... " + Italic("COMMAND") + " [" +
              Italic("OPTION") + "]... [" + Italic("ARGUMENT") + "]...");
  out += ".br\n" + Line(Bold(name + " --version"));
  out += ".br\n" + Line(Bold(name) + " [" + Italic("COMMAND") + "] " + Bold("--help"));
  out += ".SH DESCRIPTION\n" + RenderBlocks(DescriptionBlocks(program));
  out += ".PP\n" + Line(TroffText("The commands:"));
  for (const CommandRef& command : program.subcommands) {
    out += ".TP\n" + Line(Bold(command.path.back()));
    out += Line(TroffText(Sentence(Summary(command.description))));
  }
  out += ".PP\n" + Line(TroffText(
                       "Global options may come before or after the command. Every command "
                       "prints its own help with --help; each is described under COMMANDS."));
  out += ".SH GLOBAL OPTIONS\n";
  out += ".TP\n" + Line(Bold("-h") + ", " + Bold("--help"));
  out += Line(TroffText("Print the help of " + name + " or of the command given, and exit."));
  for (const OptionRef& option : program.options) out += RenderOption(option);
  out += ".SH COMMANDS\n";
  for (const CommandRef* command : AllCommands(program)) out += RenderCommand(*command);
  out += ".SH EXIT STATUS\n";
  for (const ExitCodeMeaning& exit : kExitCodeMeanings) {
    out += ".TP\n" + Line(Bold(std::to_string(exit.code)));
    out += Line(TroffText(Sentence(exit.meaning)));
  }
  out += RenderEnvironment(program);
  out += RenderFiles(program);
  out += RenderExamples(program);
  out += ".SH SEE ALSO\n";
  out += Line(Bold("sqlite3") + "(1)");
  out += ".PP\n" + Line(TroffText(
                       "README.md and docs/ in the documentation directory (/usr/share/doc/" +
                       name + " for the Debian package)."));
  return out;
}

}  // namespace newsarchive
