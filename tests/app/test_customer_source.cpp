// The SQL customer source on a real workspace: keys, pages, sort, search, details.

#include "app/SqlCustomerSource.h"
#include "io/Import.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

using namespace sd;
using namespace sd::app;

TEST_CASE("SQL customer source over the imported good folder")
{
    QTemporaryDir dir;
    storage::Workspace ws(dir.filePath(QStringLiteral("w.sqlite")));
    REQUIRE(io::importFolder(ws, SALESDESK_TEST_DATA "/csv/good").written);
    SqlCustomerSource source(&ws);

    CHECK(source.count(QString()) == 2);
    // Names in code-point order: "Shanghai Trading Co., Ltd." (S) before "北京客户".
    auto rows = source.page(QString(), CustomerSource::SortKey::Name, false, 0, 10);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].customer.id == "C1");
    CHECK(rows[1].customer.id == "C2");
    CHECK(rows[0].customer.creditLimit == Money::fromCents(10000000)); // 100000.00
    rows = source.page(QString(), CustomerSource::SortKey::Id, true, 0, 10);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].customer.id == "C2");
    CHECK(source.page(QString(), CustomerSource::SortKey::Id, true, 1, 10).size() == 1);
    CHECK(source.page(QString(), CustomerSource::SortKey::Id, true, 2, 10).empty());

    // LIKE wildcards in the search are taken literally.
    CHECK(source.count(QStringLiteral("%")) == 0);
    CHECK(source.count(QStringLiteral("shanghai")) == 1);
    CHECK(source.count(QStringLiteral("北京")) == 1);

    const auto details = source.details("C1");
    REQUIRE(details);
    CHECK(details->orders.size() == 2);
    CHECK(details->payments.size() == 2);
    CHECK_FALSE(source.details("nobody"));
}

// A timing check on a large workspace (200,000 customers), run by hand:
// SALESDESK_LARGE_WORKSPACE=/path/large.sqlite test_app "[.large]"
TEST_CASE("SQL customer source: deep pages on a large workspace", "[.large]")
{
    const QString path = qEnvironmentVariable("SALESDESK_LARGE_WORKSPACE");
    if (path.isEmpty())
        return;
    storage::Workspace ws(path);
    SqlCustomerSource source(&ws);
    QElapsedTimer timer;
    for (auto key : {CustomerSource::SortKey::Name, CustomerSource::SortKey::Id, CustomerSource::SortKey::CreatedOn,
                     CustomerSource::SortKey::Owner}) {
        timer.start();
        const long long n = source.count(QString());
        const auto first = source.page(QString(), key, false, 0, 200);
        const qint64 firstMs = timer.restart();
        const auto deep = source.page(QString(), key, false, n - 300, 200);
        const qint64 deepMs = timer.elapsed();
        spdlog::info("sort {}: {} rows, first page {} ms (keys included), deep page {} ms", int(key), n, firstMs,
                     deepMs);
        CHECK(deep.size() == 200);
        CHECK(deepMs < 200);
    }
}
