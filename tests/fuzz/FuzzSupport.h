#pragma once

// Shared set-up of the fuzz targets: a QCoreApplication (Qt SQL loads its SQLite driver through it) and
// scratch folders. Each target defines LLVMFuzzerTestOneInput; libFuzzer drives it in the clang fuzz build,
// ReplayMain.cpp replays the committed corpus with it in the ordinary test build (tests/fuzz/README.md).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace sd::fuzz {

// Creates the QCoreApplication once (idempotent).
void ensureApp();

// A fresh, empty folder under the temp folder, unique for this process; removed by removeScratch().
std::filesystem::path makeScratch(std::string_view tag);
void removeScratch(const std::filesystem::path& dir);

// Writes bytes to a file, replacing it.
void writeFile(const std::filesystem::path& path, const std::uint8_t* data, std::size_t size);

// The test data folder of the source tree (tests/data).
std::filesystem::path testData();

} // namespace sd::fuzz

// The libFuzzer entry point every target defines.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
