#include "cli/Commands.h"

namespace sd::cli {

int runIncentive(const CliContext&)
{
    throw CliError(trs("this command is not available yet"), 2);
}

} // namespace sd::cli
