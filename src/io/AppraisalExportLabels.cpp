// AppraisalExport's display names and value texts, shared with the appraisal view.

#include "io/AppraisalExport.h"

#include "domain/Kpi.h"

#include <QCoreApplication>

namespace sd::io {

namespace {

QString translated(const char* text)
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
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Revenue"));
    if (code == "gross_profit")
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Gross profit"));
    if (code == "collections")
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Collections"));
    if (code == "collection_rate")
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Collection rate"));
    if (code == "new_customers")
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "New customers"));
    if (code == "win_rate")
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Win rate"));
    if (code == "visits")
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Visits"));
    if (code == "review_360")
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "360 review"));
    if (const KpiDef* def = findKpiDef(settings, code); def && !def->name.empty())
        return QString::fromStdString(def->name);
    return QString::fromStdString(code);
}

QString AppraisalExport::perspectiveName(Perspective p)
{
    switch (p) {
    case Perspective::Financial:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Financial"));
    case Perspective::Customer:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Customer"));
    case Perspective::Process:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Process"));
    case Perspective::Learning:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Learning and growth"));
    }
    return {};
}

QString AppraisalExport::ruleText(const ScoringRule& rule)
{
    const auto num = [](const Rational& r) { return decimalText(r); };
    switch (rule.type) {
    case ScoringRuleType::Linear:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "linear: 100 × attainment, between %1 and %2"))
            .arg(num(rule.floor), num(rule.cap));
    case ScoringRuleType::Threshold:
        return translated(
                   QT_TRANSLATE_NOOP("AppraisalExport",
                                     "threshold: 0 below attainment %1, else 100 × attainment between %2 and %3"))
            .arg(num(rule.threshold), num(rule.floor), num(rule.cap));
    case ScoringRuleType::Bands: {
        QStringList parts;
        for (const auto& [min, score] : rule.bands)
            parts << QStringLiteral("≥%1 → %2").arg(num(min), num(score));
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "bands: %1")).arg(parts.join(QStringLiteral(", ")));
    }
    case ScoringRuleType::Direct:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "direct: the value is the score"));
    case ScoringRuleType::Anchored:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "behaviour-anchored: 20 × level"));
    }
    return {};
}

QString AppraisalExport::stateName(AppraisalState s)
{
    switch (s) {
    case AppraisalState::Open:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Open"));
    case AppraisalState::SelfReview:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Self review"));
    case AppraisalState::ManagerReview:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Manager review"));
    case AppraisalState::Calibration:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Calibration"));
    case AppraisalState::SignedOff:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Signed off"));
    }
    return {};
}

QString AppraisalExport::roleName(Role r)
{
    switch (r) {
    case Role::SeniorManager:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Senior manager"));
    case Role::RegionalManager:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Regional manager"));
    case Role::Rep:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Sales rep"));
    }
    return {};
}

QString AppraisalExport::levelName(Level l)
{
    switch (l) {
    case Level::Junior:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Junior"));
    case Level::Mid:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Mid"));
    case Level::Senior:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Senior"));
    }
    return {};
}

QString AppraisalExport::reviewerKindName(const std::string& kind)
{
    if (kind == "supervisor")
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Supervisor"));
    if (kind == "peer")
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Peer"));
    if (kind == "customer")
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Customer"));
    if (kind == "self")
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "Self"));
    return QString::fromStdString(kind);
}

QString AppraisalExport::reasonName(NotApplicableReason r)
{
    switch (r) {
    case NotApplicableReason::None:
        return {};
    case NotApplicableReason::NoActual:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "not applicable: no actual"));
    case NotApplicableReason::NoTarget:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "not applicable: no target"));
    case NotApplicableReason::ZeroTarget:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "not applicable: target is 0"));
    case NotApplicableReason::ZeroActualLowerIsBetter:
        return translated(QT_TRANSLATE_NOOP("AppraisalExport", "not applicable: actual 0 (lower is better)"));
    }
    return {};
}

QString AppraisalExport::valueText(const std::optional<Rational>& v, KpiUnit unit)
{
    if (!v)
        return {};
    switch (unit) {
    case KpiUnit::Money:
        return groupThousands(Money::fromExactCents(*v).toString());
    case KpiUnit::Count:
        return v->isInteger() ? groupThousands(v->toString()) : decimalText(*v);
    case KpiUnit::Ratio:
        return QString::fromStdString((*v * Rational(100)).toFixed(2)) + u'%';
    case KpiUnit::Score:
        return QString::fromStdString(v->toFixed(2));
    case KpiUnit::Value:
        return decimalText(*v);
    }
    return {};
}

} // namespace sd::io
