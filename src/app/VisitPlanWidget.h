#pragma once

#ifndef Q_MOC_RUN
#include "domain/DailyRecords.h"
#include "domain/DatasetIndex.h"
#endif

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sd::app {

class TeamEdits;

// The visit plan of one rep for one ISO week next to what was done (拜访计划/记录): the customers planned, the
// activities logged that week per customer, and the completion (planned customers visited ÷ planned, as the
// meeting pack's sheet 3). Plan entries are added and removed through TeamEdits (undoable).
class VisitPlanWidget : public QWidget
{
    Q_OBJECT
public:
    explicit VisitPlanWidget(TeamEdits* edits, QWidget* parent = nullptr);

    // What to show: the loaded data, the daily records and the rep (nullptr: nothing selected). The pointers must
    // stay valid until the next call.
    void setRep(const DatasetIndex* index, const DailyRecords* records, const Rep* rep);
    void setWeek(const QDate& anyDayOfWeek);
    QString week() const; // "2026-W11"

    // Plans the customer chosen in the combo box (its id typed or picked) for the shown week.
    void addPlan();
    // Removes the selected row's plan entry.
    void removeSelectedPlan();

protected:
    void changeEvent(QEvent* event) override;

private:
    static QString kindName(ActivityKind kind);
    void fill();
    void retranslateUi();

    TeamEdits* m_edits;
    const DatasetIndex* m_index = nullptr;
    const DailyRecords* m_records = nullptr;
    const Rep* m_rep = nullptr;
    std::string m_repId;
    QLabel* m_weekLabel;
    QDateEdit* m_weekDate;
    QLabel* m_weekRange;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_customerLabel;
    QComboBox* m_customer;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace sd::app
