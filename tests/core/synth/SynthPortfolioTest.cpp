// A generated 2,000-applicant portfolio: keys link, months are consecutive, payments follow their
// schedule, and the main rates stay within stated tolerances of the calibration.
#include "GeneratedCsv.h"
#include "synth/Calibration.h"
#include "synth/PortfolioGenerator.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <set>

using namespace credit;
using namespace credit::synth::testing;

namespace {

constexpr std::size_t kApplicants = 2000;

struct Portfolio {
    TemporaryFolder folder{"synth-portfolio"};
    synth::PortfolioSummary summary;
    CsvFile train, test, bureau, bureauBalance, previous, pos, instalments, card;

    Portfolio()
    {
        synth::PortfolioOptions options;
        options.applicants = kApplicants;
        options.seed = 7;
        summary = synth::generatePortfolio(folder.path(), options);
        const auto& dir = folder.path();
        train = readCsv(dir / "application_train.csv");
        test = readCsv(dir / "application_test.csv");
        bureau = readCsv(dir / "bureau.csv");
        bureauBalance = readCsv(dir / "bureau_balance.csv");
        previous = readCsv(dir / "previous_application.csv");
        pos = readCsv(dir / "POS_CASH_balance.csv");
        instalments = readCsv(dir / "installments_payments.csv");
        card = readCsv(dir / "credit_card_balance.csv");
    }
};

const Portfolio& portfolio()
{
    static const Portfolio generated;
    return generated;
}

double number(const std::string& text)
{
    return text.empty() ? std::nan("") : std::stod(text);
}

// Checks that, per key, the months form one run of consecutive integers (whatever the order).
template <typename Key>
void checkConsecutiveMonths(const std::map<Key, std::vector<long long>>& monthsByKey,
                            bool endsAtZero)
{
    for (const auto& [key, unsorted] : monthsByKey) {
        auto months = unsorted;
        std::sort(months.begin(), months.end());
        INFO("key " << key);
        REQUIRE(std::adjacent_find(months.begin(), months.end()) == months.end());
        CHECK(months.back() - months.front() + 1 == static_cast<long long>(months.size()));
        CHECK(months.back() <= 0);
        if (endsAtZero)
            CHECK(months.back() == 0);
    }
}

} // namespace

TEST_CASE("summary counts match the files and every applicant is in train or test")
{
    const auto& p = portfolio();
    CHECK(p.train.rows.size() + p.test.rows.size() == kApplicants);
    CHECK(p.summary.rowsOf(data::TableId::ApplicationTrain) == p.train.rows.size());
    CHECK(p.summary.rowsOf(data::TableId::BureauBalance) == p.bureauBalance.rows.size());
    CHECK(p.summary.rowsOf(data::TableId::InstallmentsPayments) == p.instalments.rows.size());
    CHECK(std::count(p.train.header.begin(), p.train.header.end(), "TARGET") == 1);
    CHECK(std::count(p.test.header.begin(), p.test.header.end(), "TARGET") == 0);
    CHECK(p.test.header.size() + 1 == p.train.header.size());
}

TEST_CASE("every related row belongs to its applicant")
{
    const auto& p = portfolio();
    std::set<std::string> applicants;
    for (const auto& row : p.train.rows)
        CHECK(applicants.insert(row[0]).second);
    for (const auto& row : p.test.rows)
        CHECK(applicants.insert(row[0]).second);

    std::map<std::string, std::string> bureauOwner;
    for (const auto& row : p.bureau.rows) {
        CHECK(applicants.count(row[p.bureau.column("SK_ID_CURR")]) == 1);
        CHECK(bureauOwner.emplace(row[p.bureau.column("SK_ID_BUREAU")], row[0]).second);
    }
    std::size_t orphanMonths = 0;
    for (const auto& row : p.bureauBalance.rows)
        orphanMonths += bureauOwner.count(row[0]) == 0;
    CHECK(orphanMonths == 0);

    std::map<std::string, std::string> previousOwner;
    for (const auto& row : p.previous.rows) {
        CHECK(applicants.count(row[1]) == 1);
        CHECK(previousOwner.emplace(row[0], row[1]).second);
    }
    for (const CsvFile* table : {&p.pos, &p.instalments, &p.card}) {
        std::size_t wrongOwner = 0;
        for (const auto& row : table->rows) {
            const auto owner = previousOwner.find(row[0]);
            wrongOwner += owner == previousOwner.end() || owner->second != row[1];
        }
        CHECK(wrongOwner == 0);
    }
}

TEST_CASE("monthly balances are consecutive per credit")
{
    const auto& p = portfolio();
    std::map<std::string, std::vector<long long>> bureauMonths, posMonths, cardMonths;
    for (const auto& row : p.bureauBalance.rows)
        bureauMonths[row[0]].push_back(std::stoll(row[1]));
    for (const auto& row : p.pos.rows)
        posMonths[row[0]].push_back(std::stoll(row[p.pos.column("MONTHS_BALANCE")]));
    for (const auto& row : p.card.rows)
        cardMonths[row[0]].push_back(std::stoll(row[p.card.column("MONTHS_BALANCE")]));
    REQUIRE(!bureauMonths.empty());
    REQUIRE(!posMonths.empty());
    REQUIRE(!cardMonths.empty());
    checkConsecutiveMonths(bureauMonths, true);
    checkConsecutiveMonths(posMonths, false);
    checkConsecutiveMonths(cardMonths, false);
}

TEST_CASE("instalment payments follow their schedule, with some late and partial payments")
{
    const auto& p = portfolio();
    const auto due = p.instalments.column("DAYS_INSTALMENT");
    const auto paid = p.instalments.column("DAYS_ENTRY_PAYMENT");
    const auto amount = p.instalments.column("AMT_INSTALMENT");
    const auto payment = p.instalments.column("AMT_PAYMENT");
    std::size_t near = 0, late = 0, partial = 0, overpaid = 0;
    for (const auto& row : p.instalments.rows) {
        const double delay = number(row[paid]) - number(row[due]);
        near += std::abs(delay) <= 60.0;
        late += delay > 0.0;
        partial += number(row[payment]) < number(row[amount]) - 0.01;
        overpaid += number(row[payment]) > number(row[amount]) + 0.01;
    }
    const double rows = static_cast<double>(p.instalments.rows.size());
    REQUIRE(rows > 0);
    CHECK(near / rows > 0.9);
    CHECK(late / rows > 0.02);
    CHECK(late / rows < 0.5);
    CHECK(partial / rows > 0.02);
    CHECK(overpaid == 0);
}

TEST_CASE("rates stay within tolerance of the calibration")
{
    const auto& p = portfolio();
    const auto target = p.train.column("TARGET");
    double defaults = 0;
    for (const auto& row : p.train.rows)
        defaults += row[target] == "1";
    const double trainRows = static_cast<double>(p.train.rows.size());
    // Binomial standard deviation on ~1,800 rows is 0.0064: three of them.
    CHECK(defaults / trainRows == Approx(synth::applicantCalibration().defaultRate).margin(0.02));

    const auto& marginals = synth::marginals(data::TableId::ApplicationTrain);
    const auto find = [&](std::string_view name) {
        return *std::find_if(marginals.begin(), marginals.end(),
                             [&](const auto& m) { return m.name == name; });
    };
    const auto ext1 = p.train.column("EXT_SOURCE_1");
    double ext1Missing = 0;
    for (const auto& row : p.train.rows)
        ext1Missing += row[ext1].empty();
    CHECK(ext1Missing / trainRows > 0.5);
    CHECK(ext1Missing / trainRows == Approx(find("EXT_SOURCE_1").missingRate).margin(0.04));

    const auto& contract = find("NAME_CONTRACT_TYPE");
    REQUIRE(contract.levels.front() == "Cash loans");
    const double cashShare =
        synth::applicantCalibration().defaultRate * contract.cumulativeDefault.front() +
        (1 - synth::applicantCalibration().defaultRate) * contract.cumulativeNonDefault.front();
    const auto contractColumn = p.train.column("NAME_CONTRACT_TYPE");
    double cash = 0;
    for (const auto& row : p.train.rows)
        cash += row[contractColumn] == "Cash loans";
    CHECK(cash / trainRows == Approx(cashShare).margin(0.03));

    // Rows per applicant of the full Kaggle data: 5.6, 88.8, 5.4, 32.5, 44.2, 12.5.
    const double applicants = kApplicants;
    CHECK(p.bureau.rows.size() / applicants == Approx(5.6).margin(0.5));
    CHECK(p.bureauBalance.rows.size() / applicants == Approx(88.8).margin(12.0));
    CHECK(p.previous.rows.size() / applicants == Approx(5.4).margin(0.5));
    CHECK(p.pos.rows.size() / applicants == Approx(32.5).margin(5.0));
    CHECK(p.instalments.rows.size() / applicants == Approx(44.2).margin(6.0));
    CHECK(p.card.rows.size() / applicants == Approx(12.5).margin(4.0));
}

TEST_CASE(
    "the building-information block is missing together and pensioners carry the 365243 sentinel")
{
    const auto& p = portfolio();
    std::vector<std::size_t> averages, block;
    for (std::size_t i = 0; i < p.train.header.size(); ++i) {
        const auto& name = p.train.header[i];
        const auto suffix = name.substr(name.rfind('_') + 1);
        if (suffix == "AVG")
            averages.push_back(i);
        if (suffix == "AVG" || suffix == "MODE" || suffix == "MEDI")
            block.push_back(i);
    }
    REQUIRE(averages.size() == 14);
    const auto employed = p.train.column("DAYS_EMPLOYED");
    const auto income = p.train.column("NAME_INCOME_TYPE");
    const auto children = p.train.column("CNT_CHILDREN");
    const auto family = p.train.column("CNT_FAM_MEMBERS");
    std::size_t blockSplit = 0, blockPresent = 0, sentinels = 0, sentinelPensioners = 0,
                familyTooSmall = 0;
    for (const auto& row : p.train.rows) {
        // Where the block is absent every one of its figures is absent.
        const bool anyAverage =
            std::any_of(averages.begin(), averages.end(), [&](auto i) { return !row[i].empty(); });
        const bool anyFigure =
            std::any_of(block.begin(), block.end(), [&](auto i) { return !row[i].empty(); });
        blockSplit += !anyAverage && anyFigure;
        blockPresent += anyAverage;
        if (row[employed] == "365243") {
            ++sentinels;
            sentinelPensioners += row[income] == "Pensioner";
        }
        familyTooSmall += number(row[family]) < number(row[children]) + 1;
    }
    CHECK(blockSplit == 0);
    // Real share of applicants with building figures: about half.
    CHECK(blockPresent > 0.3 * p.train.rows.size());
    CHECK(blockPresent < 0.7 * p.train.rows.size());
    CHECK(sentinels > 0);
    CHECK(sentinelPensioners > 0.9 * sentinels);
    CHECK(familyTooSmall == 0);
}
