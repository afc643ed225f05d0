#pragma once

#include "features/FeatureSpec.h"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace credit::features {

// Which source columns the model may not use. A column excluded here takes with it every
// feature that reads it, in any table: CODE_GENDER removes its one-hot levels, and
// HOUR_APPR_PROCESS_START removes the applicant's hour as well as the min/max/mean of the hours
// of the previous applications. The rule is applied when the spec is fitted, so an excluded
// column is never computed into the model's inputs and cannot move a score or name a reason.
//
// The default excludes attributes a refusal may not rest on (EU and French anti-discrimination
// law, US Regulation B): gender and family status; and process artefacts no advisor can give as
// a reason (the hour and weekday the application was keyed in). Age, children and household
// size stay model inputs and are measured by core/fairness instead (docs/methodology.md §9).
struct FeaturePolicy {
    static constexpr int kFormatVersion = 1;

    struct Exclusion {
        std::string column;
        std::string reason; // why the column is out, in English (docs/methodology.md in full)
        bool operator==(const Exclusion&) const = default;
    };

    std::vector<Exclusion> excluded;
    // Columns of the default policy that this policy lets back in (`--allow-attribute`): kept so
    // the bundle and the run record say the default was overridden.
    std::vector<std::string> allowedDefaults;

    static FeaturePolicy defaults();
    // The policy of a run with no exclusion at all (tests, the with/without comparison).
    static FeaturePolicy none() { return {}; }

    bool excludes(const std::string& column) const;
    // Whether `feature` reads an excluded column (any of its source columns, any table).
    bool excludes(const FeatureDefinition& feature) const;
    std::vector<std::string> excludedColumns() const;

    // Adds a column (no-op when already excluded); the reason is "excluded by the data team"
    // unless given.
    void exclude(const std::string& column, const std::string& reason = {});
    // Removes a column; returns false when it was not excluded. A column of the default policy
    // is recorded in allowedDefaults.
    bool allow(const std::string& column);

    // Drops from `spec` every feature that reads an excluded column (the vocabulary stays, so
    // the spec still describes the data it was fitted on).
    void applyTo(FeatureSpec& spec) const;

    nlohmann::json toJson() const;
    // Throws std::runtime_error naming the field when `json` is not a policy.
    static FeaturePolicy fromJson(const nlohmann::json& json);

    bool operator==(const FeaturePolicy&) const = default;
};

} // namespace credit::features
