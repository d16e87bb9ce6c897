// Fuzz target: the workspace JSON reader (io::parseWorkspaceJson) on any bytes. Beyond not crashing:
// every problem names a JSON path, and settings accepted as valid survive a write/read round trip unchanged
// (writeWorkspaceJson promises parse(write(s)) == s).

#include "FuzzSupport.h"
#include "io/WorkspaceJson.h"

#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto result = sd::io::parseWorkspaceJson(text);
    for (const auto& issue : result.errors)
        if (issue.path.empty() || issue.path.front() != '$' || issue.message.empty())
            std::abort();
    if (!result.ok())
        return 0;
    if (!sd::io::validateSettings(result.settings).empty())
        std::abort(); // accepted by the parser, refused by the editor's checks
    const std::string written = sd::io::writeWorkspaceJson(result.settings);
    const auto again = sd::io::parseWorkspaceJson(written);
    if (!again.ok() || sd::io::writeWorkspaceJson(again.settings) != written)
        std::abort();
    return 0;
}
