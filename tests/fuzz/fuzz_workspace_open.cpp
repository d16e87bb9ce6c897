// Fuzz target: opening any bytes as a workspace file (storage::Workspace), then reading everything the app
// reads on open (settings, counts, every row). A file that is not a workspace, a truncated or corrupted one
// must end in StorageError or SettingsError with a message, never in a crash or another exception.

#include "FuzzSupport.h"
#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

#include <QString>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    sd::fuzz::ensureApp();
    const auto dir = sd::fuzz::makeScratch("open");
    const auto file = dir / "w.sqlite";
    sd::fuzz::writeFile(file, data, size);
    try {
        sd::storage::Workspace ws(QString::fromStdString(file.string()));
        (void)ws.tableCounts();
        (void)sd::io::loadSettings(ws);
        (void)ws.loadDataset();
    } catch (const sd::storage::StorageError& e) {
        if (std::string_view(e.what()).empty())
            std::abort();
    } catch (const sd::io::SettingsError& e) {
        if (std::string_view(e.what()).empty())
            std::abort();
    }
    sd::fuzz::removeScratch(dir);
    return 0;
}
