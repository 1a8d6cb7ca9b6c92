#include "query/person_lookup.h"

#include <gtest/gtest.h>

#include "query_fixture.h"

namespace newsarchive {
namespace {

using namespace testing_fixture;

TEST(PersonLookup, FindsByFullNameNamePartAliasOrIdInAnyCaseAndWithoutAccents) {
  struct Case {
    const char* typed;
    int64_t id;
  };
  const Case cases[] = {
      {"Lena Okafor", kOkafor},        // full name
      {"lena OKAFOR", kOkafor},        // any case
      {"okafor", kOkafor},             // surname
      {"Lena", kOkafor},               // first name
      {"Okafor Lena", kOkafor},        // parts in any order
      {"Mayor Lena Okafor", kOkafor},  // a label spelling from person_aliases
      {"Juan González", kGonzalez},    // accents as stored
      {"juan gonzalez", kGonzalez},    // accents left out
      {"gonzalez", kGonzalez},         // surname without the accent
      {"GONZÁLEZ", kGonzalez},         // upper case with it
      {"O'Brien", kOBrien},            // apostrophe
      {"obrien", kOBrien},             // without it
      {"Siobhan O\u2019Brien", kOBrien},  // typographic apostrophe
      {"ha-neul", kKimHaNeul},         // a hyphenated part
      {"Kim Ha-neul", kKimHaNeul},
      {"  Tomas   Brennan ", kBrennan},  // stray spaces
      {"1", kOkafor},                  // ids
      {"7", kUnidentified},
      {" 3 ", kGonzalez},
  };
  auto db = FilledDb();
  for (const Case& c : cases) {
    Result<PersonRef> found = FindPerson(*db, c.typed);
    ASSERT_TRUE(found.ok()) << "\"" << c.typed << "\": " << found.status().ToString();
    EXPECT_EQ(found->id, c.id) << "\"" << c.typed << "\"";
  }
  EXPECT_EQ(FindPerson(*db, "gonzalez")->name, "Juan González");
}

TEST(PersonLookup, SeveralMatchesAreAmbiguousAndListedWithIds) {
  auto db = FilledDb();
  Result<PersonRef> kim = FindPerson(*db, "Kim");
  EXPECT_EQ(kim.status().code(), Status::Code::kAmbiguous);
  EXPECT_EQ(kim.status().message(),
            "\"Kim\" matches 2 people: Kim Ha-neul (id 5), Kim Sorensen (id 4); name one by id "
            "or by full name");
  // Either one can still be named.
  EXPECT_EQ(FindPerson(*db, "kim sorensen")->id, kSorensen);
  EXPECT_EQ(FindPerson(*db, "4")->id, kSorensen);
}

TEST(PersonLookup, NoMatchIsNotFoundWithASuggestionWhenANameIsClose) {
  auto db = FilledDb();
  Result<PersonRef> typo = FindPerson(*db, "Okafr");
  EXPECT_EQ(typo.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(typo.status().message(), "no person matches \"Okafr\"; did you mean \"Lena Okafor\"?");

  Result<PersonRef> stranger = FindPerson(*db, "Zebulon Quarry");
  EXPECT_EQ(stranger.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(stranger.status().message(), "no person matches \"Zebulon Quarry\"");

  Result<PersonRef> missing_id = FindPerson(*db, "999");
  EXPECT_EQ(missing_id.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(missing_id.status().message(), "no person with id 999");
}

TEST(PersonLookup, NamePartsMatchWholeWordsOnly) {
  auto db = FilledDb();
  EXPECT_EQ(FindPerson(*db, "Oka").status().code(), Status::Code::kNotFound);
  EXPECT_EQ(FindPerson(*db, "brenna").status().code(), Status::Code::kNotFound);
  EXPECT_EQ(FindPerson(*db, "lena brennan").status().code(), Status::Code::kNotFound)
      << "all parts must belong to the same person";
}

TEST(PersonLookup, UnidentifiedSpeakersAreFoundByIdOnly) {
  auto db = FilledDb();
  EXPECT_EQ(FindPerson(*db, "Unidentified Man #1").status().code(), Status::Code::kNotFound);
  EXPECT_EQ(FindPerson(*db, "unidentified").status().code(), Status::Code::kNotFound);
  EXPECT_EQ(FindPerson(*db, "7")->name, "Unidentified Man #1");
}

TEST(PersonLookup, HostileInputIsOnlyText) {
  auto db = FilledDb();
  for (const char* typed : {"'; DROP TABLE people; --", "%", "_", "\" OR 1=1 --", "' OR ''='"}) {
    Result<PersonRef> found = FindPerson(*db, typed);
    EXPECT_FALSE(found.ok()) << typed;
  }
  EXPECT_EQ(Count(*db, "SELECT count(*) FROM people"), 7);
}

TEST(PersonLookup, EmptyInputIsInvalid) {
  auto db = FilledDb();
  for (const char* typed : {"", "   ", "''", "..."}) {
    EXPECT_EQ(FindPerson(*db, typed).status().code(), Status::Code::kInvalidInput)
        << "\"" << typed << "\"";
  }
}

TEST(PersonLookup, EmptyArchiveFindsNoOne) {
  auto db = MigratedDb();
  EXPECT_EQ(FindPerson(*db, "Okafor").status().code(), Status::Code::kNotFound);
  EXPECT_EQ(FindPerson(*db, "1").status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace newsarchive
