#include "model/XgbError.h"

#include <xgboost/c_api.h>

namespace credit::model {

XgbError::XgbError(const std::string& operation, const std::string& xgboostMessage)
    : std::runtime_error(operation + ": " + xgboostMessage), operation_(operation),
      xgboostMessage_(xgboostMessage)
{}

void checkXgb(int status, const char* operation)
{
    if (status != 0) {
        const char* message = XGBGetLastError();
        throw XgbError(operation, message ? message : "(XGBoost gave no message)");
    }
}

void checkXgb(int status, const std::string& operation)
{
    checkXgb(status, operation.c_str());
}

} // namespace credit::model
