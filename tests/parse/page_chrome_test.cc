#include "parse/page_chrome.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive {
namespace {

TEST(PageChrome, RecognizesFurnitureLines) {
  const char* chrome[] = {
      "Play Live Radio",
      "Next Up:",
      "0:00",
      "0:00 0:00",
      "Available On Air Stations",
      "Download",
      "Transcript",
      "Embed",
      "NPR logo",
      "\u2022 Download",
      "* Transcript",
      "<iframe src=\"x\" width=\"100%\"></iframe>",
      "\u2022 <iframe src=\"\" width=\"100%\">",
      "Return to Transcripts main page",
      "Skip to main content /TRANSCRIPTS",
      "Skip navigation",
      "Prologue: Prologue",
      "Act One: The Quiz",
      "Act Two. No, Of Course I Know You.",
      "Act 3",
      "Full audio: http://example.org/241",
      "[an error occurred while processing this directive]",
      "Note: This American Life is produced for the ear and designed to be heard.",
      "date 2020-12-07 This is a rush transcript from \"Evening Report\" December 2, 2020.",
      "Aired May 12, 2005 - 13:30 ET",
      "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
      "FCC Public Inspection Files",
      "Enlarge this image",
      "toggle caption",
      "Jane Doe/Getty Images",
      "( Jane Doe / AP Photo )",
      "John Roe for NPR",
      "https://www.example.org/2019/02/27/story",
      "Leave your feedback",
      "Listen \u00b7 4:12",
  };
  for (const char* line : chrome) EXPECT_TRUE(IsChromeLine(line)) << line;
  const char* text[] = {
      "Transcript provided by NPR, Copyright NPR.",
      "The download took hours, she said.",
      "We went to see the Getty Images archive and stayed all day long, he said.",
      "MITCH MCCONNELL: We vote today.",
      "Actually, I think so.",
      "Act now: the vote is today.",
      "Act One of the play was long, she said, and the second was longer.",
      "(LAUGHTER)",
      "",
  };
  for (const char* line : text) EXPECT_FALSE(IsChromeLine(line)) << line;
}

TEST(PageChrome, RecognizesPreambleFurniture) {
  EXPECT_TRUE(IsPreambleChromeLine("By Ayesha Rascoe"));
  EXPECT_TRUE(IsPreambleChromeLine("By Jane Doe and John Roe"));
  EXPECT_TRUE(IsPreambleChromeLine("February 27, 2019 5:01 AM ET"));
  EXPECT_TRUE(IsPreambleChromeLine("February 27, 20195:01 AM ET"));
  EXPECT_TRUE(IsPreambleChromeLine("Heard on Morning Edition"));
  EXPECT_FALSE(IsPreambleChromeLine("By the time the vote came, the town had changed."));
  EXPECT_FALSE(IsPreambleChromeLine("President Trump Meets With Kim"));
  // A fund drive and its signature, a related story's run-together date.
  EXPECT_TRUE(IsPreambleChromeLine("Hi there,"));
  EXPECT_TRUE(IsPreambleChromeLine("We turn 30 this month. Can you donate $10 to help? Thanks."));
  EXPECT_TRUE(IsPreambleChromeLine("-Ruth Abel"));
  EXPECT_TRUE(IsPreambleChromeLine("Show: OPEN AIR"));
  EXPECT_TRUE(IsPreambleChromeLine("Tran: 121801np.217"));
  EXPECT_FALSE(IsPreambleChromeLine("Showtime: the film opens"));
  EXPECT_TRUE(IsPreambleChromeLine("ByABC News"));
  EXPECT_FALSE(IsPreambleChromeLine(""));
  EXPECT_TRUE(IsPreambleChromeLine("Weekdays at Noon"));
  EXPECT_TRUE(IsPreambleChromeLine("Ann Lee reported this story on Friday, February 7, 2014"));
  EXPECT_TRUE(IsPreambleChromeLine("Guests: Ann Lee, Bob Kay, Cal Dunn"));
  EXPECT_TRUE(IsPreambleChromeLine("Last Updated: Sunday, 18 February 2007, 11:58 GMT"));
  EXPECT_FALSE(IsPreambleChromeLine("Weekday Traffic Slows The Ferry"));
  EXPECT_TRUE(IsPreambleChromeLine("PHOTO: The panel on 'Sunday Week'"));
  EXPECT_TRUE(IsPreambleChromeLine("ABC News"));
  EXPECT_FALSE(IsPreambleChromeLine("Bystanders Filmed The Flood"));
  EXPECT_FALSE(IsPreambleChromeLine("ABC News Settles The Case"));
  EXPECT_TRUE(IsPreambleChromeLine("StoryMar 3, 2024Another Story Entirely"));
  EXPECT_FALSE(IsPreambleChromeLine("The fund paid $10 million for the bridge."));
  EXPECT_FALSE(IsPreambleChromeLine("Storytelling At The Fair, 2024"));
}

TEST(PageChrome, FindsCopyrightStatements) {
  struct Case {
    const char* paragraph;
    size_t at;
  } cases[] = {
      {"Ayesha Rascoe, NPR News, Hanoi. Transcript provided by NPR, Copyright NPR.", 32},
      {"Hanoi.Transcript provided by NPR, Copyright NPR.", 6},
      {"Copyright 2015 NPR. To see more, visit http://www.npr.org/.", 0},
      {"Copyright (c) 2019 NPR. All rights reserved.", 0},
      {"Copyright \u00a9 2021 NPR. All rights reserved.", 0},
      {"COPYRIGHT 2005 CABLE NEWS NETWORK. ALL RIGHTS RESERVED.", 0},
      {"\u00a9 2019 NewsHour Productions LLC", 0},
      {"Copyright law is complicated, she said.", std::string_view::npos},
      {"They argued about copyright. Copyright NPR is not a phrase.", 29},
      {"no statement here", std::string_view::npos},
  };
  for (const Case& c : cases) EXPECT_EQ(FindCopyright(c.paragraph), c.at) << c.paragraph;
}

TEST(PageChrome, RecognizesOnScreenText) {
  EXPECT_TRUE(IsOnScreenText("SUBTITLE: This is CNN Breaking News."));
  EXPECT_TRUE(IsOnScreenText("GRAPHIC: The numbers"));
  EXPECT_FALSE(IsOnScreenText("SUBTLE: no"));
}

}  // namespace
}  // namespace newsarchive
