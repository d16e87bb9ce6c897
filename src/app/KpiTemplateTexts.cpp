#include "app/KpiTemplateTexts.h"

#include "io/AppraisalExport.h"

#include <QCoreApplication>
#include <QStringList>

namespace sd::app::kpitexts {

namespace {

QString kpiLabel(const WorkspaceSettings& settings, int kpiIndex)
{
    const std::string& code = settings.kpis.at(size_t(kpiIndex)).code;
    if (code.empty())
        return QCoreApplication::translate("KpiTemplateDialog", "KPI in row %1 (no code)").arg(kpiIndex + 1);
    return QCoreApplication::translate("KpiTemplateDialog", "KPI “%1”").arg(QString::fromStdString(code));
}

QString itemLabel(const KpiLibraryIssue& issue)
{
    return QCoreApplication::translate("KpiTemplateDialog", "item %1 (%2)")
        .arg(issue.itemIndex + 1)
        .arg(QString::fromStdString(issue.code));
}

// "revenue 60 + csat 30 + visits 9"
QString weightTerms(const KpiTemplate& t)
{
    QStringList terms;
    for (const KpiTemplateItem& item : t.items)
        terms << QStringLiteral("%1 %2").arg(QString::fromStdString(item.kpi), decimalText(item.weight));
    return terms.join(QStringLiteral(" + "));
}

QString libraryText(const KpiLibraryIssue& issue)
{
    const QString code = QString::fromStdString(issue.code);
    switch (issue.problem) {
    case KpiLibraryProblem::KpiCodeEmpty:
        return QCoreApplication::translate("KpiTemplateDialog", "the code is empty.");
    case KpiLibraryProblem::KpiCodeInvalid:
        return QCoreApplication::translate("KpiTemplateDialog", "the code may not contain spaces, commas or quotes.");
    case KpiLibraryProblem::KpiCodeBuiltin:
        return QCoreApplication::translate("KpiTemplateDialog",
                                           "“%1” is a built-in KPI; a manual KPI needs another code.")
            .arg(code);
    case KpiLibraryProblem::KpiCodeDuplicate:
        return QCoreApplication::translate("KpiTemplateDialog", "another manual KPI has the code “%1”.").arg(code);
    case KpiLibraryProblem::KpiNameEmpty:
        return QCoreApplication::translate("KpiTemplateDialog", "the name is empty.");
    default:
        break;
    }
    return {};
}

QString templateText(const KpiLibraryIssue& issue, const WorkspaceSettings& settings)
{
    const KpiTemplate& t = settings.kpiTemplates.at(size_t(issue.templateIndex));
    switch (issue.problem) {
    case KpiLibraryProblem::TemplateCodeEmpty:
        return QCoreApplication::translate("KpiTemplateDialog", "the code is empty.");
    case KpiLibraryProblem::TemplateCodeDuplicate:
        return QCoreApplication::translate("KpiTemplateDialog", "the code is also used by template %1.")
            .arg(issue.other + 1);
    case KpiLibraryProblem::TemplateRoleLevelTaken:
        return QCoreApplication::translate("KpiTemplateDialog", "%1 already has a template for %2, %3.")
            .arg(templateLabel(settings, issue.other), io::AppraisalExport::roleName(t.role),
                 t.level ? io::AppraisalExport::levelName(*t.level)
                         : QCoreApplication::translate("KpiTemplateDialog", "any level"));
    case KpiLibraryProblem::TemplateWithoutItems:
        return QCoreApplication::translate("KpiTemplateDialog", "a template needs at least one item.");
    case KpiLibraryProblem::WeightsNotHundred:
        return QCoreApplication::translate("KpiTemplateDialog",
                                           "the weights sum to %1 (%2); they must sum to exactly 100.")
            .arg(decimalText(issue.value), weightTerms(t));
    default:
        break;
    }
    return {};
}

QString itemText(const KpiLibraryIssue& issue)
{
    const QString code = QString::fromStdString(issue.code);
    const auto translated = [](const char* text) { return QCoreApplication::translate("KpiTemplateDialog", text); };
    switch (issue.problem) {
    case KpiLibraryProblem::UnknownKpi:
        return translated(QT_TRANSLATE_NOOP("KpiTemplateDialog",
                                            "the KPI code “%1” is neither built in nor in the KPI library."))
            .arg(code);
    case KpiLibraryProblem::DuplicateItem:
        return translated(QT_TRANSLATE_NOOP("KpiTemplateDialog", "%1 is already item %2 of this template."))
            .arg(code)
            .arg(issue.other + 1);
    case KpiLibraryProblem::WeightNotPositive:
        return translated(QT_TRANSLATE_NOOP("KpiTemplateDialog", "the weight must be more than 0, not %1."))
            .arg(decimalText(issue.value));
    case KpiLibraryProblem::FloorAboveCap:
        return translated(QT_TRANSLATE_NOOP("KpiTemplateDialog", "the floor %1 is above the cap %2."))
            .arg(decimalText(issue.value), decimalText(issue.value2));
    case KpiLibraryProblem::ThresholdNegative:
        return translated(QT_TRANSLATE_NOOP("KpiTemplateDialog", "the threshold may not be negative (%1)."))
            .arg(decimalText(issue.value));
    case KpiLibraryProblem::BandsMissing:
        return translated(QT_TRANSLATE_NOOP("KpiTemplateDialog",
                                            "a bands rule needs at least one band (minimum attainment, score)."));
    case KpiLibraryProblem::BandMinimumNegative:
        return translated(
                   QT_TRANSLATE_NOOP("KpiTemplateDialog", "band %1: the minimum attainment may not be negative (%2)."))
            .arg(issue.other + 1)
            .arg(decimalText(issue.value));
    case KpiLibraryProblem::BandMinimumRepeated:
        return translated(
                   QT_TRANSLATE_NOOP("KpiTemplateDialog", "band %1: the minimum attainment %2 is already a band."))
            .arg(issue.other + 1)
            .arg(decimalText(issue.value));
    case KpiLibraryProblem::TargetMissing:
        return translated(QT_TRANSLATE_NOOP("KpiTemplateDialog",
                                            "this rule scores the attainment, so the item needs a target (the owner's "
                                            "target or a fixed value)."));
    case KpiLibraryProblem::TargetNotPositive:
        return translated(QT_TRANSLATE_NOOP("KpiTemplateDialog",
                                            "a fixed target must be more than 0, not %1 (the item would never count)."))
            .arg(decimalText(issue.value));
    case KpiLibraryProblem::TargetUnavailable:
        return translated(
                   QT_TRANSLATE_NOOP("KpiTemplateDialog",
                                     "%1 has no targets to read (only revenue, gross profit, collections and new "
                                     "customers have them); give a fixed target."))
            .arg(code);
    case KpiLibraryProblem::RuleNeedsManualKpi:
        return translated(
                   QT_TRANSLATE_NOOP("KpiTemplateDialog",
                                     "a direct or behaviour-anchored rule needs a manual KPI (a score or a level "
                                     "entered per rep); %1 is computed."))
            .arg(code);
    case KpiLibraryProblem::AnchorsIncomplete:
        return translated(
            QT_TRANSLATE_NOOP("KpiTemplateDialog", "describe all five levels of the behaviour anchors, or none."));
    default:
        break;
    }
    return {};
}

} // namespace

QString decimalText(const Rational& value)
{
    return QString::fromStdString(value.toString());
}

QString templateLabel(const WorkspaceSettings& settings, int templateIndex)
{
    const std::string& code = settings.kpiTemplates.at(size_t(templateIndex)).code;
    if (code.empty())
        return QCoreApplication::translate("KpiTemplateDialog", "Template %1 (no code)").arg(templateIndex + 1);
    return QCoreApplication::translate("KpiTemplateDialog", "Template “%1”").arg(QString::fromStdString(code));
}

QString issueText(const KpiLibraryIssue& issue, const WorkspaceSettings& settings)
{
    if (issue.kpiIndex >= 0)
        return QStringLiteral("%1: %2").arg(kpiLabel(settings, issue.kpiIndex), libraryText(issue));
    if (issue.itemIndex >= 0)
        return QStringLiteral("%1, %2: %3")
            .arg(templateLabel(settings, issue.templateIndex), itemLabel(issue), itemText(issue));
    return QStringLiteral("%1: %2").arg(templateLabel(settings, issue.templateIndex), templateText(issue, settings));
}

QString templateEntry(const KpiTemplate& kpiTemplate)
{
    const QString level = kpiTemplate.level ? io::AppraisalExport::levelName(*kpiTemplate.level)
                                            : QCoreApplication::translate("KpiTemplateDialog", "any level");
    const QString code = kpiTemplate.code.empty() ? QCoreApplication::translate("KpiTemplateDialog", "(no code)")
                                                  : QString::fromStdString(kpiTemplate.code);
    return QStringLiteral("%1 — %2, %3").arg(code, io::AppraisalExport::roleName(kpiTemplate.role), level);
}

QString kindName(KpiKind kind)
{
    return kind == KpiKind::Process ? QCoreApplication::translate("KpiTemplateDialog", "Process")
                                    : QCoreApplication::translate("KpiTemplateDialog", "Result");
}

QString targetText(const KpiTemplateItem& item)
{
    switch (item.targetSource) {
    case KpiTemplateItem::TargetSource::OwnerTarget:
        return QCoreApplication::translate("KpiTemplateDialog", "Owner's target");
    case KpiTemplateItem::TargetSource::Fixed:
        return QCoreApplication::translate("KpiTemplateDialog", "Fixed: %1").arg(decimalText(item.fixedTarget));
    case KpiTemplateItem::TargetSource::None:
        break;
    }
    return QCoreApplication::translate("KpiTemplateDialog", "None");
}

QString weightTotalText(const Rational& total)
{
    if (total == Rational(100))
        return QCoreApplication::translate("KpiTemplateDialog", "Total weight: %1").arg(decimalText(total));
    return QCoreApplication::translate("KpiTemplateDialog", "Total weight: %1 — must be exactly 100")
        .arg(decimalText(total));
}

} // namespace sd::app::kpitexts
