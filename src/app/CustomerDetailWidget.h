#pragma once

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse the C++20 headers the domain pulls in
#include "app/CustomerSource.h"
#endif

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace sd::app {

class WorkspaceDocument;

// The detail pane of the Customers section: the selected customer's profile and totals, and tabs with its
// opportunities, orders, payments and activities (newest first).
class CustomerDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDetailWidget(WorkspaceDocument* document, QWidget* parent = nullptr);

    // Shows a customer, or the "select a customer" hint for std::nullopt.
    void setDetails(std::optional<CustomerDetails> details);
    const std::optional<CustomerDetails>& details() const { return m_details; }
    // The contact selected in the Contacts tab, if any.
    std::optional<std::string> currentContactId() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void fillOpportunities();
    void fillOrders();
    void fillPayments();
    void fillActivities();
    void fillContacts();
    QString stageName(const std::string& code) const;
    QString activityKindName(ActivityKind kind) const;

    WorkspaceDocument* m_document;
    std::optional<CustomerDetails> m_details;

    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
    QLabel* m_nameLabel;
    QLabel* m_subtitleLabel;
    QFormLayout* m_profileLayout;
    QTabWidget* m_tabs;
    QTableWidget* m_opportunityTable;
    QTableWidget* m_orderTable;
    QTableWidget* m_paymentTable;
    QTableWidget* m_activityTable;
    QTableWidget* m_contactTable;
};

} // namespace sd::app
