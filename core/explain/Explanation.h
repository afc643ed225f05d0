#pragma once

#include "common/LocalizedText.h"

#include <string>
#include <vector>

namespace credit::explain {

using credit::LocalizedText;

enum class Decision { Grant, Refuse };

// Where the probability stands relative to the threshold, in words an advisor can use.
enum class Band {
    ClearRefusal,      // far above the threshold
    BorderlineRefusal, // just above
    BorderlineGrant,   // just below
    ComfortableGrant,  // well below
};

// Whether each grouped contribution lists the model features summed into it. The lists are two
// thirds of an API answer's bytes and the same for every client (GET /v1/model maps features to
// groups), so the API builds and sends them only when asked; the app and the CLI keep them.
enum class ContributionDetail { Groups, GroupsWithFeatures };

// One business variable's share of the score: the engineered features behind it summed.
struct GroupContribution {
    std::string key;           // stable identifier, e.g. "EXT_SOURCE_3" or "bureau.active_credits"
    LocalizedText label;       // "Score externe n°3" / "External score no. 3"
    LocalizedText clientValue; // "0,21" / "0.21", "34 ans" / "34 years"
    double logOdds = 0.0;      // exact TreeSHAP sum over the group's features (margin space)
    double points = 0.0; // effect in percentage points of probability (see docs/methodology.md)
    double percentile = -1.0; // client's percentile among reference clients (0-100), -1 if unknown
    // The engineered features summed into this group; empty with ContributionDetail::Groups.
    std::vector<std::string> features;
};

struct Reason {
    std::string groupKey;
    bool adverse = false; // true: raises the risk
    LocalizedText text;   // one plain sentence with the value and the comparison
    double points = 0.0;
};

// Everything an advisor is shown about one score; produced by core, rendered by the views.
struct Explanation {
    double probability = 0.0; // probability of payment difficulties, 0-1
    double margin = 0.0;      // model output in log-odds
    double baseMargin = 0.0;  // TreeSHAP bias term (the average client's log-odds)
    double threshold = 0.0;   // the bundle's decision threshold (probability)
    Decision decision = Decision::Grant;
    double distancePoints = 0.0; // (probability - threshold) in percentage points
    Band band = Band::ComfortableGrant;
    LocalizedText interpretation; // one sentence: probability, decision, distance, band

    std::vector<GroupContribution> contributions; // sorted by |logOdds|, largest first
    std::vector<Reason> adverseReasons;           // at most four
    std::vector<Reason> favourableReasons;        // at most four
    std::string modelVersion;
    // A new field goes into summaryOf (ExplanationSummary.cpp) and its test too.
};

} // namespace credit::explain
