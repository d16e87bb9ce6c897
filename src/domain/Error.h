#pragma once

#include <stdexcept>
#include <string>

namespace sd {

// A problem with user-supplied input or a domain rule that cannot be satisfied.
// The message is meant for the user; callers add where (file, line, field).
class DomainError : public std::runtime_error
{
public:
    explicit DomainError(const std::string& what)
        : std::runtime_error(what)
    {
    }
};

} // namespace sd
