#pragma once

#ifndef Q_MOC_RUN
#include "app/IncentiveCalculation.h"
#endif

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sd::app {

// "What would I earn with X more booked in category C": a rep, a metric, a product category and an amount; the
// commission, the total and the next tier (and how far it is) follow as the user types (IncentiveEngine::whatIf,
// computed on the GUI thread: one rep's statement is quick).
class IncentiveWhatIfWidget : public QWidget
{
    Q_OBJECT

public:
    explicit IncentiveWhatIfWidget(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const IncentiveResult> result);
    void setRep(const std::string& repId);
    void retranslateUi();

private:
    void update();
    // The amount typed, accepting the locale's separators; nullopt when it is not a money amount.
    std::optional<Money> amount() const;

    std::shared_ptr<const IncentiveResult> m_result;
    QComboBox* m_repCombo;
    QComboBox* m_metricCombo;
    QComboBox* m_categoryCombo;
    QLineEdit* m_amountEdit;
    QLabel* m_repLabel;
    QLabel* m_metricLabel;
    QLabel* m_categoryLabel;
    QLabel* m_amountLabel;
    QLabel* m_commissionCaption;
    QLabel* m_totalCaption;
    QLabel* m_tierCaption;
    QLabel* m_nextCaption;
    QLabel* m_commissionLabel;
    QLabel* m_totalLabel;
    QLabel* m_tierLabel;
    QLabel* m_nextLabel;
    QLabel* m_messageLabel;
};

} // namespace sd::app
