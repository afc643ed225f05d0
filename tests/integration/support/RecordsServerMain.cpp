// Main of the system-of-record server tests: RECORDS_BACKEND picks SQLite or a PostgreSQL the
// run starts itself; without PostgreSQL binaries the PostgreSQL run skips (exit 77) with why.
#define CATCH_CONFIG_RUNNER
#include "PostgresCluster.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>
#include <cstdio>

namespace credit::testing {
void useSqliteBackend();
void usePostgresBackend();
void releaseBackend();
} // namespace credit::testing

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QByteArray backend = qgetenv("RECORDS_BACKEND");
    try {
        if (backend == "postgresql") {
            if (const auto reason = credit::testing::PostgresCluster::unavailableReason();
                !reason.isEmpty()) {
                std::fprintf(stderr, "SKIPPED: %s\n", qPrintable(reason));
                return 77;
            }
            credit::testing::usePostgresBackend();
        } else {
            credit::testing::useSqliteBackend();
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "cannot prepare the %s backend: %s\n", backend.constData(),
                     error.what());
        return 1;
    }
    const int result = Catch::Session().run(argc, argv);
    credit::testing::releaseBackend();
    return result;
}
