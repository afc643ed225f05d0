#include "explain/ClientDescription.h"

#include <catch2/catch.hpp>

using namespace credit;
using namespace credit::explain;

namespace {

data::HomeCreditDataset oneClient()
{
    data::HomeCreditDataset client;
    auto& application = client.applications;
    application.addColumn("SK_ID_CURR", data::ColumnKind::Key).appendNumber(100002);
    application.addColumn("DAYS_BIRTH", data::ColumnKind::Days).appendNumber(-12500);
    application.addColumn("DAYS_EMPLOYED", data::ColumnKind::Days).appendNumber(365243);
    application.addColumn("AMT_INCOME_TOTAL", data::ColumnKind::Real).appendNumber(202500);
    application.addColumn("NAME_CONTRACT_TYPE", data::ColumnKind::Category)
        .appendCategory("Cash loans");
    application.addColumn("EXT_SOURCE_3", data::ColumnKind::Real).appendMissing();

    data::Table bureau("bureau");
    auto& id = bureau.addColumn("SK_ID_CURR", data::ColumnKind::Key);
    auto& active = bureau.addColumn("CREDIT_ACTIVE", data::ColumnKind::Category);
    auto& debt = bureau.addColumn("AMT_CREDIT_SUM_DEBT", data::ColumnKind::Real);
    for (const auto& [status, amount] :
         {std::pair{"Active", 1000.0}, {"Closed", 0.0}, {"Active", 500.0}}) {
        id.appendNumber(100002);
        active.appendCategory(status);
        debt.appendNumber(amount);
    }
    client.bureau = std::move(bureau);

    data::Table instalments("installments_payments");
    auto& due = instalments.addColumn("DAYS_INSTALMENT", data::ColumnKind::Days);
    auto& paid = instalments.addColumn("DAYS_ENTRY_PAYMENT", data::ColumnKind::Days);
    for (const auto& [d, p] :
         {std::pair{-100.0, -90.0}, {-130.0, -135.0}, {-160.0, -160.0}, {-190.0, -180.0}}) {
        due.appendNumber(d);
        paid.appendNumber(p);
    }
    client.installmentsPayments = std::move(instalments);
    return client;
}

} // namespace

TEST_CASE("the client's facts are labelled and formatted for an advisor")
{
    const auto facts = describeClient(oneClient());
    CHECK(facts.clientId == 100002);
    CHECK(facts.age.label.fr == "Âge");
    CHECK(facts.age.value.fr == "34 ans");
    CHECK(facts.income.value.en == "€202,500");
    CHECK(facts.contractType.value.fr == "Prêt en espèces");
    CHECK(facts.employmentLength.value.fr.find("sans emploi salarié") == 0);
    CHECK(facts.externalScore3.value.fr == "non renseigné");
    CHECK(facts.activeCreditsElsewhere.value.fr == "2 crédits en cours");
    CHECK(facts.closedCreditsElsewhere.value.en == "1 closed credit");
    CHECK(facts.lateInstalments.value.fr == "50\u00a0% payées en retard");
    CHECK(facts.previousApplications.value.fr == "aucun historique connu"); // table unknown
}

TEST_CASE("history summaries count what the advisor asks about")
{
    const auto history = HistorySummary::of(oneClient());
    REQUIRE(history.bureau);
    CHECK(history.bureau->credits == 3);
    CHECK(history.bureau->active == 2);
    CHECK(history.bureau->debt == 1500.0);
    REQUIRE(history.instalments);
    CHECK(history.instalments->late == 2);
    CHECK(history.instalments->early == 1);
    CHECK_FALSE(history.previous);
}
