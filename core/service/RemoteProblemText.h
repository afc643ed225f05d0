#pragma once

#include "common/LocalizedText.h"

#include <string>

namespace credit::service {

// How the app words a scoring server's failures, in both languages at once, so that a message
// already on screen follows a later language switch. Shared by every remote call (scores,
// suggestions). Qt's own network reasons are English: they go in the English text only.
LocalizedText apiKeyRefused(const std::string& server, int httpStatus);
LocalizedText serverSilent(const std::string& server, const std::string& qtReason, int attempts);
LocalizedText serverFailing(const std::string& server, int httpStatus, int attempts);
LocalizedText answerUnreadable(const std::string& server, const std::string& why);
// The server's problem document `detail` names the offending field (English, API wording).
LocalizedText fileRejected(int httpStatus, const std::string& detail);

} // namespace credit::service
