// The parser on records that say who speaks in their own lines: courts, briefings, parliaments,
// earnings calls. Fictional people, in the real conventions.
#include <gtest/gtest.h>

#include "parse/story_case.h"

namespace newsarchive {
namespace {

using namespace testing_story;

TEST(TranscriptParser, ReadsCourtRecords) {
  RunCases({
      {"a deposition: Q. to the examining attorney, A. to the sworn witness",
       "IN THE DISTRICT COURT OF PELL COUNTY\n\nOSWIN TRAVERS,\n    Plaintiff,\n"
       "v.                         Case No. 19-0042\nKESTREL MILLS LLC,\n    Defendant.\n\n"
       "APPEARANCES:\nFor the Plaintiff: Ms. Linnea Achterberg\n"
       "For the Defendant: Mr. Ravi Solberg\n\n"
       "        MARTA QUILLFEATHER,\nhaving been first duly sworn, testified as follows:\n\n"
       "        EXAMINATION\nBY MS. ACHTERBERG:\n\n"
       "  Q.  Where do you work?\n\n  A.  At the mill.\n\n"
       "  MR. SOLBERG:  Objection, form.\n\n  Q   How long?\n\n"
       "  THE WITNESS:  Nine years.\n\n        CROSS-EXAMINATION\nBY MR. SOLBERG:\n\n"
       "  Q.  Nine full years?\n\n  A.  Nearly.\n\n"
       "  (Whereupon, the deposition was adjourned at 4:10 p.m.)\n",
       "Linnea Achterberg|Marta Quillfeather|Ravi Solberg|Linnea Achterberg|Marta Quillfeather|"
       "Ravi Solberg|Marta Quillfeather",
       {"roles[Linnea Achterberg]=Counsel for the plaintiff/text",
        "roles[Ravi Solberg]=Counsel for the defendant/text",
        "roles[Marta Quillfeather]=Witness/text", "label[0]=Q", "label[4]=THE WITNESS",
        "text[4]=Nine years.", "nowhere=Whereupon", "nowhere=EXAMINATION", "nowhere=Case No.",
        "nowhere=duly sworn", "speakers=Linnea Achterberg|Marta Quillfeather|Ravi Solberg"}},
      {"a page that lost its line breaks: Q. and A. run together, each credited",
       "Deposition of Marta Quillfeather\n\n"
       "MARTA QUILLFEATHER,\nhaving been first duly sworn, testified as follows:\n\n"
       "BY MS. ACHTERBERG:\n\n"
       "Q. WHERE DO YOU WORK? A. AT THE MILL. Q. SINCE WHEN? A. \"SINCE MAY,\" I SAID.\n\n"
       "Q. DID YOU SIGN EXHIBIT A. THE LEASE? A. NO.\n",
       "Achterberg|Marta Quillfeather|Achterberg|Marta Quillfeather|Achterberg|Marta Quillfeather",
       {"text[0]=WHERE DO YOU WORK?", "text[1]=AT THE MILL.", "text[3]=\"SINCE MAY,\" I SAID.",
        "text[4]=DID YOU SIGN EXHIBIT A. THE LEASE?", "text[5]=NO.", "label[1]=A"}},
      {"no examiner or witness named: Q. and A. are turns with no person",
       "Transcript excerpt\n\nTHE COURT: Proceed.\n\nQ.  Were you there?\n\nA.  I was.\n\n"
       "Q.  All night?\n\nA.  Yes.\n\nTHE DEFENDANT: I was not.\n\nTHE WITNESS: I was.\n",
       "-|-|-|-|-|-|-", {"label[1]=Q", "label[2]=A", "label[5]=THE DEFENDANT",
                         "label[6]=THE WITNESS", "speakers=", "text[2]=I was."}},
      {"an oral argument: counsel named by the argument headings and the appearances",
       "SUPREME COURT OF THE STATE OF ORREN\n\nAPPEARANCES:\n"
       "CALLUM BRISK, ESQ., Vell City; on behalf of the Appellant.\n\nPROCEEDINGS\n(9:58 a.m.)\n\n"
       "CHIEF JUSTICE MARROW: We'll hear argument in Case 20-7.\n\n"
       "ORAL ARGUMENT OF CALLUM BRISK\nON BEHALF OF THE APPELLANT\n\n"
       "MR. BRISK: May it please the Court.\n\nJUSTICE ODELL: Go on.\n",
       "Marrow|Callum Brisk|Odell",
       {"roles[Callum Brisk]=Counsel for the appellant/text", "roles[Marrow]=Chief Justice/label",
        "nowhere=ORAL ARGUMENT", "nowhere=ON BEHALF", "nowhere=9:58"}},
      {"a headline shaped like a label is the headline; a photo note is no role",
       "HEAR IT FOR YOURSELF: Audio of the Orren Ferry Argument\n\n"
       "MR. BRISK (pictured left): May it please the Court.\n\n"
       "CHIEF JUSTICE MARROW: Go on.\n\nMR. BRISK: Thank you.\n",
       "Brisk|Marrow|Brisk",
       {"title=HEAR IT FOR YOURSELF: Audio of the Orren Ferry Argument",
        "roles[Brisk]=", "speakers=Brisk|Marrow"}},
      {"pleading paper: line numbers, a caption in columns and the reporter's footer",
       " 1   IN THE SUPREME COURT OF THE STATE OF ORREN\n"
       " 2   - - - - - - - - - - - - - - x\n"
       " 3   VELL FERRY COMPANY,                   :\n"
       " 4   IN ITS CAPACITY AS LESSEE:\n"
       " 5          v.                             :    No. 20-7\n"
       " 6   ODA MARCH,                            :\n"
       " 7   - - - - - - - - - - - - - - x\n"
       " 8   APPEARANCES:\n"
       " 9   CALLUM BRISK, ESQ., Vell City; on behalf of the Appellant.\n"
       "10                 C O N T E N T S\n"
       "11   ORAL ARGUMENT OF:                        PAGE:\n"
       "12   CALLUM BRISK                                3\n\n"
       "                         2\n\n"
       "                Kestrel Reporting Company\n\n"
       " 1                  P R O C E E D I N G S\n"
       " 2             CHIEF JUSTICE MARROW: We'll hear argument\n"
       " 3   in Case 20-7.\n"
       " 4             MR. BRISK: May it please the Court. The\n"
       " 5   lease was never assigned.\n"
       " 6             JUSTICE ODELL: Never?\n"
       " 7             MR. BRISK: Never, Justice Odell.\n\n"
       "                         3\n\n"
       "                Kestrel Reporting Company\n",
       "Marrow|Callum Brisk|Odell|Callum Brisk",
       {"text[0]=We'll hear argument in Case 20-7.",
        "text[1]=May it please the Court. The lease was never assigned.",
        "nowhere=Kestrel", "nowhere=CAPACITY", "speakers=Marrow|Callum Brisk|Odell"}},
      {"the reporter's running head above the caption is no headline",
       "Official - Subject to Final Review\n\n"
       "IN THE SUPREME COURT OF THE STATE OF ORREN\n\n"
       "VELL FERRY COMPANY,                   :\n"
       "       v.                             :    No. 20-7\n\n"
       "CHIEF JUSTICE MARROW: We'll hear argument in Case 20-7.\n\n"
       "MR. BRISK: May it please the Court.\n\n"
       "Official - Subject to Final Review\n\n"
       "JUSTICE ODELL: Go on.\n",
       "Marrow|Brisk|Odell",
       {"title=IN THE SUPREME COURT OF THE STATE OF ORREN", "nowhere=Subject to Final"}},
  });
}

TEST(TranscriptParser, ReadsParliamentaryRecords) {
  RunCases({
      {"name lines above the speech, short forms, office lines, groups, time stamps",
       "Lighthouse Levy Bill\nVolume 640: debated on Tuesday 4 March 2025\n\nSecond Reading\n\n"
       "3.02 pm\n\nMs Orla Fenwick (Saltmere) (LD)\nI beg to move that the Bill be read a second "
       "time.\n\nIt is short.\n\nMr Idris Calloway (Harrowdene East) (Con)\nWill she give way?\n\n"
       "Ms Fenwick\nI will.\n\nSome hon. Members\nHear, hear!\n\n"
       "Mr Deputy Speaker (Sir Alban Rooke)\nOrder.\n\nClause 1\n\n3.10 pm\n\n"
       "The Secretary of State for Coasts (Priya Lannister)\nWe support the Bill.\n",
       "Orla Fenwick|Idris Calloway|Orla Fenwick|-|Alban Rooke|Priya Lannister",
       {"roles[Orla Fenwick]=Member for Saltmere@LD/label",
        "roles[Alban Rooke]=Deputy Speaker/label",
        "roles[Priya Lannister]=Secretary of State for Coasts/label", "label[3]=Some hon. Members",
        "text[0]=I beg to move that the Bill be read a second time.\n\nIt is short.",
        "text[4]=Order.", "nowhere=3.02 pm", "nowhere=3.10 pm", "nowhere=Clause 1",
        "nowhere=Volume 640", "speakers=Orla Fenwick|Idris Calloway|Alban Rooke|Priya Lannister"}},
      {"a mirror's link text around the name line",
       "Debates of the week\n\nRead Full debate\nAnna Prowse Portrait Madam Speaker\n- Hansard - -\n\n"
       "Order, order.\n\n--- Later in debate ---\n"
       "Tom Ferrer Portrait The Leader of the House (Tom Ferrer)\n- Hansard - - - Excerpts\n\n"
       "I thank you.\n",
       "Anna Prowse|Tom Ferrer",
       {"roles[Anna Prowse]=Speaker/label", "roles[Tom Ferrer]=Leader of the House/label",
        "nowhere=Hansard", "nowhere=Later in debate"}},
      {"openparliament.ca: riding and party lines above the name line",
       "House of Commons Hansard #12\n\nPoint of Order\n\n3:10 p.m.\n\nLiberal\n\n"
       "The Speaker Odile Marchand\n\nOrder, please.\n\nPoint of Order\n\n3:11 p.m.\n\n"
       "Kelso—Ridge\n\nB.C.\n\nConservative\n\n"
       "Ewan Tardif Leader of the Opposition in the House of Commons\n\nMr. Speaker, briefly.\n\n"
       "NDP\n\nLise Arsenault NDP Port Verne, QC\n\nThank you.\n",
       "Odile Marchand|Ewan Tardif|Lise Arsenault",
       {"roles[Odile Marchand]=Speaker/label",
        "roles[Ewan Tardif]=Leader of the Opposition in the House of Commons@Conservative/label",
        "roles[Lise Arsenault]=Member for Port Verne, QC@NDP/label", "text[1]=Mr. Speaker, briefly.",
        "nowhere=Conservative", "nowhere=Point of Order", "nowhere=3:11"}},
      {"openaustralia: the portrait's alt text glued to the name line",
       "Senate debates\n\nMotions\n\n9:31 am\n\n"
       "Photo of Ada PrellAda Prell (Tasmania, Liberal Party) Share this | | Hansard source\n\n"
       "I seek leave.\n",
       "Ada Prell", {"roles[Ada Prell]=Member for Tasmania@Liberal Party/label", "nowhere=9:31"}},
      {"the Lords: a peer's title with its place, the party alone in brackets",
       "Harbour Dues (Amendment) Order 2031\n\nGrand Committee\n"
       "Lord Ashby of Fenmoor Portrait Lord Ashby of Fenmoor (Con)\n- Hansard - -\n\n"
       "My Lords, this order was laid before the House in March.\n\n"
       "Baroness Quill Portrait Baroness Quill (LD)\n- Hansard - -\n\nI thank the noble Lord.\n",
       "Lord Ashby of Fenmoor|Baroness Quill",
       {"text[0]=My Lords, this order was laid before the House in March.", "nowhere=Hansard"}},
  });
}

TEST(TranscriptParser, ReadsEarningsCalls) {
  RunCases({
      {"participants, Operator, Name -- Title lines, section headings",
       "Pellmark Foods (PLMK) Q1 2025 Earnings Call Transcript\n\nCall participants:\n"
       "Rhea Tolliver -- Chief Executive Officer\nAmos Quint -- Chief Financial Officer\n"
       "Lena Ostrova -- Fenwick Partners -- Analyst\n\nPrepared Remarks:\n\nOperator\n"
       "Welcome to the call.\n\nRhea Tolliver -- Chief Executive Officer\nA good quarter.\n\n"
       "Questions & Answers:\n\nOperator\nFirst question, please.\n\n"
       "Lena Ostrova -- Fenwick Partners -- Analyst\nHow were margins?\n\n"
       "Amos Quint -- Chief Financial Officer\nWider.\n",
       "-|Rhea Tolliver|-|Lena Ostrova|Amos Quint",
       {"roles[Lena Ostrova]=Analyst@Fenwick Partners/label",
        "roles[Amos Quint]=Chief Financial Officer/label", "label[0]=Operator",
        "nowhere=Prepared Remarks", "nowhere=Questions & Answers", "nowhere=Call participants",
        "speakers=Rhea Tolliver|Lena Ostrova|Amos Quint"}},
      {"a speaker line above each name; Name - Firm - Title",
       "Q3 2024 Earnings Conference Call\n\nspeaker\nOperator\nThank you for standing by.\n"
       "speaker\nJun Okabe\nThank you. Good morning.\n\n"
       "Petra Lind - Orvik ASA - CFO\n\nRevenue rose.\n",
       "-|Jun Okabe|Petra Lind",
       {"roles[Petra Lind]=CFO@Orvik ASA/label", "nowhere=speaker"}},
      {"the opening of a call: one officer's Name - Firm - Title line above her speech",
       " date 2031-05-04 May 04, 2031 / 08:15AM GMT\n\nPetra Lind - Orvik ASA - CEO\n\n"
       "Thank you. Welcome to our results for the first quarter.\n\nRevenue rose.\n",
       "Petra Lind", {"roles[Petra Lind]=CEO@Orvik ASA/label", "text[0]=Thank you. Welcome to our "
       "results for the first quarter.\n\nRevenue rose."}},
  });
}

TEST(TranscriptParser, ReadsPressBriefings) {
  RunCases({
      {"the briefer named by the header; each question its own turn with no person",
       "Department Press Briefing - May 2, 2024\n\nTamsin Oroko, Deputy Department Spokesperson\n\n"
       "Washington, D.C.\n\n2:05 p.m. EDT\n\nMS OROKO: Good afternoon. One thing at the top.\n\n"
       "QUESTION: Any news on the talks?\n\nMS OROKO: None today.\n\nQUESTION: Tomorrow?\n\n"
       "MS OROKO: Perhaps.\n\n(The briefing was concluded at 2:31 p.m.)\n",
       "Tamsin Oroko|-|Tamsin Oroko|-|Tamsin Oroko",
       {"roles[Tamsin Oroko]=Deputy Department Spokesperson/label", "label[1]=QUESTION",
        "nowhere=2:05 p.m.", "nowhere=concluded", "nowhere=Deputy Department Spokesperson",
        "text[4]=Perhaps."}},
      {"the briefer named by the title",
       "Press Briefing by Press Secretary Calla Brandt, 3/4/2025\n\nBrady Briefing Room\n\n"
       "1:02 P.M. EST\n\nMS. BRANDT: Hello, everyone.\n\nQ    Thanks. On trade?\n\n"
       "MS. BRANDT: Soon.\n\nQ    When?\n\nEND 1:40 P.M. EST\n",
       "Calla Brandt|-|Calla Brandt|-",
       {"roles[Calla Brandt]=Press Secretary/label", "nowhere=1:40", "nowhere=1:02"}},
      {"a Presenter: credit line names the briefer and is no turn",
       "News Transcript\n\nPresenter: Pentagon Press Secretary Ivo Maren May 3, 2016\n\n"
       "Department of Defense Press Briefing\n\nIVO MAREN: Good afternoon.\n\n"
       "Q: A question.\n\nMR. MAREN: An answer.\n\nQ: Another.\n",
       "Ivo Maren|-|Ivo Maren|-",
       {"roles[Ivo Maren]=Pentagon Press Secretary/label", "speakers=Ivo Maren",
        "nowhere=Presenter"}},
  });
}

TEST(TranscriptParser, ReadsMagazineQas) {
  RunCases({
      {"the publication's label credited to the byline's interviewer",
       "The Vell Review\n\n\"Maps Lie Kindly\": A Conversation with Orrin Falk\n\n"
       "Interview by Sela Marr\n\nOrrin Falk draws maps of towns that flooded.\n\n"
       "The Vell Review: Why flooded towns?\n\nOrrin Falk: Nobody else draws them.\n\n"
       "The Vell Review: Do you visit?\n\nOrrin Falk: By boat.\n",
       "Sela Marr|Orrin Falk|Sela Marr|Orrin Falk",
       {"roles[Sela Marr]=Interviewer/text", "label[0]=The Vell Review",
        "text[0]=Why flooded towns?", "summary=Orrin Falk draws maps of towns that flooded.",
        "title=\"Maps Lie Kindly\": A Conversation with Orrin Falk", "speakers=Sela Marr|Orrin Falk"}},
      {"Q: and A: with the interviewee named in the title and no interviewer",
       "Q&A with Mina Castellane\n\nMina Castellane writes about ferries.\n\n"
       "Q: Why ferries?\n\nA: They wait for everyone.\n\nQ: Even you?\n\nA: Especially me.\n",
       "-|Mina Castellane|-|Mina Castellane",
       {"label[0]=Q", "label[1]=A", "summary=Mina Castellane writes about ferries.",
        "speakers=Mina Castellane"}},
      {"the interviewee's surname as the answers' label, one word asking before each",
       "News \u00bb Harbor Notes\n\nQ&A with Mina Castellane\n\nShe writes about ferries.\n\n"
       "Notes: Why ferries?\n\nCastellane: They wait for everyone.\n\nNotes: Even you?\n\n"
       "Castellane: Especially me.\n",
       "-|-|Mina Castellane|-|Mina Castellane",
       {"label[1]=Notes", "label[2]=Castellane", "text[2]=They wait for everyone.",
        "speakers=Mina Castellane"}},
  });
}

}  // namespace
}  // namespace newsarchive
