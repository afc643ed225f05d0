// The generated files' headers are the real Kaggle headers (names and order), read from the real
// sample files at test time.
#include "GeneratedCsv.h"
#include "SharedData.h"
#include "synth/PortfolioGenerator.h"

#include <catch2/catch.hpp>

using namespace credit;
using namespace credit::synth::testing;

TEST_CASE("every generated file has the header of the real Kaggle file")
{
    const auto real = credit::testing::sharedDataDir();
    TemporaryFolder folder("synth-headers");
    synth::PortfolioOptions options;
    options.applicants = 50;
    synth::generatePortfolio(folder.path(), options);

    const std::pair<data::TableId, std::filesystem::path> files[] = {
        {data::TableId::ApplicationTrain, real / "application_train.csv"},
        {data::TableId::ApplicationTest, real / "application_test.csv"},
        {data::TableId::Bureau, real / "unlinked-20000/bureau.csv"},
        {data::TableId::BureauBalance, real / "unlinked-20000/bureau_balance.csv"},
        {data::TableId::PreviousApplication, real / "unlinked-20000/previous_application_1500.csv"},
        {data::TableId::PosCashBalance, real / "unlinked-20000/POS_CASH_balance.csv"},
        {data::TableId::InstallmentsPayments, real / "unlinked-20000/installments_payments.csv"},
        {data::TableId::CreditCardBalance, real / "unlinked-20000/credit_card_balance.csv"},
    };
    for (const auto& [table, realFile] : files) {
        INFO(data::fileName(table));
        CHECK(firstLine(folder.path() / data::fileName(table)) == firstLine(realFile));
    }
}
