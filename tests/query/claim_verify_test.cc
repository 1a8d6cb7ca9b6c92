#include "query/claim_verify.h"

#include <gtest/gtest.h>

#include "query_fixture.h"

namespace newsarchive {
namespace {

using namespace testing_fixture;

VerifyOutcome Verify(Archive& archive, const std::string& claim,
                     std::optional<int64_t> person = std::nullopt) {
  VerifyRequest request;
  request.claim = claim;
  request.person_id = person;
  Result<VerifyOutcome> outcome = VerifyClaim(archive, request);
  EXPECT_TRUE(outcome.ok()) << outcome.status().ToString();
  return outcome.ok() ? *outcome : VerifyOutcome();
}

TEST(ClaimVerify, TheSameWordsWrittenAnotherWayAreExact) {
  auto db = FilledDb();
  VerifyOutcome outcome = Verify(*db, "\xE2\x80\x9Cthis bridge carries 40,000 people a day\xE2\x80\x9D");
  EXPECT_EQ(outcome.verdict, Verdict::kExact) << outcome.summary;
  ASSERT_FALSE(outcome.matches.empty());
  const VerifyMatch& best = outcome.matches[0];
  EXPECT_EQ(best.speaker, "Lena Okafor");
  EXPECT_EQ(best.person_id, kOkafor);
  EXPECT_EQ(best.article_id, kBridge);
  EXPECT_EQ(best.position, 3);
  EXPECT_EQ(best.text, "This bridge carries forty thousand people a day");
  EXPECT_EQ(outcome.summary,
            "exact: Lena Okafor, \"Harbor Bridge Reopens After Storm Repairs\" (2021-03-04)");
}

TEST(ClaimVerify, AChangedWordIsCloseAndSaysWhatDiffers) {
  auto db = FilledDb();
  VerifyOutcome outcome = Verify(*db, "We replaced every cable and tested each one three times");
  EXPECT_EQ(outcome.verdict, Verdict::kClose) << outcome.summary;
  ASSERT_FALSE(outcome.matches.empty());
  EXPECT_EQ(outcome.matches[0].speaker, "Juan Gonz\xC3\xA1lez");
  EXPECT_NE(outcome.matches[0].differences.find("\"three times\" to \"twice\""), std::string::npos)
      << outcome.matches[0].diff;
  EXPECT_NE(outcome.summary.find("close ("), std::string::npos);
}

TEST(ClaimVerify, WordsOfSomeoneElseAreOtherSpeakerNamingWho) {
  auto db = FilledDb();
  VerifyOutcome outcome = Verify(*db, "we owe them a safe crossing", kBrennan);
  EXPECT_EQ(outcome.verdict, Verdict::kOtherSpeaker) << outcome.summary;
  EXPECT_EQ(outcome.summary.rfind("other-speaker: said by Lena Okafor, not Tomas Brennan", 0), 0u)
      << outcome.summary;
  VerifyOutcome own = Verify(*db, "we owe them a safe crossing", kOkafor);
  EXPECT_EQ(own.verdict, Verdict::kExact) << own.summary;
}

TEST(ClaimVerify, APersonsOwnCloseWordsLeadOverSomeoneElsesExactOnes) {
  auto db = FilledDb();
  AddQuote(*db, kCharter, kSorensen, 5, "We owe them a safer crossing, I would say.");
  VerifyOutcome outcome = Verify(*db, "we owe them a safe crossing", kSorensen);
  EXPECT_EQ(outcome.verdict, Verdict::kClose) << outcome.summary;
  ASSERT_FALSE(outcome.matches.empty());
  EXPECT_EQ(outcome.matches[0].person_id, kSorensen);
}

TEST(ClaimVerify, UnrelatedWordsAreNotFound) {
  auto db = FilledDb();
  VerifyOutcome outcome = Verify(*db, "we will lift every sanction next week");
  EXPECT_EQ(outcome.verdict, Verdict::kNotFound) << outcome.summary;
  EXPECT_EQ(outcome.summary.rfind("not-found", 0), 0u);
  VerifyOutcome nothing = Verify(*db, "zebras juggle");
  EXPECT_EQ(nothing.verdict, Verdict::kNotFound);
  EXPECT_TRUE(nothing.matches.empty());
}

TEST(ClaimVerify, DatesLimitWhereItLooks) {
  auto db = FilledDb();
  VerifyRequest request;
  request.claim = "we owe them a safe crossing";
  request.since = "2022-01-01";
  Result<VerifyOutcome> outcome = VerifyClaim(*db, request);
  ASSERT_TRUE(outcome.ok());
  EXPECT_EQ(outcome->verdict, Verdict::kNotFound) << "the bridge story is from 2021";
}

TEST(ClaimVerify, AClaimWithoutWordsOrTooLongIsRefused) {
  auto db = FilledDb();
  VerifyRequest request;
  request.claim = "\"...\"";
  EXPECT_EQ(VerifyClaim(*db, request).status().code(), Status::Code::kInvalidInput);
  request.claim.clear();
  for (int k = 0; k <= kMaxClaimWords; ++k) request.claim += "word ";
  Result<VerifyOutcome> too_long = VerifyClaim(*db, request);
  EXPECT_EQ(too_long.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(too_long.status().message().find("101 words"), std::string::npos);
}

TEST(ClaimVerify, OnlyTheLimitIsReturnedBestFirst) {
  auto db = FilledDb();
  VerifyRequest request;
  request.claim = "the bridge";
  request.limit = 2;
  Result<VerifyOutcome> outcome = VerifyClaim(*db, request);
  ASSERT_TRUE(outcome.ok());
  ASSERT_EQ(outcome->matches.size(), 2u);
  EXPECT_GE(outcome->matches[0].score, outcome->matches[1].score);
}

}  // namespace
}  // namespace newsarchive
