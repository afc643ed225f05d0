#include "fairness/ProtectedGroups.h"

#include "data/Table.h"
#include "explain/FeatureLabels.h"

#include <cmath>

namespace credit::fairness {

namespace {

// A grouping over a category column: one group per level of the column's dictionary (schema
// levels first, so the order is stable), translated like the explanations' category values.
Grouping categoryGrouping(const data::Table& applications, const std::string& key,
                          const std::string& column, LocalizedText label)
{
    Grouping grouping{key, column, std::move(label), {}, {}};
    const auto& values = applications.column(column);
    if (!values.isCategory())
        return grouping;
    std::vector<int> groupOfCode(values.levels().size(), -1);
    for (std::size_t code = 0; code < values.levels().size(); ++code) {
        const auto& level = values.levels()[code];
        if (level == "XNA" || level == "Unknown")
            continue; // the data's own "not given": treated as missing
        groupOfCode[code] = static_cast<int>(grouping.groups.size());
        grouping.groups.push_back({level, explain::categoryLevelLabel(column, level)});
    }
    grouping.rowGroup.reserve(values.size());
    for (const auto code : values.codes())
        grouping.rowGroup.push_back(code < 0 ? -1 : groupOfCode[static_cast<std::size_t>(code)]);
    return grouping;
}

} // namespace

int ageBandOf(double daysBirth)
{
    if (std::isnan(daysBirth))
        return -1;
    const double years = -daysBirth / 365.25;
    if (years < 25)
        return 0;
    if (years < 35)
        return 1;
    if (years < 45)
        return 2;
    if (years < 55)
        return 3;
    return 4;
}

std::vector<Grouping> protectedGroupings(const data::Table& applications)
{
    std::vector<Grouping> groupings;
    if (applications.hasColumn("CODE_GENDER"))
        groupings.push_back(
            categoryGrouping(applications, "gender", "CODE_GENDER", {"Genre", "Gender"}));
    if (const auto* birth = applications.find("DAYS_BIRTH"); birth && !birth->isCategory()) {
        Grouping age{"age_band",
                     "DAYS_BIRTH",
                     {"Tranche d'âge", "Age band"},
                     {{"<25", {"Moins de 25 ans", "Under 25"}},
                      {"25-34", {"25-34 ans", "25-34"}},
                      {"35-44", {"35-44 ans", "35-44"}},
                      {"45-54", {"45-54 ans", "45-54"}},
                      {"55+", {"55 ans et plus", "55 and over"}}},
                     {}};
        for (const double days : birth->numbers())
            age.rowGroup.push_back(ageBandOf(days));
        groupings.push_back(std::move(age));
    }
    if (applications.hasColumn("NAME_FAMILY_STATUS"))
        groupings.push_back(categoryGrouping(applications, "family_status", "NAME_FAMILY_STATUS",
                                             {"Situation familiale", "Family status"}));
    if (const auto* children = applications.find("CNT_CHILDREN");
        children && !children->isCategory()) {
        Grouping grouping{"children",
                          "CNT_CHILDREN",
                          {"Enfants", "Children"},
                          {{"without_children", {"Sans enfant", "No children"}},
                           {"with_children", {"Avec enfants", "With children"}}},
                          {}};
        for (const double count : children->numbers())
            grouping.rowGroup.push_back(std::isnan(count) ? -1 : (count > 0 ? 1 : 0));
        groupings.push_back(std::move(grouping));
    }
    return groupings;
}

} // namespace credit::fairness
