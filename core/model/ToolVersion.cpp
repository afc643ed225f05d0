#include "model/ToolVersion.h"

namespace credit::model {

std::string toolVersion()
{
    return CREDIT_TOOL_VERSION;
}

} // namespace credit::model
