#include "cli/cli_reference.h"

#include <CLI/CLI.hpp>

#include "output/row_writer.h"
#include "query/query_catalogue.h"

namespace newsarchive {
namespace {

bool Hidden(const std::string& group) { return group.empty(); }

// "ID:POSITIVE" -> {"ID", "POSITIVE"}; "TEXT:{text,json}=text" never occurs here (the default is
// not part of the type name).
std::vector<std::string> SplitTypeName(const std::string& type_name) {
  std::vector<std::string> parts;
  size_t start = 0;
  int depth = 0;
  for (size_t i = 0; i < type_name.size(); ++i) {
    if (type_name[i] == '{') ++depth;
    if (type_name[i] == '}') --depth;
    if (type_name[i] == ':' && depth == 0) {
      parts.push_back(type_name.substr(start, i - start));
      start = i + 1;
    }
  }
  parts.push_back(type_name.substr(start));
  return parts;
}

std::vector<Choice> Words(const std::vector<std::string>& words) {
  std::vector<Choice> choices;
  for (const std::string& word : words) choices.push_back({word, ""});
  return choices;
}

// "{text,json}" -> {"text", "json"}; anything else -> empty.
std::vector<Choice> SetChoices(const std::string& part) {
  if (part.size() < 2 || part.front() != '{' || part.back() != '}') return {};
  std::vector<std::string> words;
  std::string word;
  for (char c : part.substr(1, part.size() - 2)) {
    if (c == ',') {
      words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  words.push_back(word);
  return Words(words);
}

std::vector<Choice> ReportChoices() {
  std::vector<Choice> choices;
  for (const Row& row : ReportListRows()) {
    std::string description = row[1].text;
    if (!row[2].text.empty()) description += ". Parameters: " + row[2].text;
    choices.push_back({row[0].text, description});
  }
  return choices;
}

void ClassifyValue(const CLI::Option& opt, OptionRef* ref) {
  if (opt.get_expected_max() == 0) return;  // a flag
  std::vector<std::string> parts = SplitTypeName(opt.get_type_name());
  ref->value_name = parts[0];
  ref->kind = ValueKind::kFree;
  for (size_t i = 1; i < parts.size(); ++i) {
    std::vector<Choice> choices = SetChoices(parts[i]);
    if (!choices.empty()) {
      ref->kind = ValueKind::kChoice;
      ref->choices = choices;
      return;
    }
  }
  const std::string& type = ref->value_name;
  if (type == "FORMAT") {
    ref->kind = ValueKind::kChoice;
    ref->choices = Words(OutputFormatNames());
  } else if (type == "REPORT") {
    ref->kind = ValueKind::kChoice;
    ref->choices = ReportChoices();
  } else if (type == "FILE" || type == "PATH" || type == "DIR" || ref->positional == "FILE" ||
             ref->positional == "PATH" || ref->positional == "DIR") {
    ref->kind = ValueKind::kFile;
  }
}

OptionRef DescribeOption(const CLI::Option& opt) {
  OptionRef ref;
  for (const std::string& name : opt.get_snames()) ref.flags.push_back("-" + name);
  for (const std::string& name : opt.get_lnames()) ref.flags.push_back("--" + name);
  if (ref.flags.empty()) ref.positional = opt.get_name(/*positional=*/true);
  ref.description = opt.get_description();
  ref.default_value = opt.get_default_str();
  ref.envname = opt.get_envname();
  ref.group = opt.get_group();
  ref.required = opt.get_required();
  ref.repeatable = opt.get_items_expected_max() > 1;
  ClassifyValue(opt, &ref);
  return ref;
}

CommandRef Describe(const CLI::App& app, std::vector<std::string> path,
                    const std::string& program) {
  CommandRef ref;
  ref.path = path;
  ref.name = program;
  for (const std::string& part : path) ref.name += " " + part;
  ref.description = app.get_description();
  ref.footer = app.get_footer();
  const CLI::Option* help = app.get_help_ptr();
  std::vector<OptionRef> positionals;
  for (const CLI::Option* opt : app.get_options()) {
    if (opt == help || Hidden(opt->get_group())) continue;
    OptionRef described = DescribeOption(*opt);
    (described.positional.empty() ? ref.options : positionals).push_back(described);
  }
  ref.options.insert(ref.options.end(), positionals.begin(), positionals.end());
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (Hidden(sub->get_group()) || sub->get_name().empty()) continue;
    std::vector<std::string> sub_path = path;
    sub_path.push_back(sub->get_name());
    ref.subcommands.push_back(Describe(*sub, sub_path, program));
  }
  return ref;
}

void Collect(const CommandRef& command, std::vector<const CommandRef*>* out) {
  for (const CommandRef& sub : command.subcommands) {
    out->push_back(&sub);
    Collect(sub, out);
  }
}

bool IsExamplesHeading(const TextBlock& block) {
  return !block.literal && (block.lines[0] == "Example:" || block.lines[0] == "Examples:");
}

}  // namespace

std::string OptionRef::ArgumentName() const {
  static const char* const kGeneric[] = {"", "TEXT", "INT", "UINT", "FLOAT", "NUMBER", "BOOLEAN"};
  for (const char* generic : kGeneric) {
    if (value_name != generic) continue;
    std::string name;
    for (char c : positional) name += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return name;
  }
  return value_name;
}

const OptionRef* CommandRef::FindFlag(const std::string& flag) const {
  for (const OptionRef& option : options) {
    for (const std::string& each : option.flags) {
      if (each == flag) return &option;
    }
  }
  return nullptr;
}

std::vector<const OptionRef*> CommandRef::Positionals() const {
  std::vector<const OptionRef*> out;
  for (const OptionRef& option : options) {
    if (!option.positional.empty()) out.push_back(&option);
  }
  return out;
}

CommandRef DescribeApp(const CLI::App& app, const std::string& program) {
  return Describe(app, {}, program);
}

std::vector<const CommandRef*> AllCommands(const CommandRef& root) {
  std::vector<const CommandRef*> out;
  Collect(root, &out);
  return out;
}

std::vector<TextBlock> SplitHelpText(const std::string& text) {
  std::vector<TextBlock> blocks;
  bool after_blank = true;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    if (line.find_first_not_of(' ') == std::string::npos) {
      after_blank = true;
      continue;
    }
    const bool literal = line.compare(0, 2, "  ") == 0;
    if (literal) line = line.substr(line.find_first_not_of(' '));
    if (after_blank || blocks.empty() || blocks.back().literal != literal) {
      blocks.push_back({literal, {line}});
    } else if (literal) {
      blocks.back().lines.push_back(line);
    } else {
      blocks.back().lines[0] += " " + line;
    }
    after_blank = false;
  }
  return blocks;
}

std::vector<std::string> Examples(const CommandRef& command) {
  std::vector<std::string> examples;
  for (const std::string* text : {&command.description, &command.footer}) {
    std::vector<TextBlock> blocks = SplitHelpText(*text);
    for (size_t i = 1; i < blocks.size(); ++i) {
      if (blocks[i].literal && IsExamplesHeading(blocks[i - 1])) {
        examples.insert(examples.end(), blocks[i].lines.begin(), blocks[i].lines.end());
      }
    }
  }
  return examples;
}

std::string Summary(const std::string& description) {
  std::vector<TextBlock> blocks = SplitHelpText(description);
  if (blocks.empty()) return "";
  const std::string& first = blocks[0].lines[0];
  size_t cut = 0;
  while ((cut = first.find(". ", cut)) != std::string::npos) {
    // "(NPR, CNN...) for ..." and "e.g. x" do not end a sentence.
    if (cut > 0 && first[cut - 1] != '.' && !(cut >= 3 && first.compare(cut - 3, 3, "e.g") == 0)) {
      return first.substr(0, cut);
    }
    cut += 2;
  }
  if (!first.empty() && first.back() == '.') return first.substr(0, first.size() - 1);
  return first;
}

}  // namespace newsarchive
