#include "cli/shell_completion.h"

#include <map>

namespace newsarchive {
namespace {

// `text` inside single quotes for either shell.
std::string Quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string Identifier(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    out += alnum ? c : '_';
  }
  return out;
}

std::string Join(const std::vector<std::string>& words, const std::string& separator = " ") {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : separator) + word;
  return out;
}

// --- bash

// How the bash function completes a value: f (file names), v (free: nothing), w:WORDS.
std::string BashKind(const OptionRef& option) {
  switch (option.kind) {
    case ValueKind::kFile:
      return "f";
    case ValueKind::kChoice: {
      std::vector<std::string> words;
      for (const Choice& choice : option.choices) words.push_back(choice.value);
      return "w:" + Join(words);
    }
    default:
      return "v";
  }
}

// The function reading the tables; NAME stands for the program's identifier.
constexpr const char* kBashFunction = R"(
# The tables are keyed by the command path (the program's name, then each command, spaced),
# "PATH|--option" and "PATH#N" (the Nth positional; "PATH#*" for a repeated last one).

# The value kind of option $2 in command $1 or in a command above it (fallthrough): in REPLY.
_NAME_value() {
  local path=$1
  while :; do
    if [[ -n ${_NAME_values["$path|$2"]+x} ]]; then
      REPLY=${_NAME_values["$path|$2"]}
      return 0
    fi
    [[ $path == *" "* ]] || return 1
    path=${path% *}
  done
}

# Offers what kind $1 (f, v or w:WORDS) allows for the word $2.
_NAME_offer() {
  case $1 in
    f)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -f -- "$2")
      ;;
    w:*) mapfile -t COMPREPLY < <(compgen -W "${1#w:}" -- "$2") ;;
    *) COMPREPLY=() ;;
  esac
}

_NAME() {
  local cword=$COMP_CWORD cur=${COMP_WORDS[COMP_CWORD]}
  local prev=${COMP_WORDS[COMP_CWORD-1]:-} path=@PROGRAM@ npos=0 i w flag="" REPLY
  COMPREPLY=()
  # The words before the cursor: the command path, option values skipped, positionals counted.
  # --format=csv arrives as three words, "--format" "=" "csv" (COMP_WORDBREAKS holds '=').
  for ((i = 1; i < cword; i++)); do
    w=${COMP_WORDS[i]}
    if [[ $w == -* && ${COMP_WORDS[i+1]:-} == "=" ]]; then
      ((i += 2))
    elif [[ $w == -* ]]; then
      _NAME_value "$path" "$w" && ((i++))
    elif ((npos == 0)) && [[ " ${_NAME_commands[$path]:-} " == *" $w "* ]]; then
      path="$path $w"
    else
      ((npos++))
    fi
  done
  if [[ $cur == "=" ]]; then
    flag=$prev
    cur=""
  elif [[ $prev == "=" ]] && ((cword >= 2)); then
    flag=${COMP_WORDS[cword-2]}
  elif [[ $prev == -* ]] && _NAME_value "$path" "$prev"; then
    flag=$prev
  fi
  if [[ -n $flag ]]; then
    _NAME_value "$path" "$flag" && _NAME_offer "$REPLY" "$cur"
    return 0
  fi
  if [[ $cur == -* ]]; then
    local options="" p=$path
    while :; do
      options+=" ${_NAME_options[$p]:-}"
      [[ $p == *" "* ]] || break
      p=${p% *}
    done
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    return 0
  fi
  if ((npos == 0)) && [[ -n ${_NAME_commands[$path]:-} ]]; then
    mapfile -t COMPREPLY < <(compgen -W "${_NAME_commands[$path]}" -- "$cur")
    return 0
  fi
  if [[ -n ${_NAME_positionals["$path#$npos"]+x} ]]; then
    _NAME_offer "${_NAME_positionals["$path#$npos"]}" "$cur"
  else
    _NAME_offer "${_NAME_positionals["$path#*"]:-}" "$cur"
  fi
}
)";

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// --- zsh

// `text` as an _arguments explanation or _describe description: one line, brackets and colons
// escaped.
std::string ZshDescription(const std::string& text) {
  std::string out;
  for (char c : Summary(text)) {
    if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string ZshFunction(const std::string& prefix, const CommandRef& command) {
  return command.path.empty() ? prefix : prefix + "_" + Identifier(Join(command.path, "_"));
}

struct ZshWriter {
  std::string prefix;
  std::string helpers;  // the _describe functions of described choices
  std::string functions;

  // The action completing `option`'s value; may add a helper function named after `owner`.
  std::string Action(const OptionRef& option, const std::string& owner) {
    if (option.kind == ValueKind::kFile) return "_files";
    if (option.kind != ValueKind::kChoice) return " ";
    bool described = false;
    std::vector<std::string> words;
    for (const Choice& choice : option.choices) {
      described = described || !choice.description.empty();
      words.push_back(choice.value);
    }
    if (!described) return "(" + Join(words) + ")";
    const std::string name =
        owner + "_" + Identifier(option.positional.empty() ? option.flags.back() : option.positional);
    helpers += name + "() {\n  local -a choices=(\n";
    for (const Choice& choice : option.choices) {
      helpers += "    " + Quote(ReplaceAll(choice.value, ":", "\\:") + ":" +
                           Summary(choice.description)) + "\n";
    }
    helpers += "  )\n  _describe -t values " + Quote(option.value_name) + " choices\n}\n\n";
    return name;
  }

  std::vector<std::string> Specs(const OptionRef& option, const std::string& owner) {
    std::vector<std::string> specs;
    const std::string explanation = "[" + ZshDescription(option.description) + "]";
    const std::string message = option.positional.empty() ? option.value_name : option.ArgumentName();
    const std::string value =
        option.takes_value() ? ":" + message + ":" + Action(option, owner) : "";
    if (!option.positional.empty()) {
      specs.push_back(Quote((option.repeatable ? "*" : option.required ? "" : ":") + value));
      return specs;
    }
    std::string exclusion;
    if (option.flags.size() > 1 && !option.repeatable) exclusion = "(" + Join(option.flags) + ")";
    if (option.flags.back() == "--version") exclusion = "(- *)";
    for (const std::string& flag : option.flags) {
      const std::string suffix = !option.takes_value() ? "" : flag.size() == 2 ? "+" : "=";
      specs.push_back(
          Quote((option.repeatable ? "*" : exclusion) + flag + suffix + explanation + value));
    }
    return specs;
  }

  // One function per command; `inherited` are the options of the commands above (fallthrough).
  void Add(const CommandRef& command, std::vector<const OptionRef*> inherited) {
    const std::string name = ZshFunction(prefix, command);
    std::vector<std::string> specs = {Quote("(- *)-h[Print help and exit]"),
                                      Quote("(- *)--help[Print help and exit]")};
    std::vector<const OptionRef*> options;
    for (const OptionRef& option : command.options) {
      if (option.positional.empty()) inherited.push_back(&option);
    }
    options = inherited;
    for (const OptionRef* positional : command.Positionals()) options.push_back(positional);
    for (const OptionRef* option : options) {
      // A positional is numbered by its place: "1:NAME:action" (a leading ':' marks it optional).
      std::vector<std::string> more = Specs(*option, name);
      specs.insert(specs.end(), more.begin(), more.end());
    }
    const bool has_commands = !command.subcommands.empty();
    if (has_commands) {
      specs.push_back(Quote("1: :->command"));
      specs.push_back(Quote("*:: :->args"));
    }
    std::string body = name + "() {\n";
    body += "  local curcontext=$curcontext state state_descr line ret=1\n";
    body += "  typeset -A opt_args\n";
    body += "  _arguments -C -s -S \\\n    " + Join(specs, " \\\n    ") + " && ret=0\n";
    if (has_commands) {
      body += "  case $state in\n    command)\n      local -a commands=(\n";
      for (const CommandRef& sub : command.subcommands) {
        body += "        " +
                Quote(sub.path.back() + ":" + Summary(sub.description)) + "\n";
      }
      body += "      )\n      _describe -t commands " + Quote(command.name + " command") +
              " commands && ret=0\n      ;;\n    args)\n";
      body += "      curcontext=${curcontext%:*:*}:" + Identifier(command.name) + "-$words[1]:\n";
      body += "      case $words[1] in\n";
      for (const CommandRef& sub : command.subcommands) {
        body += "        " + Quote(sub.path.back()) + ") " + ZshFunction(prefix, sub) +
                " && ret=0 ;;\n";
      }
      body += "      esac\n      ;;\n  esac\n";
    }
    body += "  return ret\n}\n\n";
    functions = body + functions;
    for (const CommandRef& sub : command.subcommands) Add(sub, inherited);
  }
};

}  // namespace

std::string RenderBashCompletion(const CommandRef& program) {
  const std::string id = Identifier(program.name);
  std::string out = "# bash completion for " + program.name + ", generated by `" + program.name +
                    " _generate bash` from the definitions behind --help.\n";
  std::string commands, options, values, positionals;
  std::vector<const CommandRef*> all = AllCommands(program);
  all.insert(all.begin(), &program);
  for (const CommandRef* command : all) {
    const std::string& key = command->name;
    std::vector<std::string> subs;
    for (const CommandRef& sub : command->subcommands) subs.push_back(sub.path.back());
    if (!subs.empty()) commands += "  [" + Quote(key) + "]=" + Quote(Join(subs)) + "\n";
    // -h and --help only once, with the program's options, which every command also takes.
    std::vector<std::string> flags;
    if (command->path.empty()) flags = {"-h", "--help"};
    int position = 0;
    for (const OptionRef& option : command->options) {
      if (!option.positional.empty()) {
        const std::string index = option.repeatable ? "*" : std::to_string(position++);
        positionals += "  [" + Quote(key + "#" + index) + "]=" +
                       Quote(option.takes_value() ? BashKind(option) : "v") + "\n";
        continue;
      }
      for (const std::string& flag : option.flags) {
        flags.push_back(flag);
        if (option.takes_value()) {
          values += "  [" + Quote(key + "|" + flag) + "]=" + Quote(BashKind(option)) + "\n";
        }
      }
    }
    options += "  [" + Quote(key) + "]=" + Quote(Join(flags)) + "\n";
  }
  out += "declare -gA _" + id + "_commands=(\n" + commands + ")\n";
  out += "declare -gA _" + id + "_options=(\n" + options + ")\n";
  out += "declare -gA _" + id + "_values=(\n" + values + ")\n";
  out += "declare -gA _" + id + "_positionals=(\n" + positionals + ")\n";
  out += ReplaceAll(ReplaceAll(kBashFunction, "_NAME", "_" + id), "@PROGRAM@", Quote(program.name));
  out += "complete -F _" + id + " " + program.name + "\n";
  return out;
}

std::string RenderZshCompletion(const CommandRef& program) {
  ZshWriter writer;
  writer.prefix = "_" + Identifier(program.name);
  writer.Add(program, {});
  std::string out = "#compdef " + program.name + "\n";
  out += "# zsh completion for " + program.name + ", generated by `" + program.name +
         " _generate zsh` from the definitions behind --help.\n\n";
  out += writer.helpers + writer.functions;
  // Autoloaded from $fpath: complete now; sourced by hand: register the function.
  out += "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n  " + writer.prefix +
         " \"$@\"\nelse\n  compdef " + writer.prefix + " " + program.name + "\nfi\n";
  return out;
}

}  // namespace newsarchive
