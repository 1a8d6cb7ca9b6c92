#include "people/markers.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive {
namespace {

TEST(Markers, ClassifiesBracketedNotes) {
  struct Case {
    const char* inside;
    NoteKind kind;
  } cases[] = {
      {"SOUNDBITE OF MUSIC", NoteKind::kClip},
      {"SOUNDBITE OF ARCHIVED RECORDING", NoteKind::kClip},
      {"Soundbite of laughter", NoteKind::kClip},
      {"BEGIN VIDEOTAPE", NoteKind::kClip},
      {"END VIDEO CLIP", NoteKind::kClip},
      {"BREAK", NoteKind::kClip},
      {"LAUGHTER", NoteKind::kSound},
      {"Laughter", NoteKind::kSound},
      {"laughs", NoteKind::kSound},
      {"CROSSTALK", NoteKind::kSound},
      {"music", NoteKind::kSound},
      {"STOCK MARKET REPORT", NoteKind::kSound},
      {"RADIOLAB INTRO", NoteKind::kSound},
      {"Sound: The blare of air raid sirens", NoteKind::kSound},
      {"sc", NoteKind::kSound},
      {"scene one", NoteKind::kOther},
      {"Through interpreter", NoteKind::kInterpreter},
      {"through translator", NoteKind::kInterpreter},
      {"Through Translator", NoteKind::kInterpreter},
      {"as Stu Price", NoteKind::kAnnotation},
      {"Singing", NoteKind::kAnnotation},
      {"voice-over", NoteKind::kAnnotation},
      {"ph", NoteKind::kUncertain},
      {"Hydrologist", NoteKind::kOther},
      {"breaking the rules", NoteKind::kOther},
  };
  for (const Case& c : cases) EXPECT_EQ(ClassifyNote(c.inside), c.kind) << c.inside;
}

TEST(Markers, FindsBracketedGroups) {
  EXPECT_EQ(LeadingGroupLength("(LAUGHTER) Yes."), 10u);
  EXPECT_EQ(LeadingGroupLength("[music] la"), 7u);
  EXPECT_EQ(LeadingGroupLength("(a (b) c) d"), 9u);
  EXPECT_EQ(LeadingGroupLength("(unclosed"), 0u);
  EXPECT_EQ(LeadingGroupLength("no group"), 0u);
  EXPECT_EQ(LeadingGroupLength(std::string(1000, '(') + std::string(1000, ')')), 0u);
  EXPECT_EQ(TrailingGroupStart("That's funny. (LAUGHTER)"), 14u);
  EXPECT_EQ(TrailingGroupStart("no group"), std::string_view::npos);
}

TEST(Markers, RecognizesSeparatorsAndNormalizesAnnotations) {
  EXPECT_TRUE(IsSeparatorLine("___"));
  EXPECT_TRUE(IsSeparatorLine("- - -"));
  EXPECT_TRUE(IsSeparatorLine("*****"));
  EXPECT_FALSE(IsSeparatorLine("--"));
  EXPECT_FALSE(IsSeparatorLine("-- and then"));
  EXPECT_EQ(AnnotationText("Singing"), "singing");
  EXPECT_EQ(AnnotationText("As mailman"), "as mailman");
  EXPECT_EQ(AnnotationText("as Stu Price"), "as Stu Price");
  EXPECT_EQ(AnnotationText("VOICE-OVER"), "voice-over");
  EXPECT_EQ(AnnotationText("Rapping."), "rapping");
}

}  // namespace
}  // namespace newsarchive
