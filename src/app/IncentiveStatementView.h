#pragma once

#ifndef Q_MOC_RUN
#include "app/IncentiveCalculation.h"
#endif

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace sd::app {

// One rep's statement in the Incentives view: its lifecycle (state, who reviewed/approved), the Review / Approve /
// Reopen actions, the difference between an approved statement and the recalculation, and the explanation of every
// figure (the same HTML as the PDF statement, with the app's number formatting).
class IncentiveStatementView : public QWidget
{
    Q_OBJECT

public:
    explicit IncentiveStatementView(QWidget* parent = nullptr);

    // Shows statement `row` of the result (-1: none).
    void setStatement(std::shared_ptr<const IncentiveResult> result, int row);
    void retranslateUi();

Q_SIGNALS:
    void reviewRequested(int row);
    void approveRequested(int row);
    void reopenRequested(int row);

private:
    void refresh();

    std::shared_ptr<const IncentiveResult> m_result;
    int m_row = -1;
    QLabel* m_stateLabel;
    QPushButton* m_reviewButton;
    QPushButton* m_approveButton;
    QPushButton* m_reopenButton;
    QLabel* m_differenceLabel;
    QTableWidget* m_differenceTable;
    QTextBrowser* m_browser;
};

} // namespace sd::app
