#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "domain/Receivables.h"
#endif

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace sd::app {

class WorkspaceDocument;

// The Customers section's receivables page (SPEC §5, docs/receivables.md): for an owner — the company, an active org
// unit or a rep — as of a day, the totals with the collection rate of the month holding the day, the aging per
// customer, rep or org unit (the buckets current … >180), the overdue list (most days first) and the credit-risk
// flags (balance over the credit limit, anything more than 90 days past due); exported to xlsx with the same
// workbook as `salesctl receivables --xlsx`. Computed on a worker thread from the DatasetCache; the index is built
// once per loaded dataset, so changing the owner or the day only recomputes the report.
class CustomerReceivablesWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Grouping
    {
        Customer,
        Rep,
        Unit
    };

    explicit CustomerReceivablesWidget(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~CustomerReceivablesWidget() override;

    void setAsOf(const QDate& date);
    // "" for the company, "unit:ID" or "rep:ID"; false when the owner picker does not offer it.
    bool setOwner(const QString& owner);
    void setGrouping(Grouping grouping);
    // The report shown (null until computed); its receivables point into the loaded dataset, kept with it.
    const ReceivablesReport* report() const;
    bool isReady() const { return report() != nullptr; }
    // Writes the shown report as xlsx; the error text, or nothing when it was written.
    std::optional<QString> exportXlsx(const QString& path) const;

Q_SIGNALS:
    // A report was computed and shown.
    void reportReady();
    // A row of the overdue list or the credit-risk flags was double-clicked: show that customer.
    void customerActivated(const QString& customerId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Loaded;
    struct Result;
    void refresh();
    void compute();
    void finish(quint64 generation, std::shared_ptr<const Result> result, const QString& error);
    void fillOwners();
    void showReport();
    void showAging();
    void exportClicked();
    void retranslateUi();
    void invalidate();
    QString ownerLabel() const;

    WorkspaceDocument* m_document;
    QLabel* m_ownerLabel = nullptr;
    QComboBox* m_owner = nullptr;
    QLabel* m_asOfLabel = nullptr;
    QDateEdit* m_asOf = nullptr;
    QLabel* m_groupLabel = nullptr;
    QComboBox* m_grouping = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_agingTitle = nullptr;
    QLabel* m_overdueTitle = nullptr;
    QLabel* m_riskTitle = nullptr;

    std::shared_ptr<const Loaded> m_loaded;
    std::shared_ptr<const Result> m_result;
    quint64 m_generation = 0;
    bool m_computing = false;
    bool m_again = false;
};

} // namespace sd::app
