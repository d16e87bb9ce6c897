// The customers table model under QAbstractItemModelTester, over an in-memory source (paging, sort, search).

#include "app/CustomerTableModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLocale>

#include <algorithm>

using namespace sd;
using namespace sd::app;

namespace {

// N customers "C0000".."C{N-1}", named "Customer <id>", every seventh in the "steel" industry.
class FakeSource : public CustomerSource
{
public:
    explicit FakeSource(int n)
    {
        for (int i = 0; i < n; ++i) {
            CustomerListRow row;
            char id[16];
            std::snprintf(id, sizeof id, "C%04d", i);
            row.customer.id = id;
            row.customer.name = std::string("Customer ") + id;
            row.customer.ownerRepId = "R1";
            row.customer.createdOn = Date::fromYmd(2025, 1, 1).addDays(i);
            if (i % 7 == 0)
                row.customer.industry = "steel";
            row.customer.creditLimit = Money::fromCents(100000 + i);
            row.ownerName = "Rep One";
            m_rows.push_back(row);
        }
    }

    std::vector<CustomerListRow> filtered(const QString& search) const
    {
        std::vector<CustomerListRow> out;
        const std::string s = search.toStdString();
        for (const auto& r : m_rows) {
            if (s.empty() || r.customer.name.find(s) != std::string::npos
                || (r.customer.industry && r.customer.industry->find(s) != std::string::npos))
                out.push_back(r);
        }
        return out;
    }

    long long count(const QString& search) override { return static_cast<long long>(filtered(search).size()); }

    std::vector<CustomerListRow> page(const QString& search, SortKey key, bool descending, long long offset,
                                      int limit) override
    {
        ++pages;
        lastKey = key;
        auto rows = filtered(search);
        std::stable_sort(rows.begin(), rows.end(), [&](const CustomerListRow& a, const CustomerListRow& b) {
            return descending ? b.customer.id < a.customer.id : a.customer.id < b.customer.id;
        });
        std::vector<CustomerListRow> out;
        for (long long i = offset; i < offset + limit && i < static_cast<long long>(rows.size()); ++i)
            out.push_back(rows[size_t(i)]);
        return out;
    }

    std::optional<CustomerDetails> details(const std::string&) override { return std::nullopt; }

    int pages = 0;
    SortKey lastKey = SortKey::Name;

private:
    std::vector<CustomerListRow> m_rows;
};

} // namespace

TEST_CASE("customer model: windowed rows, server-side sort and search, under the model tester")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto source = std::make_shared<FakeSource>(1000);
    CustomerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(source);

    REQUIRE(model.rowCount() == 1000);
    REQUIRE(model.columnCount() == CustomerTableModel::ColumnCount);
    CHECK(model.data(model.index(0, CustomerTableModel::IdColumn)).toString() == QStringLiteral("C0000"));
    // Row 999 is on page 4 (999 / 200): one more page read, never the whole list.
    const int before = model.pagesRead();
    CHECK(model.data(model.index(999, CustomerTableModel::NameColumn)).toString() == QStringLiteral("Customer C0999"));
    CHECK(model.pagesRead() == before + 1);
    CHECK(model.pagesRead() <= 3);

    // Money from cents: C0005 has 100005 cents = ¥1,000.05.
    CHECK(model.data(model.index(5, CustomerTableModel::CreditLimitColumn)).toString() == QStringLiteral("¥1,000.05"));
    const CustomerListRow* row = model.customerFromIndex(model.index(5, 0));
    REQUIRE(row);
    CHECK(row->customer.id == "C0005");
    CHECK(model.indexFromCustomer("C0005").row() == 5);
    CHECK_FALSE(model.indexFromCustomer("nobody").isValid());
    CHECK(model.customerFromIndex(QModelIndex()) == nullptr);

    SECTION("sorting is asked of the source")
    {
        model.sort(CustomerTableModel::IdColumn, Qt::DescendingOrder);
        CHECK(model.data(model.index(0, CustomerTableModel::IdColumn)).toString() == QStringLiteral("C0999"));
        CHECK(source->lastKey == CustomerSource::SortKey::Id);
        CHECK(model.rowCount() == 1000);
    }

    SECTION("search filters through the source and counts again")
    {
        model.setSearch(QStringLiteral("steel"));
        // every seventh of 0..999: 0, 7, …, 994 → 994 / 7 + 1 = 143 rows
        CHECK(model.rowCount() == 143);
        CHECK(model.data(model.index(1, CustomerTableModel::IdColumn)).toString() == QStringLiteral("C0007"));
        model.setSearch(QStringLiteral("  "));
        CHECK(model.rowCount() == 1000);
    }

    SECTION("no source, no rows")
    {
        model.setSource(nullptr);
        CHECK(model.rowCount() == 0);
    }
}

TEST_CASE("customer model: many pages keep only a bounded cache")
{
    auto source = std::make_shared<FakeSource>(10000);
    CustomerTableModel model;
    model.setSource(source);
    for (int row = 0; row < 10000; row += CustomerTableModel::kPageSize)
        REQUIRE(model.customerFromIndex(model.index(row, 0)) != nullptr);
    CHECK(model.pagesRead() == 10000 / CustomerTableModel::kPageSize);
    // The first page was evicted (16 pages kept): reading it again reads it again.
    model.data(model.index(0, 0));
    CHECK(model.pagesRead() == 10000 / CustomerTableModel::kPageSize + 1);
}
