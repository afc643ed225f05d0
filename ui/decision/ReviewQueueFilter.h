#pragma once

#include <QDate>

#include <optional>

namespace credit::ui {

// What the supervisors' review lists: overrides only or every decision, and from which day.
struct ReviewQueueFilter {
    bool overridesOnly = true;
    std::optional<QDate> since; // the first day shown (local calendar day), or no bound
    bool operator==(const ReviewQueueFilter&) const = default;
};

} // namespace credit::ui
