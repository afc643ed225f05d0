#pragma once

#include <optional>
#include <string>

namespace credit::population {

// The similar-clients group an advisor builds: every set field must match; unset fields do not
// filter. Category fields hold the level as written in the data ("F", "Cash loans").
struct GroupFilter {
    struct Range {
        double minimum;
        double maximum; // inclusive minimum, exclusive maximum
    };
    std::optional<std::string> gender;
    std::optional<Range> ageYears;
    std::optional<Range> income;
    std::optional<std::string> contractType;
    std::optional<std::string> education;
    std::optional<std::string> familyStatus;
    std::optional<std::string> housing;

    bool selectsEveryone() const
    {
        return !gender && !ageYears && !income && !contractType && !education && !familyStatus &&
               !housing;
    }
};

} // namespace credit::population
