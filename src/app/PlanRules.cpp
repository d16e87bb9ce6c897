#include "app/PlanRules.h"

#include "domain/Error.h"
#include "domain/IncentivePlans.h"

#include <QCoreApplication>

namespace sd::app {

namespace {

QString componentName(PlanComponent::Type t)
{
    switch (t) {
    case PlanComponent::Type::Commission:
        return QCoreApplication::translate("sd::app::PlanRules", "commission");
    case PlanComponent::Type::Bonus:
        return QCoreApplication::translate("sd::app::PlanRules", "bonus");
    case PlanComponent::Type::GradeBonus:
        return QCoreApplication::translate("sd::app::PlanRules", "grade bonus");
    case PlanComponent::Type::Contest:
        return QCoreApplication::translate("sd::app::PlanRules", "contest");
    }
    return {};
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// A ratio as a percentage in a message ("150 %").
QString pct(const Rational& ratio)
{
    return percentText(ratio) + QStringLiteral(" %");
}

std::optional<Rational> parseNumber(QString text)
{
    text = text.trimmed();
    text.remove(QLatin1Char(' '));
    if (text.isEmpty())
        return std::nullopt;
    return Rational::parse(text.toStdString());
}

class Checker
{
public:
    Checker(const WorkspaceSettings& settings, std::vector<PlanProblem>& out)
        : m_settings(settings)
        , m_out(out)
    {
    }

    void plan(int p)
    {
        const IncentivePlan& plan = m_settings.incentivePlans[size_t(p)];
        m_plan = p;
        m_component = -1;
        if (plan.code.empty())
            add(QCoreApplication::translate("sd::app::PlanRules", "Code"), 0,
                QCoreApplication::translate("sd::app::PlanRules", "a plan version needs a code"));
        for (int j = 0; j < p; ++j) {
            const IncentivePlan& other = m_settings.incentivePlans[size_t(j)];
            if (other.role == plan.role && other.level == plan.level && other.period == plan.period
                && other.effectiveFrom == plan.effectiveFrom)
                add(QCoreApplication::translate("sd::app::PlanRules", "Effective from"), 0,
                    QCoreApplication::translate("sd::app::PlanRules",
                                                "plan \"%1\" already applies to the same role, level and period "
                                                "from the same day (%2): give this version another date")
                        .arg(qs(other.code), versionLabel(plan)));
        }
        for (size_t k = 0; k < plan.components.size(); ++k) {
            m_component = int(k);
            component(plan, plan.components[k]);
        }
    }

private:
    void add(const QString& field, int row, const QString& message)
    {
        m_out.push_back(PlanProblem{m_plan, m_component, field, row, message});
    }

    void component(const IncentivePlan& plan, const PlanComponent& c)
    {
        switch (c.type) {
        case PlanComponent::Type::Commission:
            commission(c);
            break;
        case PlanComponent::Type::Bonus: {
            const QString steps = QCoreApplication::translate("sd::app::PlanRules", "Steps");
            if (!metricFromCode(c.metric))
                add(QCoreApplication::translate("sd::app::PlanRules", "Metric"), 0,
                    QCoreApplication::translate(
                        "sd::app::PlanRules",
                        "unknown metric \"%1\": a bonus needs a metric with targets (revenue, gross profit, "
                        "collections, new customers)")
                        .arg(qs(c.metric)));
            if (c.steps.empty())
                add(steps, 0, QCoreApplication::translate("sd::app::PlanRules", "a bonus needs at least one step"));
            for (size_t i = 0; i < c.steps.size(); ++i) {
                const int row = int(i) + 1;
                if (i > 0 && !(c.steps[i].first > c.steps[i - 1].first))
                    add(steps, row,
                        QCoreApplication::translate(
                            "sd::app::PlanRules",
                            "attainment %1 is not above row %2 (%3): steps must be in ascending order")
                            .arg(pct(c.steps[i].first))
                            .arg(row - 1)
                            .arg(pct(c.steps[i - 1].first)));
                if (c.steps[i].first.isNegative())
                    add(steps, row,
                        QCoreApplication::translate("sd::app::PlanRules", "the attainment cannot be negative"));
                if (c.steps[i].second.isNegative())
                    add(steps, row, QCoreApplication::translate("sd::app::PlanRules", "the amount cannot be negative"));
            }
            break;
        }
        case PlanComponent::Type::GradeBonus:
            if (plan.period != PeriodKind::Quarter)
                add(QCoreApplication::translate("sd::app::PlanRules", "Period"), 0,
                    QCoreApplication::translate(
                        "sd::app::PlanRules",
                        "a grade bonus belongs to a quarter plan (grades are given per quarter)"));
            if (c.gradeBase.isNegative())
                add(QCoreApplication::translate("sd::app::PlanRules", "Base"), 0,
                    QCoreApplication::translate("sd::app::PlanRules", "the base cannot be negative"));
            for (const auto& [grade, k] : c.coefficients)
                if (k.isNegative())
                    add(QCoreApplication::translate("sd::app::PlanRules", "Coefficients"), 0,
                        QCoreApplication::translate("sd::app::PlanRules",
                                                    "the coefficient of grade %1 cannot be negative")
                            .arg(qs(grade)));
            break;
        case PlanComponent::Type::Contest: {
            const QString prizes = QCoreApplication::translate("sd::app::PlanRules", "Prizes");
            if (!isContestMetric(m_settings, c.metric))
                add(QCoreApplication::translate("sd::app::PlanRules", "Metric"), 0,
                    QCoreApplication::translate("sd::app::PlanRules", "unknown contest metric \"%1\"")
                        .arg(qs(c.metric)));
            if (c.prizes.empty())
                add(prizes, 0, QCoreApplication::translate("sd::app::PlanRules", "a contest needs at least one prize"));
            for (size_t i = 0; i < c.prizes.size(); ++i) {
                if (c.prizes[i].money && c.prizes[i].money->isNegative())
                    add(prizes, int(i) + 1,
                        QCoreApplication::translate("sd::app::PlanRules", "a prize cannot be negative"));
                if (!c.prizes[i].money && c.prizes[i].title.empty())
                    add(prizes, int(i) + 1,
                        QCoreApplication::translate("sd::app::PlanRules", "a prize is neither an amount nor a title"));
            }
            break;
        }
        }
    }

    void commission(const PlanComponent& c)
    {
        const QString tiers = QCoreApplication::translate("sd::app::PlanRules", "Tiers");
        if (c.base == Metric::NewCustomers)
            add(QCoreApplication::translate("sd::app::PlanRules", "Commission base"), 0,
                QCoreApplication::translate("sd::app::PlanRules", "must be revenue, gross profit or collections"));
        if (c.tiers.empty())
            add(tiers, 0, QCoreApplication::translate("sd::app::PlanRules", "a commission needs at least one tier"));
        else if (!c.tiers.front().first.isZero())
            add(tiers, 1,
                QCoreApplication::translate("sd::app::PlanRules", "the first tier must start at attainment 0 %, not %1")
                    .arg(pct(c.tiers[0].first)));
        for (size_t i = 0; i < c.tiers.size(); ++i) {
            const int row = int(i) + 1;
            const auto& [from, rate] = c.tiers[i];
            if (i > 0 && !(from > c.tiers[i - 1].first))
                add(tiers, row,
                    QCoreApplication::translate(
                        "sd::app::PlanRules",
                        "attainment from %1 is not above row %2 (%3): tiers must be in ascending order")
                        .arg(pct(from))
                        .arg(row - 1)
                        .arg(pct(c.tiers[i - 1].first)));
            if (rate.isNegative() || rate > Rational(1))
                add(tiers, row,
                    QCoreApplication::translate("sd::app::PlanRules", "the rate %1 is outside 0–100 %")
                        .arg(pct(rate)));
        }
        if (c.threshold && c.threshold->isNegative())
            add(QCoreApplication::translate("sd::app::PlanRules", "Threshold"), 0,
                QCoreApplication::translate("sd::app::PlanRules", "cannot be negative (%1)")
                    .arg(pct(*c.threshold)));
        if (c.cap && c.cap->isNegative())
            add(QCoreApplication::translate("sd::app::PlanRules", "Cap"), 0,
                QCoreApplication::translate("sd::app::PlanRules", "cannot be negative (%1)")
                    .arg(qs(c.cap->toString())));
        for (const auto& [category, factor] : c.categoryMultipliers)
            if (factor.isNegative())
                add(QCoreApplication::translate("sd::app::PlanRules", "Category multipliers"), 0,
                    QCoreApplication::translate("sd::app::PlanRules", "the factor of category %1 cannot be negative")
                        .arg(qs(category)));
    }

    const WorkspaceSettings& m_settings;
    std::vector<PlanProblem>& m_out;
    int m_plan = -1;
    int m_component = -1;
};

} // namespace

QString PlanProblem::text(const WorkspaceSettings& settings) const
{
    QString where;
    if (plan >= 0 && plan < int(settings.incentivePlans.size())) {
        const IncentivePlan& p = settings.incentivePlans[size_t(plan)];
        where = QCoreApplication::translate("sd::app::PlanRules", "Plan \"%1\" (%2)").arg(qs(p.code), versionLabel(p));
        if (component >= 0 && component < int(p.components.size()))
            where += QStringLiteral(", ")
                + QCoreApplication::translate("sd::app::PlanRules", "%1 %2")
                      .arg(componentName(p.components[size_t(component)].type))
                      .arg(component + 1);
    }
    QString what = field;
    if (row > 0)
        what = QCoreApplication::translate("sd::app::PlanRules", "%1, row %2").arg(field).arg(row);
    QString out = where;
    if (!what.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(" — ")) + what;
    return out.isEmpty() ? message : out + QStringLiteral(": ") + message;
}

std::optional<Rational> parsePercent(const QString& text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    const auto r = parseNumber(t);
    if (!r)
        return std::nullopt;
    return *r / Rational(100);
}

std::optional<Rational> parseFactor(const QString& text)
{
    return parseNumber(text);
}

std::optional<Money> parseMoney(const QString& text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char(' '));
    if (t.isEmpty())
        return std::nullopt;
    return Money::parse(t.toStdString());
}

QString percentText(const Rational& ratio)
{
    return qs((ratio * Rational(100)).toString());
}

QString factorText(const Rational& factor)
{
    return qs(factor.toString());
}

QString versionLabel(const IncentivePlan& plan)
{
    if (!plan.effectiveFrom)
        return QCoreApplication::translate("sd::app::PlanRules", "always");
    return QCoreApplication::translate("sd::app::PlanRules", "from %1").arg(qs(plan.effectiveFrom->toString()));
}

std::vector<PlanProblem> checkPlans(const WorkspaceSettings& settings)
{
    std::vector<PlanProblem> out;
    Checker checker(settings, out);
    for (size_t p = 0; p < settings.incentivePlans.size(); ++p)
        checker.plan(int(p));
    if (out.empty()) {
        try {
            validatePlans(settings);
        } catch (const DomainError& e) {
            out.push_back(PlanProblem{-1, -1, QString(), 0, QString::fromUtf8(e.what())});
        }
    }
    return out;
}

} // namespace sd::app
