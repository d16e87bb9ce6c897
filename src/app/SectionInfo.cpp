#include "app/SectionInfo.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace sd::app {

std::vector<Section> SectionInfo::all()
{
    return {Section::Dashboard,  Section::Targets,   Section::Funnel, Section::Kpi,
            Section::Incentives, Section::Customers, Section::Team};
}

QString SectionInfo::key(Section section)
{
    switch (section) {
    case Section::Dashboard:
        return QStringLiteral("dashboard");
    case Section::Targets:
        return QStringLiteral("targets");
    case Section::Funnel:
        return QStringLiteral("funnel");
    case Section::Kpi:
        return QStringLiteral("kpi");
    case Section::Incentives:
        return QStringLiteral("incentives");
    case Section::Customers:
        return QStringLiteral("customers");
    case Section::Team:
        return QStringLiteral("team");
    }
    return {};
}

std::optional<Section> SectionInfo::fromKey(const QString& key)
{
    for (Section s : all()) {
        if (SectionInfo::key(s).compare(key, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString SectionInfo::title(Section section)
{
    switch (section) {
    case Section::Dashboard:
        return tr("Dashboard");
    case Section::Targets:
        return tr("Targets");
    case Section::Funnel:
        return tr("Funnel");
    case Section::Kpi:
        return tr("KPI & Appraisal");
    case Section::Incentives:
        return tr("Incentives");
    case Section::Customers:
        return tr("Customers");
    case Section::Team:
        return tr("Team");
    }
    return {};
}

QString SectionInfo::summary(Section section)
{
    switch (section) {
    case Section::Dashboard:
        return tr("The state of the business at a glance: targets, pipeline, collections and the team.");
    case Section::Targets:
        return tr("Annual target decomposition across the org tree, months and customer segments.");
    case Section::Funnel:
        return tr("The sales funnel by stage, with conversion, velocity and health flags.");
    case Section::Kpi:
        return tr("Quarterly KPI scoring, 360° reviews, grades and the appraisal sheet for HR.");
    case Section::Incentives:
        return tr("Commission, bonuses and sales contests, calculated per rep and period.");
    case Section::Customers:
        return tr("Every customer with its opportunities, orders, payments and activities.");
    case Section::Team:
        return tr("The org tree, the reps and the team's talent ladder.");
    }
    return {};
}

QStringList SectionInfo::features(Section section)
{
    switch (section) {
    case Section::Dashboard:
        return {tr("Attainment of this period's targets, with the gap and a run-rate projection"),
                tr("Weighted pipeline and coverage against the quarter's target"),
                tr("Receivables aging and this month's collections"), tr("Stalled deals and reps who need attention")};
    case Section::Targets:
        return {tr("Decompose a company target to regions, teams and reps: equal, weights, history or capacity"),
                tr("Split each year into fiscal months by seasonality, and into existing and new customers"),
                tr("Reconcile top-down figures with what the teams submit bottom-up"),
                tr("Draft, approve and revise targets, keeping every version")};
    case Section::Funnel:
        return {tr("Count, amount and weighted amount per stage as of any day"),
                tr("Stage-to-stage conversion, win rate, cycle length and velocity"),
                tr("Health flags for stalled and overdue deals"),
                tr("The weekly change report for the team meeting (PDF, Excel)")};
    case Section::Kpi:
        return {tr("KPI templates per role and level with weights and scoring rules"),
                tr("Scores, totals and grades per rep for each quarter"),
                tr("360° reviews from supervisors, peers, customers and self"),
                tr("The appraisal sheet for HR (Excel, one PDF per rep)")};
    case Section::Incentives:
        return {tr("Tiered commission, marginal or retroactive, with caps and thresholds"),
                tr("Attainment bonuses, grade bonuses and contest prizes"), tr("Clawbacks for cancelled orders"),
                tr("A statement per rep with every input shown")};
    case Section::Customers:
        return {tr("Search and sort every customer"), tr("Opportunities, orders, payments and activities of each")};
    case Section::Team:
        return {tr("The org tree from company to regions, teams and reps"),
                tr("Levels, tenure and capacity of each rep"),
                tr("The talent ladder against the team's target composition")};
    }
    return {};
}

namespace {

QColor sectionColor(Section section)
{
    switch (section) {
    case Section::Dashboard:
        return QColor(0x3b, 0x82, 0xf6);
    case Section::Targets:
        return QColor(0xef, 0x44, 0x44);
    case Section::Funnel:
        return QColor(0xf5, 0x9e, 0x0b);
    case Section::Kpi:
        return QColor(0x10, 0xb9, 0x81);
    case Section::Incentives:
        return QColor(0xa8, 0x55, 0xf7);
    case Section::Customers:
        return QColor(0x06, 0xb6, 0xd4);
    case Section::Team:
        return QColor(0x64, 0x74, 0x8b);
    }
    return Qt::gray;
}

// A white pictogram on a rounded coloured tile, drawn on a 64×64 grid.
void drawGlyph(QPainter& p, Section section)
{
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    switch (section) {
    case Section::Dashboard:
        p.drawRoundedRect(QRectF(14, 14, 16, 16), 3, 3);
        p.drawRoundedRect(QRectF(34, 14, 16, 16), 3, 3);
        p.drawRoundedRect(QRectF(14, 34, 16, 16), 3, 3);
        p.drawRoundedRect(QRectF(34, 34, 16, 16), 3, 3);
        break;
    case Section::Targets:
        p.drawEllipse(QPointF(32, 32), 20, 20);
        p.setBrush(sectionColor(section));
        p.drawEllipse(QPointF(32, 32), 14, 14);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(32, 32), 8, 8);
        break;
    case Section::Funnel: {
        QPainterPath path;
        path.moveTo(12, 14);
        path.lineTo(52, 14);
        path.lineTo(37, 34);
        path.lineTo(37, 50);
        path.lineTo(27, 54);
        path.lineTo(27, 34);
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case Section::Kpi:
        p.drawRect(QRectF(14, 36, 9, 14));
        p.drawRect(QRectF(27.5, 26, 9, 24));
        p.drawRect(QRectF(41, 16, 9, 34));
        break;
    case Section::Incentives: {
        QPainterPath star;
        for (int i = 0; i < 10; ++i) {
            const double r = (i % 2 == 0) ? 21.0 : 9.0;
            const double a = -M_PI / 2 + i * M_PI / 5;
            const QPointF pt(32 + r * std::cos(a), 33 + r * std::sin(a));
            if (i == 0)
                star.moveTo(pt);
            else
                star.lineTo(pt);
        }
        star.closeSubpath();
        p.drawPath(star);
        break;
    }
    case Section::Customers:
        p.drawEllipse(QPointF(32, 23), 9, 9);
        p.drawChord(QRectF(15, 34, 34, 30), 0, 180 * 16);
        break;
    case Section::Team:
        p.drawEllipse(QPointF(20, 26), 6, 6);
        p.drawEllipse(QPointF(44, 26), 6, 6);
        p.drawChord(QRectF(9, 35, 22, 22), 0, 180 * 16);
        p.drawChord(QRectF(33, 35, 22, 22), 0, 180 * 16);
        p.setPen(QPen(sectionColor(section), 2.5));
        p.drawEllipse(QPointF(32, 23), 8, 8);
        p.drawChord(QRectF(18, 34, 28, 28), 0, 180 * 16);
        break;
    }
}

} // namespace

QIcon SectionInfo::icon(Section section)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 64.0, size / 64.0);
        p.setPen(Qt::NoPen);
        p.setBrush(sectionColor(section));
        p.drawRoundedRect(QRectF(2, 2, 60, 60), 14, 14);
        drawGlyph(p, section);
        p.end();
        icon.addPixmap(pixmap);
        icon.addPixmap(pixmap, QIcon::Selected); // the tile keeps its colour on a selected sidebar row
    }
    return icon;
}

} // namespace sd::app
