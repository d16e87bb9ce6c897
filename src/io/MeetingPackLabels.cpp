#include "io/MeetingPackExport.h"

#include "domain/Kpi.h"

#include <QCoreApplication>

namespace sd::io {

namespace {

QString tx(const char* text)
{
    return QCoreApplication::translate("MeetingPack", text);
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

QString packMetricName(Metric m)
{
    switch (m) {
    case Metric::Revenue:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Revenue"));
    case Metric::GrossProfit:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Gross profit"));
    case Metric::Collections:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Collections"));
    case Metric::NewCustomers:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "New customers"));
    }
    return {};
}

QString packSpanName(PackSpan s)
{
    switch (s) {
    case PackSpan::Week:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Week"));
    case PackSpan::Month:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Month to date"));
    case PackSpan::Quarter:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Quarter to date"));
    case PackSpan::Year:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Year to date"));
    }
    return {};
}

QString packChangeName(PackCustomerChange::Kind k)
{
    switch (k) {
    case PackCustomerChange::Kind::Created:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "New customer"));
    case PackCustomerChange::Kind::FirstOrder:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "First order"));
    case PackCustomerChange::Kind::Edited:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Profile changed"));
    }
    return {};
}

QString packCategoryName(WeeklyCategory c)
{
    switch (c) {
    case WeeklyCategory::Won:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Won"));
    case WeeklyCategory::Lost:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Lost"));
    case WeeklyCategory::New:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "New"));
    case WeeklyCategory::Advanced:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Advanced"));
    case WeeklyCategory::Regressed:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Regressed"));
    case WeeklyCategory::Stalled:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Stalled"));
    case WeeklyCategory::Unchanged:
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Unchanged"));
    }
    return {};
}

QString packBucketName(AgingBucket b)
{
    if (b == AgingBucket::Current)
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Current"));
    if (b == AgingBucket::Over180)
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Over 180 days"));
    return tx(QT_TRANSLATE_NOOP("MeetingPack", "%1 days"))
        .arg(QString::fromLatin1(toCode(b).data(), qsizetype(toCode(b).size())));
}

QString packTrainingKindName(TrainingKind k)
{
    return k == TrainingKind::NewHire ? tx(QT_TRANSLATE_NOOP("MeetingPack", "New-hire"))
                                      : tx(QT_TRANSLATE_NOOP("MeetingPack", "Continuing"));
}

QString packKpiName(const WorkspaceSettings& settings, const std::string& code)
{
    if (const KpiDef* def = findKpiDef(settings, code); def && !def->name.empty())
        return qs(def->name);
    if (code == "revenue")
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Revenue"));
    if (code == "gross_profit")
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Gross profit"));
    if (code == "collections")
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Collections"));
    if (code == "collection_rate")
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Collection rate"));
    if (code == "new_customers")
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "New customers"));
    if (code == "win_rate")
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Win rate"));
    if (code == "visits")
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Visits"));
    if (code == "review_360")
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "360-degree review"));
    return qs(code);
}

QString packStageName(const WorkspaceSettings& settings, int position)
{
    if (position == 0)
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Lost"));
    if (position == int(settings.stages.size()) + 1)
        return tx(QT_TRANSLATE_NOOP("MeetingPack", "Won"));
    if (position >= 1 && position <= int(settings.stages.size()))
        return qs(settings.stages[std::size_t(position - 1)].name);
    return QStringLiteral("—");
}

QString packTitle(const MeetingPack& pack)
{
    return tx(QT_TRANSLATE_NOOP("MeetingPack", "Meeting pack %1 · %2")).arg(qs(pack.week.label()), qs(pack.unit->name));
}

} // namespace sd::io
