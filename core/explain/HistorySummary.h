#pragma once

#include "data/HomeCreditDataset.h"

#include <optional>
#include <string>

namespace credit::explain {

// The client's history in the related tables, summarised in the terms an advisor uses. Each
// part is empty (std::nullopt) when its table is unknown; a known table with no rows gives zeros.
struct HistorySummary {
    struct Bureau {
        int credits = 0;
        int active = 0;
        int closed = 0;
        double debt = 0.0;    // sum of AMT_CREDIT_SUM_DEBT over active credits
        double overdue = 0.0; // sum of AMT_CREDIT_SUM_OVERDUE
        double maxDaysOverdue = 0.0;
        int monthsOfHistory = 0;    // bureau_balance months recorded
        int lateMonths = 0;         // bureau_balance months with STATUS 1-5
        std::string mostCommonType; // CREDIT_TYPE
    };
    struct Previous {
        int applications = 0;
        int approved = 0;
        int refused = 0;
        std::string lastStatus; // NAME_CONTRACT_STATUS of the latest DAYS_DECISION
        double daysSinceLast = 0.0;
        double meanCredit = 0.0; // mean AMT_CREDIT
    };
    struct Instalments {
        int instalments = 0;
        int late = 0;        // paid after the due date
        int early = 0;       // paid before the due date
        double unpaid = 0.0; // sum of max(0, instalment - payment)
        double meanInstalment = 0.0;
        int lastYear = 0; // instalments due in the last 12 months
        int lateLastYear = 0;
    };
    struct PointOfSale {
        int months = 0;
        int lateMonths = 0; // SK_DPD > 0
        double maxDaysPastDue = 0.0;
        int monthsLastYear = 0;
    };
    struct Card {
        int months = 0;
        double meanBalance = 0.0;
        double limit = 0.0; // latest AMT_CREDIT_LIMIT_ACTUAL
        double meanDrawings = 0.0;
        double meanPayments = 0.0;
        int lateMonths = 0;
    };

    std::optional<Bureau> bureau;
    std::optional<Previous> previous;
    std::optional<Instalments> instalments;
    std::optional<PointOfSale> pointOfSale;
    std::optional<Card> card;

    // Summarises every history row of `client` (a one-applicant dataset).
    static HistorySummary of(const data::HomeCreditDataset& client);
};

} // namespace credit::explain
