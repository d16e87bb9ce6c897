// The Customers section's receivables page on tests/data/daily, as of 2026-03-15, worked by hand from SPEC §5:
//   o1 c1/r1 2026-01-10 2,000.00, terms 30 → due 02-09; paid 500 + 300 → 1,200.00;
//      03-15 − 02-09 = 34 days (Feb 9 → Mar 9 = 28, + 6) → 31-60
//   o5 c1/r1 2025-10-01 600.00 → due 10-31; 30 + 31 + 31 + 28 + 15 = 135 days → 91-180
//   o2 c2/r2 03-11 800.00 (due 04-10), o3 c3/r3 03-02 1,500.00 (terms 60, due 05-01), o4 c3/r3 03-12 400.00: current
//   total 4,500.00 = current 2,700.00 + 31-60 1,200.00 + 91-180 600.00; overdue o5 (135) then o1 (34): 1,800.00
//   c1 (limit 1,000.00) holds 1,800.00 > 1,000.00 and 600.00 over 90 days: both flags; c2, c3 have no limit.
//   collection rate of 2026-03: due set o1 (1,500.00 at 03-01) + o5 (600.00) = 2,100.00; collected 300.00 (pay2,
//   03-10) → 300 / 2,100 = 1/7 = 14.3%.

#include "app/CustomerEdits.h"
#include "app/CustomerReceivablesWidget.h"
#include "app/CustomersPanel.h"
#include "app/DialogHooks.h"
#include "app/Formatting.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "storage/SqlOrgRepository.h"
#include "storage/Workspace.h"

#include "ExportReadBack.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace sd;
using namespace sd::app;

namespace {

struct ReceivablesFixture
{
    QTemporaryDir dir;
    QString path;
    WorkspaceDocument document;
    ReceivablesFixture()
    {
        path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            storage::Workspace ws(path);
            io::ImportOptions options;
            options.workspaceJson = SALESDESK_TEST_DATA "/daily/workspace.json";
            REQUIRE(io::importFolder(ws, SALESDESK_TEST_DATA "/daily", options).written);
            storage::SqlOrgRepository(ws).deactivateUnit("t2", Date::parseOrThrow("2026-03-01")); // t2 is empty
        }
        document.open(path);
    }
};

void waitReady(CustomerReceivablesWidget& w)
{
    for (int i = 0; i < 100 && !w.isReady(); ++i) {
        QSignalSpy spy(&w, &CustomerReceivablesWidget::reportReady);
        spy.wait(200);
    }
    REQUIRE(w.isReady());
}

QString cell(CustomerReceivablesWidget& w, const char* view, int row, int column)
{
    auto* table = w.findChild<QTableView*>(QString::fromLatin1(view));
    REQUIRE(table);
    return table->model()->index(row, column).data().toString();
}

// An amount as the page shows it (the locale's grouping).
QString amt(std::int64_t cents)
{
    return Formatting::amount(Money::fromCents(cents));
}

int rows(CustomerReceivablesWidget& w, const char* view)
{
    return w.findChild<QTableView*>(QString::fromLatin1(view))->model()->rowCount();
}

} // namespace

TEST_CASE("receivables page: aging, overdue list, credit-risk flags and the collection rate, hand-worked",
          "[customers][receivables]")
{
    ReceivablesFixture f;
    CustomersPanel panel(&f.document);
    panel.resize(1200, 760);
    panel.show();
    panel.showReceivables();
    CustomerReceivablesWidget& w = *panel.receivables();
    w.setAsOf(QDate(2026, 3, 15));
    waitReady(w);
    const ReceivablesReport& r = *w.report();
    CHECK(r.total.total() == 450000);
    CHECK(r.total[AgingBucket::Current] == 270000);
    CHECK(r.total[AgingBucket::Days31To60] == 120000);
    CHECK(r.total[AgingBucket::Days91To180] == 60000);

    // The aging table: the owner's total first, then one row per customer (c1, c2, c3).
    REQUIRE(rows(w, "agingTableView") == 4);
    CHECK(cell(w, "agingTableView", 0, 1) == amt(270000));
    CHECK(cell(w, "agingTableView", 0, 3) == amt(120000));
    CHECK(cell(w, "agingTableView", 0, 5) == amt(60000));
    CHECK(cell(w, "agingTableView", 0, 7) == amt(450000));
    CHECK(cell(w, "agingTableView", 1, 0) == QStringLiteral("Acme (c1)"));
    CHECK(cell(w, "agingTableView", 1, 7) == amt(180000));
    w.setGrouping(CustomerReceivablesWidget::Grouping::Rep);
    REQUIRE(rows(w, "agingTableView") == 4);
    CHECK(cell(w, "agingTableView", 3, 0) == QStringLiteral("Carol Zhou (r3)"));
    CHECK(cell(w, "agingTableView", 3, 1) == amt(190000));

    // Overdue: most days first.
    REQUIRE(rows(w, "overdueTableView") == 2);
    CHECK(cell(w, "overdueTableView", 0, 0) == QStringLiteral("o5"));
    CHECK(cell(w, "overdueTableView", 0, 5) == QStringLiteral("135"));
    CHECK(cell(w, "overdueTableView", 1, 0) == QStringLiteral("o1"));
    CHECK(cell(w, "overdueTableView", 1, 5) == QStringLiteral("34"));
    CHECK(cell(w, "overdueTableView", 1, 6) == amt(120000));

    // Credit risk: Acme, both flags.
    REQUIRE(rows(w, "creditRiskTableView") == 1);
    CHECK(cell(w, "creditRiskTableView", 0, 0) == QStringLiteral("Acme (c1)"));
    CHECK(cell(w, "creditRiskTableView", 0, 1) == amt(180000));
    CHECK(cell(w, "creditRiskTableView", 0, 2) == amt(100000));
    CHECK(cell(w, "creditRiskTableView", 0, 3) == amt(60000));
    CHECK(cell(w, "creditRiskTableView", 0, 4).contains(QStringLiteral("credit limit")));
    CHECK(cell(w, "creditRiskTableView", 0, 4).contains(QStringLiteral("90 days")));

    const QString summary = w.findChild<QLabel*>(QStringLiteral("receivablesSummaryLabel"))->text();
    CHECK(summary.contains(QStringLiteral("2026-03")));
    CHECK(summary.contains(QStringLiteral("14.3%")));
    REQUIRE(r.collectionRate.rate);
    CHECK(*r.collectionRate.rate == Rational(1, 7));

    // The owner picker: the inactive team t2 is not offered; a rep's view has only its orders.
    CHECK(w.setOwner(QStringLiteral("unit:t1")));
    CHECK_FALSE(w.setOwner(QStringLiteral("unit:t2")));
    REQUIRE(w.setOwner(QStringLiteral("rep:r2")));
    waitReady(w);
    CHECK(w.report()->total.total() == 80000);
    CHECK(w.report()->overdue.empty());
    CHECK_FALSE(w.report()->collectionRate.rate); // nothing of r2's is due in March: not applicable
    const QString rSummary = w.findChild<QLabel*>(QStringLiteral("receivablesSummaryLabel"))->text();
    CHECK(rSummary.contains(QStringLiteral("not applicable")));

    // A double-click on an overdue row shows that customer on the first page.
    REQUIRE(w.setOwner(QString()));
    waitReady(w);
    auto* overdue = w.findChild<QTableView*>(QStringLiteral("overdueTableView"));
    Q_EMIT overdue->doubleClicked(overdue->model()->index(0, 0));
    CHECK(panel.findChild<QTabWidget*>(QStringLiteral("customersTabWidget"))->currentIndex() == 0);
    CHECK(panel.currentCustomerId() == std::optional<std::string>("c1"));
}

TEST_CASE("receivables page: a payment recorded in the app lowers the balance; undo restores it; xlsx export",
          "[customers][receivables]")
{
    ReceivablesFixture f;
    CustomersPanel panel(&f.document);
    panel.showReceivables();
    CustomerReceivablesWidget& w = *panel.receivables();
    panel.resize(1200, 760);
    panel.show();
    w.setAsOf(QDate(2026, 3, 15));
    waitReady(w);
    CHECK(w.report()->total.total() == 450000);

    // 200.00 on o1 on 03-14: o1 1,200.00 → 1,000.00, total 4,300.00; Acme 1,600.00 still over its 1,000.00 limit.
    const Payment payment{"pay9", "o1", Date::parseOrThrow("2026-03-14"), Money::fromCents(20000)};
    REQUIRE_FALSE(panel.edits()->recordPayment(payment));
    waitReady(w);
    CHECK(w.report()->total.total() == 430000);
    REQUIRE(w.report()->creditFlags.size() == 1);
    CHECK(w.report()->creditFlags[0].balanceCents == 160000);
    // March's rate: collected 300.00 + 200.00 of 2,100.00 due = 5/21.
    CHECK(*w.report()->collectionRate.rate == Rational(5, 21));
    f.document.undoStack()->undo();
    waitReady(w);
    CHECK(w.report()->total.total() == 450000);

    // The xlsx is the salesctl workbook: read back with openpyxl.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("receivables.xlsx"));
    REQUIRE_FALSE(w.exportXlsx(path));
    const auto book = sd::test::readXlsx(path.toStdString());
    std::vector<std::string> names;
    for (const auto& sheet : book["sheets"])
        names.push_back(sheet["name"].get<std::string>());
    REQUIRE(names.size() >= 5);
    bool found = false;
    for (const auto& sheet : book["sheets"])
        for (const auto& row : sheet["rows"])
            for (const auto& value : row)
                if (value.is_string() && value.get<std::string>() == "o5")
                    found = true;
    CHECK(found); // the overdue list holds o5
}
