#include "app/TeamUnitStatus.h"

#include "app/Formatting.h"
#include "app/RepositoryCommand.h"
#include "app/WorkspaceDocument.h"
#include "storage/SqlOrgRepository.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace sd::app {

namespace {

using StatusCommand = RepositoryCommand<storage::SqlOrgRepository>;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString label(const OrgUnit& u)
{
    return QStringLiteral("%1 (%2)").arg(qs(u.name), qs(u.id));
}

QString label(const Rep& r)
{
    return QStringLiteral("%1 (%2)").arg(qs(r.name), qs(r.id));
}

// The first five labels, then how many more.
template <class T> QString listOf(const std::vector<T>& rows)
{
    constexpr std::size_t kShown = 5;
    QStringList names;
    for (std::size_t i = 0; i < rows.size() && i < kShown; ++i)
        names << label(rows[i]);
    QString text = names.join(QStringLiteral(", "));
    if (rows.size() > kShown)
        text = TeamUnitStatus::tr("%1 and %n more", nullptr, int(rows.size() - kShown)).arg(text);
    return text;
}

std::optional<OrgUnit> findUnit(const std::vector<OrgUnit>& units, const std::string& id)
{
    const auto it = std::find_if(units.begin(), units.end(), [&](const OrgUnit& u) { return u.id == id; });
    return it == units.end() ? std::nullopt : std::optional<OrgUnit>(*it);
}

} // namespace

QString TeamUnitStatus::blockedMessage(const OrgUnit& unit, const storage::UnitDeactivationBlockers& blockers, Date on)
{
    QStringList parts;
    if (!blockers.activeUnits.empty())
        parts << tr("%n active unit(s) under it: %1. Deactivate or move them first.", nullptr,
                    int(blockers.activeUnits.size()))
                     .arg(listOf(blockers.activeUnits));
    if (!blockers.activeReps.empty())
        parts << tr("%n rep(s) who have not left on %1: %2. Move them to another team (Move Rep) or set their leave "
                    "date first.",
                    nullptr, int(blockers.activeReps.size()))
                     .arg(Formatting::date(on), listOf(blockers.activeReps));
    return tr("%1 cannot be deactivated; it still has %2").arg(label(unit), parts.join(QStringLiteral(" ")));
}

std::optional<QString> TeamUnitStatus::deactivate(WorkspaceDocument* document, const std::string& unitId, Date on)
{
    if (!document->isOpen())
        return tr("No workspace is open.");
    std::optional<OrgUnit> unit;
    try {
        const storage::SqlOrgRepository org(*document->workspace());
        unit = findUnit(org.orgUnits(), unitId);
        if (!unit)
            return tr("There is no unit %1.").arg(qs(unitId));
        if (unit->kind == OrgKind::Company)
            return tr("%1 is the company: it cannot be deactivated.").arg(label(*unit));
        if (org.inactiveUnits().count(unitId))
            return tr("%1 is already inactive.").arg(label(*unit));
        if (const auto blockers = org.deactivationBlockers(unitId, on); !blockers.empty())
            return blockedMessage(*unit, blockers, on);
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return StatusCommand::push(
        document, new StatusCommand(
                      document, tr("Deactivate unit %1").arg(qs(unit->name)),
                      [unitId, on](storage::SqlOrgRepository& r) { r.deactivateUnit(unitId, on); },
                      [unitId](storage::SqlOrgRepository& r) { r.reactivateUnit(unitId); }));
}

std::optional<QString> TeamUnitStatus::reactivate(WorkspaceDocument* document, const std::string& unitId)
{
    if (!document->isOpen())
        return tr("No workspace is open.");
    std::optional<OrgUnit> unit;
    Date since;
    try {
        const storage::SqlOrgRepository org(*document->workspace());
        const auto units = org.orgUnits();
        unit = findUnit(units, unitId);
        if (!unit)
            return tr("There is no unit %1.").arg(qs(unitId));
        const auto inactive = org.inactiveUnits();
        const auto it = inactive.find(unitId);
        if (it == inactive.end())
            return tr("%1 is already active.").arg(label(*unit));
        since = it->second;
        if (unit->parentId && inactive.count(*unit->parentId)) {
            const auto parent = findUnit(units, *unit->parentId);
            return tr("%1 is under %2, which is inactive: reactivate %2 first.")
                .arg(label(*unit), parent ? label(*parent) : qs(*unit->parentId));
        }
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return StatusCommand::push(
        document, new StatusCommand(
                      document, tr("Reactivate unit %1").arg(qs(unit->name)),
                      [unitId](storage::SqlOrgRepository& r) { r.reactivateUnit(unitId); },
                      [unitId, since](storage::SqlOrgRepository& r) { r.deactivateUnit(unitId, since); }));
}

std::vector<OrgUnit> TeamUnitStatus::pickable(const std::vector<OrgUnit>& units,
                                              const std::map<std::string, Date>& inactive,
                                              const std::optional<std::string>& keep)
{
    std::vector<OrgUnit> out;
    for (const OrgUnit& u : units)
        if (!inactive.count(u.id) || (keep && *keep == u.id))
            out.push_back(u);
    return out;
}

} // namespace sd::app
