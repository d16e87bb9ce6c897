#pragma once

#include <QChartView>
#include <QStringList>
#include <QVector>

namespace sd::app {

// A funnel drawn with Qt Charts: one centred horizontal bar per open stage, the first stage on top, the width
// proportional to the stage's count or amount. The exact figures are in the category labels (the bars only draw).
class FunnelChart : public QChartView
{
    Q_OBJECT

public:
    explicit FunnelChart(QWidget* parent = nullptr);

    // `labels` and `values` per stage in funnel order (first stage first); values only set the bar lengths.
    void setStages(const QStringList& labels, const QVector<double>& values, const QString& title);
    QStringList categories() const { return m_labels; }

private:
    QStringList m_labels;
};

} // namespace sd::app
