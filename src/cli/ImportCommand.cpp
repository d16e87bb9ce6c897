#include "cli/Commands.h"

namespace sd::cli {

int runImport(const CliContext&)
{
    throw CliError(trs("this command is not available yet"), 2);
}

int runInfo(const CliContext&)
{
    throw CliError(trs("this command is not available yet"), 2);
}

} // namespace sd::cli
