// A hidden timing check of the CSV importer on a big folder: run with
// SALESDESK_PERF_DIR=/path/to/folder test_io "[.perf]".

#include "io/CsvImporter.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <iostream>

TEST_CASE("Importer speed on a big folder", "[.perf]")
{
    const char* dir = std::getenv("SALESDESK_PERF_DIR");
    if (!dir)
        return;
    auto start = std::chrono::steady_clock::now();
    sd::Dataset batch;
    auto report = sd::io::CsvImporter(sd::WorkspaceSettings{}).read(dir, batch);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    for (const auto& [file, n] : report.counts)
        std::cout << file << ": " << n << '\n';
    std::cout << "errors: " << report.errorCount << ", " << ms << " ms\n";
    CHECK(report.ok());
}
