// Catch2 main for tests that read the real rows in ../shared/data/homecredit. When the folder is
// absent the executable prints why and exits with 77, which CTest reports as "skipped".
#define CATCH_CONFIG_RUNNER
#include "SharedData.h"

#include <catch2/catch.hpp>
#include <iostream>

int main(int argc, char* argv[])
{
    if (!credit::testing::sharedDataAvailable()) {
        std::cout << "SKIPPED: real Home Credit rows not found at '"
                  << credit::testing::sharedDataDir().string()
                  << "' (set CREDIT_SHARED_DATA or place ../shared/data/homecredit beside the "
                     "repository)\n";
        return 77;
    }
    return Catch::Session().run(argc, argv);
}
