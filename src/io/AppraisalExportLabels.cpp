// AppraisalExport's display names and value texts, shared with the appraisal view.

#include "io/AppraisalExport.h"

#include "domain/Kpi.h"

#include <QCoreApplication>

namespace sd::io {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AppraisalExport", text);
}

// "1234567.50" → "1,234,567.50"
QString groupThousands(const std::string& plain)
{
    QString s = QString::fromStdString(plain);
    const qsizetype dot = s.indexOf(u'.');
    qsizetype end = dot < 0 ? s.size() : dot;
    const qsizetype start = s.startsWith(u'-') ? 1 : 0;
    for (qsizetype i = end - 3; i > start; i -= 3)
        s.insert(i, u',');
    return s;
}

QString decimalText(const Rational& r)
{
    // Up to six decimals, trailing zeros dropped.
    QString s = QString::fromStdString(r.toFixed(6));
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s;
}

} // namespace

QString AppraisalExport::kpiName(const std::string& code, const WorkspaceSettings& settings)
{
    if (code == "revenue")
        return tr("Revenue");
    if (code == "gross_profit")
        return tr("Gross profit");
    if (code == "collections")
        return tr("Collections");
    if (code == "collection_rate")
        return tr("Collection rate");
    if (code == "new_customers")
        return tr("New customers");
    if (code == "win_rate")
        return tr("Win rate");
    if (code == "visits")
        return tr("Visits");
    if (code == "review_360")
        return tr("360 review");
    if (const KpiDef* def = findKpiDef(settings, code); def && !def->name.empty())
        return QString::fromStdString(def->name);
    return QString::fromStdString(code);
}

QString AppraisalExport::perspectiveName(Perspective p)
{
    switch (p) {
    case Perspective::Financial: return tr("Financial");
    case Perspective::Customer: return tr("Customer");
    case Perspective::Process: return tr("Process");
    case Perspective::Learning: return tr("Learning and growth");
    }
    return {};
}

QString AppraisalExport::ruleText(const ScoringRule& rule)
{
    const auto num = [](const Rational& r) { return decimalText(r); };
    switch (rule.type) {
    case ScoringRuleType::Linear:
        return tr("linear: 100 × attainment, between %1 and %2").arg(num(rule.floor), num(rule.cap));
    case ScoringRuleType::Threshold:
        return tr("threshold: 0 below attainment %1, else 100 × attainment between %2 and %3")
            .arg(num(rule.threshold), num(rule.floor), num(rule.cap));
    case ScoringRuleType::Bands: {
        QStringList parts;
        for (const auto& [min, score] : rule.bands)
            parts << QStringLiteral("≥%1 → %2").arg(num(min), num(score));
        return tr("bands: %1").arg(parts.join(QStringLiteral(", ")));
    }
    case ScoringRuleType::Direct: return tr("direct: the value is the score");
    case ScoringRuleType::Anchored: return tr("behaviour-anchored: 20 × level");
    }
    return {};
}

QString AppraisalExport::stateName(AppraisalState s)
{
    switch (s) {
    case AppraisalState::Open: return tr("Open");
    case AppraisalState::SelfReview: return tr("Self review");
    case AppraisalState::ManagerReview: return tr("Manager review");
    case AppraisalState::Calibration: return tr("Calibration");
    case AppraisalState::SignedOff: return tr("Signed off");
    }
    return {};
}

QString AppraisalExport::roleName(Role r)
{
    switch (r) {
    case Role::SeniorManager: return tr("Senior manager");
    case Role::RegionalManager: return tr("Regional manager");
    case Role::Rep: return tr("Sales rep");
    }
    return {};
}

QString AppraisalExport::levelName(Level l)
{
    switch (l) {
    case Level::Junior: return tr("Junior");
    case Level::Mid: return tr("Mid");
    case Level::Senior: return tr("Senior");
    }
    return {};
}

QString AppraisalExport::reviewerKindName(const std::string& kind)
{
    if (kind == "supervisor")
        return tr("Supervisor");
    if (kind == "peer")
        return tr("Peer");
    if (kind == "customer")
        return tr("Customer");
    if (kind == "self")
        return tr("Self");
    return QString::fromStdString(kind);
}

QString AppraisalExport::reasonName(NotApplicableReason r)
{
    switch (r) {
    case NotApplicableReason::None: return {};
    case NotApplicableReason::NoActual: return tr("not applicable: no actual");
    case NotApplicableReason::NoTarget: return tr("not applicable: no target");
    case NotApplicableReason::ZeroTarget: return tr("not applicable: target is 0");
    case NotApplicableReason::ZeroActualLowerIsBetter: return tr("not applicable: actual 0 (lower is better)");
    }
    return {};
}

QString AppraisalExport::valueText(const std::optional<Rational>& v, KpiUnit unit)
{
    if (!v)
        return {};
    switch (unit) {
    case KpiUnit::Money: return groupThousands(Money::fromExactCents(*v).toString());
    case KpiUnit::Count: return v->isInteger() ? groupThousands(v->toString()) : decimalText(*v);
    case KpiUnit::Ratio: return QString::fromStdString((*v * Rational(100)).toFixed(2)) + u'%';
    case KpiUnit::Score: return QString::fromStdString(v->toFixed(2));
    case KpiUnit::Value: return decimalText(*v);
    }
    return {};
}

} // namespace sd::io
