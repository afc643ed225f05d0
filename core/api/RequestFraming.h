#pragma once

namespace credit::api {

class ApiRequest;

// True when the request's length is ambiguous: more than one Content-Length header, or
// Content-Length together with Transfer-Encoding. Qt 6.4's parser reads the body by the first
// Content-Length and ignores a second one, so the bytes after it would be read as the next
// request on the connection (request smuggling when a proxy trusted the other header). Such a
// request is refused with 400 and its connection closed.
bool hasAmbiguousLength(const ApiRequest& request);

} // namespace credit::api
