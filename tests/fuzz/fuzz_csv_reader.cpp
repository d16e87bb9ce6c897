// Fuzz target: the RFC 4180 reader every CSV import goes through (io::CsvReader), on any bytes.
// Beyond not crashing: record lines never go backwards, every field starts on or after its record's line,
// and the reader consumes no more bytes than it was given.

#include "FuzzSupport.h"
#include "io/Csv.h"

#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    sd::io::CsvReader reader;
    reader.openString(std::string(reinterpret_cast<const char*>(data), size));
    int previousLine = 0;
    while (reader.next()) {
        if (reader.line() < previousLine || reader.line() < 1)
            std::abort();
        previousLine = reader.line();
        for (std::size_t i = 0; i < reader.size(); ++i) {
            if (reader.fieldLine(i) < reader.line())
                std::abort();
            (void)reader.field(i).size();
        }
        for (const auto& problem : reader.problems())
            if (problem.line < 1 || problem.message.empty())
                std::abort();
    }
    if (reader.bytesConsumed() > size)
        std::abort();
    return 0;
}
