#include "io/MeetingPackExport.h"

#include "domain/Kpi.h"

#include <QCoreApplication>

namespace sd::io {

namespace {

QString tr(const char* text)
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
    case Metric::Revenue: return tr("Revenue");
    case Metric::GrossProfit: return tr("Gross profit");
    case Metric::Collections: return tr("Collections");
    case Metric::NewCustomers: return tr("New customers");
    }
    return {};
}

QString packSpanName(PackSpan s)
{
    switch (s) {
    case PackSpan::Week: return tr("Week");
    case PackSpan::Month: return tr("Month to date");
    case PackSpan::Quarter: return tr("Quarter to date");
    case PackSpan::Year: return tr("Year to date");
    }
    return {};
}

QString packChangeName(PackCustomerChange::Kind k)
{
    switch (k) {
    case PackCustomerChange::Kind::Created: return tr("New customer");
    case PackCustomerChange::Kind::FirstOrder: return tr("First order");
    case PackCustomerChange::Kind::Edited: return tr("Profile changed");
    }
    return {};
}

QString packCategoryName(WeeklyCategory c)
{
    switch (c) {
    case WeeklyCategory::Won: return tr("Won");
    case WeeklyCategory::Lost: return tr("Lost");
    case WeeklyCategory::New: return tr("New");
    case WeeklyCategory::Advanced: return tr("Advanced");
    case WeeklyCategory::Regressed: return tr("Regressed");
    case WeeklyCategory::Stalled: return tr("Stalled");
    case WeeklyCategory::Unchanged: return tr("Unchanged");
    }
    return {};
}

QString packBucketName(AgingBucket b)
{
    if (b == AgingBucket::Current)
        return tr("Current");
    if (b == AgingBucket::Over180)
        return tr("Over 180 days");
    return tr("%1 days").arg(QString::fromLatin1(toCode(b).data(), qsizetype(toCode(b).size())));
}

QString packTrainingKindName(TrainingKind k)
{
    return k == TrainingKind::NewHire ? tr("New-hire") : tr("Continuing");
}

QString packKpiName(const WorkspaceSettings& settings, const std::string& code)
{
    if (const KpiDef* def = findKpiDef(settings, code); def && !def->name.empty())
        return qs(def->name);
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
        return tr("360-degree review");
    return qs(code);
}

QString packStageName(const WorkspaceSettings& settings, int position)
{
    if (position == 0)
        return tr("Lost");
    if (position == int(settings.stages.size()) + 1)
        return tr("Won");
    if (position >= 1 && position <= int(settings.stages.size()))
        return qs(settings.stages[std::size_t(position - 1)].name);
    return QStringLiteral("—");
}

QString packTitle(const MeetingPack& pack)
{
    return tr("Meeting pack %1 · %2").arg(qs(pack.week.label()), qs(pack.unit->name));
}

} // namespace sd::io
