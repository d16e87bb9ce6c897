#include "app/IncentivePlansWidget.h"

#include "app/Formatting.h"
#include "domain/Error.h"
#include "domain/IncentivePlans.h"
#include "io/IncentiveExport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd::app {

namespace {

QString pct(const Rational& r)
{
    std::string s = (r * Rational(100)).toFixed(2);
    while (s.find('.') != std::string::npos && (s.back() == '0' || s.back() == '.')) {
        const bool dot = s.back() == '.';
        s.pop_back();
        if (dot)
            break;
    }
    return QString::fromStdString(s) + QStringLiteral("%");
}

QString describe(const PlanComponent& c)
{
    QStringList parts;
    switch (c.type) {
    case PlanComponent::Type::Commission: {
        QStringList tiers;
        for (const auto& [from, rate] : c.tiers)
            tiers << QStringLiteral("%1→%2").arg(pct(from), pct(rate));
        parts << (c.mode == CommissionMode::Marginal ? IncentivePlansWidget::tr("marginal")
                                                     : IncentivePlansWidget::tr("retroactive"))
              << IncentivePlansWidget::tr("tiers %1").arg(tiers.join(QStringLiteral(", ")));
        if (c.threshold)
            parts << IncentivePlansWidget::tr("threshold %1").arg(pct(*c.threshold));
        if (c.cap)
            parts << IncentivePlansWidget::tr("cap %1").arg(Formatting::amount(*c.cap));
        for (const auto& [cat, factor] : c.categoryMultipliers)
            parts << QStringLiteral("%1 ×%2").arg(QString::fromStdString(cat),
                                                  QString::fromStdString(factor.toString()));
        break;
    }
    case PlanComponent::Type::Bonus:
        for (const auto& [a, amount] : c.steps)
            parts << QStringLiteral("≥%1: %2").arg(pct(a), Formatting::amount(amount));
        break;
    case PlanComponent::Type::GradeBonus:
        parts << IncentivePlansWidget::tr("base %1").arg(Formatting::amount(c.gradeBase));
        for (const auto& [grade, k] : c.coefficients)
            parts << QStringLiteral("%1 ×%2").arg(QString::fromStdString(grade), QString::fromStdString(k.toString()));
        break;
    case PlanComponent::Type::Contest: {
        int rank = 1;
        for (const Prize& p : c.prizes)
            parts << QStringLiteral("#%1 %2").arg(rank++).arg(p.money ? Formatting::amount(*p.money)
                                                                      : QString::fromStdString(p.title));
        break;
    }
    }
    return parts.join(QStringLiteral("; "));
}

ComponentKind kindOf(PlanComponent::Type t)
{
    switch (t) {
    case PlanComponent::Type::Commission:
        return ComponentKind::Commission;
    case PlanComponent::Type::Bonus:
        return ComponentKind::Bonus;
    case PlanComponent::Type::GradeBonus:
        return ComponentKind::GradeBonus;
    case PlanComponent::Type::Contest:
        return ComponentKind::Contest;
    }
    return ComponentKind::Commission;
}

} // namespace

IncentivePlansWidget::IncentivePlansWidget(QWidget* parent)
    : QWidget(parent)
    , m_validationLabel(new QLabel(this))
    , m_editButton(new QPushButton(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("incentivePlansWidget"));
    m_validationLabel->setObjectName(QStringLiteral("planValidationLabel"));
    m_validationLabel->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setColumnCount(6);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_editButton->setObjectName(QStringLiteral("editPlansButton"));
    connect(m_editButton, &QPushButton::clicked, this, &IncentivePlansWidget::editRequested);
    auto* top = new QHBoxLayout;
    top->addWidget(m_validationLabel, 1);
    top->addWidget(m_editButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    retranslateUi();
}

void IncentivePlansWidget::setSettings(const WorkspaceSettings& settings)
{
    m_settings = settings;
    rebuild();
}

void IncentivePlansWidget::retranslateUi()
{
    m_editButton->setText(tr("Edit plans…"));
    m_tree->setHeaderLabels(
        {tr("Plan / component"), tr("Role"), tr("Level"), tr("Period"), tr("Effective from"), tr("Rules")});
    rebuild();
}

void IncentivePlansWidget::rebuild()
{
    m_tree->clear();
    try {
        validatePlans(m_settings);
        m_validationLabel->setStyleSheet(QString());
        m_validationLabel->setText(
            m_settings.incentivePlans.empty()
                ? tr("No incentive plans: add them to the workspace JSON (incentive_plans).")
                : tr("%n plan version(s), all valid. A period is paid by the version in force on "
                     "its first day.",
                     nullptr, int(m_settings.incentivePlans.size())));
    } catch (const DomainError& e) {
        m_validationLabel->setStyleSheet(QStringLiteral("color: #c01c28;"));
        m_validationLabel->setText(tr("The plans cannot be used: %1").arg(QString::fromStdString(e.what())));
    }
    for (const IncentivePlan& p : m_settings.incentivePlans) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, QString::fromStdString(p.code));
        item->setText(1, QString::fromLatin1(toCode(p.role).data(), qsizetype(toCode(p.role).size())));
        item->setText(
            2, p.level ? QString::fromLatin1(toCode(*p.level).data(), qsizetype(toCode(*p.level).size())) : tr("all"));
        item->setText(3, p.period == PeriodKind::Quarter ? tr("quarter") : tr("month"));
        item->setText(4, p.effectiveFrom ? Formatting::date(*p.effectiveFrom) : tr("always"));
        for (const PlanComponent& c : p.components) {
            auto* child = new QTreeWidgetItem(item);
            QString name = io::componentLabel(kindOf(c.type));
            const std::string metric
                = c.type == PlanComponent::Type::Commission ? std::string(toCode(c.base)) : c.metric;
            if (c.type != PlanComponent::Type::GradeBonus)
                name += QStringLiteral(" (%1)").arg(io::metricLabel(metric));
            child->setText(0, name);
            child->setText(5, describe(c));
            child->setToolTip(5, describe(c));
        }
    }
    m_tree->expandAll();
    for (int c = 0; c < 5; ++c)
        m_tree->resizeColumnToContents(c);
}

} // namespace sd::app
