// `credit-scoring import` and `credit-scoring audit verify`: thin wrappers over core/records.
#include "CommandLine.h"
#include "TerminalProgressBar.h"
#include "records/PortfolioImport.h"
#include "records/Records.h"

#include <QCoreApplication>

#include <cstdio>
#include <fstream>
#include <memory>

namespace credit::cli {

namespace {

// Qt SQL loads its drivers as plugins, which wants an application object.
std::unique_ptr<QCoreApplication> qtForSql()
{
    if (QCoreApplication::instance())
        return nullptr;
    static int argc = 1;
    static char name[] = "credit-scoring";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QCoreApplication>(argc, argv);
}

constexpr std::size_t kRejectedShown = 20;

} // namespace

int runImport(const std::vector<std::string>& arguments)
{
    const CommandLine commandLine(arguments, {"data", "database", "rejected-report", "batch-size"},
                                  {});
    const auto folder = commandLine.required("data");
    const auto url = commandLine.required("database");
    const auto batchSize = commandLine.integer("batch-size", 500);
    if (batchSize < 1)
        throw UsageError("--batch-size must be at least 1");
    const auto application = qtForSql();
    auto records = records::Records::open(QString::fromStdString(url));

    auto reading = std::make_unique<TerminalProgressBar>("reading");
    std::unique_ptr<TerminalProgressBar> storing;
    const auto report = records::importPortfolio(
        folder, *records.clients,
        [&](std::string_view stage, std::size_t done, std::size_t total) {
            if (stage == "reading") {
                reading->update(done, total);
                return;
            }
            if (!storing) {
                reading->finish();
                storing = std::make_unique<TerminalProgressBar>("storing");
            }
            storing->update(done, total);
        },
        static_cast<std::size_t>(batchSize));
    if (storing)
        storing->finish();
    else
        reading->finish();

    std::printf("Imported into %s: %zu training and %zu test applicants.\n",
                qPrintable(records.database->url().display()), report.trainClients,
                report.testClients);
    std::printf("Time: reading %.1f s, preparing files %.1f s (summed over worker threads), "
                "writing %.1f s, writer waiting for files %.1f s.\n",
                report.timings.reading, report.timings.preparing, report.timings.writing,
                report.timings.waiting);
    for (const auto& warning : report.warnings)
        std::printf("warning: %s\n", warning.c_str());
    std::printf("Rejected rows: %zu\n", report.rejected.size());
    for (std::size_t i = 0; i < report.rejected.size() && i < kRejectedShown; ++i)
        std::printf("  %s line %zu: %s\n", report.rejected[i].file.c_str(), report.rejected[i].line,
                    report.rejected[i].reason.c_str());
    if (const auto path = commandLine.value("rejected-report")) {
        std::ofstream out(*path);
        out << "file,line,reason\n";
        for (const auto& row : report.rejected)
            out << row.file << ',' << row.line << ",\"" << row.reason << "\"\n";
        out.close();
        if (!out)
            throw std::runtime_error("cannot write the rejected-rows report " + *path);
        std::printf("Every rejected row is listed in %s.\n", path->c_str());
    } else if (report.rejected.size() > kRejectedShown) {
        std::printf("  ... and %zu more: give --rejected-report FILE to list them all.\n",
                    report.rejected.size() - kRejectedShown);
    }
    return 0;
}

int runAudit(const std::vector<std::string>& arguments)
{
    if (arguments.empty() || arguments[0] != "verify")
        throw UsageError("the only audit action is 'verify'");
    const CommandLine commandLine({arguments.begin() + 1, arguments.end()}, {"database"}, {});
    const auto application = qtForSql();
    auto records = records::Records::open(QString::fromStdString(commandLine.required("database")));
    const auto verification = records.decisions->verify();
    if (verification.intact()) {
        std::printf("Decision chain intact: %zu record(s) checked in %s.\n", verification.checked,
                    qPrintable(records.database->url().display()));
        return 0;
    }
    std::printf("Decision chain BROKEN at record %lld: %s (%zu record(s) before it are intact).\n",
                static_cast<long long>(*verification.firstBroken), qPrintable(verification.reason),
                verification.checked);
    return 3;
}

} // namespace credit::cli
