#include "attribute/attribution_cues.h"

#include <gtest/gtest.h>

#include <string>

#include "attribute/prose_test_util.h"

namespace newsarchive {
namespace {

using testing_util::ReadText;

// "name Denise Harlow", "pronoun she", "description a bureau engineer", "first i", "none".
std::string Describe(const SourcePhrase& p) {
  switch (p.kind) {
    case SourceKind::kName:
      return "name " + p.name.name;
    case SourceKind::kPronoun:
      return "pronoun " + p.pronoun;
    case SourceKind::kFirstPerson:
      return "first " + p.pronoun;
    case SourceKind::kDescription:
      return "description " + p.description;
    case SourceKind::kNone:
      break;
  }
  return "none";
}

TEST(AttributionCues, CueAfterAQuote) {
  struct Case {
    const char* text;
    const char* source;  // "" when there is no cue
  } cases[] = {
      {"\"We cannot wait,\" said Mayor Denise Harlow, who cast the deciding vote.",
       "name Denise Harlow"},
      {"\"This is a tax,\" Ortiz said.", "name Ortiz"},
      {"\"At some point, studying becomes stalling,\" he said.", "pronoun he"},
      {"\"It was a long time coming,\" a bureau engineer said after the vote.",
       "description a bureau engineer"},
      {"\"Every month counts,\" Vance said in the statement.", "name Vance"},
      {"\"No,\" Jenna Whitfield, a spokeswoman for the bureau, told reporters.",
       "name Jenna Whitfield"},
      {"\"It works,\" according to Whitfield.", "name Whitfield"},
      {"\"Why now?\" asked Ortiz.", "name Ortiz"},
      {"\"It is done,\" officials said.", "description officials"},
      {"\"It is done,\" the Portville Water Bureau said.",
       "description the Portville Water Bureau"},
      {"\"Hello,\" said national security adviser John Bolton.", "name John Bolton"},
      {"\"We won,\" I said.", "first i"},
      {"\"Stop,\" he wrote on Twitter.", "pronoun he"},
      // No cue: no verb of saying, a verb with no subject, a clause.
      {"\"Water wars\" began in May.", ""},
      {"\"A,\" and then the council voted.", ""},
      {"\"It is done,\" after Trump and Kim said so.", ""},
  };
  for (const Case& c : cases) {
    ReadText read(c.text);
    Cue cue;
    const bool found = CueAfter(read.tokens(), read.At("<Q>"), &cue);
    EXPECT_EQ(found ? Describe(cue.source) : "", c.source) << c.text;
  }
}

TEST(AttributionCues, CueBeforeAQuote) {
  struct Case {
    const char* text;
    const char* source;
  } cases[] = {
      {"Jenna Whitfield, a spokeswoman for the Portville Water Bureau, said: \"Crews will "
       "begin.\"",
       "name Jenna Whitfield"},
      {"He told reporters: \"We studied it.\"", "pronoun he"},
      {"In a statement, Vance said, \"We are ready.\"", "name Vance"},
      {"Harlow added that \"the bill gets bigger.\"", "name Harlow"},
      {"According to Whitfield, \"the plant is old.\"", "name Whitfield"},
      {"Fred Fleitz, a former chief of staff to national security adviser John Bolton, said: "
       "\"It is minor.\"",
       "name Fred Fleitz"},
      // A quote inside a clause is no quote introduced by the verb.
      {"Harlow said the plan was \"a disaster.\"", ""},
      {"The council voted: \"yes.\"", ""},
  };
  for (const Case& c : cases) {
    ReadText read(c.text);
    Cue cue;
    const bool found = CueBefore(read.tokens(), read.At("<Q>"), &cue);
    EXPECT_EQ(found ? Describe(cue.source) : "", c.source) << c.text;
  }
}

TEST(AttributionCues, SubjectsOfVerbs) {
  struct Case {
    const char* text;
    const char* verb;
    const char* source;
  } cases[] = {
      {"Councilman Rafael Ortiz, who voted against the increase, said the rates rise.", "said",
       "name Rafael Ortiz"},
      {"Economist Hana Novak, of Ferris State University, who has studied stadium deals, says "
       "they fail.",
       "says", "name Hana Novak"},
      {"The team's owner, Gregory Vance, said in a statement that it hurts.", "said",
       "name Gregory Vance"},
      {"Retired teacher Oskar Lindqvist, 71, told the council he lived there.", "told",
       "name Oskar Lindqvist"},
      {"But Harlow also said the city would act.", "said", "name Harlow"},
      {"On Tuesday, the mayor said the city would act.", "said", "description the mayor"},
      {"A spokesman for Gov. Tina Marsh said the law stands.", "said", ""},
      {"After meeting with Trump, Kim said nothing.", "said", "name Kim"},
      {"Trump and Kim said little.", "said", ""},
      {"Smith was told the plan failed.", "told", ""},
  };
  for (const Case& c : cases) {
    ReadText read(c.text);
    SourcePhrase p;
    const bool found = SubjectOfVerb(read.tokens(), 0, read.At(c.verb), &p);
    EXPECT_EQ(found ? Describe(p) : "", c.source) << c.text;
  }
}

TEST(AttributionCues, AnAppositiveNameAfterADescription) {
  ReadText read("The team's owner, Gregory Vance, said it.");
  SourcePhrase p;
  ASSERT_TRUE(SubjectOfVerb(read.tokens(), 0, read.At("said"), &p));
  EXPECT_EQ(p.name.name, "Gregory Vance");
  EXPECT_EQ(p.role_first, 0u);
  EXPECT_EQ(p.role_last, 3u);  // "The team's owner"
}

}  // namespace
}  // namespace newsarchive
