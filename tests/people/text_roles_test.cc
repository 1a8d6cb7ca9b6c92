#include "people/text_roles.h"

#include <gtest/gtest.h>

#include <string>

#include "people/name_key.h"

namespace newsarchive {
namespace {

TEST(TextRoles, FindsSignOffs) {
  struct Case {
    const char* paragraph;
    const char* name;
    const char* organization;
    const char* place;
    size_t begin;
  } cases[] = {
      {"It rained. Ayesha Rascoe, NPR News, Hanoi.", "Ayesha Rascoe", "NPR", "Hanoi", 11},
      {"Ayesha Rascoe, NPR News, Washington, D.C.", "Ayesha Rascoe", "NPR", "Washington, D.C.", 0},
      {"So it goes. Jane Doe, NPR News.", "Jane Doe", "NPR", "", 12},
      {"For NPR News, I'm Jane Doe in Lagos.", "Jane Doe", "NPR", "Lagos", 0},
      {"Done. Jane Doe, CNN, Atlanta.", "Jane Doe", "CNN", "Atlanta", 6},
      {"Done. Iva Kroll, Harbor Public Radio News, Larch Harbor.", "Iva Kroll",
       "Harbor Public Radio", "Larch Harbor", 6},
      {"Done. Jane Doe, NPR News, St. Louis.", "Jane Doe", "NPR", "St. Louis", 6},
  };
  for (const Case& c : cases) {
    SignOff s;
    ASSERT_TRUE(FindSignOff(c.paragraph, &s)) << c.paragraph;
    EXPECT_EQ(s.name, c.name) << c.paragraph;
    EXPECT_EQ(s.organization, c.organization) << c.paragraph;
    EXPECT_EQ(s.place, c.place) << c.paragraph;
    EXPECT_EQ(s.begin, c.begin) << c.paragraph;
  }
  for (const char* p : {"He went to NPR News, in Washington, and left.",
                        "Thanks, Jane Doe, for the NPR tote.", "Plain text.", ""}) {
    SignOff s;
    EXPECT_FALSE(FindSignOff(p, &s)) << p;
  }
}

TEST(TextRoles, FindsSelfIntroductions) {
  struct Case {
    const char* paragraph;
    const char* name;
  } cases[] = {
      {"This is FRESH AIR. I'm Terry Gross.", "Terry Gross"},
      {"I'm Neal Conan, in Washington.", "Neal Conan"},
      {"I'm Dave Davies, filling in for Terry Gross.", "Dave Davies"},
      {"Hey, I'm Kelly McEvers.", "Kelly McEvers"},
      {"And I'm Eric Mennel.", "Eric Mennel"},
      {"Welcome. I`m Carl Azuz at the center.", "Carl Azuz"},
      {"I'm Mary Louise Kelly.", "Mary Louise Kelly"},
      {"I'm not sure about that.", ""},
      {"He said I'm Neal Conan.", ""},
      {"I'm Jed.", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(SelfIntroducedName(c.paragraph), c.name) << c.paragraph;
}

TEST(TextRoles, ReadsRolesAroundNames) {
  struct Case {
    const char* text;
    const char* name;
    const char* roles;  // "title@org/source;..."
  } cases[] = {
      {"Fred Fleitz, a former chief of staff to national security adviser John Bolton, said it.",
       "Fred Fleitz", "former chief of staff to national security adviser John Bolton/text"},
      {"Fred Fleitz, former chief of staff, said it.", "Fred Fleitz", "former chief of staff/text"},
      {"We hear from White House correspondent Ayesha Rascoe today.", "Ayesha Rascoe",
       "White House correspondent/text"},
      {"NPR's national security correspondent Greg Myre reports.", "Greg Myre",
       "national security correspondent@NPR/text"},
      {"Fred Fleitz, who worked there, said it.", "Fred Fleitz", ""},
      {"Fred Fleitz, John Bolton, and others said it.", "Fred Fleitz", ""},
      {"Susan Davis, White House correspondent Asma Khalid, and others.", "Susan Davis", ""},
      {"Spokeswoman Ann Roe, called the Chairman this morning.", "Ann Roe", ""},
      {"Welcome. Brian Roe, a pleasure to meet you.", "Brian Roe", ""},
      {"In the shop this week are\uFFFDfreelance writer Jimi Roe and others.", "Jimi Roe",
       "writer/text"},
  };
  for (const Case& c : cases) {
    std::vector<Speaker> speakers(1);
    speakers[0].name = c.name;
    std::unordered_set<std::string> wanted = {
        NameKey(std::string(c.name).substr(std::string(c.name).rfind(' ') + 1))};
    const std::vector<std::string_view> texts = {c.text};
    NameMentions mentions(texts, wanted);
    AddMentionRoles(texts, texts.size(), mentions, SpeakerIndex(speakers), &speakers);
    std::string got;
    for (const Role& r : speakers[0].roles) {
      got += (got.empty() ? "" : ";") + r.title +
             (r.organization.empty() ? "" : "@" + r.organization) + "/" + RoleSourceName(r.source);
    }
    EXPECT_EQ(got, c.roles) << c.text;
  }
}

TEST(TextRoles, ReadsBios) {
  std::vector<Speaker> speakers(1);
  speakers[0].name = "Ayesha Rascoe";
  speakers[0].roles.push_back({"Byline", "", RoleSource::kLabel});
  const std::vector<std::string_view> texts = {
      "NPR's Ayesha Rascoe reports.",
      "Ayesha Rascoe is a White House correspondent for NPR. She covers it."};
  NameMentions mentions(texts, {NameKey("Rascoe")});
  AddMentionRoles(texts, 1, mentions, SpeakerIndex(speakers), &speakers);
  ASSERT_EQ(speakers[0].roles.size(), 2u);
  EXPECT_EQ(speakers[0].roles[0].organization, "NPR");  // "NPR's Ayesha Rascoe"
  EXPECT_EQ(speakers[0].roles[1].title, "White House correspondent");
  EXPECT_EQ(speakers[0].roles[1].organization, "NPR");
  EXPECT_EQ(speakers[0].roles[1].source, RoleSource::kBio);
}

}  // namespace
}  // namespace newsarchive
