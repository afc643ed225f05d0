#include "app/LocalScenarioScoring.h"

#include "common/LocalizedError.h"
#include "data/ClientRecordJson.h"
#include "document/FieldValidation.h"
#include "explain/ExplanationEngine.h"

namespace credit::ui {

ScenarioScoring localScenarioScoring(std::shared_ptr<const explain::ExplanationEngine> engine)
{
    ScenarioScoring scoring;
    scoring.score = [engine](const nlohmann::json& record) {
        ScenarioScore result;
        auto parsed = data::clientRecordFromJson(record);
        if (!parsed.record) {
            result.error = describeFieldIssues(parsed.issues);
            return result;
        }
        try {
            result.explanation = engine->explain(*parsed.record);
        } catch (const LocalizedError& error) {
            result.error = error.text();
        } catch (const std::exception& error) {
            result.error = {std::string("erreur du modèle : ") + error.what(),
                            std::string("model error: ") + error.what()};
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
