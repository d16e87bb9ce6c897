// Editing in the Customers section: each edit undoable, validated, and refused edits change nothing.
// Fixture: tests/data/csv/good — C1 "Shanghai Trading Co., Ltd." (owner S1) with orders D1 50,000.00 (paid
// 20,000.00 + 30,000 = fully) and D3 300.00 (unpaid); C2 北京客户 (owner S2) with D2 1,234.56 cancelled.

#include "app/CustomerDetailWidget.h"
#include "app/CustomerDialogs.h"
#include "app/CustomerEdits.h"
#include "app/CustomerTableModel.h"
#include "app/CustomersPanel.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace sd;
using namespace sd::app;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    WorkspaceDocument document;
    Fixture()
    {
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            storage::Workspace ws(path);
            REQUIRE(io::importFolder(ws, SALESDESK_TEST_DATA "/csv/good").written);
        }
        document.open(path);
    }
};

const CustomerDetails& shown(CustomersPanel& panel)
{
    REQUIRE(panel.detailWidget()->details());
    return *panel.detailWidget()->details();
}

} // namespace

TEST_CASE("editing a customer is undoable and the detail pane follows", "[customers][edit]")
{
    Fixture f;
    CustomersPanel panel(&f.document);
    panel.showCustomer("C1");
    Customer c = shown(panel).row.customer;
    CHECK(c.name == "Shanghai Trading Co., Ltd.");

    c.name = "上海贸易有限公司";
    c.paymentTermsDays = 60;
    REQUIRE_FALSE(panel.edits()->editCustomer(c));
    CHECK(shown(panel).row.customer.name == "上海贸易有限公司");
    CHECK(shown(panel).row.customer.paymentTermsDays == 60);

    f.document.undoStack()->undo();
    CHECK(shown(panel).row.customer.name == "Shanghai Trading Co., Ltd.");
    CHECK(shown(panel).row.customer.paymentTermsDays == 45);
    f.document.undoStack()->redo();
    CHECK(shown(panel).row.customer.name == "上海贸易有限公司");

    // An unknown owner is refused with the reason, and nothing is pushed or changed.
    const int depth = f.document.undoStack()->count();
    c.ownerRepId = "NOBODY";
    const auto error = panel.edits()->editCustomer(c);
    REQUIRE(error);
    CHECK(error->contains(QStringLiteral("NOBODY")));
    CHECK(f.document.undoStack()->count() == depth);
    CHECK(shown(panel).row.customer.ownerRepId == "S1");
}

TEST_CASE("adding, deactivating and merging customers", "[customers][edit]")
{
    Fixture f;
    CustomersPanel panel(&f.document);
    CHECK(panel.model()->rowCount() == 2);

    Customer n{"C9", "杭州新客户", "S2", std::string("零售"), Date::parseOrThrow("2026-11-01"), 30, std::nullopt,
               std::nullopt, std::nullopt};
    REQUIRE_FALSE(panel.edits()->addCustomer(n));
    CHECK(panel.model()->rowCount() == 3);
    CHECK(panel.edits()->addCustomer(n).has_value()); // the id is taken now
    f.document.undoStack()->undo();
    CHECK(panel.model()->rowCount() == 2);

    REQUIRE_FALSE(panel.edits()->setActive("C2", false));
    panel.showCustomer("C2");
    CHECK_FALSE(shown(panel).row.active);
    // The list keeps it, greyed and marked.
    QString listed;
    for (int row = 0; row < panel.model()->rowCount(); ++row) {
        const QModelIndex index = panel.model()->index(row, CustomerTableModel::NameColumn);
        if (panel.model()->customerFromIndex(index)->customer.id == "C2")
            listed = panel.model()->data(index).toString();
    }
    CHECK(listed == QStringLiteral("北京客户 (inactive)"));
    f.document.undoStack()->undo();
    panel.showCustomer("C2");
    CHECK(shown(panel).row.active);

    // Merge C2 into C1: C1 then holds D1, D2, D3; undo gives D2 back to C2.
    REQUIRE_FALSE(panel.edits()->merge("C2", "C1"));
    panel.showCustomer("C1");
    CHECK(shown(panel).orders.size() == 3);
    panel.showCustomer("C2");
    CHECK(shown(panel).orders.empty());
    CHECK(shown(panel).row.mergedInto == std::optional<std::string>("C1"));
    f.document.undoStack()->undo();
    panel.showCustomer("C2");
    CHECK(shown(panel).orders.size() == 1);
    CHECK_FALSE(shown(panel).row.mergedInto);
}

TEST_CASE("recording a payment and logging an activity", "[customers][edit]")
{
    Fixture f;
    CustomersPanel panel(&f.document);
    panel.showCustomer("C1");
    REQUIRE(shown(panel).payments.size() == 2);
    const std::size_t activitiesBefore = shown(panel).activities.size();

    // The payment form: D3 is the only order with an open amount (300.00); more than that is refused.
    Order d3;
    for (const Order& o : shown(panel).orders) {
        if (o.id == "D3")
            d3 = o;
    }
    PaymentDialog dialog({{d3, Money::fromCents(30000)}}, QStringLiteral("CNY"), "PA-1");
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("amountEdit"))->text() == QStringLiteral("300.00"));
    QString error;
    dialog.findChild<QLineEdit*>(QStringLiteral("amountEdit"))->setText(QStringLiteral("300.01"));
    CHECK_FALSE(dialog.result(&error));
    CHECK(error.contains(QStringLiteral("300.00")));
    dialog.findChild<QLineEdit*>(QStringLiteral("amountEdit"))->setText(QStringLiteral("12.345"));
    CHECK_FALSE(dialog.result(&error));
    dialog.findChild<QLineEdit*>(QStringLiteral("amountEdit"))->setText(QStringLiteral("100.00"));
    const auto payment = dialog.result(&error);
    REQUIRE(payment);
    CHECK(payment->amount == Money::fromCents(10000));

    REQUIRE_FALSE(panel.edits()->recordPayment(*payment));
    CHECK(shown(panel).payments.size() == 3);
    f.document.undoStack()->undo();
    CHECK(shown(panel).payments.size() == 2);

    const Activity visit{panel.edits()->newId("activities", "AC"), "S1", "C1", ActivityKind::Visit,
                         Date::parseOrThrow("2026-11-20"), std::string("O1"), std::string("季度回顾")};
    REQUIRE_FALSE(panel.edits()->logActivity(visit));
    CHECK(shown(panel).activities.size() == activitiesBefore + 1);
    f.document.undoStack()->undo();
    CHECK(shown(panel).activities.size() == activitiesBefore);
}

TEST_CASE("the customer form names the field that does not parse", "[customers][edit]")
{
    const std::vector<Rep> reps{Rep{"S1", "张伟", "T1", Role::Rep, Level::Mid, Date::parseOrThrow("2024-01-01"),
                                    std::nullopt, true, std::nullopt}};
    CustomerEditDialog dialog(reps, std::nullopt, "CU-1");
    QString error;
    CHECK_FALSE(dialog.result(&error)); // no name yet
    CHECK(error.contains(QStringLiteral("Name")));
    dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("新客户"));
    dialog.findChild<QLineEdit*>(QStringLiteral("creditLimitEdit"))->setText(QStringLiteral("1.005"));
    CHECK_FALSE(dialog.result(&error));
    CHECK(error.contains(QStringLiteral("Credit limit")));
    dialog.findChild<QLineEdit*>(QStringLiteral("creditLimitEdit"))->setText(QStringLiteral("50000"));
    dialog.findChild<QLineEdit*>(QStringLiteral("birthdayEdit"))->setText(QStringLiteral("2026-02-30"));
    CHECK_FALSE(dialog.result(&error));
    CHECK(error.contains(QStringLiteral("Birthday")));
    dialog.findChild<QLineEdit*>(QStringLiteral("birthdayEdit"))->setText(QStringLiteral("1988-02-29"));
    const auto customer = dialog.result(&error);
    REQUIRE(customer);
    CHECK(customer->id == "CU-1");
    CHECK(customer->ownerRepId == "S1");
    CHECK(customer->creditLimit == Money::fromCents(5000000));
}
