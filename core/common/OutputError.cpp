#include "common/OutputError.h"

#include "common/PrintableText.h"

#include <system_error>

namespace credit::common {

std::string outputFailure(const std::string& verb, const std::string& file, int error)
{
    // generic_category's message is strerror's text without strerror's shared buffer.
    return verb + " " + printable(file) + ": " + std::generic_category().message(error);
}

} // namespace credit::common
