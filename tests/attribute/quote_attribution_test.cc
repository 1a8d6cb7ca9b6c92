// One table test per pattern of issue 13: who the direct and reported quotes of a story's prose
// are credited to, through AttributeRun as AttributeProse calls it.
#include "attribute/quote_attribution.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "attribute/prose_test_util.h"

namespace newsarchive {
namespace {

using testing_util::Attribute;
using Lines = std::vector<std::string>;

struct Case {
  Lines paragraphs;
  Lines found;
};

void Check(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Attribute(c.paragraphs), c.found) << c.paragraphs[0];
}

TEST(QuoteAttribution, SaidAfterAndBefore) {
  Check({
      {{"\"We cannot keep waiting,\" said Mayor Denise Harlow, who cast the vote."},
       {"direct Denise Harlow: We cannot keep waiting"}},
      {{"Mayor Denise Harlow spoke.", "\"This is a tax,\" Harlow said."},
       {"direct Denise Harlow: This is a tax"}},
      {{"Jenna Whitfield, a spokeswoman for the bureau, said: \"Crews will begin in the fall.\""},
       {"direct Jenna Whitfield: Crews will begin in the fall."}},
      {{"\"Why now?\" asked Councilman Rafael Ortiz."}, {"direct Rafael Ortiz: Why now?"}},
  });
}

TEST(QuoteAttribution, TheManyVerbsOfSaying) {
  Check({
      {{"\"We will rebuild,\" Mayor Ada Lind told reporters."},
       {"direct Ada Lind: We will rebuild"}},
      {{"\"It is late,\" added Sen. Ada Lind."}, {"direct Ada Lind: It is late"}},
      {{"\"Plans change,\" Mayor Ada Lind wrote in an email."}, {"direct Ada Lind: Plans change"}},
      {{"\"Costs will rise,\" Sen. Ada Lind warned."}, {"direct Ada Lind: Costs will rise"}},
      {{"\"I was there,\" recalled Sen. Ada Lind."}, {"direct Ada Lind: I was there"}},
      {{"\"It is not over,\" Sen. Ada Lind insisted."}, {"direct Ada Lind: It is not over"}},
      {{"\"The fund is empty,\" explained Sen. Ada Lind."}, {"direct Ada Lind: The fund is empty"}},
      {{"\"The fund is empty,\" according to Sen. Ada Lind."},
       {"direct Ada Lind: The fund is empty"}},
  });
}

TEST(QuoteAttribution, SplitQuotesAreOneQuote) {
  Check({
      {{"Mayor Denise Harlow spoke.",
        "\"We heard from hundreds,\" she said, \"and most of them asked us to act now.\""},
       {"direct Denise Harlow: We heard from hundreds, and most of them asked us to act now."}},
      {{"\"A start,\" said Sen. Ada Lind, a Democrat, \"but only a start.\""},
       {"direct Ada Lind: A start, but only a start."}},
  });
}

TEST(QuoteAttribution, PronounsOnlyWhenUnambiguous) {
  Check({
      {{"Commissioner Theo Marchetti disagreed with the delay. He told reporters the county had "
        "studied the plan for a year. \u201CAt some point, studying becomes stalling,\u201D he "
        "said."},
       {"reported Theo Marchetti: the county had studied the plan for a year",
        "direct Theo Marchetti: At some point, studying becomes stalling"}},
      // Two people named just before: "he" is no one.
      {{"Mayor Tom Ames met Sen. Bo Lind on Monday.", "\"It went well,\" he said."},
       {"direct : It went well"}},
      // Ms. and Mr. tell them apart.
      {{"Ms. Ada Ames met Mr. Bo Lind on Monday.", "\"It went well,\" she said."},
       {"direct Ada Ames: It went well"}},
      // A name that is no one of the story's people makes "she" ambiguous.
      {{"Mayor Ada Ames met Lea Horn on Monday.", "\"It went well,\" she said."},
       {"direct : It went well"}},
  });
}

TEST(QuoteAttribution, AQuoteAloneIsWhoeverSpokeJustBefore) {
  Check({
      {{"\"Nobody is against baseball,\" Commission Chair Lorraine Beaulieu said. \"We are against "
        "signing a check we have not read.\""},
       {"direct Lorraine Beaulieu: Nobody is against baseball",
        "direct Lorraine Beaulieu: We are against signing a check we have not read."}},
      {{"Sen. Ada Lind said the fund was empty.", "\"We spent it all.\""},
       {"reported Ada Lind: the fund was empty", "direct Ada Lind: We spent it all."}},
      // Not when a sentence with no one speaking comes between.
      {{"\"We spent it,\" Sen. Ada Lind said. The fund is empty. \"It is gone.\""},
       {"direct Ada Lind: We spent it", "direct : It is gone."}},
  });
}

TEST(QuoteAttribution, QuotesOverParagraphs) {
  Check({
      {{"Retired teacher Oskar Lindqvist, 71, spoke.", "\"I have paid every bill. I ask no favor.",
        "\"I ask you to remember that a pension does not rise,\" Lindqvist said."},
       {"direct Oskar Lindqvist: I have paid every bill. I ask no favor.\n\nI ask you to "
        "remember that a pension does not rise"}},
  });
}

TEST(QuoteAttribution, StraightAndCurlyMarksAndQuotesWithinQuotes) {
  Check({
      {{"\u201CEvery month we lose counts,\u201D said Mayor Ada Lind."},
       {"direct Ada Lind: Every month we lose counts"}},
      {{"\"He told me 'no way,'\" said Mayor Ada Lind."},
       {"direct Ada Lind: He told me 'no way,'"}},
  });
}

TEST(QuoteAttribution, UnnamedSourcesKeepTheirDescription) {
  Check({
      {{"\"It was a long time coming,\" a bureau engineer said after the vote."},
       {"direct (a bureau engineer): It was a long time coming"}},
      {{"\"The road is closed,\" officials said."}, {"direct (officials): The road is closed"}},
      {{"\"We are reviewing it,\" the Portville Water Bureau said."},
       {"direct (the Portville Water Bureau): We are reviewing it"}},
  });
}

TEST(QuoteAttribution, TheMayorIsTheOneWhoseRoleIsMayor) {
  Check({
      {{"Mayor Denise Harlow voted yes.", "\"We had no choice,\" the mayor said."},
       {"direct Denise Harlow: We had no choice"}},
  });
}

TEST(QuoteAttribution, ScareQuotesAndTitlesAreNoQuotes) {
  Check({
      {{"Residents have taken to calling it the \"water wars\" over the plant."}, {}},
      {{"She appeared on \"Meet the Press\" on Sunday."}, {}},
      {{"The so-called \"rainy day fund\" is empty, Sen. Ada Lind said."},
       {"reported Ada Lind: The so-called \"rainy day fund\" is empty"}},
  });
}

TEST(QuoteAttribution, ReportedSpeech) {
  Check({
      {{"Harlow said the city would open a discount program for low-income households."}, {}},
      {{"Mayor Denise Harlow said the city would open a discount program in July."},
       {"reported Denise Harlow: the city would open a discount program in July"}},
      {{"Jenna Whitfield, a spokeswoman, spoke.",
        "According to Whitfield, the plant will cost about $48 million."},
       {"reported Jenna Whitfield: the plant will cost about $48 million"}},
      {{"Economist Hana Novak, of Ferris State University, says such projects rarely pay."},
       {"reported Hana Novak: such projects rarely pay"}},
      // Reported speech needs a named speaker.
      {{"Officials said the road would reopen on Monday."}, {}},
      // A partial quote inside it is the speaker's own words.
      {{"Sen. Ada Lind said the plan was \"a disaster for working families.\""},
       {"reported Ada Lind: the plan was \"a disaster for working families.\"",
        "direct Ada Lind: a disaster for working families."}},
  });
}

TEST(QuoteAttribution, ReportedSpeechAfterThePersonToldARelativeOrABody) {
  Check({
      // The person told ends before a possessive that opens the clause.
      {{"Parent Corinne Yates told the board her son had to quit his job."},
       {"reported Corinne Yates: her son had to quit his job"}},
      // "that" followed by a verb is the clause's subject, not a conjunction.
      {{"Manager Lucinda Otero said that was a question for the front office."},
       {"reported Lucinda Otero: that was a question for the front office"}},
      {{"Manager Lucinda Otero said that the team was tired."},
       {"reported Lucinda Otero: the team was tired"}},
      // "X, who told reporters that ...": the relative "who" stands for the name before it.
      {{"The talks were led by Deputy Minister Oleksa Dravik, who told reporters that his "
        "government would not accept the limit."},
       {"reported Oleksa Dravik: his government would not accept the limit"}},
      // "Name of Body said".
      {{"Analyst Teodora Vasic of Halvard Research said outages push customers away."},
       {"reported Teodora Vasic: outages push customers away"}},
      // A partial quote makes a short clause long enough.
      {{"Judge Margarethe Yilmaz wrote that the commission \"treated the review as a "
        "formality.\""},
       {"reported Margarethe Yilmaz: the commission \"treated the review as a formality.\"",
        "direct Margarethe Yilmaz: treated the review as a formality."}},
  });
}

TEST(QuoteAttribution, ARelativeWhoMakesAFullNameAPerson) {
  Check({
      {{"The double came off reliever Kaito Brennan, who gave up two runs in the eighth.",
        "Brennan said he felt fine physically."},
       {"reported Kaito Brennan: he felt fine physically"}},
      // A company is no person, whatever it says.
      {{"The developer, Corrigan Logistics, said it would appeal the ruling."}, {}},
  });
}

TEST(QuoteAttribution, FormsMetOnRealPages) {
  Check({
      // A qualifier before the title, and "once" between the name and the verb.
      {{"\"Over my dead body,\" former Associate Justice Ada Lind once said."},
       {"direct Ada Lind: Over my dead body"}},
      // A one-word body before the job words after an inverted verb.
      {{"\"For the record,\" said U.S. policy reporter Bo Lind, \"we checked.\""},
       {"direct Bo Lind: For the record, we checked."}},
      // "Mr. Tuttle" is the one full name the text gives that surname.
      {{"John Tuttle spent the spring at his lake house.",
        "\"It was quiet,\" Mr. Tuttle said in an interview."},
       {"direct John Tuttle: It was quiet"}},
      // A surname credited with words, when the text gives it one full name.
      {{"Al-Monitor's Laura Rozen broke the story first.", "\"We both had it,\" Rozen tweeted."},
       {"direct Laura Rozen: We both had it"}},
      // "though he said", "did say".
      {{"Director Jim Cole called it proper, though he said it would need approval."},
       {"reported Jim Cole: it would need approval"}},
      {{"Director Jim Cole did say that the plan would need approval."},
       {"reported Jim Cole: the plan would need approval"}},
      // "this" opens the clause unless a time word follows it.
      {{"Election expert Dan Becker says this was not a surprise."},
       {"reported Dan Becker: this was not a surprise"}},
      {{"Election expert Dan Becker said this week the case was weak."},
       {"reported Dan Becker: the case was weak"}},
  });
}

TEST(QuoteAttribution, MoreFormsMetOnRealPages) {
  Check({
      // An attribution between commas inside the clause.
      {{"Sen. Ada Lind spoke first.", "The catch limits, she says, were left to a commission."},
       {"reported Ada Lind: The catch limits were left to a commission"}},
      // The person told after a closing attribution.
      {{"The man ran into the post office, Chief Pat Thessing told reporters."},
       {"reported Pat Thessing: The man ran into the post office"}},
      // "said of X that ...".
      {{"Sen. Ada Lind said of the plan that it was late."},
       {"reported Ada Lind: it was late"}},
      // "no one" opens a clause.
      {{"Chief Pat Thessing said no one else was hurt."},
       {"reported Pat Thessing: no one else was hurt"}},
      // After "told X that" the quote is the clause and the speaker's words.
      {{"President Ada Duda told the Associated Press that \"it is highly probable.\""},
       {"reported Ada Duda: \"it is highly probable.\"", "direct Ada Duda: it is highly probable."}},
  });
}

TEST(QuoteAttribution, PrecisionGuardsMetOnRealPages) {
  Check({
      // ", she said" closing what a man named before the comma did: not his words.
      {{"Sgt. Maggie Bentzen spoke to reporters. Officer Tim Stewart went in, Sgt. Bentzen said.",
        "Rob Smith then walked away and shot himself, she said."},
       {"reported Maggie Bentzen: Officer Tim Stewart went in"}},
      // Two full names share the surname: "Goodman" alone is no one.
      {{"Amy Goodman wrote the book with co-writer David Goodman, a journalist.",
        "\"There is a hunger,\" Goodman said."},
       {"direct (Goodman): There is a hunger"}},
      // "the president" is someone too: "he" is not the only name in the sentence.
      {{"The president defended Ambassador Susan Rice, and he said he had not decided."}, {}},
      // A verb that takes a noun as object needs a finite clause.
      {{"Sen. Bo Lind spoke first.", "He later added energy and housing as priorities."}, {}},
      {{"Sen. Bo Lind spoke first.", "He later added the plan was too slow."},
       {"reported Bo Lind: the plan was too slow"}},
  });
}

TEST(QuoteAttribution, FormsMetOnTheSecondBlindSet) {
  Check({
      // A street or a body, a job word or a title, then the person: the person speaks.
      {{"\"The water came fast,\" said Alder Lane resident Marta Quill as she watched."},
       {"direct Marta Quill: The water came fast"}},
      {{"\"We moved the cars,\" explained Portville Police Lt. Ada Brun."},
       {"direct Ada Brun: We moved the cars"}},
      // A party and state in parentheses between a name and its verb.
      {{"Sen. Dana Pike (D-Ore.) said she was pleased with the vote."},
       {"reported Dana Pike: she was pleased with the vote"}},
      // A full name opening a sentence, no title or role, then "he said": a person.
      {{"Piet Arlo thanked the volunteers at the school.",
        "\"We could not have done it alone,\" he said."},
       {"direct Piet Arlo: We could not have done it alone"}},
      {{"The Minister for Water and Roads, Kwame Osei Lartey, has rejected the claim. Rather, he "
        "explained that the dam was inspected in May."},
       {"reported Kwame Osei Lartey: the dam was inspected in May"}},
      // Two such names before "he said": no one.
      {{"Piet Arlo met Jon Sveen at the school.", "\"We could not have done it alone,\" he said."},
       {"direct : We could not have done it alone"}},
  });
}

TEST(QuoteAttribution, VerbsOfTwoWordsAndParticiples) {
  Check({
      {{"Mayor Ruth Dale went on to say that the levee was safe."},
       {"reported Ruth Dale: the levee was safe"}},
      {{"Chief Omar Sills pointed out that the pumps had failed."},
       {"reported Omar Sills: the pumps had failed"}},
      {{"Chief Omar Sills confirms that the school is closed."},
       {"reported Omar Sills: the school is closed"}},
      // "pointed" without its "out" says nothing.
      {{"Chief Omar Sills pointed to the pumps that had failed."}, {}},
      // ", saying, '...'": the sentence's subject said it.
      {{"Chief Omar Sills spoke to reporters, saying, \"We will stay all night.\""},
       {"direct Omar Sills: We will stay all night."}},
      // Two apostrophes typed for a quotation mark, and a second half in lowercase after the
      // cue with no comma: one quote.
      {{"Chief Omar Sills spoke.",
        "\u201cStill\u201d, he added \u201cthe pumps must be replaced.\u201d"},
       {"direct Omar Sills: Still the pumps must be replaced."}},
      {{"Chief Omar Sills spoke.", "''The pumps failed twice,\u201d he said."},
       {"direct Omar Sills: The pumps failed twice"}},
  });
}

TEST(QuoteAttribution, AndWithoutACommaStartsAClauseOnlyAfterOneEnds) {
  Check({
      {{"Mayor Ruth Dale and Chief Omar Sills toured the levee.",
        "The council voted 5-2 and Dale said the levee would hold."},
       {"reported Ruth Dale: the levee would hold"}},
      {{"Mayor Ruth Dale and Chief Omar Sills toured the levee.",
        "\"It held,\" Dale said and Sills said it would be checked again."},
       {"direct Ruth Dale: It held", "reported Omar Sills: it would be checked again"}},
      // Two subjects of one verb: neither alone said it.
      {{"Mayor Ruth Dale and Chief Omar Sills toured the levee.",
        "The mayor and Sills said the levee would hold."},
       {}},
  });
}

TEST(QuoteAttribution, AJobWithItsAdjectivesIsTheOnePersonWithThatRole) {
  Check({
      {{"Ruritanian President Ivo Sorel visited the port.",
        "\"The port is open,\" said the Ruritanian president."},
       {"direct Ivo Sorel: The port is open"}},
      {{"Ivo Sorel, the Ruritanian foreign minister, visited the port.",
        "\"The port is open,\" concluded the Ruritanian foreign minister."},
       {"direct Ivo Sorel: The port is open"}},
      // The adjective is not in his role: someone unnamed.
      {{"President Ivo Sorel visited the port.",
        "\"The port is open,\" said the former president."},
       {"direct (the former president): The port is open"}},
      // Two ministers: someone unnamed.
      {{"Ivo Sorel, the Ruritanian foreign minister, and Pal Orm, the Ruritanian prime minister, "
        "visited the port.",
        "\"The port is open,\" said the Ruritanian foreign minister."},
       {"direct (the Ruritanian foreign minister): The port is open"}},
  });
}

TEST(QuoteAttribution, ATurnsOwnWordsAreNoProseQuoteOfItsSpeaker) {
  Article a;
  a.speakers.push_back({"Fred Fleitz", false, {"FRED FLEITZ"}, {}});
  a.speakers.push_back({"Ayesha Rascoe", false, {"RASCOE"}, {}});
  Quote reporter;
  reporter.speaker = 1;
  reporter.text =
      "Fred Fleitz said providing relief has been a red line. Fleitz says it's "
      "possible the U.S. might open an office.";
  Quote own;
  own.speaker = 0;
  own.text = "As Fleitz said then, it is minor. \"It is minor,\" I said. I said it is minor.";
  a.quotes = {reporter, own};
  std::vector<ProseRun> runs = ReadProseRuns(a.quotes);
  ProsePeople people(&a.speakers);
  std::vector<Quote> found;
  for (const ProseRun& run : runs) AttributeRun(run, &people, &found);
  ASSERT_EQ(found.size(), 2u);
  for (const Quote& q : found) {
    EXPECT_EQ(q.kind, QuoteKind::kReported);
    EXPECT_EQ(q.speaker, 0);
    EXPECT_EQ(q.found_in, 0);
  }
  EXPECT_EQ(found[0].text, "providing relief has been a red line");
  EXPECT_EQ(reporter.text.substr(found[1].begin, found[1].end - found[1].begin),
            "it's possible the U.S. might open an office");
}

}  // namespace
}  // namespace newsarchive
