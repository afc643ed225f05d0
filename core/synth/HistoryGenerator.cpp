#include "synth/HistoryGenerator.h"

#include "data/ColumnKind.h"
#include "synth/CsvText.h"
#include "synth/KaggleColumns.h"

#include <algorithm>
#include <cmath>

namespace credit::synth {

namespace {

using data::TableId;

// Volumes of the full Kaggle data (307,511 applicants), which the thinned linked sample cannot
// show: share of applicants with no bureau credit / no previous application, rows per applicant.
constexpr double kNoBureauShare = 0.143;
constexpr double kBureauPerApplicant = 5.6;
constexpr double kNoPreviousShare = 0.054;
constexpr double kPreviousPerApplicant = 5.4;
// Share of bureau credits with a monthly bureau_balance history, and the months it goes back.
constexpr double kBureauBalanceCoverage = 0.41;
constexpr int kBureauBalanceMaxMonths = 97;
constexpr double kDaysPerMonth = 30.4375;
// POS_CASH_balance goes back at most this many months; some instalments are paid in two parts.
constexpr int kPosMaxMonths = 60;
constexpr double kSplitPaymentShare = 0.14;
// How strongly the applicant's behaviour multiplies the rate of bad events (log scale).
constexpr double kBehaviourEffect = 0.9;
constexpr double kRefusalEffect = 0.5;

// exp(a h - a^2/2): mean 1 over applicants, so calibrated base rates are kept on average.
double riskMultiplier(double behaviour, double effect)
{
    return std::exp(effect * behaviour - effect * effect / 2.0);
}

int monthOf(double day)
{
    return static_cast<int>(std::floor(day / kDaysPerMonth));
}

} // namespace

HistoryCounts drawHistoryCounts(std::uint64_t seed, std::uint64_t index)
{
    Random random(seed, index, StreamPurpose::HistoryCounts);
    HistoryCounts counts;
    if (!random.chance(kNoBureauShare))
        counts.bureauCredits =
            1 + std::min(random.negativeBinomial(kBureauPerApplicant / (1.0 - kNoBureauShare) - 1.0,
                                                 1.5),
                         60);
    if (!random.chance(kNoPreviousShare))
        counts.previousApplications =
            1 + std::min(random.negativeBinomial(
                             kPreviousPerApplicant / (1.0 - kNoPreviousShare) - 1.0, 1.2),
                         60);
    return counts;
}

HistoryGenerator::HistoryGenerator()
    : bureau_(TableId::Bureau, kaggleColumns(TableId::Bureau)),
      bureauBalance_(TableId::BureauBalance, kaggleColumns(TableId::BureauBalance)),
      previous_(TableId::PreviousApplication, kaggleColumns(TableId::PreviousApplication)),
      pos_(TableId::PosCashBalance, kaggleColumns(TableId::PosCashBalance)),
      instalments_(TableId::InstallmentsPayments, kaggleColumns(TableId::InstallmentsPayments)),
      card_(TableId::CreditCardBalance, kaggleColumns(TableId::CreditCardBalance))
{
    bActive_ = bureau_.index("CREDIT_ACTIVE");
    bDaysCredit_ = bureau_.index("DAYS_CREDIT");
    bOverdueDays_ = bureau_.index("CREDIT_DAY_OVERDUE");
    bEndDate_ = bureau_.index("DAYS_CREDIT_ENDDATE");
    bEndFact_ = bureau_.index("DAYS_ENDDATE_FACT");
    bMaxOverdue_ = bureau_.index("AMT_CREDIT_MAX_OVERDUE");
    bSum_ = bureau_.index("AMT_CREDIT_SUM");
    bDebt_ = bureau_.index("AMT_CREDIT_SUM_DEBT");
    bSumOverdue_ = bureau_.index("AMT_CREDIT_SUM_OVERDUE");
    bUpdate_ = bureau_.index("DAYS_CREDIT_UPDATE");
    pType_ = previous_.index("NAME_CONTRACT_TYPE");
    pAnnuity_ = previous_.index("AMT_ANNUITY");
    pApplication_ = previous_.index("AMT_APPLICATION");
    pCredit_ = previous_.index("AMT_CREDIT");
    pGoods_ = previous_.index("AMT_GOODS_PRICE");
    pStatus_ = previous_.index("NAME_CONTRACT_STATUS");
    pDecision_ = previous_.index("DAYS_DECISION");
    pReject_ = previous_.index("CODE_REJECT_REASON");
    pCount_ = previous_.index("CNT_PAYMENT");
    pFirstDrawing_ = previous_.index("DAYS_FIRST_DRAWING");
    pFirstDue_ = previous_.index("DAYS_FIRST_DUE");
    pLastDue1_ = previous_.index("DAYS_LAST_DUE_1ST_VERSION");
    pLastDue_ = previous_.index("DAYS_LAST_DUE");
    pTermination_ = previous_.index("DAYS_TERMINATION");
    pInsured_ = previous_.index("NFLAG_INSURED_ON_APPROVAL");
    cLimit_ = card_.index("AMT_CREDIT_LIMIT_ACTUAL");
    cBalance_ = card_.index("AMT_BALANCE");
    cPrincipal_ = card_.index("AMT_RECEIVABLE_PRINCIPAL");
    cReceivable_ = card_.index("AMT_RECIVABLE");
    cTotalReceivable_ = card_.index("AMT_TOTAL_RECEIVABLE");
    cMinRegularity_ = card_.index("AMT_INST_MIN_REGULARITY");
    cMature_ = card_.index("CNT_INSTALMENT_MATURE_CUM");
    cStatus_ = card_.index("NAME_CONTRACT_STATUS");
    cDpd_ = card_.index("SK_DPD");
    cDpdDef_ = card_.index("SK_DPD_DEF");
    const auto* status = previous_.marginal(pStatus_);
    for (std::size_t i = 0; status && i < status->levels.size(); ++i)
        if (status->levels[i] == "Refused")
            refusedLevel_ = i;
}

std::string HistoryGenerator::header(TableId table) const
{
    switch (table) {
    case TableId::Bureau:
        return bureau_.header();
    case TableId::BureauBalance:
        return bureauBalance_.header();
    case TableId::PreviousApplication:
        return previous_.header();
    case TableId::PosCashBalance:
        return pos_.header();
    case TableId::InstallmentsPayments:
        return instalments_.header();
    case TableId::CreditCardBalance:
        return card_.header();
    default:
        return {};
    }
}

void HistoryGenerator::generate(const ApplicantFacts& applicant, std::uint64_t seed,
                                std::uint64_t index, long long firstBureauId,
                                long long firstPreviousId, GeneratedText& out)
{
    const HistoryCounts counts = drawHistoryCounts(seed, index);
    Random random(seed, index, StreamPurpose::Histories);
    const double riskScale = riskMultiplier(applicant.behaviour, kBehaviourEffect);
    for (int i = 0; i < counts.bureauCredits; ++i)
        bureauCredit(applicant, firstBureauId + i, riskScale, random, out);
    for (int i = 0; i < counts.previousApplications; ++i)
        previousApplication(applicant, firstPreviousId + i, riskScale, random, out);
}

void HistoryGenerator::bureauCredit(const ApplicantFacts& applicant, long long bureauId,
                                    double riskScale, Random& random, GeneratedText& out)
{
    bureau_.fillFromMarginals(random, false);
    bureau_[0].set(static_cast<double>(applicant.id));
    bureau_[1].set(static_cast<double>(bureauId));
    double daysCredit = bureau_[bDaysCredit_].number;
    if (std::isnan(daysCredit))
        daysCredit = -1000.0;
    // Nobody had credit before turning 18.
    daysCredit = std::round(std::max(daysCredit, applicant.daysBirth + 18 * 365.25));
    bureau_[bDaysCredit_].set(daysCredit);
    const bool active = bureau_[bActive_].isText && bureau_[bActive_].text == "Active";
    const bool closed = bureau_[bActive_].isText && bureau_[bActive_].text == "Closed";
    double closedOn = kMissing;
    if (closed) {
        closedOn = std::round(daysCredit + random.uniform() * -daysCredit);
        bureau_[bEndFact_].set(closedOn);
        if (!std::isnan(bureau_[bDebt_].number))
            bureau_[bDebt_].set(0.0);
    } else {
        bureau_[bEndFact_].clear();
        const double sum = bureau_[bSum_].number;
        if (!std::isnan(bureau_[bDebt_].number) && !std::isnan(sum))
            bureau_[bDebt_].set(sum * random.uniform());
    }
    const double update = bureau_[bUpdate_].number;
    if (!std::isnan(update))
        bureau_[bUpdate_].set(std::max(update, daysCredit));
    const bool overdueNow = active && random.chance(0.012 * riskScale);
    bureau_[bOverdueDays_].set(overdueNow ? 1.0 + static_cast<double>(random.below(120)) : 0.0);
    if (!std::isnan(bureau_[bSumOverdue_].number))
        bureau_[bSumOverdue_].set(overdueNow && !std::isnan(bureau_[bSum_].number)
                                      ? bureau_[bSum_].number * 0.1 * random.uniform()
                                      : 0.0);
    if (!std::isnan(bureau_[bMaxOverdue_].number) &&
        !random.chance(std::min(1.0, 0.25 * riskScale)))
        bureau_[bMaxOverdue_].set(0.0);
    bureau_.appendCsv(out.of(TableId::Bureau));
    out.countRow(TableId::Bureau);

    if (!random.chance(kBureauBalanceCoverage))
        return;
    // Months from 0 (the application month) back to the credit's opening, consecutive.
    const int months = std::clamp(-monthOf(daysCredit) + 1, 1, kBureauBalanceMaxMonths);
    const int closedMonth = std::isnan(closedOn) ? 1 : monthOf(closedOn);
    const auto& shares = historyCalibration().bureauStatusShares; // 0,1,2,3,4,5,X
    const double unknown = shares[6];
    const double late =
        std::min(0.5, (shares[1] + shares[2] + shares[3] + shares[4] + shares[5]) * riskScale);
    static constexpr std::string_view kLateStatus[] = {"1", "2", "3", "4", "5"};
    auto& text = out.of(TableId::BureauBalance);
    int lateRun = 0;
    for (int m = 0; m > -months; --m) {
        std::string_view status = "0";
        if (m > closedMonth) {
            status = "C";
        } else if (lateRun > 0) {
            status = kLateStatus[std::min(lateRun, 5) - 1];
            lateRun = random.chance(0.5) ? lateRun - 1 : 0;
        } else {
            const double u = random.uniform();
            if (u < unknown)
                status = "X";
            else if (u < unknown + late) {
                lateRun = 1 + static_cast<int>(random.below(2));
                status = kLateStatus[lateRun - 1];
                --lateRun;
            }
        }
        appendInteger(text, bureauId);
        text.push_back(',');
        appendInteger(text, m);
        text.push_back(',');
        text.append(status);
        text.push_back('\n');
    }
    out.rows[static_cast<std::size_t>(TableId::BureauBalance)] += static_cast<std::size_t>(months);
}

void HistoryGenerator::previousApplication(const ApplicantFacts& applicant, long long previousId,
                                           double riskScale, Random& random, GeneratedText& out)
{
    previous_.fillFromMarginals(random, false);
    previous_[0].set(static_cast<double>(previousId));
    previous_[1].set(static_cast<double>(applicant.id));

    // Refusals: the calibrated share, raised for applicants who behave riskily.
    const auto* status = previous_.marginal(pStatus_);
    const double refusedShare =
        status->cumulativeNonDefault[refusedLevel_] -
        (refusedLevel_ ? status->cumulativeNonDefault[refusedLevel_ - 1] : 0.0);
    const bool refused = random.chance(
        std::min(0.9, refusedShare * riskMultiplier(applicant.behaviour, kRefusalEffect)));
    if (refused) {
        previous_[pStatus_].setText("Refused");
    } else {
        for (int attempt = 0; attempt < 16 && previous_[pStatus_].text == "Refused"; ++attempt)
            previous_.drawColumn(pStatus_, random, false);
        if (previous_[pStatus_].text == "Refused")
            previous_[pStatus_].setText("Approved");
    }
    const bool approved = previous_[pStatus_].text == "Approved";
    if (!refused)
        previous_[pReject_].setText("XAP");
    else
        for (int attempt = 0;
             attempt < 16 && previous_[pReject_].isText && previous_[pReject_].text == "XAP";
             ++attempt)
            previous_.drawColumn(pReject_, random, false);

    const bool revolving = previous_[pType_].isText && previous_[pType_].text == "Revolving loans";
    double decision = previous_[pDecision_].number;
    if (std::isnan(decision))
        decision = -600.0;
    decision = std::round(std::max(decision, applicant.daysBirth + 18 * 365.25));
    previous_[pDecision_].set(decision);

    // Amounts: the credit follows the application, the annuity the credit over the term. An
    // approved credit has an amount (zero amounts belong to cancelled offers).
    for (int attempt = 0; attempt < 16 && approved && !(previous_[pApplication_].number > 0.0);
         ++attempt)
        previous_.drawColumn(pApplication_, random, false);
    const double application = previous_[pApplication_].number;
    double count = previous_[pCount_].number;
    if (revolving) {
        count = 0.0;
        previous_[pCount_].set(0.0);
    } else if (std::isnan(count) || count <= 0.0) {
        count = 12.0;
        previous_[pCount_].set(count);
    }
    double credit = kMissing;
    if (!std::isnan(application)) {
        credit = application * (0.9 + 0.3 * random.uniform());
        previous_[pCredit_].set(credit);
        if (!std::isnan(previous_[pGoods_].number))
            previous_[pGoods_].set(application);
        if (!std::isnan(previous_[pAnnuity_].number) && count > 0.0)
            previous_[pAnnuity_].set(credit * (1.0 + 0.012 * count) / count);
    }

    // Dates exist only for approved credits.
    const double firstDue = decision + 30.0 + std::round(10.0 * random.uniform());
    if (approved) {
        previous_[pFirstDrawing_].set(data::kNoDateSentinel);
        previous_[pFirstDue_].set(revolving ? data::kNoDateSentinel : firstDue);
        const double lastDue = firstDue + 30.0 * (count - 1.0);
        previous_[pLastDue1_].set(revolving ? data::kNoDateSentinel : lastDue);
        const bool finished = !revolving && lastDue < 0.0;
        previous_[pLastDue_].set(finished ? lastDue : data::kNoDateSentinel);
        previous_[pTermination_].set(finished ? lastDue + std::round(8.0 * random.uniform())
                                              : data::kNoDateSentinel);
        if (std::isnan(previous_[pInsured_].number))
            previous_[pInsured_].set(random.chance(0.33) ? 1.0 : 0.0);
    } else {
        for (const auto column :
             {pFirstDrawing_, pFirstDue_, pLastDue1_, pLastDue_, pTermination_, pInsured_})
            previous_[column].clear();
    }
    previous_.appendCsv(out.of(TableId::PreviousApplication));
    out.countRow(TableId::PreviousApplication);

    if (!approved || std::isnan(credit) || credit <= 0.0)
        return;
    if (revolving)
        cardHistory(previousId, applicant.id, static_cast<int>(decision), riskScale, random, out);
    else
        instalmentLoan(previousId, applicant.id, static_cast<int>(firstDue),
                       static_cast<int>(count), previous_[pAnnuity_].number, riskScale, random,
                       out);
}

void HistoryGenerator::instalmentLoan(long long previousId, long long applicantId, int firstDueDay,
                                      int instalments, double instalmentAmount, double riskScale,
                                      Random& random, GeneratedText& out)
{
    if (std::isnan(instalmentAmount))
        instalmentAmount = 5000.0 + 20000.0 * random.uniform();
    const auto& calibration = historyCalibration();
    // POS_CASH_balance: one row per month from the first month of the loan to the last
    // completed month (or -1), consecutive; CNT_INSTALMENT_FUTURE counts down.
    const int startMonth = std::max(monthOf(firstDueDay), -kPosMaxMonths);
    const int endMonth = std::min(-1, monthOf(firstDueDay) + instalments);
    auto& pos = out.of(TableId::PosCashBalance);
    const double dpdShare = std::min(0.5, calibration.posDpdShare * riskScale);
    int dpdRun = 0;
    for (int m = startMonth; m <= endMonth; ++m) {
        const int elapsed = m - monthOf(firstDueDay) + 1;
        const int future = std::max(0, instalments - std::max(0, elapsed));
        if (dpdRun > 0)
            dpdRun = random.chance(0.6) ? dpdRun + static_cast<int>(random.below(31)) : 0;
        else if (random.chance(dpdShare))
            dpdRun = 1 + static_cast<int>(random.below(30));
        appendInteger(pos, previousId);
        pos.push_back(',');
        appendInteger(pos, applicantId);
        pos.push_back(',');
        appendInteger(pos, m);
        pos.append(",");
        appendNumber(pos, instalments, NumberFormat::FloatWithPoint, 0);
        pos.push_back(',');
        appendNumber(pos, future, NumberFormat::FloatWithPoint, 0);
        pos.append(future == 0 && m == endMonth && elapsed > instalments ? ",Completed,"
                                                                         : ",Active,");
        appendInteger(pos, dpdRun);
        pos.push_back(',');
        appendInteger(pos, dpdRun > 30 ? dpdRun : 0);
        pos.push_back('\n');
        out.countRow(TableId::PosCashBalance);
    }

    // installments_payments: each due instalment, paid near its day; late and partial payments
    // (the remainder paid in a second row) are more frequent for risky behaviour.
    auto& text = out.of(TableId::InstallmentsPayments);
    const double lateShare = std::min(0.7, calibration.instalmentLateShare * riskScale);
    const double partialShare = std::min(0.6, calibration.instalmentPartialShare * riskScale);
    const double earlyProbability = 1.0 - calibration.instalmentLateShare;
    for (int k = 1; k <= instalments; ++k) {
        const int due = firstDueDay + 30 * (k - 1);
        if (due > -1)
            break;
        if (due < -2922)
            continue;
        double delay = 0.0;
        if (random.chance(lateShare))
            delay = 1.0 + std::floor(-std::log(random.uniform()) * 12.0 * std::sqrt(riskScale));
        else
            delay =
                std::min(0.0, std::round(interpolateQuantile(calibration.paymentDelayQuantiles,
                                                             random.uniform() * earlyProbability)));
        const double entry = std::min(-1.0, due + delay);
        const bool partial = random.chance(partialShare + kSplitPaymentShare);
        const double paid =
            partial ? std::round(instalmentAmount * (0.1 + 0.8 * random.uniform()) * 100.0) / 100.0
                    : instalmentAmount;
        const auto writeRow = [&](double entryDay, double amount) {
            appendInteger(text, previousId);
            text.push_back(',');
            appendInteger(text, applicantId);
            text.append(",1.0,");
            appendInteger(text, k);
            text.push_back(',');
            appendNumber(text, due, NumberFormat::FloatWithPoint, 0);
            text.push_back(',');
            appendNumber(text, entryDay, NumberFormat::FloatWithPoint, 0);
            text.push_back(',');
            appendNumber(text, instalmentAmount, NumberFormat::FloatWithPoint, 3);
            text.push_back(',');
            appendNumber(text, amount, NumberFormat::FloatWithPoint, 3);
            text.push_back('\n');
            out.countRow(TableId::InstallmentsPayments);
        };
        writeRow(entry, paid);
        if (partial) {
            const double rest = std::min(-1.0, entry + 1.0 + std::floor(20.0 * random.uniform()));
            writeRow(rest, std::round((instalmentAmount - paid) * 1000.0) / 1000.0);
        }
    }
}

void HistoryGenerator::cardHistory(long long previousId, long long applicantId, int decisionDay,
                                   double riskScale, Random& random, GeneratedText& out)
{
    // credit_card_balance: one row per month from the card's opening to month -1, consecutive.
    const int startMonth = std::max(monthOf(decisionDay), -96);
    const double usage =
        std::min(1.2, std::pow(random.uniform(), 1.0 / std::max(0.2, 0.5 * riskScale)));
    const double dpdShare = std::min(0.5, historyCalibration().posDpdShare * riskScale);
    int mature = 0;
    int dpdRun = 0;
    for (int m = startMonth; m <= -1; ++m) {
        card_.fillFromMarginals(random, false);
        card_[0].set(static_cast<double>(previousId));
        card_[1].set(static_cast<double>(applicantId));
        card_[2].set(m);
        double limit = card_[cLimit_].number;
        if (std::isnan(limit))
            limit = 135000.0;
        card_[cLimit_].set(limit);
        const double balance =
            std::round(limit * usage * (0.8 + 0.4 * random.uniform()) * 1000.0) / 1000.0;
        card_[cBalance_].set(balance);
        card_[cPrincipal_].set(std::round(balance * 0.96 * 1000.0) / 1000.0);
        card_[cReceivable_].set(balance);
        card_[cTotalReceivable_].set(balance);
        if (!std::isnan(card_[cMinRegularity_].number))
            card_[cMinRegularity_].set(std::round(balance * 0.05 * 1000.0) / 1000.0);
        if (balance > 0.0)
            ++mature;
        card_[cMature_].set(mature);
        card_[cStatus_].setText("Active");
        if (dpdRun > 0)
            dpdRun = random.chance(0.6) ? dpdRun + 30 : 0;
        else if (random.chance(dpdShare * 0.5))
            dpdRun = 1 + static_cast<int>(random.below(30));
        card_[cDpd_].set(dpdRun);
        card_[cDpdDef_].set(dpdRun > 30 ? dpdRun : 0);
        card_.appendCsv(out.of(TableId::CreditCardBalance));
        out.countRow(TableId::CreditCardBalance);
    }
}

} // namespace credit::synth
