#pragma once

#ifndef Q_MOC_RUN
#include "domain/CareList.h"
#endif

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace sd::app {

// Customer care (客户关怀) for one rep as a reminder list: key dates (birthday, founding day) within the chosen
// number of days, and customers with no contact for N days or more (N settable). Rules: careList (domain).
// Computed when shown, on the GUI thread (one pass over the activities).
class CareListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CareListWidget(QWidget* parent = nullptr);

    void setRep(const Dataset* data, const Rep* rep, Date today);
    void setNotContactedDays(int days);
    // The rows shown, for tests.
    const std::vector<CareReminder>& reminders() const { return m_rows; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fill();
    void retranslateUi();

    const Dataset* m_data = nullptr;
    const Rep* m_rep = nullptr;
    Date m_today;
    bool m_stale = true;
    std::vector<CareReminder> m_rows;
    QLabel* m_daysLabel;
    QSpinBox* m_days;
    QLabel* m_horizonLabel;
    QSpinBox* m_horizon;
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace sd::app
