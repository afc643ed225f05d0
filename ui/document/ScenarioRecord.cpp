#include "document/ScenarioRecord.h"

namespace credit::ui {

nlohmann::json recordWithEdits(const nlohmann::json& original, const nlohmann::json& edits)
{
    nlohmann::json record = original;
    for (const auto& [column, value] : edits.items()) {
        if (value.is_null())
            record.erase(column);
        else
            record[column] = value;
    }
    return record;
}

} // namespace credit::ui
