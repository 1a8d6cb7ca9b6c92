#include "people/speaker_label.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive {
namespace {

std::string RolesOf(const SpeakerLabel& l) {
  std::string out;
  for (const Role& r : l.roles) {
    if (!out.empty()) out += ";";
    out += r.title;
    if (!r.organization.empty()) out += "@" + r.organization;
  }
  return out;
}

TEST(SpeakerLabel, ParsesTheLabelShapesOfRealTranscripts) {
  struct Case {
    const char* line;
    const char* name;    // name as printed, without honorific or title
    const char* roles;   // "Title@Org;Title"
    const char* speech;  // what follows the label
    bool strong;
    const char* annotation;
  } cases[] = {
      {"AYESHA RASCOE, BYLINE: If the president", "AYESHA RASCOE", "Byline", "If the president",
       true, ""},
      {"STEVE INSKEEP, HOST:", "STEVE INSKEEP", "Host", "", true, ""},
      {"BRET BAIER, FOX NEWS ANCHOR (on camera): Hi", "BRET BAIER", "Anchor@Fox News", "Hi", true,
       "on camera"},
      {"KRISTIN FISHER, FOX NEWS CHANNEL CORRESPONDENT: Good", "KRISTIN FISHER",
       "Correspondent@Fox News Channel", "Good", true, ""},
      {"Ms. JANE ROE (Staff Writer, New Yorker; Author): Great", "JANE ROE",
       "Staff Writer@New Yorker;Author", "Great", true, ""},
      {"SEN. BARACK OBAMA, (D-IL) PRESIDENTIAL CANDIDATE: We", "BARACK OBAMA",
       "Senator;Presidential Candidate@D-IL", "We", true, ""},
      // NBC's pages drop the space after the colon.
      {"CHUCK TODD:This Sunday, a primary.", "CHUCK TODD", "", "This Sunday, a primary.", true, ""},
      {"GOV. CHRIS CHRISTIE:There it is--", "CHRIS CHRISTIE", "Governor", "There it is--", true,
       ""},
      {"NEAL CONAN, host: This is TALK", "NEAL CONAN", "Host", "This is TALK", true, ""},
      {"RENEE MONTAGNE, Host: Good morning.", "RENEE MONTAGNE", "Host", "Good morning.", true, ""},
      {"DAVID BYRNE: Well, yes.", "DAVID BYRNE", "", "Well, yes.", true, ""},
      {"JUAN GONZÁLEZ: Thank you.", "JUAN GONZÁLEZ", "", "Thank you.", true, ""},
      {"PRESIDENT DONALD TRUMP: I think", "DONALD TRUMP", "President", "I think", true, ""},
      {"PRES. DONALD TRUMP: We will", "DONALD TRUMP", "President", "We will", true, ""},
      {"SUPREME LEADER KIM JONG UN: (Through interpreter) And", "KIM JONG UN", "Supreme Leader",
       "(Through interpreter) And", true, ""},
      {"SEN. AMY KLOBUCHAR (D), Minnesota: Right.", "AMY KLOBUCHAR", "Senator@Democrat, Minnesota",
       "Right.", true, ""},
      {"Representative NANCY PELOSI (Democrat, California): We", "NANCY PELOSI",
       "Representative@Democrat, California", "We", true, ""},
      {"GOV. ANDREW CUOMO: Today", "ANDREW CUOMO", "Governor", "Today", true, ""},
      {"REP. JOHN LEWIS: Yes", "JOHN LEWIS", "Representative", "Yes", true, ""},
      {"SECRETARY OF STATE MIKE POMPEO: No", "MIKE POMPEO", "Secretary of State", "No", true, ""},
      {"VICE PRESIDENT MIKE PENCE: Yes", "MIKE PENCE", "Vice President", "Yes", true, ""},
      {"PRIME MINISTER THERESA MAY: We", "THERESA MAY", "Prime Minister", "We", true, ""},
      {"MAYOR BILL DE BLASIO: New", "BILL DE BLASIO", "Mayor", "New", true, ""},
      {"GEN. MARK MILLEY: The", "MARK MILLEY", "General", "The", true, ""},
      {"FIRST LADY MELANIA TRUMP: Thank", "MELANIA TRUMP", "First Lady", "Thank", true, ""},
      {"FORMER PRESIDENT BARACK OBAMA: Hi", "BARACK OBAMA", "Former President", "Hi", true, ""},
      {"Mr. BILL MOYERS (Author, \"Title: Subtitle\"): Well", "BILL MOYERS",
       "Author, \"Title: Subtitle\"", "Well", true, ""},
      {"Mr. JIMI IZRAEL (Writer): Hey", "JIMI IZRAEL", "Writer", "Hey", true, ""},
      {"Ms. NANCY PEARL (Author, \"Book Lust\", TV Show Host, \"Book Lust with Nancy\"): Yes",
       "NANCY PEARL", "Author, \"Book Lust\";TV Show Host, \"Book Lust with Nancy\"", "Yes", true,
       ""},
      {"Dr. JANE ROE (Professor, Yale University): It", "JANE ROE",
       "Doctor;Professor@Yale University", "It", true, ""},
      {"SOLEDAD O'BRIEN, CNN ANCHOR: Good", "SOLEDAD O'BRIEN", "Anchor@CNN", "Good", true, ""},
      {"WOLF BLITZER, CNN ANCHOR (voice-over): The", "WOLF BLITZER", "Anchor@CNN", "The", true,
       "voice-over"},
      {"PAT TILLMAN, ARIZONA CARDINALS, U.S. ARMY: I", "PAT TILLMAN", "Arizona Cardinals@U.S. Army",
       "I", true, ""},
      {"DONALD TRUMP, President of the United States: Thank", "DONALD TRUMP",
       "President of the United States", "Thank", true, ""},
      {"NASSER BRAHIM, Senior Climate Change Planner, Kleinfelder: We", "NASSER BRAHIM",
       "Senior Climate Change Planner@Kleinfelder", "We", true, ""},
      {"YAN BOECHAT, Reporting for VOA: The", "YAN BOECHAT", "Reporter@VOA", "The", true, ""},
      {"Matt Katz: So", "Matt Katz", "", "So", false, ""},
      {"Alison: Right", "Alison", "", "Right", false, ""},
      {"Aliona, Kyiv Resident: We", "Aliona", "Kyiv Resident", "We", false, ""},
      {"Donald Trump (00:03): Thank", "Donald Trump", "", "Thank", true, ""},
      {">> host: welcome back", "host", "", "welcome back", true, ""},
      {"(CROSSTALK) AP: No", "AP", "", "No", true, ""},
      {"(BREAK) JUDY WOODRUFF: Welcome", "JUDY WOODRUFF", "", "Welcome", true, ""},
      {"UNIDENTIFIED PERSON #1: Hey", "UNIDENTIFIED PERSON #1", "", "Hey", true, ""},
      {"Unidentified Man #2: What?", "Unidentified Man #2", "", "What?", true, ""},
      {"UNIDENTIFIED MALE: Go", "UNIDENTIFIED MALE", "", "Go", true, ""},
      {"RASCOE: And", "RASCOE", "", "And", true, ""},
      {"Mr. KYLE: Yes", "KYLE", "", "Yes", true, ""},
      {"S. O'BRIEN: Yes", "S. O'BRIEN", "", "Yes", true, ""},
      {"HOROWITZ-GHAZI: Sure", "HOROWITZ-GHAZI", "", "Sure", true, ""},
      {"  MITCH MCCONNELL:\tWe", "MITCH MCCONNELL", "", "We", true, ""},
      {"KIM KELLEY, Former Teacher, Reading High School: It", "KIM KELLEY",
       "Former Teacher@Reading High School", "It", true, ""},
      {"THE POP UPS: (Singing) La", "THE POP UPS", "", "(Singing) La", true, ""},
      {"CORA LEE reporting: The slip", "CORA LEE", "Reporter", "The slip", true, ""},
      {"KIM JONG UN, NORTH KOREAN LEADER (through translator): We", "KIM JONG UN",
       "North Korean Leader", "We", true, ""},
  };
  for (const Case& c : cases) {
    SpeakerLabel label;
    ASSERT_TRUE(ParseSpeakerLabel(c.line, &label)) << "not parsed: " << c.line;
    EXPECT_EQ(label.name, c.name) << c.line;
    EXPECT_EQ(RolesOf(label), c.roles) << c.line;
    EXPECT_EQ(std::string(c.line).substr(label.speech), c.speech) << c.line;
    EXPECT_EQ(label.strong(), c.strong) << c.line;
    EXPECT_EQ(label.annotation, c.annotation) << c.line;
  }
}

TEST(SpeakerLabel, KeepsTheLabelAndNameAsPrinted) {
  SpeakerLabel label;
  ASSERT_TRUE(ParseSpeakerLabel("PRES. DONALD TRUMP, PRESIDENT: We", &label));
  EXPECT_EQ(label.printed, "PRES. DONALD TRUMP, PRESIDENT");
  EXPECT_EQ(label.name_printed, "PRES. DONALD TRUMP");
  ASSERT_TRUE(ParseSpeakerLabel("Mr. KYLE: We", &label));
  EXPECT_EQ(label.honorific, "Mr.");
  EXPECT_EQ(label.name_printed, "Mr. KYLE");
}

TEST(SpeakerLabel, MarksInterpretersAndGenericSpeakers) {
  SpeakerLabel label;
  ASSERT_TRUE(ParseSpeakerLabel("KIM JONG UN, LEADER (through translator): We", &label));
  EXPECT_TRUE(label.via_interpreter);
  ASSERT_TRUE(ParseSpeakerLabel("UNIDENTIFIED ACTOR #1: Run", &label));
  EXPECT_TRUE(label.generic);
  ASSERT_TRUE(ParseSpeakerLabel("ANNOUNCER: Live", &label));
  EXPECT_TRUE(label.generic);
  ASSERT_TRUE(ParseSpeakerLabel("AYESHA RASCOE, BYLINE: We", &label));
  EXPECT_FALSE(label.generic);
  // A description of someone unnamed, not a name.
  ASSERT_TRUE(ParseSpeakerLabel("U.S. CENSUS BUREAU OFFICIAL: The count", &label));
  EXPECT_TRUE(label.generic);
  ASSERT_TRUE(ParseSpeakerLabel("Army Spokesman: No comment", &label));
  EXPECT_TRUE(label.generic);
  ASSERT_TRUE(ParseSpeakerLabel("KELLI ARENA, CNN JUSTICE CORRESPONDENT: Daryn", &label));
  EXPECT_FALSE(label.generic);
  ASSERT_TRUE(ParseSpeakerLabel("OFFICIAL: Yes", &label));
  EXPECT_TRUE(label.generic);
  ASSERT_TRUE(ParseSpeakerLabel("PRESENTER: First, the news", &label));
  EXPECT_TRUE(label.generic);
  ASSERT_TRUE(ParseSpeakerLabel("AP: Excuse me", &label));
  EXPECT_TRUE(label.generic);
  ASSERT_TRUE(ParseSpeakerLabel("MICHAEL FOX: Hello", &label));
  EXPECT_FALSE(label.generic);
}

TEST(SpeakerLabel, RejectsLinesThatOnlyLookLikeLabels) {
  const char* lines[] = {
      "Next Up:",
      "TRANSCRIPT:",
      "Show Open:",
      "Composer ID: 12345",
      "Episode Date: May 2",
      "Then: a look at the weather",
      "Plus: the news",
      "And finally: a song",
      "3:09 p.m.",
      "00:00:28",
      "5:01 pm The market",
      ": a bare colon",
      "Mitch Part 4: The Return",
      "Field Notes: A Walk",
      "Well, Senator: we disagree",
      "He said this: nothing else",
      "The question is: what now?",
      "http://example.com/a:b",
      "RATIO:3",
      "GUESTS: Senator ANN LEE (R-KY)",
      "Also Present: Representative Hastings",
      "Chuck Todd:This",
      "TODAY 10:30AM",
      "HTTP://EXAMPLE.COM",
      "NBC NEWS (UPDATED):Later",
      "It was, he said, a very long sentence with many words that goes on and on: yes",
      "Why? Because: reasons",
      "a lowercase start: no",
      "(SOUNDBITE OF MUSIC)",
      "Sen. Smith said \"no\": that was it",
      "",
  };
  for (const char* line : lines) {
    SpeakerLabel label;
    EXPECT_FALSE(ParseSpeakerLabel(line, &label)) << "taken as a label: " << line;
  }
}

TEST(SpeakerLabel, PartsInTheProceedingsAreLabelsOfNoPersonOnSight) {
  for (const char* line : {"Q: What?", "A: Nothing.", "QUESTION: On Lisbon?", "Question: And?",
                           "Operator: Our first question.", "Hon. Members: Hear, hear!",
                           "ANSWER: None."}) {
    SpeakerLabel label;
    ASSERT_TRUE(ParseSpeakerLabel(line, &label)) << line;
    EXPECT_TRUE(label.no_person) << line;
    EXPECT_TRUE(label.generic) << line;
    EXPECT_TRUE(label.strong()) << line << ": such a line never continues the turn before it";
  }
  SpeakerLabel label;
  ASSERT_TRUE(ParseSpeakerLabel("QUESTION: Thank you.", &label));
  EXPECT_EQ(label.name, "QUESTION");
  EXPECT_EQ(label.speech, 10u);
  ASSERT_TRUE(ParseSpeakerLabel("UNIDENTIFIED MAN #2: Over here.", &label));
  EXPECT_FALSE(label.no_person) << "an unnamed voice of one story, not a part";
  EXPECT_FALSE(ParseSpeakerLabel("Q, A: no", &label));
}

TEST(SpeakerLabel, LabelShapesAreSeenWhetherOrNotTheLabelIsTaken) {
  struct Case {
    const char* line;
    LabelShape shape;
  };
  const Case cases[] = {
      {"The Thornfield Review: You have said so.", LabelShape::kLabel},
      {"Pellegrino: And then?", LabelShape::kLabel},
      {"MS ADEYEMI-CLARKE: Please.", LabelShape::kLabel},
      {"NOTE: This story was updated.", LabelShape::kFurniture},
      {"Correction: An earlier version misspelled a name.", LabelShape::kFurniture},
      {"Look: the plan is simple.", LabelShape::kNone},
      {"Then: nothing, for almost two hours.", LabelShape::kNone},
      {"In the CROSSFIRE: four weeks and counting.", LabelShape::kNone},
      {"The Bill of Rights: a history.", LabelShape::kNone},
      {"The question is: what now?", LabelShape::kNone},
      {"Part 4: The Return", LabelShape::kNone},
      {"JANE DOE, Reporter: Hello.", LabelShape::kNone},
      {"Pellegrino:", LabelShape::kNone},
      {"10:30 a.m.", LabelShape::kNone},
  };
  for (const Case& c : cases) EXPECT_EQ(LabelShapeOf(c.line), c.shape) << c.line;
}

TEST(SpeakerLabel, HeadlineShapedLinesAreAtMostWeak) {
  SpeakerLabel label;
  ASSERT_TRUE(ParseSpeakerLabel("Ed Helms: An 'Office' Drone Goes To Vegas", &label));
  EXPECT_FALSE(label.strong());
  EXPECT_FALSE(label.has_role);
}

TEST(SpeakerLabel, APhotoCaptionNoteIsNoRole) {
  SpeakerLabel label;
  ASSERT_TRUE(ParseSpeakerLabel("MR. VALDANE (pictured left): May it please the Court.", &label));
  EXPECT_EQ(label.name, "VALDANE");
  EXPECT_TRUE(label.roles.empty());
  EXPECT_FALSE(label.has_role);
}

TEST(SpeakerLabel, HostileInputIsBounded) {
  std::string long_line(5'000'000, 'A');
  long_line += ": tail";
  SpeakerLabel label;
  EXPECT_FALSE(ParseSpeakerLabel(long_line, &label));
  std::string deep(100'000, '(');
  deep += "X: y";
  EXPECT_FALSE(ParseSpeakerLabel(deep, &label));
  std::string parens = "NAME (" + std::string(10'000, 'x') + "): y";
  EXPECT_FALSE(ParseSpeakerLabel(parens, &label));
}

}  // namespace
}  // namespace newsarchive
