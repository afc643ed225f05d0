#include "api/ClientIndex.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace credit;

namespace {

records::ClientSummary summary(long long id, qint64 revision)
{
    records::ClientSummary client;
    client.id = id;
    client.origin = QStringLiteral("train");
    client.revision = revision;
    client.numbers.fill(std::numeric_limits<double>::quiet_NaN());
    return client;
}

std::size_t scoredCount(const api::ClientIndex& index)
{
    std::size_t scored = 0;
    for (const auto& score : index.snapshot()->scores)
        scored += score.has_value();
    return scored;
}

} // namespace

TEST_CASE("After a model swap the index drops the old model's scores and takes only the new one's",
          "[api]")
{
    api::ClientIndex index(QStringLiteral("v-old"));
    index.merge({summary(1, 10), summary(2, 11)});
    index.setScores({{1, QStringLiteral("v-old"), 10, 0.2, QStringLiteral("grant")},
                     {2, QStringLiteral("v-old"), 11, 0.7, QStringLiteral("refuse")}});
    index.rebuild();
    CHECK(scoredCount(index) == 2);

    index.switchModel(QStringLiteral("v-new"));
    index.rebuild();
    CHECK(index.modelVersion() == QStringLiteral("v-new"));
    CHECK(scoredCount(index) == 0); // unscored until the new model's scores arrive
    CHECK(index.snapshot()->clients.size() == 2);

    // A background pass that started before the swap lands late: ignored.
    index.setScores({{1, QStringLiteral("v-old"), 10, 0.2, QStringLiteral("grant")}});
    index.setScores({{2, QStringLiteral("v-new"), 11, 0.4, QStringLiteral("grant")}});
    index.rebuild();
    REQUIRE(scoredCount(index) == 1);
    CHECK(index.snapshot()->scores[index.snapshot()->rowOf.at(2)]->probability == 0.4);

    // Switching to the same model changes nothing.
    index.switchModel(QStringLiteral("v-new"));
    index.rebuild();
    CHECK(scoredCount(index) == 1);
}
