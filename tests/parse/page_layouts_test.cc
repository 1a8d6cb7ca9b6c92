// The parser on each layout's pages: lessons from real pages, rewritten with fictional people.
#include <gtest/gtest.h>

#include "parse/story_case.h"

namespace newsarchive {
namespace {

using namespace testing_story;

// Lessons from real pages, rewritten with fictional people.
TEST(TranscriptParser, ReadsNprOrgPageLayout) {
  RunCases({
      {"headline and teaser on the first line, bullets, player, repeats",
       "Harbor Seals Return : Talk Of The Town Seals are back in the bay after decades.\n"
       "NPR logo\n\nHarbor Seals Return\n\n  \u2022 Download\n"
       "  \u2022 <iframe src=\"https://www.example.org/player/embed/1/2\" width=\"100%\">\n"
       "  \u2022 Transcript\nHarbor Seals Return\n\nHarbor Seals Return\n\n"
       "Seals are back in the bay after decades.\n\n\n"
       "This is TALK OF THE TOWN. I'm Nell Carver, in Washington.\n\n"
       "Our guest counts seals.\n\n"
       "Mr. OTTO BRAND (Marine Biologist, Bay Institute): Thanks, Nell.\n\nCARVER: How many?\n",
       "Nell Carver|Otto Brand|Nell Carver",
       {"title=Harbor Seals Return", "summary=Seals are back in the bay after decades.",
        "program=Talk Of The Town", "url=", "nowhere=Download", "nowhere=iframe",
        "roles[Otto Brand]=Marine Biologist@Bay Institute/label", "roles[Nell Carver]=Host/intro"}},
      {"a list of people is not an appositive",
       "Politics Hour\n\nTeaser.\n\nThis episode: congress reporter Ida Vance, court reporter Lev "
       "Ortiz, and editor Mo Reyes.\n\nIDA VANCE, BYLINE: Hi.\n\nLEV ORTIZ, BYLINE: Hello.\n",
       "-|Ida Vance|Lev Ortiz",
       {"roles[Ida Vance]=Byline/label;congress reporter/text",
        "roles[Lev Ortiz]=Byline/label;court reporter/text"}},
  });
}

TEST(TranscriptParser, ReadsCnnPageLayout) {
  RunCases({
      {"site furniture, program line, run-together turns",
       "The Web      Powered by\nsearch box\n\nReturn to Transcripts main page\n\nMorning Desk\n\n"
       "Storm Hits Coast; Mayor Speaks\n\nAired March 3, 2006 - 08:00   ET\n\n"
       "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\n"
       "DANA PRUITT, CNN ANCHOR: Good morning. I`m Dana Pruitt.\n\n"
       "SEN. WALT GREER (R-OH), BUDGET COMMITTEE MEMBER: We act today.\n\n"
       "PRUITT (voice-over): The storm came at night. GREER: It did. Thank you.\n\n"
       "SUBTITLE: Breaking news.\n\nCarried on.\n\n"
       "OWEN LAKE, CNN`S \"LAKE TONIGHT\": Good evening.\n",
       "Dana Pruitt|Walt Greer|Dana Pruitt|Walt Greer|-|Owen Lake",
       {"title=Storm Hits Coast; Mayor Speaks", "program=Morning Desk",
        "summary=", "published_on=2006-03-03", "source=CNN", "annotation[2]=voice-over",
        "text[2]=The storm came at night.", "text[3]=It did. Thank you.",
        "text[4]=SUBTITLE: Breaking news.\n\nCarried on.",
        "roles[Walt Greer]=Senator@R-OH/label;Budget Committee Member/label",
        "roles[Owen Lake]=\"Lake Tonight\"@CNN/label", "roles[Dana Pruitt]=Anchor@CNN/label"}},
  });
}

TEST(TranscriptParser, ReadsPbsPageLayout) {
  RunCases({
      {"short hard-wrapped lines, wrapped labels, labels run into the text",
       "Evening News full episode May 4, 2021\n\n"
       "RITA VOSS: Good evening.\nI'm Rita Voss.\nOn the program tonight: a flood\n"
       "in the valley, and what comes next\nfor the farms along the river.\n"
       "MILO TRASK, Director of Water Planning,\nValley District: We were ready,\n"
       "but not for this much water at once.\nRITA VOSS: Our reporter has more. (BREAK) "
       "PAZ IBARRA: The river rose\novernight and kept rising through\nthe day until noon.\n"
       "NORA LINDT, Co-Author, \"River: A Life\":\nWe saw it coming for years.\n",
       "Rita Voss|Milo Trask|Rita Voss|Paz Ibarra|Nora Lindt",
       {"published_on=2021-05-04",
        "text[0]=Good evening. I'm Rita Voss. On the program tonight: a flood in the valley, "
        "and what comes next for the farms along the river.",
        "roles[Milo Trask]=Director of Water Planning@Valley District/label",
        "text[1]=We were ready, but not for this much water at once.",
        "text[2]=Our reporter has more.", "roles[Nora Lindt]=Co-Author, \"River: A Life\"/label"}},
      {"each label a list item alone on its line, the speech on the lines below",
       "Saturday 4 May 2031\n\nTwo columnists on the flood vote\n\nRead the Full Transcript\n\n"
       "  \u2022 Rita Voss:\n    It has been a long week.\n    Paz, what did you make of it?\n"
       "  \u2022 Paz Ibarra:\n    A long week, yes.\n  \u2022 Rita Voss:\n    And the vote?\n"
       "  \u2022 Paz Ibarra:\n    Close.\n",
       "Rita Voss|Paz Ibarra|Rita Voss|Paz Ibarra",
       {"text[0]=It has been a long week.\n\nPaz, what did you make of it?",
        "nowhere=Read the Full Transcript"}},
  });
}

// A list item with text after its colon is a headline in a list of segments, not a turn.
TEST(TranscriptParser, ABulletedListOfHeadlinesIsNoSetOfLabels) {
  Result<Article> r = ParseTranscript(
      "Evening Rundown for May 4, 2031\n\n\u2022 FLOOD: The River Rises Again; Farms Wait\n"
      "\u2022 VOTE: Council Splits On Levee\n\u2022 SPORTS: Foxes Win\n",
      "rundown.txt");
  if (r.ok()) {
    for (const Quote& q : r->quotes) EXPECT_LT(q.speaker, 0) << q.text;
  }
}

TEST(TranscriptParser, ReadsDatedTeasersAndCopyrightOwners) {
  RunCases({
      {"program line above a dated teaser",
       "Dry Creek\n\nTalk Of The Town\n\nJuly 22, 2008 \u00b7 Creeks ran dry this summer.\n\n"
       "This is TALK OF THE TOWN. I'm Ada Reyes.\n\nMr. BO LINN (Hydrologist): Hi.\n",
       "Ada Reyes|Bo Linn",
       {"program=Talk Of The Town", "published_on=2008-07-22",
        "summary=Creeks ran dry this summer."}},
      {"program and date before the teaser",
       "Ferry Strike\n\nDawn Report, October 12, 2004 \u00b7 Crews walked off the job.\n\n"
       "ANN LEE, HOST: The ferries stopped.\n",
       "Ann Lee",
       {"program=Dawn Report", "published_on=2004-10-12", "summary=Crews walked off the job."}},
      {"member station copyright, bio, sign-off-only turn",
       "River Vote\n\nA town votes.\n\nIVA KROLL, BYLINE: The dam may go.\n\n"
       "KROLL: Iva Kroll, Harbor Public Radio News, Larch Harbor.\n\n"
       "Copyright 2023 Harbor Public Radio. To see more, visit Harbor Public Radio.\n\n"
       "Iva Kroll is a reporter for Harbor Public Radio covering rivers and dams.\n",
       "Iva Kroll",
       {"source=Harbor Public Radio", "dateline=Larch Harbor", "nowarning=has no speech",
        "roles[Iva Kroll]=Byline@Harbor Public Radio/label;Reporter@Harbor Public Radio/signoff"}},
      {"recorded date, page furniture",
       "Call-In Hour\n\nRecorded October 20, 2004. An economist takes calls.\n\n"
       "Leave your feedback\nShare\nCopy URL\n\n>> host: good morning.\n",
       "Host",
       {"published_on=2004-10-20", "summary^=Recorded"}},
      {"appositive stops at the paragraph",
       "Eels\n\nTeaser.\n\nThis is OPEN AIR. I'm Tom Renn, filling in for Marge Hall.\n\n"
       "My guest fished for eels.\n\nTOM RENN: Welcome.\n",
       "Tom Renn|Tom Renn",
       {"roles[Tom Renn]=Host/intro"}},
  });
}

TEST(TranscriptParser, ReadsMixedCaseStationTranscripts) {
  RunCases({
      {"guests named in the text speak once",
       "Friday Politics\n\n( Jane Roe / AP Photo )\n[music]\n"
       "Nina Hale: It's The Nina Hale Show on WRXR. Governor Pratt spoke last night.\n"
       "Governor Pratt: We will fix the bridge.\n"
       "Nina Hale: With us now, city hall reporter Cole Avery and Dee Marsh, co-host of the "
       "podcast \"Town Talk\", who covers the council.\n"
       "Cole Avery: Thanks for having me.\nDee Marsh: Hi.\n"
       "Nina Hale: Ed Stone: the man of the hour, once said no.\n",
       "Nina Hale|Pratt|Nina Hale|Cole Avery|Dee Marsh|Nina Hale",
       {"program=Nina Hale Show", "summary=", "roles[Pratt]=Governor/label",
        "roles[Cole Avery]=city hall reporter/text",
        "roles[Dee Marsh]=co-host of the podcast \"Town Talk\"/text",
        "text[5]=Ed Stone: the man of the hour, once said no."}},
  });
}

TEST(TranscriptParser, ReadsPodcastLayouts) {
  RunCases({
      {"names alone on their lines, first-name labels",
       "Small Questions\n\nWe answer small questions.\n\nRuth:\n\nWait, you're listening...\n\n "
       "\n\n"
       "Cal:\n\nOkay.\n\n \n\nRuth:\n\nHey, I'm Ruth Abel.\n\nDot:\n\nHello.\n\nMark M.:\n\nThis "
       "is me."
       "\n\nCal:\n\n(laughing)\n",
       "Ruth|Cal|Ruth|Dot|Mark M.",
       {"text[4]=This is me."}},
      {"clips that name their speaker",
       "Sound\n\n[SHOW INTRO]\n\nJAY ADLER: She said this thing.\n\n"
       "[ARCHIVE CLIP, Ann Fell: Sound is touch at a distance.]\n\n"
       "ROB KESSLER: Touch at a distance.\n\n[ARCHIVE CLIP, Ann Fell: Touch.]\n\nJAY: Yes.\n",
       "Jay Adler|Ann Fell|Rob Kessler|Ann Fell|Jay Adler",
       {"text[1]=Sound is touch at a distance.", "label[1]=Ann Fell"}},
      {"timestamps after the colon",
       "Briefing\n\nA briefing.\n\nDana Cole: (00:03)\nThank you all.\n\nReporter 1: (00:41)\n"
       "A question.\n\nDana Cole: (01:10) Next.\n",
       "Dana Cole|Reporter 1|Dana Cole",
       {"text[2]=Next.", "unidentified[Reporter 1]=1"}},
      {"names alone on their lines with the speech on the very next line",
       "812: The Ferry\nNote: This show is produced for the ear.\nPrologue: Prologue\n"
       "Ruth Abel\nSo we tried something new today.\nIt went fine.\nCal Brenner\nIt did not.\n"
       "Ruth Abel\nIt mostly did.\nCal Brenner\nFair.\n",
       "Ruth Abel|Cal Brenner|Ruth Abel|Cal Brenner",
       {"text[0]=So we tried something new today. It went fine.", "text[3]=Fair."}},
      {"no headline",
       "JAY ADLER: Hello.\n\nROB KESSLER: Hi.\n",
       "Jay Adler|Rob Kessler",
       {"title=no headline", "warnings=no headline found"}},
  });
}

TEST(TranscriptParser, ReadsMemberStationPages) {
  RunCases({
      {"station header above the player",
       "Bringing The World Home To You\n\n\u00a9 2025 WXYZ Valley Public Radio\n12 Main St\n"
       "Play Live Radio\nNext Up:\n0:00\n0:00 0:00\nAvailable On Air Stations\n\n"
       "Radio Silence In The Valley\n\nSCOTT SIMS, HOST:\n\nThe station went dark.\n\n"
       "JAY SOPH: It's an honor to be here.\n",
       "Scott Sims|Jay Soph",
       {"title=Radio Silence In The Valley", "summary=",
        "copyright=\u00a9 2025 WXYZ Valley Public Radio", "source=WXYZ Valley Public Radio"}},
      {"initials as labels",
       "Street Talk\n\nA teaser.\n\nTerry Gross: Hi. How are you doing?\n\n"
       "Sue Scott: Not bad.\n\nTG: Okay.\n\nSS: No problem.\n",
       "Terry Gross|Sue Scott|Terry Gross|Sue Scott",
       {"labels[Terry Gross]=Terry Gross;TG"}},
  });
}

TEST(TranscriptParser, ReadsOlderAndCaptionForms) {
  RunCases({
      {"reporter labels, curly quotes before a sign-off, a show's sign-off",
       "Ferry Strike\n\nTeaser.\n\n(Soundbite of ferry horn)\n\n"
       "CORA LEE reporting: The slip was empty.\n\nLEE: It read \u201cSaturdays only.\u201d "
       "Cora Lee, NPR News, Seattle.\n\n"
       "PAT ROE: We'll see. For the Evening NewsHour, I'm Pat Roe in Salt Flats.\n",
       "Cora Lee|Cora Lee|Pat Roe",
       {"text[1]=It read \u201cSaturdays only.\u201d", "dateline=Seattle",
        "roles[Cora Lee]=Reporter@NPR/label", "labels[Cora Lee]=CORA LEE;LEE",
        "roles[Pat Roe]=Reporter@Evening NewsHour/signoff", "text[2]=We'll see."}},
      {"bare caption markers",
       "Call-In\n\nTeaser.\n\n>> host: go ahead, caller.\n>> yes, hi. i have a question.\n"
       ">> guest: sure.\n",
       "Host|-|Guest",
       {"text[1]=yes, hi. i have a question.", "nowhere=>>"}},
  });
}

}  // namespace
}  // namespace newsarchive
