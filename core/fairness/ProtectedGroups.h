#pragma once

#include "common/LocalizedText.h"

#include <string>
#include <vector>

namespace credit::data {
class Table;
}

namespace credit::fairness {

// Applicants sorted into the groups a fairness analysis compares. Each applicant is in at most one
// group of a grouping; -1 when the attribute is missing (not counted in any group).
struct Grouping {
    struct Group {
        std::string key;
        LocalizedText label;
    };
    std::string key;
    std::string column;
    LocalizedText label;
    std::vector<Group> groups;
    std::vector<int> rowGroup; // per applicant row, index into groups or -1
};

// Age bands in whole years from DAYS_BIRTH: under 25, 25-34, 35-44, 45-54, 55 and over.
int ageBandOf(double daysBirth); // -1 when missing

// The groupings of the analysis, from the application table: gender (CODE_GENDER levels seen or
// F/M), age bands (always all five, so an empty band shows as "not computable"), family status
// (NAME_FAMILY_STATUS levels, schema order) and having children (CNT_CHILDREN > 0). A grouping
// whose column the table lacks is left out. These attributes are read here for measuring only:
// the feature policy keeps the excluded ones away from the model.
std::vector<Grouping> protectedGroupings(const data::Table& applications);

} // namespace credit::fairness
