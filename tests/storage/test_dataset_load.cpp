// Loading a workspace: on two connections at once (the same rows), and stopped early, with LoadCancelled, when its
// thread is asked to stop (a closed window's load).

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

TEST_CASE("the concurrent load reads the same rows as the plain one", "[storage][dataset]")
{
    for (const Backend backend : testBackends()) {
        TempWorkspace tmp(backend);
        if (!tmp.available())
            continue;
        INFO(tmp.backendName());
        Workspace ws(tmp.path());
        ws.applyImport(sampleDataset());
        for (const unsigned parts : {unsigned(PartAll), unsigned(PartOrg | PartOrders), unsigned(PartOpportunities),
                                     unsigned(PartCustomers | PartActivities | PartTargets)}) {
            INFO("parts " << parts);
            const Dataset plain = ws.loadDataset(parts);
            const Dataset both = ws.loadDatasetConcurrently(parts);
            CHECK(describeAll(both.orgUnits) == describeAll(plain.orgUnits));
            CHECK(describeAll(both.reps) == describeAll(plain.reps));
            CHECK(describeAll(both.customers) == describeAll(plain.customers));
            CHECK(describeAll(both.opportunities) == describeAll(plain.opportunities));
            CHECK(describeAll(both.orders) == describeAll(plain.orders));
            CHECK(describeAll(both.orderCredits) == describeAll(plain.orderCredits));
            CHECK(describeAll(both.payments) == describeAll(plain.payments));
            CHECK(describeAll(both.activities) == describeAll(plain.activities));
            CHECK(describeAll(both.targets) == describeAll(plain.targets));
            CHECK(describeAll(both.kpiValues) == describeAll(plain.kpiValues));
            CHECK(describeAll(both.reviews) == describeAll(plain.reviews));
        }
        CHECK_FALSE(ws.loadDatasetConcurrently(PartAll).customers.empty());
    }
}
