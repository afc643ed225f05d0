#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace credit::ui {

// One bar of a comparison chart, already worded for display: the range or level it covers and
// how many clients of the group fall in it (overall and, when the data has outcomes, by outcome).
// The server hides small counts (1 to N - 1, N its minimum cell count): such a count is 0 here,
// flagged, and must be shown and read out as "fewer than N clients", never as 0.
struct ComparisonBin {
    QString label; // "30 – 35 ans", "Cash loans"
    double clients = 0.0;
    double repaid = 0.0;
    double difficulties = 0.0;
    bool clientsSuppressed = false;
    bool outcomesSuppressed = false;
};

// What a comparison chart shows: the bins of the chosen group, which bin holds the client and
// the sentence that states the finding.
struct ComparisonSeries {
    QString variableLabel; // "Revenu annuel"
    QString groupLabel;    // "tous les clients" / "les clients similaires (1 234)"
    std::vector<ComparisonBin> bins;
    bool hasOutcome = false;
    int clientBin = -1;      // -1 when the client's value is unknown
    QString clientLabel;     // "Client : 34 ans"
    QString finding;         // "Âge : le client est au 72e centile des clients similaires."
    int suppressedBelow = 0; // N of "fewer than N clients" when some counts are hidden, else 0
    // The group's clients with a value, when known apart from the bins (the server's answer):
    // with hidden bins, the shown bins alone would undercount it.
    std::optional<double> knownTotal;
    double total() const
    {
        if (knownTotal)
            return *knownTotal;
        double sum = 0.0;
        for (const auto& bin : bins)
            sum += bin.clients;
        return sum;
    }
};

} // namespace credit::ui
