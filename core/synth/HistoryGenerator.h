#pragma once

#include "synth/ApplicantGenerator.h"
#include "synth/GeneratedText.h"
#include "synth/TableRow.h"

#include <cstdint>

namespace credit::synth {

// How many bureau credits and previous applications an applicant has. Drawn from a stream of
// its own so the portfolio writer can assign SK_ID_BUREAU / SK_ID_PREV in order cheaply.
struct HistoryCounts {
    int bureauCredits = 0;
    int previousApplications = 0;
};

HistoryCounts drawHistoryCounts(std::uint64_t seed, std::uint64_t index);

// Writes an applicant's bureau, bureau_balance, previous_application, POS_CASH_balance,
// installments_payments and credit_card_balance rows. The applicant's behaviour (correlated with
// the latent risk) raises days past due, late and partial payments, refusals and card usage.
class HistoryGenerator {
public:
    HistoryGenerator();

    void generate(const ApplicantFacts& applicant, std::uint64_t seed, std::uint64_t index,
                  long long firstBureauId, long long firstPreviousId, GeneratedText& out);

    std::string header(data::TableId table) const;

private:
    void bureauCredit(const ApplicantFacts& applicant, long long bureauId, double riskScale,
                      Random& random, GeneratedText& out);
    void previousApplication(const ApplicantFacts& applicant, long long previousId,
                             double riskScale, Random& random, GeneratedText& out);
    void instalmentLoan(long long previousId, long long applicantId, int firstDueDay,
                        int instalments, double instalmentAmount, double riskScale, Random& random,
                        GeneratedText& out);
    void cardHistory(long long previousId, long long applicantId, int decisionDay, double riskScale,
                     Random& random, GeneratedText& out);

    TableRow bureau_, bureauBalance_, previous_, pos_, instalments_, card_;
    // Column indexes used by the structure code.
    std::size_t bActive_, bDaysCredit_, bOverdueDays_, bEndDate_, bEndFact_, bMaxOverdue_, bSum_,
        bDebt_, bSumOverdue_, bUpdate_;
    std::size_t pType_, pAnnuity_, pApplication_, pCredit_, pGoods_, pStatus_, pDecision_, pReject_,
        pCount_, pFirstDrawing_, pFirstDue_, pLastDue1_, pLastDue_, pTermination_, pInsured_;
    std::size_t cLimit_, cBalance_, cPrincipal_, cReceivable_, cTotalReceivable_, cMinRegularity_,
        cMature_, cStatus_, cDpd_, cDpdDef_;
    std::size_t refusedLevel_ = 0;
};

} // namespace credit::synth
