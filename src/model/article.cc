#include "model/article.h"

namespace newsarchive {

const char* RoleSourceName(RoleSource source) {
  switch (source) {
    case RoleSource::kLabel: return "label";
    case RoleSource::kText: return "text";
    case RoleSource::kBio: return "bio";
    case RoleSource::kIntro: return "intro";
    case RoleSource::kSignoff: return "signoff";
  }
  return "label";
}

const char* QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kTurn: return "turn";
    case QuoteKind::kUnattributed: return "unattributed";
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kReported: return "reported";
  }
  return "turn";
}

const char* StoryFormName(StoryForm form) {
  return form == StoryForm::kArticle ? "article" : "transcript";
}

}  // namespace newsarchive
