#pragma once

#include <stdexcept>
#include <string>

namespace credit::model {

// An XGBoost C API call failed. The message names what we were doing ("XGBoosterUpdateOneIter
// (round 12)") followed by XGBoost's own explanation from XGBGetLastError().
class XgbError : public std::runtime_error {
public:
    XgbError(const std::string& operation, const std::string& xgboostMessage);

    const std::string& operation() const { return operation_; }
    const std::string& xgboostMessage() const { return xgboostMessage_; }

private:
    std::string operation_;
    std::string xgboostMessage_;
};

// Throws XgbError when an XGBoost C API call returned non-zero. `operation` is only built into
// the message on failure, so callers may pass a lambda-free string cheaply.
void checkXgb(int status, const char* operation);
void checkXgb(int status, const std::string& operation);

} // namespace credit::model
