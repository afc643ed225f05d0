#include "api/RequestFraming.h"

#include "api/ApiRequest.h"

namespace credit::api {

bool hasAmbiguousLength(const ApiRequest& request)
{
    int lengths = 0;
    bool transferEncoding = false;
    for (const auto& [name, value] : request.headers()) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            ++lengths;
        else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            transferEncoding = true;
    }
    return lengths > 1 || (lengths == 1 && transferEncoding);
}

} // namespace credit::api
