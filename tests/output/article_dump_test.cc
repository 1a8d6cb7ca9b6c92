#include "output/article_dump.h"

#include <gtest/gtest.h>

#include <string>

namespace newsarchive {
namespace {

Article Sample() {
  Article article;
  article.title = "Harbor Bridge Reopens";
  article.source = "NPR";
  article.layout = "npr";
  article.reader = "html";
  article.dateline = "Port Alder";
  article.speakers.push_back({"Lena Okafor", false, {"MAYOR LENA OKAFOR"},
                              {{"Mayor", "Port Alder", RoleSource::kLabel}}});
  Quote turn;
  turn.speaker = 0;
  turn.text = "It is open.\n\n\"Finally,\" they said.";
  turn.via_interpreter = true;
  turn.label = "MAYOR LENA OKAFOR";
  turn.line = 7;
  article.quotes.push_back(turn);
  Quote unattributed;
  unattributed.kind = QuoteKind::kUnattributed;
  unattributed.text = "(Band plays.)";
  article.quotes.push_back(unattributed);
  return article;
}

TEST(ArticleDump, JsonHoldsEveryFieldWithNullForAbsentOnes) {
  std::string out;
  AppendArticleJson(Sample(), "in/bridge.txt", "utf-8", {{3, "odd line"}}, &out);
  EXPECT_EQ(out,
            "{\"file\":\"in/bridge.txt\",\"encoding\":\"utf-8\",\"reader\":\"html\",\"layout\":\"npr\",\"title\":\"Harbor Bridge "
            "Reopens\",\"summary\":null,\"dateline\":\"Port Alder\",\"source\":\"NPR\","
            "\"program\":null,\"url\":null,\"published_on\":null,\"copyright\":null,"
            "\"warnings\":[{\"line\":3,\"message\":\"odd line\"}],"
            "\"speakers\":[{\"name\":\"Lena Okafor\",\"unidentified\":false,\"labels\":[\"MAYOR "
            "LENA OKAFOR\"],\"roles\":[{\"title\":\"Mayor\",\"organization\":\"Port Alder\","
            "\"source\":\"label\"}]}],"
            "\"quotes\":[{\"position\":1,\"speaker\":\"Lena Okafor\",\"kind\":\"turn\","
            "\"via_interpreter\":true,\"annotation\":null,\"label\":\"MAYOR LENA OKAFOR\","
            "\"line\":7,\"text\":\"It is open.\\n\\n\\\"Finally,\\\" they said.\"},"
            "{\"position\":2,\"speaker\":null,\"kind\":\"unattributed\",\"via_interpreter\":"
            "false,\"annotation\":null,\"label\":null,\"line\":null,\"text\":\"(Band plays.)\"}],"
            "\"prose_quotes\":[],\"mentions\":[]}");
}

// What the attribution stage found inside the quotes: each prose quote with its kind, its
// speaker (or the unnamed source) and where it stands, and each mention.
Article WithProse() {
  Article article = Sample();
  article.speakers.push_back({"Ida Brandt", false, {}, {{"engineer", "", RoleSource::kText}}});
  Quote direct;
  direct.kind = QuoteKind::kDirect;
  direct.speaker = -1;
  direct.source = "they";
  direct.text = "Finally";
  direct.found_in = 0;
  direct.begin = 14;
  direct.end = 22;
  article.prose_quotes.push_back(direct);
  Quote reported;
  reported.kind = QuoteKind::kReported;
  reported.speaker = 1;
  reported.text = "the bridge was sound";
  reported.found_in = 1;
  reported.begin = 0;
  reported.end = 5;
  article.prose_quotes.push_back(reported);
  article.mentions.push_back({1, 1, 0, 10});
  return article;
}

TEST(ArticleDump, JsonListsProseQuotesAndMentions) {
  std::string out;
  AppendArticleJson(WithProse(), "in/bridge.txt", "utf-8", {}, &out);
  const size_t at = out.find(",\"prose_quotes\":");
  ASSERT_NE(at, std::string::npos) << out;
  EXPECT_EQ(out.substr(at),
            ",\"prose_quotes\":[{\"kind\":\"direct\",\"speaker\":null,\"source\":\"they\","
            "\"position\":1,\"begin\":14,\"end\":22,\"text\":\"Finally\"},"
            "{\"kind\":\"reported\",\"speaker\":\"Ida Brandt\",\"source\":null,"
            "\"position\":2,\"begin\":0,\"end\":5,\"text\":\"the bridge was sound\"}],"
            "\"mentions\":[{\"name\":\"Ida Brandt\",\"position\":2,\"begin\":0,\"end\":10}]}");
}

TEST(ArticleDump, TextListsProseQuotes) {
  std::string out;
  AppendArticleText(WithProse(), "in/bridge.txt", "utf-8", &out);
  EXPECT_NE(out.find("  prose quotes:\n    direct in 1, (they): Finally\n"
                     "    reported in 2, Ida Brandt: the bridge was sound\n"),
            std::string::npos)
      << out;
}

TEST(ArticleDump, TextShowsHeaderSpeakersAndNumberedQuotes) {
  std::string out;
  AppendArticleText(Sample(), "in/bridge.txt", "utf-8", &out);
  EXPECT_EQ(out,
            "in/bridge.txt (utf-8)\n"
            "  title:         Harbor Bridge Reopens\n"
            "  dateline:      Port Alder\n"
            "  source:        NPR\n"
            "  reader:        html\n"
            "  layout:        npr\n"
            "  speakers:\n"
            "    Lena Okafor: Mayor, Port Alder (label)\n"
            "  quotes:\n"
            "    1. Lena Okafor [via interpreter]: It is open.\n"
            "\n"
            "      \"Finally,\" they said.\n"
            "    2. (unattributed): (Band plays.)\n");
}

TEST(ArticleDump, AnArticleSaysItsFormATranscriptDoesNot) {
  Article article = Sample();
  std::string transcript;
  AppendArticleJson(article, "a.txt", "utf-8", {}, &transcript);
  EXPECT_EQ(transcript.find("\"form\""), std::string::npos);
  article.form = StoryForm::kArticle;
  std::string json;
  AppendArticleJson(article, "a.txt", "utf-8", {}, &json);
  EXPECT_NE(json.find("\"layout\":\"npr\",\"form\":\"article\",\"title\""), std::string::npos);
  std::string text;
  AppendArticleText(article, "a.txt", "utf-8", &text);
  EXPECT_NE(text.find("  layout:        npr\n  form:          article\n  speakers:"),
            std::string::npos);
}

}  // namespace
}  // namespace newsarchive
