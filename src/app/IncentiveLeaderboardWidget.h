#pragma once

#ifndef Q_MOC_RUN
#include "app/IncentiveCalculation.h"
#endif

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace sd::app {

// Contest leaderboards (销售竞赛) of the calculated period: one per contest component of the plans that paid it,
// ranked as the engine ranked them (ties share the rank), with each rep's value, money prize and titles (最佳销售员 …).
class IncentiveLeaderboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit IncentiveLeaderboardWidget(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const IncentiveResult> result);
    void retranslateUi();

private:
    void showContest();

    std::shared_ptr<const IncentiveResult> m_result;
    QLabel* m_contestLabel;
    QComboBox* m_contestCombo;
    QLabel* m_prizesLabel;
    QTableWidget* m_table;
};

} // namespace sd::app
