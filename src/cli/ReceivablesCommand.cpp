#include "cli/Commands.h"

namespace sd::cli {

int runReceivables(const CliContext&)
{
    throw CliError(trs("this command is not available yet"), 2);
}

} // namespace sd::cli
