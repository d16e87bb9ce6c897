#include "app/FunnelChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace sd::app {

FunnelChart::FunnelChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("funnelChartView"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
}

void FunnelChart::setStages(const QStringList& labels, const QVector<double>& values, const QString& title)
{
    m_labels = labels;
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    c->setTitle(title);

    const double top = values.isEmpty() ? 0.0 : *std::max_element(values.begin(), values.end());
    auto* pad = new QBarSet(QString());
    pad->setColor(Qt::transparent);
    pad->setBorderColor(Qt::transparent);
    auto* bars = new QBarSet(title);
    bars->setColor(QColor(0x2f, 0x6f, 0xb3));
    bars->setBorderColor(QColor(0x24, 0x47, 0x6b));
    // A horizontal bar chart puts its first category at the bottom: add the stages last to first.
    QStringList reversed;
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        const double v = std::max(0.0, values[i]);
        pad->append((top - v) / 2.0);
        bars->append(v);
        reversed << labels.value(i);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.85);
    series->append(pad);
    series->append(bars);
    c->addSeries(series);

    auto* stagesAxis = new QBarCategoryAxis;
    stagesAxis->append(reversed);
    stagesAxis->setGridLineVisible(false);
    c->addAxis(stagesAxis, Qt::AlignLeft);
    series->attachAxis(stagesAxis);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0.0, top > 0.0 ? top : 1.0);
    valueAxis->setVisible(false);
    c->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
}

} // namespace sd::app
