#include "explain/ClientDescription.h"

#include "explain/HumanFormat.h"

#include <cmath>

namespace credit::explain {

namespace {

constexpr double kDaysPerYear = 365.25;

double numberAt(const data::Table& application, std::string_view column)
{
    const auto* found = application.find(column);
    return found && !found->isCategory() ? found->number(0) : std::nan("");
}

LocalizedText categoryAt(const data::Table& application, std::string_view column)
{
    const auto* found = application.find(column);
    if (!found || !found->isCategory() || found->isMissing(0))
        return notProvided();
    return categoryLevelLabel(column, found->text(0));
}

Fact fact(std::string_view key, LocalizedText value)
{
    const auto* label = findGroupLabel(key);
    return {label ? label->label : LocalizedText{std::string(key), std::string(key)},
            std::move(value)};
}

LocalizedText noHistory()
{
    return {"aucun historique connu", "no known history"};
}

LocalizedText describeHistory(std::string_view key, const HistorySummary& history)
{
    const auto family = key.substr(0, key.find('.'));
    const auto topic = key.substr(key.find('.') + 1);
    if (family == "bureau") {
        if (!history.bureau)
            return noHistory();
        const auto& bureau = *history.bureau;
        if (topic == "active")
            return formatCount(bureau.active, {"crédit en cours", "active credit"},
                               {"crédits en cours", "active credits"});
        if (topic == "closed")
            return formatCount(bureau.closed, {"crédit clôturé", "closed credit"},
                               {"crédits clôturés", "closed credits"});
        if (topic == "debt")
            return formatAmount(bureau.debt);
        if (topic == "overdue") {
            auto amount = formatAmount(bureau.overdue);
            if (bureau.maxDaysOverdue > 0)
                return {amount.fr + ", jusqu'à " + groupDigits(bureau.maxDaysOverdue, 0, "fr") +
                            " jours de retard",
                        amount.en + ", up to " + groupDigits(bureau.maxDaysOverdue, 0, "en") +
                            " days overdue"};
            return amount;
        }
        if (topic == "status")
            return formatCount(bureau.lateMonths, {"mois en retard", "month in arrears"},
                               {"mois en retard", "months in arrears"});
        if (topic == "balance")
            return formatCount(bureau.monthsOfHistory, {"mois d'historique", "month of history"},
                               {"mois d'historique", "months of history"});
        if (topic == "type" && !bureau.mostCommonType.empty())
            return {bureau.mostCommonType, bureau.mostCommonType};
        return formatCount(bureau.credits, {"crédit", "credit"}, {"crédits", "credits"});
    }
    if (family == "previous") {
        if (!history.previous)
            return noHistory();
        const auto& previous = *history.previous;
        if (topic == "approved")
            return formatCount(previous.approved, {"acceptée", "approved"},
                               {"acceptées", "approved"});
        if (topic == "refused")
            return formatCount(previous.refused, {"refusée", "refused"}, {"refusées", "refused"});
        if (topic == "last" && !previous.lastStatus.empty()) {
            const auto status = categoryLevelLabel("NAME_CONTRACT_STATUS", previous.lastStatus);
            const int months = static_cast<int>(previous.daysSinceLast / (kDaysPerYear / 12.0));
            return {status.fr + ", il y a " + std::to_string(months) + " mois",
                    status.en + ", " + std::to_string(months) + " months ago"};
        }
        if (topic == "status")
            return {std::to_string(previous.approved) + " acceptée(s), " +
                        std::to_string(previous.refused) + " refusée(s)",
                    std::to_string(previous.approved) + " approved, " +
                        std::to_string(previous.refused) + " refused"};
        return formatCount(previous.applications, {"demande", "application"},
                           {"demandes", "applications"});
    }
    if (family == "installments") {
        if (!history.instalments || history.instalments->instalments == 0)
            return noHistory();
        const auto& instalments = *history.instalments;
        const double total = instalments.instalments;
        if (topic == "late")
            return {formatPercent(instalments.late / total).fr + " payées en retard",
                    formatPercent(instalments.late / total).en + " paid late"};
        if (topic == "early")
            return {formatPercent(instalments.early / total).fr + " payées en avance",
                    formatPercent(instalments.early / total).en + " paid early"};
        if (topic == "payment_gap")
            return {formatAmount(instalments.unpaid).fr + " non payés",
                    formatAmount(instalments.unpaid).en + " unpaid"};
        if (topic == "amounts")
            return formatAmount(instalments.meanInstalment);
        if (topic == "recent")
            return {std::to_string(instalments.lateLastYear) + " en retard sur " +
                        std::to_string(instalments.lastYear),
                    std::to_string(instalments.lateLastYear) + " late out of " +
                        std::to_string(instalments.lastYear)};
        return formatCount(instalments.instalments, {"échéance", "instalment"},
                           {"échéances", "instalments"});
    }
    if (family == "pos") {
        if (!history.pointOfSale || history.pointOfSale->months == 0)
            return noHistory();
        const auto& pos = *history.pointOfSale;
        if (topic == "late")
            return formatCount(pos.lateMonths, {"mois en retard", "month in arrears"},
                               {"mois en retard", "months in arrears"});
        if (topic == "recent")
            return formatCount(pos.monthsLastYear, {"mois", "month"}, {"mois", "months"});
        return formatCount(pos.months, {"mois d'historique", "month of history"},
                           {"mois d'historique", "months of history"});
    }
    if (family == "card") {
        if (!history.card || history.card->months == 0)
            return noHistory();
        const auto& card = *history.card;
        if (topic == "balance")
            return formatAmount(card.meanBalance);
        if (topic == "limit")
            return formatAmount(card.limit);
        if (topic == "drawings")
            return formatAmount(card.meanDrawings);
        if (topic == "payments")
            return formatAmount(card.meanPayments);
        if (topic == "late")
            return formatCount(card.lateMonths, {"mois en retard", "month in arrears"},
                               {"mois en retard", "months in arrears"});
        return formatCount(card.months, {"mois d'historique", "month of history"},
                           {"mois d'historique", "months of history"});
    }
    return noHistory();
}

} // namespace

LocalizedText formatValue(ValueKind kind, double value)
{
    if (std::isnan(value))
        return notProvided();
    switch (kind) {
    case ValueKind::Amount:
        return formatAmount(value);
    case ValueKind::AgeFromDays:
        return formatYearsFromDays(value);
    case ValueKind::YearsAgo: {
        const auto years = formatYearsFromDays(value);
        if (std::fabs(value) < kDaysPerYear) {
            const int months = static_cast<int>(std::fabs(value) / (kDaysPerYear / 12.0));
            return {"il y a " + std::to_string(months) + " mois",
                    std::to_string(months) + " months ago"};
        }
        return {"il y a " + years.fr, years.en + " ago"};
    }
    case ValueKind::Employment:
        return formatEmployment(value);
    case ValueKind::Score:
        return formatDecimal(value, 2);
    case ValueKind::Percent:
        return formatPercent(value, value < 0.1 ? 1 : 0);
    case ValueKind::Decimal:
        return formatDecimal(value, 2);
    case ValueKind::Count:
        return formatDecimal(value, 0);
    case ValueKind::Flag:
        return value != 0.0 ? LocalizedText{"oui", "yes"} : LocalizedText{"non", "no"};
    case ValueKind::Hour:
        return {formatDecimal(value, 0).fr + "\u00a0h", formatDecimal(value, 0).en + ":00"};
    case ValueKind::Category:
    case ValueKind::History:
        return formatDecimal(value, 2);
    }
    return formatDecimal(value, 2);
}

LocalizedText describeGroupValue(const GroupLabel& label, const data::Table& application,
                                 const HistorySummary& history, std::optional<double> featureValue)
{
    if (label.kind == ValueKind::History)
        return describeHistory(label.key, history);
    if (label.kind == ValueKind::Category)
        return categoryAt(application, label.key);
    if (const auto* column = application.find(label.key); column && !column->isCategory())
        return formatValue(label.kind, column->number(0));
    if (featureValue)
        return formatValue(label.kind, *featureValue);
    return notProvided();
}

ClientFacts describeClient(const data::HomeCreditDataset& client)
{
    const auto& application = client.applications;
    const auto history = HistorySummary::of(client);
    ClientFacts facts;
    facts.clientId = static_cast<long long>(numberAt(application, "SK_ID_CURR"));
    facts.age = fact("DAYS_BIRTH", formatYearsFromDays(numberAt(application, "DAYS_BIRTH")));
    facts.income =
        fact("AMT_INCOME_TOTAL", formatAmount(numberAt(application, "AMT_INCOME_TOTAL")));
    facts.credit = fact("AMT_CREDIT", formatAmount(numberAt(application, "AMT_CREDIT")));
    facts.annuity = fact("AMT_ANNUITY", formatAmount(numberAt(application, "AMT_ANNUITY")));
    facts.goodsPrice =
        fact("AMT_GOODS_PRICE", formatAmount(numberAt(application, "AMT_GOODS_PRICE")));
    facts.employmentLength =
        fact("DAYS_EMPLOYED", formatEmployment(numberAt(application, "DAYS_EMPLOYED")));
    facts.familyStatus = fact("NAME_FAMILY_STATUS", categoryAt(application, "NAME_FAMILY_STATUS"));
    facts.children = fact("CNT_CHILDREN", formatDecimal(numberAt(application, "CNT_CHILDREN"), 0));
    facts.education = fact("NAME_EDUCATION_TYPE", categoryAt(application, "NAME_EDUCATION_TYPE"));
    facts.contractType = fact("NAME_CONTRACT_TYPE", categoryAt(application, "NAME_CONTRACT_TYPE"));
    facts.housing = fact("NAME_HOUSING_TYPE", categoryAt(application, "NAME_HOUSING_TYPE"));
    facts.externalScore1 =
        fact("EXT_SOURCE_1", formatDecimal(numberAt(application, "EXT_SOURCE_1"), 2));
    facts.externalScore2 =
        fact("EXT_SOURCE_2", formatDecimal(numberAt(application, "EXT_SOURCE_2"), 2));
    facts.externalScore3 =
        fact("EXT_SOURCE_3", formatDecimal(numberAt(application, "EXT_SOURCE_3"), 2));
    facts.activeCreditsElsewhere = fact("bureau.active", describeHistory("bureau.active", history));
    facts.closedCreditsElsewhere = fact("bureau.closed", describeHistory("bureau.closed", history));
    facts.previousApplications =
        fact("previous.applications", describeHistory("previous.applications", history));
    facts.previousRefusals = fact("previous.refused", describeHistory("previous.refused", history));
    facts.lateInstalments =
        fact("installments.late", describeHistory("installments.late", history));
    return facts;
}

} // namespace credit::explain
