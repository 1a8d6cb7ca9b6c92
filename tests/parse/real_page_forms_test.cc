// The parser on forms met on real pages of many outlets, rewritten with fictional people.
#include <gtest/gtest.h>

#include "parse/story_case.h"

namespace newsarchive {
namespace {

using namespace testing_story;

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

}  // namespace
}  // namespace newsarchive
