#include "app/LocalScenarioScoring.h"

#include "data/ClientRecordJson.h"
#include "explain/ExplanationEngine.h"

#include <QStringList>

namespace credit::ui {

namespace {

QString issuesText(const std::vector<data::FieldIssue>& issues)
{
    QStringList lines;
    for (const auto& issue : issues)
        lines << QString::fromStdString(issue.field + ": " + issue.message);
    return lines.join(QStringLiteral("; "));
}

} // namespace

ScenarioScoring localScenarioScoring(std::shared_ptr<const explain::ExplanationEngine> engine)
{
    ScenarioScoring scoring;
    scoring.score = [engine](const nlohmann::json& record) {
        ScenarioScore result;
        auto parsed = data::clientRecordFromJson(record);
        if (!parsed.record) {
            result.error = issuesText(parsed.issues);
            return result;
        }
        try {
            result.explanation = engine->explain(*parsed.record);
        } catch (const std::exception& error) {
            result.error = QString::fromUtf8(error.what());
        }
        return result;
    };
    scoring.suggest = [engine](const nlohmann::json& record) {
        auto parsed = data::clientRecordFromJson(record);
        if (!parsed.record)
            return explain::CounterfactualResult{};
        try {
            return engine->counterfactuals(*parsed.record);
        } catch (const std::exception&) {
            return explain::CounterfactualResult{};
        }
    };
    return scoring;
}

} // namespace credit::ui
