// The table tests of the parser: a story as text, the speakers of its quotes in order, and
// "field=value" checks of what was read (see Check). Shared by the parser's test files.
#ifndef NEWSARCHIVE_TESTS_PARSE_STORY_CASE_H_
#define NEWSARCHIVE_TESTS_PARSE_STORY_CASE_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/transcript_parser.h"

namespace newsarchive {
namespace testing_story {

inline Article MustParse(const std::string& text, const std::string& name = "test.txt") {
  Result<Article> r = ParseTranscript(text, name);
  EXPECT_TRUE(r.ok()) << name << ": " << r.status().ToString();
  return r.ok() ? std::move(*r) : Article();
}

inline std::string SpeakerOf(const Article& a, const Quote& q) {
  return q.speaker < 0 ? "-" : a.speakers[q.speaker].name;
}

// "Name|Name|..." for the speakers of the turns, in order.
inline std::string TurnSpeakers(const Article& a) {
  std::string out;
  for (const Quote& q : a.quotes) {
    if (q.kind != QuoteKind::kTurn) continue;
    if (!out.empty()) out += '|';
    out += SpeakerOf(a, q);
  }
  return out;
}

// The speakers of all quotes in order, "-" for unattributed text: "Jane Doe|-|John Roe".
inline std::string QuoteSpeakers(const Article& a) {
  std::string out;
  for (const Quote& q : a.quotes) {
    if (!out.empty()) out += '|';
    out += SpeakerOf(a, q);
  }
  return out;
}

inline std::string RoleString(const Role& r) {
  std::string out = r.title;
  if (!r.organization.empty()) out += "@" + r.organization;
  return out + "/" + RoleSourceName(r.source);
}

// Checks one expectation written as "field=value" (or "field^=prefix", "field~=substring"):
// title, summary, source, program, dateline, url, published_on, copyright, text[i], label[i],
// annotation[i], interpreter[i] (0/1), line[i], roles[Name] ("Title@Org/source;..."),
// labels[Name] ("A;B"), unidentified[Name] (0/1), speakers (names in order), nowhere (no quote
// contains the value), warnings (substring of some warning), nowarning (of no warning).
inline std::string Check(const Article& a, const std::string& check) {
  size_t eq = check.find('=');
  if (eq == std::string::npos) return "bad check " + check;
  char op = '=';
  std::string key = check.substr(0, eq);
  if (!key.empty() && (key.back() == '^' || key.back() == '~')) {
    op = key.back();
    key.pop_back();
  }
  const std::string want = check.substr(eq + 1);
  std::string field = key;
  std::string arg;
  const size_t bracket = key.find('[');
  if (bracket != std::string::npos) {
    field = key.substr(0, bracket);
    arg = key.substr(bracket + 1, key.size() - bracket - 2);
  }
  std::string got;
  auto quote = [&]() -> const Quote* {
    const size_t i = std::stoul(arg);
    return i < a.quotes.size() ? &a.quotes[i] : nullptr;
  };
  auto speaker = [&]() -> const Speaker* {
    for (const Speaker& s : a.speakers) {
      if (s.name == arg) return &s;
    }
    return nullptr;
  };
  if (field == "title")
    got = a.title;
  else if (field == "summary")
    got = a.summary;
  else if (field == "source")
    got = a.source;
  else if (field == "program")
    got = a.program;
  else if (field == "dateline")
    got = a.dateline;
  else if (field == "url")
    got = a.url;
  else if (field == "published_on")
    got = a.published_on;
  else if (field == "copyright")
    got = a.copyright;
  else if (field == "text" || field == "label" || field == "annotation" || field == "interpreter" ||
           field == "line") {
    const Quote* q = quote();
    if (!q) return "no quote " + arg;
    got = field == "text"          ? q->text
          : field == "label"       ? q->label
          : field == "annotation"  ? q->annotation
          : field == "interpreter" ? std::string(q->via_interpreter ? "1" : "0")
                                   : std::to_string(q->line);
  } else if (field == "roles" || field == "labels" || field == "unidentified") {
    const Speaker* s = speaker();
    if (!s) return "no speaker " + arg;
    if (field == "unidentified") got = s->unidentified ? "1" : "0";
    for (const Role& r : s->roles) {
      if (field == "roles") got += (got.empty() ? "" : ";") + RoleString(r);
    }
    for (const std::string& l : s->labels) {
      if (field == "labels") got += (got.empty() ? "" : ";") + l;
    }
  } else if (field == "speakers") {
    for (const Speaker& s : a.speakers) got += (got.empty() ? "" : "|") + s.name;
  } else if (field == "nowhere") {
    for (const Quote& q : a.quotes) {
      if (q.text.find(want) != std::string::npos) return "found \"" + want + "\" in: " + q.text;
    }
    return "";
  } else if (field == "nowarning") {
    for (const Diagnostic& d : a.warnings) {
      if (d.message.find(want) != std::string::npos) return "unexpected warning: " + d.message;
    }
    return "";
  } else if (field == "warnings") {
    for (const Diagnostic& d : a.warnings) {
      if (d.message.find(want) != std::string::npos) return "";
      got += d.message + "; ";
    }
    return "no warning with \"" + want + "\" in: " + got;
  } else {
    return "unknown field " + field;
  }
  const bool ok = op == '='   ? got == want
                  : op == '^' ? got.rfind(want, 0) == 0
                              : got.find(want) != std::string::npos;
  return ok ? ""
            : key + ": got \"" + got + "\", want " + std::string(1, op == '=' ? '=' : op) + " \"" +
                  want + "\"";
}

struct StoryCase {
  const char* name;
  const char* text;
  const char* quotes;  // QuoteSpeakers of the result
  std::vector<std::string> checks;
};

inline void RunCases(const std::vector<StoryCase>& cases) {
  for (const StoryCase& c : cases) {
    Result<Article> r = ParseTranscript(c.text, "stories/" + std::string(c.name) + ".txt");
    ASSERT_TRUE(r.ok()) << c.name << ": " << r.status().ToString();
    EXPECT_EQ(QuoteSpeakers(*r), c.quotes) << c.name;
    for (const std::string& check : c.checks) {
      const std::string error = Check(*r, check);
      EXPECT_EQ(error, "") << c.name;
    }
  }
}

inline bool HasRole(const Speaker& s, const std::string& needle) {
  for (const Role& r : s.roles) {
    std::string title = r.title;
    for (char& c : title) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
    if (title.find(needle) != std::string::npos) return true;
  }
  return false;
}

}  // namespace testing_story
}  // namespace newsarchive

#endif  // NEWSARCHIVE_TESTS_PARSE_STORY_CASE_H_
