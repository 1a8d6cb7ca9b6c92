#include "attribute/reported_speech.h"

#include <gtest/gtest.h>

#include <string>

#include "attribute/prose_test_util.h"

namespace newsarchive {
namespace {

using testing_util::ReadText;

// "who: clause" or "" when the sentence reports nothing.
std::string Reported(const char* text) {
  ReadText read(text);
  ReportedClause r;
  if (!FindReportedSpeech(read.tokens(), &r)) return "";
  const std::vector<Token>& t = read.tokens();
  std::string who = r.source.kind == SourceKind::kName      ? r.source.name.name
                    : r.source.kind == SourceKind::kPronoun ? r.source.pronoun
                                                            : r.source.description;
  const std::string clause(
      read.quotes[0].text.substr(t[r.first].begin, t[r.last - 1].end - t[r.first].begin));
  return who + ": " + clause;
}

TEST(ReportedSpeech, FindsTheReportedClause) {
  struct Case {
    const char* text;
    const char* reported;
  } cases[] = {
      {"Harlow said the city would open a discount program in July.",
       "Harlow: the city would open a discount program in July"},
      {"Harlow said that the city would open a program.", "Harlow: the city would open a program"},
      {"Harlow said of the plan that it was late.", "Harlow: it was late"},
      {"Sen. Ada Lind said of the plan that it was late.", "Ada Lind: it was late"},
      {"Fleitz says it's possible the U.S. might open a liaison office.",
       "Fleitz: it's possible the U.S. might open a liaison office"},
      {"He told reporters the county had studied the plan for a year.",
       "he: the county had studied the plan for a year"},
      {"Retired teacher Oskar Lindqvist, 71, told the council he had lived there for decades.",
       "Oskar Lindqvist: he had lived there for decades"},
      {"The team's owner, Gregory Vance, said in a statement that the delay put it at risk.",
       "Gregory Vance: the delay put it at risk"},
      {"Vance told The Associated Press that the team would stay.", "Vance: the team would stay"},
      {"Kathleen Carroll said in 2014 that the tactics were wrong.",
       "Kathleen Carroll: the tactics were wrong"},
      {"According to Whitfield, the plant will cost about $48 million.",
       "Whitfield: the plant will cost about $48 million"},
      {"The plant will cost about $48 million, according to Whitfield.",
       "Whitfield: The plant will cost about $48 million"},
      {"The plant will take three years to build, Whitfield said Tuesday.",
       "Whitfield: The plant will take three years to build"},
      {"Ortiz asked whether the council had read the plan.",
       "Ortiz: whether the council had read the plan"},
      {"Harlow announced that the city would borrow money.", "Harlow: the city would borrow money"},
      // "here" is where it was said, not the clause: the clause is what the comma closes.
      {"The bridge will reopen in May, spokeswoman Ada Lind said here today in a statement.",
       "Ada Lind: The bridge will reopen in May"},
  };
  for (const Case& c : cases) EXPECT_EQ(Reported(c.text), c.reported) << c.text;
}

TEST(ReportedSpeech, IsNoReportedSpeech) {
  for (const char* text : {
           "Jenna Whitfield said: \"Crews will begin replacing the oldest mains.\"",
           "\"This is a tax on the people,\" Ortiz said.",
           "Harlow told him to leave the room at once.",
           "Harlow said nothing about the plan.",
           "Smith was told the plan had failed badly.",
           "Harlow announced the plan on Tuesday night.",
           "Through his interpreter, he said...",
           "After Harlow said she would resign, the council met.",
           "Harlow said so.",
       }) {
    EXPECT_EQ(Reported(text), "") << text;
  }
}

}  // namespace
}  // namespace newsarchive
