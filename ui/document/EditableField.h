#pragma once

#include "common/LocalizedText.h"

#include <QString>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace credit::ui {

// One field of the edit form: the Home Credit column it writes and how the advisor sees it
// (ages and years of employment in years, not DAYS_*).
struct EditableField {
    enum class Unit { Number, Years, Category };
    std::string column;
    LocalizedText label;
    Unit unit = Unit::Number;
    bool required = false;
    int decimals = 0;

    // The column's JSON value for what the advisor typed (already parsed), e.g. 34 years ->
    // DAYS_BIRTH -12418.5; the inverse for display.
    double toColumn(double shown) const;
    double fromColumn(double stored) const;
};

// The application fields the form edits, in display order.
const std::vector<EditableField>& editableFields();
const EditableField* findEditableField(const std::string& column);

// A new application's starting values: a plausible average applicant.
nlohmann::json newApplicationDefaults();

} // namespace credit::ui
