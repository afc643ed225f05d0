// The per-request limits of the scoring server (issue 25): history rows and bureau x
// bureau_balance pairs are counted without pairing anything, and a deadline or a client that
// hung up stops the work at its next checkpoint.
#include "api/RequestBudget.h"

#include "data/ClientRecordJson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace credit;
using namespace credit::api;
using nlohmann::json;

namespace {

data::HomeCreditDataset recordWith(int credits, int months, int bureauKeys)
{
    json body{{"SK_ID_CURR", 1},
              {"NAME_CONTRACT_TYPE", "Cash loans"},
              {"AMT_INCOME_TOTAL", 1e5},
              {"AMT_CREDIT", 4e5},
              {"DAYS_BIRTH", -12000}};
    body["bureau"] = json::array();
    for (int i = 0; i < credits; ++i)
        body["bureau"].push_back({{"SK_ID_BUREAU", i % bureauKeys}});
    body["bureau_balance"] = json::array();
    for (int key = 0; key < bureauKeys; ++key)
        for (int month = 0; month < months; ++month)
            body["bureau_balance"].push_back(
                {{"SK_ID_BUREAU", key}, {"MONTHS_BALANCE", -month}, {"STATUS", "0"}});
    auto parsed = data::clientRecordFromJson(body);
    REQUIRE(parsed.record);
    return std::move(*parsed.record);
}

} // namespace

TEST_CASE("pairs count each bureau row against the balance rows of its own key")
{
    HistoryLimits limits;
    limits.maxHistoryRows = 100000;
    limits.maxBureauBalancePairs = 1000;
    // Distinct keys: as many pairs as balance rows (10 credits x 50 months = 500).
    CHECK_FALSE(exceededLimit(recordWith(10, 50, 10), limits));
    // One key repeated: 40 credits x 50 months = 2,000 pairs from 90 rows.
    const auto excess = exceededLimit(recordWith(40, 50, 1), limits);
    REQUIRE(excess);
    CHECK(excess->table == "bureau_balance");
    CHECK(excess->count == 2000);
    CHECK(excess->limit == 1000);
}

TEST_CASE("history rows of all tables together are limited")
{
    HistoryLimits limits;
    limits.maxHistoryRows = 100;
    const auto excess = exceededLimit(recordWith(10, 10, 10), limits); // 10 + 100 rows
    REQUIRE(excess);
    CHECK(excess->table == "history");
    CHECK(excess->count == 110);
    CHECK_FALSE(exceededLimit(recordWith(5, 10, 5), limits)); // 5 + 50 rows
}

TEST_CASE("a deadline stops the work; a cancelled request says its client is gone")
{
    RequestDeadline open(std::chrono::hours(1));
    CHECK_NOTHROW(open.check());
    open.cancel();
    try {
        open.check();
        FAIL("a cancelled request kept going");
    } catch (const RequestAbandoned& abandoned) {
        CHECK(abandoned.clientGone());
    }
    RequestDeadline past(std::chrono::milliseconds(0));
    try {
        past.check();
        FAIL("a request past its deadline kept going");
    } catch (const RequestAbandoned& abandoned) {
        CHECK_FALSE(abandoned.clientGone());
    }
}
