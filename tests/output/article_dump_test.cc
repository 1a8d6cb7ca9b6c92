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
            "{\"file\":\"in/bridge.txt\",\"encoding\":\"utf-8\",\"layout\":\"npr\",\"title\":\"Harbor Bridge "
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
            "false,\"annotation\":null,\"label\":null,\"line\":null,\"text\":\"(Band plays.)\"}]}");
}

TEST(ArticleDump, TextShowsHeaderSpeakersAndNumberedQuotes) {
  std::string out;
  AppendArticleText(Sample(), "in/bridge.txt", "utf-8", &out);
  EXPECT_EQ(out,
            "in/bridge.txt (utf-8)\n"
            "  title:         Harbor Bridge Reopens\n"
            "  dateline:      Port Alder\n"
            "  source:        NPR\n"
            "  layout:        npr\n"
            "  speakers:\n"
            "    Lena Okafor: Mayor, Port Alder (label)\n"
            "  quotes:\n"
            "    1. Lena Okafor [via interpreter]: It is open.\n"
            "\n"
            "      \"Finally,\" they said.\n"
            "    2. (unattributed): (Band plays.)\n");
}

}  // namespace
}  // namespace newsarchive
