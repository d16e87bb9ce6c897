// Loading a workspace stops early, with LoadCancelled, when its thread is asked to stop (a closed window's load).

#include "StorageTestSupport.h"

#include <catch2/catch.hpp>

#include <QSemaphore>
#include <QThread>

#include <memory>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

TEST_CASE("a load on a thread asked to stop ends with LoadCancelled; on another thread it reads everything",
          "[storage][dataset]")
{
    TempWorkspace tmp;
    Workspace(tmp.path()).applyImport(sampleDataset());

    auto loadOnThread = [&](bool interrupt) {
        QSemaphore started;
        QSemaphore go;
        std::string outcome;
        std::size_t customers = 0;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            started.release();
            go.acquire();
            try {
                customers = Workspace(tmp.path()).loadDataset(PartAll).customers.size();
                outcome = "loaded";
            } catch (const LoadCancelled& e) {
                outcome = e.what();
            } catch (const std::exception& e) {
                outcome = std::string("other error: ") + e.what();
            }
        }));
        thread->start();
        started.acquire(); // running: an interruption request before start() would be ignored
        if (interrupt)
            thread->requestInterruption();
        go.release();
        thread->wait();
        return std::make_pair(outcome, customers);
    };

    CHECK(loadOnThread(true).first == "loading the workspace was cancelled");
    const auto full = loadOnThread(false);
    CHECK(full.first == "loaded");
    CHECK(full.second == sampleDataset().customers.size());
}
