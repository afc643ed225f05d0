#pragma once

#include "common/LocalizedText.h"
#include "document/EditableField.h"

#include <QLocale>
#include <QString>

#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace credit::data {
struct FieldIssue;
}

namespace credit::ui {

// What the advisor typed in one field, checked with core's field rules: the column's JSON value
// when it is accepted (null = the field was cleared), otherwise why not in both languages, so an
// inline message follows a language switch without being checked again.
struct FieldCheck {
    std::optional<nlohmann::json> value;
    LocalizedText problem;
    bool accepted() const { return value.has_value(); }
};

// `text` is what the advisor sees (years for ages, a level as written in the data for categories),
// read in `locale` first; "150 000", "150000,5" and "150000.5" are all accepted, since advisors
// paste numbers from elsewhere.
FieldCheck checkFieldText(const EditableField& field, const QString& text, const QLocale& locale);

// Record-level issues (core's client-record parser) as one sentence in both languages.
LocalizedText describeFieldIssues(const std::vector<data::FieldIssue>& issues);

} // namespace credit::ui
