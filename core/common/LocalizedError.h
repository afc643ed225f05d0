#pragma once

#include "common/LocalizedText.h"

#include <stdexcept>
#include <utility>

namespace credit {

// A failure an advisor reads, worded in both product languages, so a French screen never shows
// an English sentence; what() is the English text (logs, tests).
class LocalizedError : public std::runtime_error {
public:
    explicit LocalizedError(LocalizedText text)
        : std::runtime_error(text.en), text_(std::move(text))
    {}
    const LocalizedText& text() const { return text_; }

private:
    LocalizedText text_;
};

} // namespace credit
