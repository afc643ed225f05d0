#pragma once

#include <stdexcept>
#include <string>

namespace credit::common {

// A file the program was asked to write could not be written. The message names the file and
// the system's reason ("No space left on device"), so the user knows what to free or fix.
class OutputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// "cannot write <file>: <strerror(error)>", the one wording every output failure uses.
std::string outputFailure(const std::string& verb, const std::string& file, int error);

} // namespace credit::common
