#include "parse/story_metadata.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive {
namespace {

TEST(StoryMetadata, FindsDates) {
  struct Case {
    const char* text;
    const char* date;
  } cases[] = {
      {"February 27, 2019", "2019-02-27"},
      {"Aired May 12, 2005 - 13:30 ET", "2005-05-12"},
      {"Updated Feb. 27, 2019 at 5:01 PM", "2019-02-27"},
      {"Feb 7 2019", "2019-02-07"},
      {"Sept. 3, 2020", "2020-09-03"},
      {"posted 2019-02-27T10:00", "2019-02-27"},
      {"27 February 2019", "2019-02-27"},
      {"for Tuesday, November 9th, 2010", "2010-11-09"},
      {"Sunday, 18th February 2007", "2007-02-18"},
      {"May 1st 2019", "2019-05-01"},
      {"the 9th of May", ""},
      {"February 27, 20195:01 AM ET", "2019-02-27"},
      {"May I ask you something in 2019?", ""},
      {"March 45, 2019", ""},
      {"2019-13-01", ""},
      {"no date", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(FindIsoDate(c.text), c.date) << c.text;
}

TEST(StoryMetadata, FindsUrlsSourcesAndYears) {
  std::vector<std::string> urls =
      FindUrls("see https://www.npr.org/2019/02/27/a. And (http://example.com/b), then <x>");
  ASSERT_EQ(urls.size(), 2u);
  EXPECT_EQ(urls[0], "https://www.npr.org/2019/02/27/a");
  EXPECT_EQ(urls[1], "http://example.com/b");
  EXPECT_EQ(SourceNamedIn("Transcript provided by NPR, Copyright NPR."), "NPR");
  EXPECT_EQ(SourceNamedIn("COPYRIGHT 2005 CABLE NEWS NETWORK"), "CNN");
  EXPECT_EQ(SourceNamedIn("Copyright © 2019 NewsHour Productions LLC"), "PBS");
  EXPECT_EQ(SourceNamedIn("Fox News Channel"), "Fox News");
  EXPECT_EQ(SourceNamedIn("an MSNBC host"), "MSNBC");
  EXPECT_EQ(SourceNamedIn("Meet the Press - May 3, 2015"), "NBC");
  EXPECT_EQ(SourceNamedIn("nothing"), "");
  EXPECT_EQ(SourceOfCopyright("Copyright 2023 North Sound Public Radio. To see more..."),
            "North Sound Public Radio");
  EXPECT_EQ(SourceOfCopyright("Copyright 2015 NPR. To see more"), "NPR");
  EXPECT_EQ(FindYear("Copyright 2015 NPR"), "2015");
  EXPECT_EQ(FindYear("call 800-989-8255"), "");
}

TEST(StoryMetadata, FindsProgramsNamedByHosts) {
  struct Case {
    const char* text;
    const char* program;
  } cases[] = {
      {"This is TALK OF THE NATION. I'm Neal Conan.", "Talk of the Nation"},
      {"From NPR News, this is ALL THINGS CONSIDERED. I'm Jane Doe.", "All Things Considered"},
      {"This is FRESH AIR.", "Fresh Air"},
      {"You're listening to ASK ME ANOTHER, NPR's hour of puzzles.", "Ask Me Another"},
      {"Hey there. It's the NPR POLITICS PODCAST.", "NPR Politics Podcast"},
      {"It's The Nina Hale Show on WRXR.", "Nina Hale Show"},
      {"This is Jane Doe from NPR News.", ""},
      {"This is NPR NEWS.", ""},
      {"this is a test", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(ProgramNamedIn(c.text), c.program) << c.text;
}

TEST(StoryMetadata, TellsHeadlinesFromOtherLines) {
  EXPECT_TRUE(LooksLikeHeadline("How To Speak Plain English"));
  EXPECT_TRUE(LooksLikeHeadline("5 Things To Know About The Ferry Strike"));
  EXPECT_TRUE(LooksLikeHeadline("Why Is The Harbor Quiet?"));
  EXPECT_FALSE(LooksLikeHeadline("July 22, 2008"));
  EXPECT_FALSE(LooksLikeHeadline("The council voted last night to block the debate."));
  EXPECT_FALSE(LooksLikeHeadline("a quiet harbor after the long strike ended"));
  EXPECT_FALSE(LooksLikeHeadline("Headline"));
}

TEST(StoryMetadata, ReadsDatedTeasers) {
  DatedTeaser t;
  ASSERT_TRUE(ParseDatedTeaser("July 22, 2008 \u00b7 A dry summer.", &t));
  EXPECT_EQ(t.date, "2008-07-22");
  EXPECT_EQ(t.program, "");
  EXPECT_EQ(t.teaser, "A dry summer.");
  ASSERT_TRUE(ParseDatedTeaser("Morning Edition, October 12, 2004 \u00b7 Crews walked off.", &t));
  EXPECT_EQ(t.program, "Morning Edition");
  EXPECT_EQ(t.date, "2004-10-12");
  EXPECT_FALSE(ParseDatedTeaser("A dry summer \u00b7 in 2008 and more", &t));
  EXPECT_FALSE(ParseDatedTeaser("No separator here, July 22, 2008.", &t));
}

}  // namespace
}  // namespace newsarchive
