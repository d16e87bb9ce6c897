// Fuzz target: the CSV folder import (io::importFolder) with one file of a valid folder replaced by any
// bytes. The first input byte chooses the file (CsvImporter::fileNames(), modulo their count), the rest is
// its content. Beyond not crashing: an import that reports errors writes nothing (the workspace's row counts
// are unchanged), one without errors is written, and every error names the file and a line.

#include "FuzzSupport.h"
#include "io/Import.h"
#include "storage/Workspace.h"

#include <QString>

#include <cstdlib>
#include <memory>

namespace {

// The valid folder and an empty workspace at the latest schema, made once; each input gets a copy of the
// empty workspace, so that a run depends on its input only (a crash reproduces from its file alone).
struct Fixture
{
    std::filesystem::path dir;
    std::filesystem::path emptyWorkspace;
};

const Fixture& fixture()
{
    static const Fixture* f = [] {
        sd::fuzz::ensureApp();
        auto* fx = new Fixture;
        fx->dir = sd::fuzz::makeScratch("import");
        std::filesystem::create_directories(fx->dir / "csv");
        for (const auto& entry : std::filesystem::directory_iterator(sd::fuzz::testData() / "csv" / "good"))
            std::filesystem::copy_file(entry.path(), fx->dir / "csv" / entry.path().filename());
        fx->emptyWorkspace = fx->dir / "empty.sqlite";
        {
            sd::storage::Workspace ws(QString::fromStdString(fx->emptyWorkspace.string()));
        }
        return fx;
    }();
    return *f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const Fixture& fx = fixture();
    const auto& names = sd::io::CsvImporter::fileNames();
    const std::string& name = names[data[0] % names.size()];
    const auto target = fx.dir / "csv" / name;
    const auto original = sd::fuzz::testData() / "csv" / "good" / name;

    const auto wsFile = fx.dir / "w.sqlite";
    for (const char* suffix : {"-wal", "-shm"})
        std::filesystem::remove(wsFile.string() + suffix);
    std::filesystem::copy_file(fx.emptyWorkspace, wsFile, std::filesystem::copy_options::overwrite_existing);
    sd::fuzz::writeFile(target, data + 1, size - 1);
    {
        sd::storage::Workspace ws(QString::fromStdString(wsFile.string()));
        const auto before = ws.tableCounts();
        sd::io::ImportReport report;
        try {
            report = sd::io::importFolder(ws, fx.dir / "csv");
        } catch (const sd::storage::StorageError&) {
            // A write refused by the database after validation passed: the validation missed a rule.
            std::abort();
        }
        if (!report.ok()) {
            if (report.written || ws.tableCounts() != before)
                std::abort(); // all or nothing
            for (const auto& issue : report.errors)
                if (issue.message.empty() || (issue.line > 0 && issue.file.empty()))
                    std::abort();
        } else if (!report.written) {
            std::abort();
        }
    }

    std::filesystem::remove(target);
    if (std::filesystem::exists(original))
        std::filesystem::copy_file(original, target);
    return 0;
}
