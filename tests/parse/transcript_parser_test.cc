#include "parse/transcript_parser.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "read/text_decode.h"
#include "parse/story_case.h"

namespace newsarchive {
namespace {

using namespace testing_story;

constexpr const char* kSeedPath = "/work/shared/seeds/000_adae15423d2abf8f.txt";

TEST(TranscriptParser, SeedTranscriptMeetsTheAcceptanceChecks) {
  std::ifstream in(kSeedPath, std::ios::binary);
  if (!in) GTEST_SKIP() << "seed not present at " << kSeedPath;
  std::stringstream bytes;
  bytes << in.rdbuf();
  Result<DecodedText> decoded = DecodeText(bytes.str());
  ASSERT_TRUE(decoded.ok());
  Article a = MustParse(decoded->text, "seed.txt");
  EXPECT_EQ(a.title, "President Trump Meets With North Korean Leader Kim Jong Un In Second Summit");
  EXPECT_EQ(a.summary.rfind("The second summit between", 0), 0u) << a.summary;
  EXPECT_EQ(a.dateline, "Hanoi");
  EXPECT_EQ(a.source, "NPR");
  ASSERT_EQ(a.speakers.size(), 4u);
  EXPECT_EQ(a.speakers[0].name, "Ayesha Rascoe");
  EXPECT_EQ(a.speakers[1].name, "Donald Trump");
  EXPECT_EQ(a.speakers[2].name, "Kim Jong Un");
  EXPECT_EQ(a.speakers[3].name, "Fred Fleitz");
  EXPECT_EQ(TurnSpeakers(a),
            "Ayesha Rascoe|Donald Trump|Ayesha Rascoe|Kim Jong Un|Ayesha Rascoe|Donald Trump|"
            "Ayesha Rascoe|Fred Fleitz|Ayesha Rascoe|Donald Trump|Ayesha Rascoe");
  ASSERT_EQ(a.quotes.size(), 11u);
  EXPECT_EQ(a.quotes[0].text.rfind("If President Trump has any doubts", 0), 0u);
  for (const Quote& q : a.quotes) {
    const bool kim = SpeakerOf(a, q) == "Kim Jong Un";
    EXPECT_EQ(q.via_interpreter, kim) << q.text;
    if (kim) {
      EXPECT_EQ(q.text.rfind("And I truly believe", 0), 0u) << q.text;
    }
    for (const char* chrome : {"Play Live Radio", "0:00", "Transcript provided by NPR",
                               "is a White House correspondent", "NPR News, Hanoi"}) {
      EXPECT_EQ(q.text.find(chrome), std::string::npos) << chrome << " in: " << q.text;
    }
  }
  EXPECT_TRUE(HasRole(a.speakers[1], "president"));
  EXPECT_TRUE(HasRole(a.speakers[2], "supreme leader"));
  EXPECT_TRUE(HasRole(a.speakers[0], "byline"));
  EXPECT_TRUE(HasRole(a.speakers[0], "correspondent") || HasRole(a.speakers[0], "reporter"));
  EXPECT_TRUE(HasRole(a.speakers[3], "chief of staff"));
}

TEST(TranscriptParser, ShortLabelResolvesToFullName) {
  RunCases({
      {"surname after full label",
       "Harbor Ferries Return\n\nThe city restored service.\n\n"
       "MARTA QUILL, BYLINE: The ferries are back.\n\nDESMOND OKAFOR: It took a year.\n\n"
       "QUILL: A year of waiting.\n\nOKAFOR: Yes.\n",
       "Marta Quill|Desmond Okafor|Marta Quill|Desmond Okafor",
       {"labels[Marta Quill]=MARTA QUILL;QUILL", "roles[Marta Quill]=Byline/label"}},
      {"family name first resolves on the first word",
       "Summit Ends\n\nLeaders met.\n\nSUPREME LEADER PAK SONG IL: (Through interpreter) We "
       "came.\n\n"
       "TOM BRISK, BYLINE: He left early.\n\nPAK: (Through interpreter) We leave.\n",
       "Pak Song Il|Tom Brisk|Pak Song Il",
       {"interpreter[2]=1", "text[2]=We leave.", "roles[Pak Song Il]=Supreme Leader/label"}},
      {"honorific short label",
       "A Book Talk\n\nTeaser.\n\nJANE FIELD, host: Welcome.\n\n"
       "Mr. OWEN KYLE (Author, \"Tide\"): Thanks.\n\nFIELD: So.\n\nMr. KYLE: Well.\n",
       "Jane Field|Owen Kyle|Jane Field|Owen Kyle",
       {"labels[Owen Kyle]=Mr. OWEN KYLE;Mr. KYLE", "roles[Owen Kyle]=Author, \"Tide\"/label"}},
      {"initials tell two people with one surname apart",
       "Shuttle Launch\n\n"
       "SALLY O'DARE, CNN ANCHOR: Good morning.\n\nMILES O'DARE, CNN CORRESPONDENT: Hello.\n\n"
       "S. O'DARE: Miles, what do you see?\n\nM. O'DARE: Smoke.\n",
       "Sally O'Dare|Miles O'Dare|Sally O'Dare|Miles O'Dare",
       {"roles[Sally O'Dare]=Anchor@CNN/label", "roles[Miles O'Dare]=Correspondent@CNN/label"}},
      {"first-name label",
       "Radio Hour\n\nTeaser.\n\nLULA BRANDT-OSEI: Hi, I'm Lula.\n\nJED: And I'm Jed.\n\n"
       "LULA: Today we talk about rain.\n",
       "Lula Brandt-Osei|Jed|Lula Brandt-Osei",
       {}},
      {"full name taken from the teaser",
       "Orchard Frost\n\nNPR's Paulina Vrett reports on the frost.\n\n"
       "VRETT: The apples froze.\n\nGRANGER: We lost it all.\n",
       "Paulina Vrett|Granger",
       {"labels[Paulina Vrett]=VRETT", "roles[Paulina Vrett]="}},
      {"full name given only by a label without speech",
       "Title\n\nTeaser.\n\nAYESHA ROWE, BYLINE:\n\n(SOUNDBITE OF MUSIC)\n\nROWE: Hi.\n",
       "Ayesha Rowe",
       {"labels[Ayesha Rowe]=ROWE;AYESHA ROWE", "roles[Ayesha Rowe]=Byline/label",
        "warnings=has no speech"}},
      {"same surname twice without initials stays apart",
       "Twins\n\nTeaser.\n\nANNA BELL: Hi.\n\nCORA BELL: Hello.\n\nBELL: Who am I?\n",
       "Anna Bell|Cora Bell|Bell",
       {"warnings=could be several speakers"}},
  });
}

// A page that prints its headline again in the body, when the headline reads like a label
// ("Ed Miro: A Harbor Pilot's Long Night"): the repeat is the headline, not the guest's turn.
TEST(TranscriptParser, ALineThatRepeatsTheHeadlineIsNeverATurn) {
  RunCases({
      {"headline repeated alone below the headline-and-teaser line",
       "Ed Miro: A Harbor Pilot's Long Night Pilot Ed Miro guided a freighter through fog.\n\n"
       "Ed Miro: A Harbor Pilot's Long Night\n\n"
       "TESS GARLAND, HOST: This is the harbor hour. I'm Tess Garland.\n\n"
       "ED MIRO: The fog came in at midnight.\n\nGARLAND: And then?\n",
       "Tess Garland|Ed Miro|Tess Garland",
       {"title=Ed Miro: A Harbor Pilot's Long Night"}},
      {"headline repeated exactly",
       "Ed Miro: A Harbor Pilot's Long Night\n\nEd Miro: A Harbor Pilot's Long Night\n\n"
       "TESS GARLAND, HOST: Welcome.\n\nED MIRO: Thanks.\n",
       "Tess Garland|Ed Miro",
       {"title=Ed Miro: A Harbor Pilot's Long Night"}},
  });
}

TEST(TranscriptParser, NamesTakeTheSpellingOfTheRunningText) {
  RunCases({
      {"spellings from text",
       "Senate Vote\n\nSenate leader Mitch McDowell and Rep. Rosa DeLuca spoke, as did Juan "
       "Ibáñez.\n\nMITCH MCDOWELL: We vote today.\n\nROSA DELUCA: We object.\n\n"
       "JUAN IBANEZ: Me too.\n\nDOUGLAS MACLEAN: And I.\n",
       "Mitch McDowell|Rosa DeLuca|Juan Ibáñez|Douglas MacLean",
       {}},
  });
}

TEST(TranscriptParser, HostsIntroduceThemselves) {
  RunCases({
      {"intro before labels",
       "Rain Season\n\nThis is TALK OF THE TOWN. I'm Neil Carron, in Washington.\n\n"
       "Today we look at rain.\n\nCARRON: Welcome, Dr. Pell.\n\n"
       "Dr. ADA PELL (Hydrologist): Thanks.\n",
       "Neil Carron|Neil Carron|Ada Pell",
       {"program=Talk of the Town", "summary=", "roles[Neil Carron]=Host/intro",
        "text[0]=This is TALK OF THE TOWN. I'm Neil Carron, in Washington.\n\nToday we look at "
        "rain.",
        "label[0]=", "label[1]=CARRON", "roles[Ada Pell]=Doctor/label;Hydrologist/label"}},
      {"filling in for",
       "Jazz Lives\n\nA teaser about jazz.\n\n"
       "This is OPEN AIR. I'm Dan Dove, filling in for Teri Gross.\n\nMs. ROSE LIN: Hi.\n\n"
       "DOVE: Hello.\n",
       "Dan Dove|Rose Lin|Dan Dove",
       {"summary=A teaser about jazz.", "program=Open Air", "roles[Dan Dove]=Host/intro"}},
      {"labelled host self-intro adds the host role",
       "Morning News\n\nTeaser.\n\nGRAYSON: This is MORNING REPORT. I'm Ann Grayson.\n\n"
       "VOLK: Hi.\n",
       "Ann Grayson|Volk",
       {"program=Morning Report", "roles[Ann Grayson]=Host/intro"}},
  });
}

TEST(TranscriptParser, TextNoOneSaidIsKeptUnattributed) {
  RunCases({
      {"paragraph after the teaser",
       "Storm Watch\n\nA teaser.\n\nA second paragraph no one says.\n\n"
       "HANK ROW, BYLINE: The storm came.\n",
       "-|Hank Row",
       {"text[0]=A second paragraph no one says."}},
      {"clip after a soundbite marker",
       "Speech Day\n\nTeaser.\n\nHANK ROW, BYLINE: Listen.\n\n(SOUNDBITE OF ARCHIVED RECORDING)\n\n"
       "We shall not fail.\n\nAnd we will not.\n\nROW: That was then.\n",
       "Hank Row|-|Hank Row",
       {"text[1]=We shall not fail.\n\nAnd we will not.", "nowhere=SOUNDBITE"}},
      {"laughter does not end a turn",
       "Jokes\n\nTeaser.\n\nHANK ROW, BYLINE: A joke.\n\n(LAUGHTER)\n\nAnother one.\n\n"
       "(BEGIN VIDEOTAPE)\n\nA clip.\n\n(END VIDEOTAPE)\n\nROW: Back.\n",
       "Hank Row|-|Hank Row",
       {"text[0]=A joke.\n\nAnother one.", "text[1]=A clip."}},
  });
}

TEST(TranscriptParser, TurnsCarryContinuationsAndNotes) {
  RunCases({
      {"continuations and notes",
       "Choir Practice\n\nTeaser.\n\nBETH CARO, HOST:\n\nWelcome to the show.\n\nIt is cold.\n\n"
       "UNIDENTIFIED SINGERS: (Singing) La la la.\n\nCARO: (Laughter) That was fun.\n\n"
       "OMAR DUKE: (Laughter).\n\nOMAR DUKE: (as Stu Price) Get out.\n\n"
       "CARO: Kowalczyk (ph) agrees. (LAUGHTER)\n\nDUKE: (Through Translator) Yes.\n",
       "Beth Caro|Unidentified Singers|Beth Caro|Omar Duke|Beth Caro|Omar Duke",
       {"text[0]=Welcome to the show.\n\nIt is cold.", "line[0]=5", "label[0]=BETH CARO, HOST",
        "annotation[1]=singing", "text[1]=La la la.", "text[2]=That was fun.",
        "annotation[3]=as Stu Price", "text[3]=Get out.", "text[4]=Kowalczyk (ph) agrees.",
        "interpreter[5]=1", "text[5]=Yes.", "unidentified[Unidentified Singers]=1",
        "warnings=has no speech"}},
      {"label alone with speech on the next line",
       "Lines\n\nTeaser.\n\nSTEVE MORROW, HOST:\nGood morning.\nMORROW: Again.\n",
       "Steve Morrow|Steve Morrow",
       {"text[0]=Good morning.", "text[1]=Again."}},
      {"label after a marker on the same line",
       "Debate\n\nTeaser.\n\nJUDY WELLS: Welcome.\n\n(CROSSTALK) KB: No.\n\n"
       "(BREAK) JUDY WELLS: We are back.\n",
       "Judy Wells|Kb|Judy Wells",
       {"text[1]=No."}},
  });
}

TEST(TranscriptParser, UnidentifiedSpeakersStayApart) {
  RunCases({
      {"numbered",
       "Street Fair\n\nTeaser.\n\nUNIDENTIFIED PERSON #1: Hot dogs!\n\n"
       "UNIDENTIFIED PERSON #2: Lemonade!\n\nUNIDENTIFIED PERSON #1: Two dollars!\n\n"
       "Unidentified Man #2: What?\n\nUNIDENTIFIED MALE: Move along.\n",
       "Unidentified Person #1|Unidentified Person #2|Unidentified Person #1|"
       "Unidentified Man #2|Unidentified Male",
       {"unidentified[Unidentified Person #2]=1", "unidentified[Unidentified Man #2]=1"}},
  });
}

TEST(TranscriptParser, SignOffsGiveDatelineAndReporterRole) {
  RunCases({
      {"name, NPR News, place",
       "Port Strike\n\nTeaser.\n\nLENA MARSH, BYLINE: The port is shut. Lena Marsh, NPR News, "
       "Lagos, Nigeria.\n\nKOFI ADU: We strike.\n",
       "Lena Marsh|Kofi Adu",
       {"dateline=Lagos, Nigeria", "text[0]=The port is shut.",
        "roles[Lena Marsh]=Byline@NPR/label;Reporter@NPR/signoff", "source=NPR"}},
      {"for NPR News, I'm",
       "Port Strike\n\nTeaser.\n\nLENA MARSH, BYLINE: The port is shut.\n\n"
       "For NPR News, I'm Lena Marsh in St. Louis.\n\nKOFI ADU: We strike.\n",
       "Lena Marsh|Kofi Adu",
       {"dateline=St. Louis", "text[0]=The port is shut."}},
      {"sign-off without place",
       "Port Strike\n\nTeaser.\n\nLENA MARSH, BYLINE: The port is shut. Lena Marsh, NPR News.\n\n"
       "KOFI ADU: We strike.\n",
       "Lena Marsh|Kofi Adu",
       {"dateline=", "text[0]=The port is shut."}},
  });
}

TEST(TranscriptParser, CopyrightEndsTheStoryAndBiosGiveRoles) {
  RunCases({
      {"glued copyright and bio",
       "Bridge Opens\n\nTeaser.\n\nIVY TRENT, BYLINE: It opened. Ivy Trent, NPR News, Denver. "
       "Transcript provided by NPR, Copyright NPR.\n\n"
       "Ivy Trent is a Mountain West correspondent for NPR. She lives in Denver.\n",
       "Ivy Trent",
       {"copyright=Transcript provided by NPR, Copyright NPR.", "source=NPR", "dateline=Denver",
        "roles[Ivy Trent]=Byline@NPR/label;Reporter@NPR/signoff;"
        "Mountain West correspondent@NPR/bio",
        "nowhere=Mountain West"}},
      {"copyright line with year and url",
       "Bridge Opens\n\nTeaser.\n\nIVY TRENT, BYLINE: It opened.\n\n"
       "Copyright 2015 NPR. To see more, visit http://www.npr.org/.\n\nMore stories here.\n",
       "Ivy Trent",
       {"copyright=Copyright 2015 NPR. To see more, visit http://www.npr.org/.", "source=NPR",
        "url=", "nowhere=More stories"}},
      {"cnn copyright",
       "Bridge Opens\n\nTeaser.\n\nIVY TRENT, CNN CORRESPONDENT: It opened.\n\n"
       "Copyright (c) 2019 Cable News Network. All rights reserved.\n",
       "Ivy Trent",
       {"source=CNN", "copyright^=Copyright (c) 2019"}},
  });
}

TEST(TranscriptParser, RolesFromRunningText) {
  RunCases({
      {"appositive and prefix",
       "Trade Talks\n\nTeaser.\n\nNORA VALE, BYLINE: Tom Ashby, a former trade negotiator for the "
       "Commerce Department, says talks stalled. NPR's Nora Vale was there, as was business "
       "correspondent Ruth Ng.\n\nTOM ASHBY: They stalled.\n\nRUTH NG: Indeed.\n\n"
       "NORA VALE: Thanks. Greta Lund, a baker, agrees.\n",
       "Nora Vale|Tom Ashby|Ruth Ng|Nora Vale",
       {"roles[Tom Ashby]=former trade negotiator for the Commerce Department/text",
        "roles[Nora Vale]=Byline@NPR/label", "roles[Ruth Ng]=business correspondent/text",
        "speakers=Nora Vale|Tom Ashby|Ruth Ng"}},
  });
}

TEST(TranscriptParser, PageChromeNeverBecomesText) {
  RunCases({
      {"member station page",
       "Play Live Radio\nNext Up:\n0:00\n0:00 0:00\nAvailable On Air Stations\n\n"
       "Ferry Fares Rise\n\nFares rise again.\n\nDownload\nEmbed\n<iframe src=\"x\"></iframe>\n"
       "Transcript\nNPR logo\n\nFerry Fares Rise\n\nFares rise again.\n\n"
       "Enlarge this image\ntoggle caption\nJane Doe/Getty Images\n\n"
       "CARL BOND, HOST:\n\nFares rise.\n\nBOND: Again.\n",
       "Carl Bond|Carl Bond",
       {"title=Ferry Fares Rise", "summary=Fares rise again.", "nowhere=Getty"}},
      {"cnn page",
       "Return to Transcripts main page\n\nCNN LIVE TODAY\n\nFloods Hit Coast\n\n"
       "Aired May 12, 2005 - 13:30 ET\n\nTHIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS "
       "FINAL FORM AND MAY BE UPDATED.\n\nDORA KEMP, CNN ANCHOR: Good afternoon.\n\n"
       "KEMP: More now.\n",
       "Dora Kemp|Dora Kemp",
       {"published_on=2005-05-12", "source=CNN", "roles[Dora Kemp]=Anchor@CNN/label",
        "nowhere=RUSH", "program=CNN Live Today", "title=Floods Hit Coast", "summary="}},
  });
}

TEST(TranscriptParser, ReadsDatesAndUrls) {
  RunCases({
      {"dates",
       "Rain\n\nFebruary 27, 2019 5:01 AM ET\n\nHeard on Morning Edition\n\nBy Jane Roe\n\n"
       "Teaser.\n\nJANE ROE, BYLINE: Rain.\n\nhttps://www.example.org/2019/02/27/rain\n",
       "Jane Roe",
       {"published_on=2019-02-27", "summary=Teaser.", "url=https://www.example.org/2019/02/27/rain",
        "program=Morning Edition"}},
  });
}

TEST(TranscriptParser, MixedCaseLabelsNeedConfirmation) {
  RunCases({
      {"recurring mixed case",
       "Ed Helms: An Office Drone Goes Home\n\nA teaser.\n\nMatt Katz: Welcome.\n\n"
       "Ed Helms: Thanks.\n\nMatt Katz: So.\n\nHe said: nothing.\n",
       "Matt Katz|Ed Helms|Matt Katz",
       {"title=Ed Helms: An Office Drone Goes Home", "text[2]=So.\n\nHe said: nothing."}},
      {"first name of a known speaker",
       "Talk\n\nA teaser.\n\nAlison Stewart: Hi.\n\nAlison: Again.\n\nBob Ray, Farmer: Yes.\n",
       "Alison Stewart|Alison Stewart|Bob Ray",
       {"roles[Bob Ray]=Farmer/label"}},
  });
}

// The rule under every layout: a line that opens with a label starts a turn, even when the
// label names no one; text is never credited to the speaker before it.
TEST(TranscriptParser, ALabelThatNamesNoOneStillStartsATurn) {
  RunCases({
      {"questions are turns of no person, each its own",
       "Harbor Briefing\n\nA teaser.\n\nMS. IDA VANCE: Good afternoon.\n\nQUESTION: On the "
       "ferries?\n\nMS. VANCE: They run.\n\nQ: And the bridge?\n\nQuestion: Follow-up?\n\n"
       "MS. VANCE: Next week.\n",
       "Ida Vance|-|Ida Vance|-|-|Ida Vance",
       {"label[1]=QUESTION", "text[1]=On the ferries?", "label[3]=Q", "label[4]=Question",
        "speakers=Ida Vance", "nowarning=confirms"}},
      {"questions and answers no one is named for",
       "Ferry Talk\n\nA teaser.\n\nQ: Why ferries?\n\nA: Because of the strait.\n",
       "-|-",
       {"speakers=", "text[1]=Because of the strait."}},
      {"a label the story does not confirm is kept apart, with a warning",
       "Harbor Talk\n\nA teaser.\n\nMARA VOSS: Welcome.\n\nIt is cold.\n\nThe Harbor "
       "Gazette: Why now?\n\nVOSS: The tide.\n",
       "Mara Voss|-|Mara Voss",
       {"text[0]=Welcome.\n\nIt is cold.", "label[1]=The Harbor Gazette",
        "text[1]=Why now?", "warnings=\"The Harbor Gazette\" is not one the story confirms"}},
      {"a generic voice the story does not confirm stays that voice",
       "Pledge\n\nA teaser.\n\nMARA VOSS: Welcome.\n\nAnnouncer: Support comes from you.\n",
       "Mara Voss|Announcer",
       {"unidentified[Announcer]=1", "warnings=kept as that voice"}},
      {"a heading word is text of its own",
       "Harbor Talk\n\nA teaser.\n\nMARA VOSS: Welcome.\n\nCorrection: An earlier version "
       "misnamed the ferry.\n",
       "Mara Voss|-",
       {"text[1]=Correction: An earlier version misnamed the ferry."}},
      {"a speaker's own words go on after a sentence starter and a connective",
       "Harbor Talk\n\nA teaser.\n\nMARA VOSS: Welcome.\n\nLook: the tide is out.\n\nThen: "
       "nothing for an hour.\n",
       "Mara Voss",
       {"text[0]=Welcome.\n\nLook: the tide is out.\n\nThen: nothing for an hour."}},
      {"before the first turn a colon is a headline's",
       "Ed Miro: A Harbor Pilot's Long Night\n\nTeaser here.\n\nMARA VOSS: Welcome.\n",
       "Mara Voss",
       {"title=Ed Miro: A Harbor Pilot's Long Night", "nowarning=confirms"}},
  });
  // One "Q:" in an article's prose makes no transcript.
  EXPECT_FALSE(ParseTranscript("Harbor Story\n\nQ: Why now? The town asked.\n", "a.txt").ok());
}

TEST(TranscriptParser, RevStyleAndCaptionLabels) {
  RunCases({
      {"rev",
       "Rally\n\nSpeaker notes.\n\nDonna Trail (00:03):\nThank you all.\n\nSpeaker 1 (00:10):\n"
       "Boo.\n\nDonna Trail (00:12):\nThanks.\n",
       "Donna Trail|Speaker 1|Donna Trail",
       {"unidentified[Speaker 1]=1"}},
      {"captions",
       "Call-in\n\nTeaser.\n\n>> host: welcome back.\n\n>> caller: hi there.\n",
       "Host|Caller",
       {}},
  });
}

TEST(TranscriptParser, RejectsTextWithoutTurns) {
  for (const char* text : {"Just a headline\n\nAnd a paragraph of prose.\n",
                           "Play Live Radio\nNext Up:\n0:00 0:00\n", "STEVE INSKEEP, HOST:\n",
                           // A subtitle dump: a host's "I'm ..." and no label anywhere.
                           "Hello. I'm Ann Lee.\n\nThank you, Ann.\n\nWelcome, Bob.\n"}) {
    Result<Article> r = ParseTranscript(text, "notes.txt");
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
    EXPECT_EQ(r.status().message().rfind("no speaker turns found (not a transcript?); read as the ", 0), 0u);
    EXPECT_EQ(r.status().file(), "notes.txt");
  }
}

TEST(TranscriptParser, WarnsAboutATruncatedFile) {
  Article a = MustParse("Cut\n\nTeaser.\n\nANN LEE, HOST: Hi.\n\nBOB KAY:");
  EXPECT_EQ(QuoteSpeakers(a), "Ann Lee");
  ASSERT_FALSE(a.warnings.empty());
  EXPECT_NE(a.warnings.back().message.find("truncated"), std::string::npos);
}

TEST(TranscriptParser, HardWrappedLinesAreJoined) {
  std::string text = "Wrapped Story\n\nThe teaser of the wrapped story is here.\n\n";
  text += "ANN LEE, HOST: This is a long line of speech that has been wrapped at a fixed\n";
  text += "width by some old tool, so that every line ends near the same column and\n";
  text += "the paragraph continues on the next line without any blank line between.\n\n";
  text += "BOB KAY: And this is the reply, which is also wrapped at the same width by\n";
  text += "the same old tool; it goes on for a while longer than one would expect it\n";
  text += "to, and then it ends here.\n";
  text += "LEE: Thanks for that answer, which I heard with pleasure and great interest\n";
  text += "and which I will now repeat to all the listeners who are out there.\n";
  Article a = MustParse(text);
  EXPECT_EQ(QuoteSpeakers(a), "Ann Lee|Bob Kay|Ann Lee");
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].text.find('\n'), std::string::npos) << a.quotes[0].text;
  EXPECT_NE(a.quotes[0].text.find("fixed width"), std::string::npos) << a.quotes[0].text;
}

TEST(TranscriptParser, HostileInputStaysLinear) {
  std::string one_line = "Title\n\nANN LEE, HOST: ";
  for (int i = 0; i < 200000; ++i) one_line += "word (ph) ((x)) RASCOE: ";
  Article a = MustParse(one_line);
  EXPECT_EQ(a.quotes.size(), 1u);
  std::string labels = "Title\n\n";
  for (int i = 0; i < 20000; ++i) labels += "SPEAKER NUMBER" + std::to_string(i % 7) + ": hi\n";
  for (int i = 0; i < 20000; ++i) labels += "RASCOE: hi\nAYESHA RASCOE, BYLINE:\n";
  a = MustParse(labels);
  size_t rascoe = 0;
  for (const Quote& q : a.quotes)
    rascoe += q.speaker >= 0 && a.speakers[q.speaker].name == "Ayesha Rascoe";
  EXPECT_EQ(rascoe, 20000u);
  std::string deep =
      "Title\n\nANN LEE: " + std::string(100000, '(') + "\n" + std::string(100000, ')') + "\n";
  MustParse(deep);
}

}  // namespace
}  // namespace newsarchive
