#include "parse/transcript_parser.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "read/text_decode.h"

namespace newsarchive {
namespace {

constexpr const char* kSeedPath = "/work/shared/seeds/000_adae15423d2abf8f.txt";

Article MustParse(const std::string& text, const std::string& name = "test.txt") {
  Result<Article> r = ParseTranscript(text, name);
  EXPECT_TRUE(r.ok()) << name << ": " << r.status().ToString();
  return r.ok() ? std::move(*r) : Article();
}

std::string SpeakerOf(const Article& a, const Quote& q) {
  return q.speaker < 0 ? "-" : a.speakers[q.speaker].name;
}

// "Name|Name|..." for the speakers of the turns, in order.
std::string TurnSpeakers(const Article& a) {
  std::string out;
  for (const Quote& q : a.quotes) {
    if (q.kind != QuoteKind::kTurn) continue;
    if (!out.empty()) out += '|';
    out += SpeakerOf(a, q);
  }
  return out;
}

// The speakers of all quotes in order, "-" for unattributed text: "Jane Doe|-|John Roe".
std::string QuoteSpeakers(const Article& a) {
  std::string out;
  for (const Quote& q : a.quotes) {
    if (!out.empty()) out += '|';
    out += SpeakerOf(a, q);
  }
  return out;
}

std::string RoleString(const Role& r) {
  std::string out = r.title;
  if (!r.organization.empty()) out += "@" + r.organization;
  return out + "/" + RoleSourceName(r.source);
}

// Checks one expectation written as "field=value" (or "field^=prefix", "field~=substring"):
// title, summary, source, program, dateline, url, published_on, copyright, text[i], label[i],
// annotation[i], interpreter[i] (0/1), line[i], roles[Name] ("Title@Org/source;..."),
// labels[Name] ("A;B"), unidentified[Name] (0/1), speakers (names in order), nowhere (no quote
// contains the value), warnings (substring of some warning), nowarning (of no warning).
std::string Check(const Article& a, const std::string& check) {
  size_t eq = check.find('=');
  if (eq == std::string::npos) return "bad check " + check;
  char op = '=';
  std::string key = check.substr(0, eq);
  if (!key.empty() && (key.back() == '^' || key.back() == '~')) {
    op = key.back();
    key.pop_back();
  }
  const std::string want = check.substr(eq + 1);
  std::string field = key;
  std::string arg;
  const size_t bracket = key.find('[');
  if (bracket != std::string::npos) {
    field = key.substr(0, bracket);
    arg = key.substr(bracket + 1, key.size() - bracket - 2);
  }
  std::string got;
  auto quote = [&]() -> const Quote* {
    const size_t i = std::stoul(arg);
    return i < a.quotes.size() ? &a.quotes[i] : nullptr;
  };
  auto speaker = [&]() -> const Speaker* {
    for (const Speaker& s : a.speakers) {
      if (s.name == arg) return &s;
    }
    return nullptr;
  };
  if (field == "title")
    got = a.title;
  else if (field == "summary")
    got = a.summary;
  else if (field == "source")
    got = a.source;
  else if (field == "program")
    got = a.program;
  else if (field == "dateline")
    got = a.dateline;
  else if (field == "url")
    got = a.url;
  else if (field == "published_on")
    got = a.published_on;
  else if (field == "copyright")
    got = a.copyright;
  else if (field == "text" || field == "label" || field == "annotation" || field == "interpreter" ||
           field == "line") {
    const Quote* q = quote();
    if (!q) return "no quote " + arg;
    got = field == "text"          ? q->text
          : field == "label"       ? q->label
          : field == "annotation"  ? q->annotation
          : field == "interpreter" ? std::string(q->via_interpreter ? "1" : "0")
                                   : std::to_string(q->line);
  } else if (field == "roles" || field == "labels" || field == "unidentified") {
    const Speaker* s = speaker();
    if (!s) return "no speaker " + arg;
    if (field == "unidentified") got = s->unidentified ? "1" : "0";
    for (const Role& r : s->roles) {
      if (field == "roles") got += (got.empty() ? "" : ";") + RoleString(r);
    }
    for (const std::string& l : s->labels) {
      if (field == "labels") got += (got.empty() ? "" : ";") + l;
    }
  } else if (field == "speakers") {
    for (const Speaker& s : a.speakers) got += (got.empty() ? "" : "|") + s.name;
  } else if (field == "nowhere") {
    for (const Quote& q : a.quotes) {
      if (q.text.find(want) != std::string::npos) return "found \"" + want + "\" in: " + q.text;
    }
    return "";
  } else if (field == "nowarning") {
    for (const Diagnostic& d : a.warnings) {
      if (d.message.find(want) != std::string::npos) return "unexpected warning: " + d.message;
    }
    return "";
  } else if (field == "warnings") {
    for (const Diagnostic& d : a.warnings) {
      if (d.message.find(want) != std::string::npos) return "";
      got += d.message + "; ";
    }
    return "no warning with \"" + want + "\" in: " + got;
  } else {
    return "unknown field " + field;
  }
  const bool ok = op == '='   ? got == want
                  : op == '^' ? got.rfind(want, 0) == 0
                              : got.find(want) != std::string::npos;
  return ok ? ""
            : key + ": got \"" + got + "\", want " + std::string(1, op == '=' ? '=' : op) + " \"" +
                  want + "\"";
}

struct StoryCase {
  const char* name;
  const char* text;
  const char* quotes;  // QuoteSpeakers of the result
  std::vector<std::string> checks;
};

void RunCases(const std::vector<StoryCase>& cases) {
  for (const StoryCase& c : cases) {
    Result<Article> r = ParseTranscript(c.text, "stories/" + std::string(c.name) + ".txt");
    ASSERT_TRUE(r.ok()) << c.name << ": " << r.status().ToString();
    EXPECT_EQ(QuoteSpeakers(*r), c.quotes) << c.name;
    for (const std::string& check : c.checks) {
      const std::string error = Check(*r, check);
      EXPECT_EQ(error, "") << c.name;
    }
  }
}

bool HasRole(const Speaker& s, const std::string& needle) {
  for (const Role& r : s.roles) {
    std::string title = r.title;
    for (char& c : title) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
    if (title.find(needle) != std::string::npos) return true;
  }
  return false;
}

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
  });
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

// Forms met on real pages (rewritten here about fictional people).
TEST(TranscriptParser, ReadsFormsFoundOnRealPages) {
  RunCases({
      {"a host's 'Im' whose apostrophe the page lost",
       "Tidal Clocks\n\nA teaser about clocks.\n\n"
       "This is TALK OF THE NATION. Im Nora Vance in Washington. Neal Conan is away.\n\n"
       "Ms. IDA PELL (Author, \"Tidal Clocks\"): Thank you.\n\nVANCE: Why clocks?\n",
       "Nora Vance|Ida Pell|Nora Vance",
       {"speakers=Nora Vance|Ida Pell", "roles[Nora Vance]=Host/intro",
        "text[0]^=This is TALK OF THE NATION."}},
      {"a podcast page whose first line names the episode differently from its headline",
       "Why Accents Travel : Small World Ana Ruiz taught 'perfect' English, then stopped.\n\n"
       "How To Speak Plain English\n\n  \u2022 Download\n  \u2022 Transcript\n\n"
       "ANA RUIZ: Hello.\n\nBEN ORR: Hi, Ana.\n",
       "Ana Ruiz|Ben Orr",
       {"title=How To Speak Plain English",
        "summary=Small World Ana Ruiz taught 'perfect' English, then stopped."}},
      {"a date under the first line is not taken for the headline",
       "Why Accents Travel : Small World Ana Ruiz taught English.\n\nJuly 22, 2008\n\n"
       "ANA RUIZ: Hello.\n",
       "Ana Ruiz",
       {"title=Why Accents Travel : Small World Ana Ruiz taught English."}},
      {"lines broken mid-sentence on a page that is not wrapped throughout",
       "Harbor Night\n\nA teaser.\n\n"
       "ANN LEE: Good evening. On the program tonight, a harbor strike that began at dawn and\n"
       "closed every pier. Correspondent Bob Kay begins our coverage.\n"
       "BOB KAY: The cranes stood still.\nNo ship moved.\n",
       "Ann Lee|Bob Kay",
       {"text[0]=Good evening. On the program tonight, a harbor strike that began at dawn and "
        "closed every pier. Correspondent Bob Kay begins our coverage.",
        "text[1]=The cranes stood still.\n\nNo ship moved."}},
      {"a fund drive above the story",
       "Hi there,\n\nThis month we turn 30. Can you donate $10 to keep us going? Thank you.\n"
       "-Ruth Abel\n\nNon-commercial news needs your support.\n\nPlease do your part today.\n\n"
       "Ruth Abel on 30 Years of Open Air\n\nMedia Options\n\n"
       "Ruth Abel has hosted Open Air since its first broadcast.\n\n"
       "StoryMar 3, 2024Another Story Entirely\n"
       "This is a rush transcript. Copy may not be in its final form.\n\n"
       "RUTH ABEL: Welcome.\n\nTOM FELL: Thank you, Ruth.\n",
       "Ruth Abel|Tom Fell",
       {"title=Ruth Abel on 30 Years of Open Air",
        "summary=Ruth Abel has hosted Open Air since its first broadcast.", "nowhere=donate",
        "nowhere=Another Story"}},
      {"no space after the colon, an episode date after the program's name",
       "Meet the Voters - February 7, 2016\n\nGuests: Ann Lee, Bob Kay\n\n"
       "CAL DUNN:\n\nThis Sunday, the primary.\n\nSEN. ANN LEE:It's not true--\n\n"
       "CAL DUNN:Senator, it is.\n",
       "Cal Dunn|Ann Lee|Cal Dunn",
       {"published_on=2016-02-07", "text[1]=It's not true--", "roles[Ann Lee]=Senator/label"}},
      {"a cable page: rush-transcript line, network anchors, wrapped lines, clip markers",
       "Mayor in farewell address: 'We did the work'\n"
       "Correspondent Kay Orr has the latest on 'Evening Report'\n"
       "This is a rush transcript from \"Evening Report\" January 19, 2021. This copy may not "
       "be in its final form and may be updated.\n(BEGIN VIDEO CLIP)\n"
       "ANN LEE, MAYOR OF HARBOR CITY: I did not seek the easiest\ncourse, by far it was the "
       "hardest.\n(END VIDEO CLIP)\n"
       "BOB KAY, FOX NEWS ANCHOR (on camera): Breaking tonight, the mayor\nbids farewell.\n"
       "KAY: Good evening.\n",
       "Ann Lee|Bob Kay|Bob Kay",
       {"title=Mayor in farewell address: 'We did the work'", "program=Evening Report",
        "source=Fox News", "published_on=2021-01-19",
        "text[0]=I did not seek the easiest course, by far it was the hardest.",
        "roles[Bob Kay]=Anchor@Fox News/label", "annotation[1]=on camera"}},
      {"wrapped lines with a blank line after each",
       "Harbor Night\n\nA teaser.\n\nANN LEE: This may be the most\n\nimportant vote we "
       "take.\n\n\n\nBOB KAY: Good evening,\n\nAnn. It is.\n",
       "Ann Lee|Bob Kay",
       {"text[0]=This may be the most important vote we take.",
        "text[1]=Good evening,\n\nAnn. It is."}},
      {"a CNN headline shaped like a label, above the air date",
       "Return to Transcripts main page\n\nCNN Evening Live\n\n"
       "Ann Lee: 45 Years in Broadcasting, Part II\n\nAired June 02, 2002 - 21:00   ET\n\n"
       "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\n"
       "BOB KAY, GUEST HOST: Thank you for joining us.\n\nANN LEE: Thanks, Bob.\n",
       "Bob Kay|Ann Lee",
       {"title=Ann Lee: 45 Years in Broadcasting, Part II", "program=CNN Evening Live",
        "published_on=2002-06-02"}},
      {"names alone on their lines above what they say (podcast sites)",
       "512: Harbor Lights\n\nNote: This American Life is produced for the ear.\n\n"
       "Prologue: Prologue\n\nIra Vell\n\nIt was a good week. I'm Ira Vell.\n\n"
       "Jun Arno\n\nI just come to work.\n\nIra Vell\n\nPlay each game.\n\n"
       "Act One: The Quiz\n\nJun Arno\n\nFair point.\n",
       "Ira Vell|Jun Arno|Ira Vell|Jun Arno",
       {"title=512: Harbor Lights", "summary=", "text[1]=I just come to work.", "nowhere=Act One"}},
      {"authors' names printed twice on a page whose turns have labels",
       "Harbor Night\n\nA teaser.\n\nAnn Lee\n\nBob Kay\n\nANN LEE, HOST: Hello.\n\n"
       "BOB KAY, BYLINE: Hi.\n\nAnn Lee\n\nAnn Lee is a host.\n\nBob Kay\n\n"
       "Bob Kay is a reporter.\n",
       "-|Ann Lee|Bob Kay",
       {"text[1]=Hello.", "speakers=Ann Lee|Bob Kay"}},
      {"one name alone on its line twice, and that person's introduction",
       "241: Twenty Acts\n\nNote: This American Life is produced for the ear.\n\n"
       "Act One. Hello.\n\nIra Vell\n\nFrom Harbor City, it's Open Air. I'm Ira Vell.\n\n"
       "Act Two. Goodbye.\n\nIra Vell\n\nAnd let's begin.\n",
       "Ira Vell|Ira Vell",
       {"text[1]=And let's begin."}},
      {"a name alone on a line once is not a label",
       "Harbor Night\n\nA teaser.\n\nANN LEE: Hello.\n\nBob Kay\n\nIt is late.\n",
       "Ann Lee",
       {"text[0]=Hello.\n\nBob Kay\n\nIt is late."}},
      {"a congressional hearing: 'Mr. Linder.' opens a turn",
       "Hearing of the Committee on Harbors\n\nPresent: Representatives Vell and Arno.\n\n"
       "Mr. Vell. The meeting will come to order.\n\nMr. ARNO. Thank you, Mr. Chairman.\n\n"
       "Mr. Vell. The gentleman is recognized.\n",
       "Vell|Arno|Vell",
       {"text[0]=The meeting will come to order.", "speakers=Vell|Arno"}},
      {"one such line is not a hearing",
       "Harbor Night\n\nA teaser.\n\nANN LEE: Hello.\n\nMr. Kay. He is late.\n",
       "Ann Lee",
       {"text[0]=Hello.\n\nMr. Kay. He is late."}},
      {"'Announcer:' in mixed case among labels in capitals",
       "Sunday Nation\n\nA teaser.\n\nRUSS MILL, host:\n\nToday, the midterms.\n\n"
       "Announcer: SUNDAY NATION with Russ Mill.\n\nMILL: And good morning.\n\n"
       "ANN LEE: Good morning.\n",
       "Russ Mill|Announcer|Russ Mill|Ann Lee",
       {"unidentified[Announcer]=1"}},
      {"credit lines, bracketed sound notes and a page's footer are no speech",
       "Harbor Story\n\nA teaser.\n\nCAROL ROE: Hello.\n[Music: Theme]\n\n"
       "Guest: Ann Lee\n[sc]\n[Sound: The blare of sirens]\nANN LEE: The sirens.\n\n"
       "Images\n\nFrom the Archives\n",
       "Carol Roe|Ann Lee",
       {"text[0]=Hello.", "text[1]=The sirens."}},
      {"a note set like a label later in a turn",
       "Night Show\n\nA teaser.\n\nANN LEE: And thanks to you at home.\n"
       "(voice over): What goes up must come down.\n\nBOB KAY: Indeed.\n",
       "Ann Lee|Bob Kay",
       {"text[0]=And thanks to you at home.\n\nWhat goes up must come down.", "annotation[0]="}},
      {"a copy that starts straight into the dialogue",
       "Gus Keel: Harbor City, the home of the show.\n\nTess Gray: Hi. How are you?\n\n"
       "GK: It was done on the street.\n",
       "Gus Keel|Tess Gray|Gus Keel",
       {"title=a copy that starts straight into the dialogue", "warnings=no headline found"}},
      {"a headline shaped like a label stays the headline",
       "Ed Helms: An Office Drone Goes To The Big Screen\n\nTeaser here.\n\n"
       "ED HELMS: Thanks.\n\nANN LEE: Welcome.\n",
       "Ed Helms|Ann Lee",
       {"title=Ed Helms: An Office Drone Goes To The Big Screen"}},
      {"labels glued to the speech (WAMU)",
       "Harbor Talk\n\nA teaser.\n\n  \u2022 13:06:43\n\n"
       "    MR. KOJO VELLFrom WAMU, welcome to the show.\n\n  \u2022 13:07:49\n\n"
       "    MR. BRIAN ARNOMy pleasure.\n\n    MR. KOJO VELLThanks.\n",
       "Kojo Vell|Brian Arno|Kojo Vell",
       {"text[0]=From WAMU, welcome to the show.", "nowhere=13:07"}},
      {"a page title naming the program and the site",
       "The Undead Are The New Labor Force : Open Switch : NPR\n"
       "The Undead Are The New Labor Force : Open Switch A novel puts a spin on an old story.\n\n"
       "Subscribe to the Open Switch podcast here.\n\nANN LEE, HOST:\n\nHello.\n",
       "Ann Lee",
       {"title=The Undead Are The New Labor Force", "program=Open Switch",
        "summary=A novel puts a spin on an old story.", "source=NPR", "nowhere=Subscribe"}},
      {"a page with no headline that opens with the host's words",
       "You're listening to OPEN AIR. I'm Ora Vell, and joining me is Jun Arno.\n\n"
       "JUN ARNO: I'm excited to be here.\n\nVELL: Don't be nervous.\n",
       "Ora Vell|Jun Arno|Ora Vell",
       {"title=a page with no headline that opens with the host's words",
        "roles[Ora Vell]=Host/intro"}},
      {"a member station's program page above the story",
       "Morning Report on WXYZ\n\nWeekdays 5-9am\nAnn Lee, Bob Kay\n\n"
       "Every weekday the program takes listeners around the valley.\n\n"
       "Local Host(s):\nCal Dunn\nGenre:\nComposer ID:\n5102dd06e1c8|5102dce9e1c8\n\nPages\n\n"
       "4:00am\n\nTue April 17, 2012\nPolitics\n\nCouncil Blocks Debate On Ferry Fares\n\n"
       "Originally published on Wed April 18, 2012 7:48 pm\n\nTranscript\n\n"
       "ANN LEE, HOST:\n\nThe council voted last night.\n\nCAL DUNN, BYLINE: It was 5 to 4.\n",
       "Ann Lee|Cal Dunn",
       {"title=Council Blocks Debate On Ferry Fares", "summary=", "published_on=2012-04-17",
        "speakers=Ann Lee|Cal Dunn"}},
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
    EXPECT_EQ(r.status().message(), "no speaker turns found (not a transcript?)");
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
