#pragma once

#include <QDate>
#include <QWidget>

#include <memory>
#include <vector>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sd {
struct Opportunity;
}

namespace sd::app {

struct FunnelViewData;
class WorkspaceDocument;

// The weekly review tab of the Funnel section (周漏斗复盘): one ISO week and the panel's owner: categories with
// counts and amounts, the pipeline bridge, the stalled list and the biggest movers; Export xlsx / PDF write the
// same files as `salesctl funnel weekly --xlsx/--pdf` (io/FunnelWeeklyExport) on a worker thread.
class WeeklyReviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WeeklyReviewWidget(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~WeeklyReviewWidget() override;

    void setData(std::shared_ptr<const FunnelViewData> data, const QString& ownerLabel);
    void setWeekDate(const QDate& date); // any day of the week
    QDate weekDate() const;
    // Writes the exports without asking for a file name (tests); returns the error, empty on success.
    QString exportXlsx(const QString& path);
    QString exportPdf(const QString& path);

Q_SIGNALS:
    void weekChanged();
    void drillDown(const QString& title, const std::vector<const sd::Opportunity*>& deals);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    void exportWith(bool pdf);
    QString runExport(bool pdf, const QString& path);

    WorkspaceDocument* m_document;
    std::shared_ptr<const FunnelViewData> m_data;
    QString m_ownerLabel;
    QLabel* m_weekLabel;
    QDateEdit* m_weekEdit;
    QLabel* m_weekRange;
    QPushButton* m_xlsxButton;
    QPushButton* m_pdfButton;
    QLabel* m_categoriesLabel;
    QTableWidget* m_categories;
    QLabel* m_bridgeLabel;
    QTableWidget* m_bridge;
    QLabel* m_stalledLabel;
    QTableWidget* m_stalled;
    QLabel* m_moversLabel;
    QTableWidget* m_movers;
};

} // namespace sd::app
