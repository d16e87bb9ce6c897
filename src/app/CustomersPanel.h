#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sd::app {

class CustomerDetailWidget;
class CustomerSource;
class CustomerTableModel;
class WorkspaceDocument;

// The Customers section: a search line (debounced), the lazily loaded, server-side sorted customer table and the
// selected customer's details.
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

    static constexpr int kSearchDelayMs = 250;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void resetSource();
    void updateCountLabel();
    void showCurrentCustomer();

    WorkspaceDocument* m_document;
    std::shared_ptr<CustomerSource> m_source;
    CustomerTableModel* m_model;
    QLabel* m_titleLabel;
    QLineEdit* m_searchEdit;
    QLabel* m_countLabel;
    QTableView* m_tableView;
    CustomerDetailWidget* m_detail;
    QTimer* m_searchTimer;
};

} // namespace sd::app
