#include "app/AppraisalDistributionChart.h"

#include "domain/KpiScoring.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sd::app {

AppraisalDistributionChart::AppraisalDistributionChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("distributionChartView"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
}

void AppraisalDistributionChart::setGrades(const std::vector<std::string>& all, const WorkspaceSettings& settings)
{
    std::vector<std::string> grades;
    for (const std::string& g : all)
        if (!g.empty())
            grades.push_back(g);
    const DistributionCheck check = checkDistribution(grades, settings);
    const auto bands = sortedGrades(settings.grades);
    auto* reps = new QBarSet(tr("Reps"));
    auto* allowed = new QBarSet(tr("Most the rule allows"));
    QStringList categories;
    double top = 1;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const std::string& g = bands[i].first;
        const double n = double(std::count(grades.begin(), grades.end(), g));
        *reps << n;
        // The top grade is capped by itself, the second by what is left of the top-two cap; the rest are free.
        double cap = 0;
        if (i == 0)
            cap = double(check.allowedS);
        else if (i == 1)
            cap = double(check.allowedSA) - double(std::min(check.countS, check.allowedSA));
        *allowed << cap;
        top = std::max({top, n, cap});
        categories << QString::fromStdString(g);
    }
    auto* series = new QBarSeries;
    series->append(reps);
    series->append(allowed);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    // Whole-number ticks (1, 2, 4, 8, … apart), at most about six of them.
    double step = 1;
    while (top / step > 5)
        step *= 2;
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setRange(0, std::ceil(top * 1.15 / step) * step);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_passes = check.passes();
    const QString top1 = QString::fromStdString(check.topGrade);
    const QString top2 = top1 + u'+' + QString::fromStdString(check.secondGrade);
    m_summary = tr("%1 graded · %2: %3 (max %4) · %5: %6 (max %7) · %8")
                    .arg(check.graded)
                    .arg(top1)
                    .arg(check.countS)
                    .arg(check.allowedS)
                    .arg(top2)
                    .arg(check.countSA)
                    .arg(check.allowedSA)
                    .arg(m_passes ? tr("within the rule") : tr("breaks the rule"));
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.9);
    chart->setTitleFont(titleFont);
    chart->setTitle(m_summary);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace sd::app
