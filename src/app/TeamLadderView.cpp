// The talent ladder chart and the display names of the Team section.

#include "app/TeamPanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QValueAxis>

namespace sd::app {

namespace {

QString tx(const char* text)
{
    return QCoreApplication::translate("sd::app::TeamPanel", text);
}

} // namespace

QString tierName(int tier)
{
    switch (tier) {
    case 1:
        return tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Stars"));
    case 2:
        return tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Seniors"));
    case 3:
        return tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Backbone"));
    case 4:
        return tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Developing"));
    case 5:
        return tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Newcomers"));
    }
    return tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Tier %1")).arg(tier);
}

QString roleName(Role role)
{
    switch (role) {
    case Role::SeniorManager:
        return tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Senior sales manager"));
    case Role::RegionalManager:
        return tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Regional sales manager"));
    case Role::Rep:
        return tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Sales rep"));
    }
    return {};
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Junior:
        return tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Junior"));
    case Level::Mid:
        return tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Mid"));
    case Level::Senior:
        return tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Senior"));
    }
    return {};
}

QChart* ladderChart(const TeamLadder& ladder, const QString& title)
{
    auto* actual = new QBarSet(tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Reps")));
    auto* target = new QBarSet(tx(QT_TRANSLATE_NOOP("sd::app::TeamPanel", "Target composition")));
    actual->setColor(QColor(0x25, 0x63, 0xeb));
    target->setColor(QColor(0xcb, 0xd5, 0xe1));
    QStringList categories;
    std::int64_t top = 1;
    for (std::size_t t = 0; t < ladder.actual.size(); ++t) {
        *actual << double(ladder.actual[t]);
        *target << double(ladder.target[t]);
        categories << tierName(int(t) + 1);
        top = std::max({top, ladder.actual[t], ladder.target[t]});
    }
    auto* series = new QBarSeries;
    series->append(actual);
    series->append(target);
    series->setLabelsVisible(true);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, double(top + 1));
    y->setTickCount(int(std::min<std::int64_t>(top + 2, 11)));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

} // namespace sd::app
