#include "FuzzSupport.h"

#include <QCoreApplication>

#include <atomic>
#include <fstream>
#include <unistd.h>

namespace sd::fuzz {

void ensureApp()
{
    static int argc = 1;
    static char name[] = "salesdesk_fuzz";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives as long as the process
}

std::filesystem::path makeScratch(std::string_view tag)
{
    static std::atomic<int> counter{0};
    const auto dir = std::filesystem::temp_directory_path()
        / ("salesdesk-fuzz-" + std::string(tag) + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

void removeScratch(const std::filesystem::path& dir)
{
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
}

void writeFile(const std::filesystem::path& path, const std::uint8_t* data, std::size_t size)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

std::filesystem::path testData()
{
    return SALESDESK_TEST_DATA;
}

} // namespace sd::fuzz
