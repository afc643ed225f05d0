#pragma once

#include <QString>

#include <vector>

namespace credit::ui {

// One bar of a comparison chart, already worded for display: the range or level it covers and
// how many clients of the group fall in it (overall and, when the data has outcomes, by outcome).
struct ComparisonBin {
    QString label; // "30 – 35 ans", "Cash loans"
    double clients = 0.0;
    double repaid = 0.0;
    double difficulties = 0.0;
};

// What a comparison chart shows: the bins of the chosen group, which bin holds the client and
// the sentence that states the finding.
struct ComparisonSeries {
    QString variableLabel; // "Revenu annuel"
    QString groupLabel;    // "tous les clients" / "les clients similaires (1 234)"
    std::vector<ComparisonBin> bins;
    bool hasOutcome = false;
    int clientBin = -1;  // -1 when the client's value is unknown
    QString clientLabel; // "Client : 34 ans"
    QString finding;     // "Âge : le client est au 72e centile des clients similaires."
    double total() const
    {
        double sum = 0.0;
        for (const auto& bin : bins)
            sum += bin.clients;
        return sum;
    }
};

} // namespace credit::ui
