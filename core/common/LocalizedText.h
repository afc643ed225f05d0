#pragma once

#include <string>

namespace credit {

// Text a person reads, in both product languages, so a view can switch language without asking
// core again. French is the advisors' language; English must work too.
struct LocalizedText {
    std::string fr;
    std::string en;
    const std::string& in(const std::string& language) const { return language == "en" ? en : fr; }
    bool operator==(const LocalizedText&) const = default;
};

} // namespace credit
