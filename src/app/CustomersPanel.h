#pragma once

#include <QWidget>

#include <memory>
#include <optional>
#include <string>

class QAction;
class QLabel;
class QToolBar;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTimer;

namespace sd::app {

class CustomerDetailWidget;
class CustomerReceivablesWidget;
class CustomerEdits;
class CustomerSource;
class CustomerTableModel;
class WorkspaceDocument;

// The Customers section: a search line (debounced), the lazily loaded, server-side sorted customer table and the
// selected customer's details; a second page shows the receivables (CustomerReceivablesWidget).
class CustomersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersPanel(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~CustomersPanel() override;

    CustomerTableModel* model() const { return m_model; }
    QTableView* tableView() const { return m_tableView; }
    CustomerDetailWidget* detailWidget() const { return m_detail; }
    // Applies the search at once instead of after the typing pause (tests, Enter).
    void applySearchNow();
    // The edits (each undoable); the toolbar's actions open a form and call these.
    CustomerEdits* edits() const { return m_edits.get(); }
    // The customer shown in the detail pane, if any.
    std::optional<std::string> currentCustomerId() const;
    // Shows a customer's details (after an edit, a search hit, a drill-down from another section).
    void showCustomer(const std::string& customerId);
    QToolBar* toolBar() const { return m_toolBar; }
    // The receivables page (aging, overdue list, credit-risk flags, xlsx export) and showing it.
    CustomerReceivablesWidget* receivables() const { return m_receivables; }
    void showReceivables();

    static constexpr int kSearchDelayMs = 250;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void resetSource();
    void updateCountLabel();
    void showCurrentCustomer();
    void updateActions();
    void newCustomer();
    void editCustomer();
    void toggleActive();
    void mergeCustomer();
    void logActivity();
    void recordPayment();
    void addContact();
    void editContact();
    void removeContact();
    void report(const std::optional<QString>& error);

    WorkspaceDocument* m_document;
    std::shared_ptr<CustomerSource> m_source;
    CustomerTableModel* m_model;
    QLabel* m_titleLabel;
    QLineEdit* m_searchEdit;
    QLabel* m_countLabel;
    QTableView* m_tableView;
    CustomerDetailWidget* m_detail;
    QTimer* m_searchTimer;
    std::unique_ptr<CustomerEdits> m_edits;
    QToolBar* m_toolBar;
    QTabWidget* m_tabs = nullptr;
    CustomerReceivablesWidget* m_receivables = nullptr;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_activeAction;
    QAction* m_mergeAction;
    QAction* m_activityAction;
    QAction* m_paymentAction;
    QAction* m_addContactAction;
    QAction* m_editContactAction;
    QAction* m_removeContactAction;
    // The customer to show again once the list was re-read after an edit.
    std::optional<std::string> m_keepCustomer;
};

} // namespace sd::app
