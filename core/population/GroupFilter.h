#pragma once

#include <array>
#include <optional>
#include <string>

namespace credit::population {

// The similar-clients group an advisor builds: every set field must match; unset fields do not
// filter. Category fields hold the level as written in the data ("F", "Cash loans").
struct GroupFilter {
    struct Range {
        double minimum;
        double maximum; // inclusive minimum, exclusive maximum
        bool operator==(const Range&) const = default;
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
    bool operator==(const GroupFilter&) const = default;
};

// The category filters by their names in the API's query strings and answers ("gender",
// "contract_type", ...): the server reads and writes them, and the app sends them, from this one
// list.
struct CategoryFilterField {
    const char* name;
    std::optional<std::string> GroupFilter::*member;
};

inline const std::array<CategoryFilterField, 5>& categoryFilterFields()
{
    static const std::array<CategoryFilterField, 5> fields{
        {{"gender", &GroupFilter::gender},
         {"contract_type", &GroupFilter::contractType},
         {"education", &GroupFilter::education},
         {"family_status", &GroupFilter::familyStatus},
         {"housing", &GroupFilter::housing}}};
    return fields;
}

} // namespace credit::population
