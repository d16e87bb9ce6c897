#include "app/TeamEdits.h"

#include "app/RepositoryCommand.h"
#include "app/WorkspaceDocument.h"
#include "domain/Period.h"
#include "storage/SqlCustomerRepository.h"
#include "storage/SqlDailyRepository.h"
#include "storage/SqlOrgRepository.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <functional>

namespace sd::app {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

struct Repositories
{
    explicit Repositories(storage::Workspace& workspace)
        : org(workspace)
        , daily(workspace)
    {
    }
    storage::SqlOrgRepository org;
    storage::SqlDailyRepository daily;
};

using TeamCommand = RepositoryCommand<Repositories>;

// One edit of the Team section; org rows changed: the document reloads, else only the section's records.
TeamCommand* teamCommand(WorkspaceDocument* document, TeamEdits* edits, bool orgRows, const QString& text,
                         TeamCommand::Step apply, TeamCommand::Step revert)
{
    QPointer<TeamEdits> guarded(edits);
    return new TeamCommand(document, text, std::move(apply), std::move(revert), [document, guarded, orgRows] {
        if (orgRows)
            document->notifyRowsChanged();
        else if (guarded)
            Q_EMIT guarded->recordsChanged();
    });
}

template <typename T> const T* findId(const std::vector<T>& rows, const std::string& id)
{
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const T& r) { return r.id == id; });
    return it == rows.end() ? nullptr : &*it;
}

// reps and org_units carry no row version: an edit is based on the row's content instead. A step whose row no
// longer holds what the step was based on (another window, salesctl, a colleague changed it) is refused.
bool sameUnit(const OrgUnit& a, const OrgUnit& b)
{
    return a.id == b.id && a.parentId == b.parentId && a.name == b.name && a.kind == b.kind;
}

bool sameRep(const Rep& a, const Rep& b)
{
    return a.id == b.id && a.name == b.name && a.orgUnitId == b.orgUnitId && a.role == b.role && a.level == b.level
        && a.hireDate == b.hireDate && a.managerId == b.managerId && a.active == b.active && a.leftOn == b.leftOn;
}

std::string describe(const OrgUnit& u)
{
    return "\"" + u.name + "\"" + (u.parentId ? " under " + *u.parentId : std::string());
}

std::string describe(const Rep& r)
{
    return "\"" + r.name + "\" in " + r.orgUnitId + (r.leftOn ? ", left " + r.leftOn->toString() : std::string());
}

void requireUnit(const storage::SqlOrgRepository& org, const OrgUnit& expected)
{
    const auto units = org.orgUnits();
    const OrgUnit* stored = findId(units, expected.id);
    if (!stored)
        throw storage::StaleEdit("org unit", expected.id, 0, -1, {});
    if (!sameUnit(*stored, expected))
        throw storage::StaleEdit("org unit", expected.id, 0, 0, describe(*stored));
}

void requireRep(const storage::SqlOrgRepository& org, const Rep& expected)
{
    const auto stored = org.rep(expected.id);
    if (!stored)
        throw storage::StaleEdit("rep", expected.id, 0, -1, {});
    if (!sameRep(*stored, expected))
        throw storage::StaleEdit("rep", expected.id, 0, 0, describe(*stored));
}

bool sameTraining(const TrainingRecord& a, const TrainingRecord& b)
{
    return a.id == b.id && a.repId == b.repId && a.course == b.course && a.kind == b.kind
        && a.completedOn == b.completedOn && a.kpiCode == b.kpiCode;
}

bool sameNote(const CoachingNote& a, const CoachingNote& b)
{
    return a.id == b.id && a.repId == b.repId && a.notedOn == b.notedOn && a.author == b.author && a.note == b.note;
}

// The stored row `id` of `rows` must be `expected` (nullopt: no such row yet); otherwise StaleEdit naming what it
// now holds. For the daily records, which are added, edited and removed whole by id.
template <class T, class Describe>
void requireStored(const std::vector<T>& rows, const char* entity, const std::string& id,
                   const std::optional<T>& expected, bool (*same)(const T&, const T&), Describe describe)
{
    const T* stored = findId(rows, id);
    if (expected && !stored)
        throw storage::StaleEdit(entity, id, 0, -1, {});
    if (stored && (!expected || !same(*stored, *expected)))
        throw storage::StaleEdit(entity, id, 0, 0, describe(*stored));
}

void requireTraining(const storage::SqlDailyRepository& daily, const std::string& id,
                     const std::optional<TrainingRecord>& expected)
{
    requireStored(daily.load().training, "training record", id, expected, &sameTraining, [](const TrainingRecord& t) {
        return "\"" + t.course + "\""
            + (t.completedOn ? ", completed " + t.completedOn->toString() : std::string(", not completed"));
    });
}

void requireNote(const storage::SqlDailyRepository& daily, const std::string& id,
                 const std::optional<CoachingNote>& expected)
{
    requireStored(daily.load().coachingNotes, "coaching note", id, expected, &sameNote,
                  [](const CoachingNote& n) { return "\"" + n.note + "\""; });
}

} // namespace

TeamEdits::TeamEdits(WorkspaceDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
}

namespace {

std::optional<QString> push(WorkspaceDocument* document, TeamCommand* command)
{
    return TeamCommand::push(document, command);
}

} // namespace

std::string TeamEdits::newId(const std::string& prefix, const std::vector<std::string>& taken)
{
    const std::string base = prefix + QDate::currentDate().toString(QStringLiteral("yyMMdd")).toStdString() + "-";
    for (int n = 1;; ++n) {
        const std::string id = base + std::to_string(n);
        if (std::find(taken.begin(), taken.end(), id) == taken.end())
            return id;
    }
}

std::optional<QString> TeamEdits::checkUnit(const OrgUnit& unit, const std::vector<OrgUnit>& units, bool isNew)
{
    const OrgUnit* stored = findId(units, unit.id);
    if (unit.id.empty())
        return tr("ID: required.");
    if (isNew && stored)
        return tr("ID: %1 is already taken.").arg(qs(unit.id));
    if (!isNew && !stored)
        return tr("ID: there is no unit %1.").arg(qs(unit.id));
    if (unit.name.empty())
        return tr("Name: required.");
    if (unit.kind == OrgKind::Company) {
        if (unit.parentId)
            return tr("Parent: the company is the top of the tree and has no parent.");
        for (const OrgUnit& u : units)
            if (u.kind == OrgKind::Company && u.id != unit.id)
                return tr("Kind: the workspace already has a company (%1).").arg(qs(u.name));
    } else if (!unit.parentId) {
        return tr("Parent: required; only the company has none.");
    }
    if (unit.parentId) {
        if (*unit.parentId == unit.id)
            return tr("Parent: a unit cannot be its own parent.");
        const OrgUnit* parent = findId(units, *unit.parentId);
        if (!parent)
            return tr("Parent: there is no unit %1.").arg(qs(*unit.parentId));
        // Walk up from the parent: meeting the unit itself would make a cycle.
        for (const OrgUnit* p = parent; p && p->parentId; p = findId(units, *p->parentId))
            if (*p->parentId == unit.id)
                return tr("Parent: %1 is under %2; a unit cannot be moved under itself.")
                    .arg(qs(parent->name), qs(unit.name));
        if (parent->kind == OrgKind::Team)
            return tr("Parent: %1 is a team; teams hold reps, not units.").arg(qs(parent->name));
        if (unit.kind == OrgKind::Region && parent->kind != OrgKind::Company)
            return tr("Parent: a region belongs to the company.");
    }
    if (!isNew && unit.kind != stored->kind) {
        const bool hasChildren
            = std::any_of(units.begin(), units.end(), [&](const OrgUnit& u) { return u.parentId == unit.id; });
        if (unit.kind == OrgKind::Team && hasChildren)
            return tr("Kind: %1 has units under it, so it cannot be a team.").arg(qs(stored->name));
        if (stored->kind == OrgKind::Company)
            return tr("Kind: the company stays the company.");
    }
    return std::nullopt;
}

std::optional<QString> TeamEdits::checkRep(const Rep& rep, const std::vector<Rep>& reps,
                                           const std::vector<OrgUnit>& units, bool isNew)
{
    const Rep* stored = findId(reps, rep.id);
    if (rep.id.empty())
        return tr("ID: required.");
    if (isNew && stored)
        return tr("ID: %1 is already taken.").arg(qs(rep.id));
    if (!isNew && !stored)
        return tr("ID: there is no rep %1.").arg(qs(rep.id));
    if (rep.name.empty())
        return tr("Name: required.");
    if (!findId(units, rep.orgUnitId))
        return tr("Unit: there is no unit %1.").arg(qs(rep.orgUnitId));
    if (!isNew && stored->orgUnitId != rep.orgUnitId)
        return tr("Unit: use Move Rep to change the team, so the past membership is kept.");
    if (rep.leftOn && *rep.leftOn < rep.hireDate)
        return tr("Leave date: %1 is before the hire date %2.")
            .arg(qs(rep.leftOn->toString()), qs(rep.hireDate.toString()));
    if (rep.managerId) {
        if (*rep.managerId == rep.id)
            return tr("Manager: a rep cannot be its own manager.");
        const Rep* manager = findId(reps, *rep.managerId);
        if (!manager)
            return tr("Manager: there is no rep %1.").arg(qs(*rep.managerId));
        std::size_t steps = 0;
        for (const Rep* m = manager; m && m->managerId && steps <= reps.size();
             m = findId(reps, *m->managerId), ++steps)
            if (*m->managerId == rep.id)
                return tr("Manager: %1 reports to %2 already; that would be a circle.")
                    .arg(qs(manager->name), qs(rep.name));
    }
    return std::nullopt;
}

std::optional<QString> TeamEdits::addUnit(const OrgUnit& unit)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    if (auto error = checkUnit(unit, storage::SqlOrgRepository(*m_document->workspace()).orgUnits(), true))
        return error;
    return push(m_document,
                teamCommand(
                    m_document, this, true, tr("Add unit %1").arg(qs(unit.name)),
                    [unit](Repositories& r) { r.org.save(unit); },
                    [id = unit.id](Repositories& r) { r.org.removeUnit(id); }));
}

std::optional<QString> TeamEdits::editUnit(const OrgUnit& unit, const std::optional<OrgUnit>& shown)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    const auto units = storage::SqlOrgRepository(*m_document->workspace()).orgUnits();
    if (auto error = checkUnit(unit, units, false))
        return error;
    const OrgUnit before = shown ? *shown : *findId(units, unit.id);
    // Each step first checks that the row still holds what it is based on (the form's values, then each other).
    return push(m_document, teamCommand(
                                m_document, this, true, tr("Edit unit %1").arg(qs(unit.name)),
                                [unit, before](Repositories& r) {
                                    requireUnit(r.org, before);
                                    r.org.save(unit);
                                },
                                [unit, before](Repositories& r) {
                                    requireUnit(r.org, unit);
                                    r.org.save(before);
                                }));
}

std::optional<QString> TeamEdits::removeUnit(const std::string& unitId)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    storage::SqlOrgRepository org(*m_document->workspace());
    const auto units = org.orgUnits();
    const OrgUnit* unit = findId(units, unitId);
    if (!unit)
        return tr("There is no unit %1.").arg(qs(unitId));
    if (unit->kind == OrgKind::Company)
        return tr("%1 is the company; it cannot be removed.").arg(qs(unit->name));
    const auto children
        = std::count_if(units.begin(), units.end(), [&](const OrgUnit& u) { return u.parentId == unitId; });
    if (children > 0)
        return tr("%1 still has %n unit(s) under it; move or remove them first.", nullptr, int(children))
            .arg(qs(unit->name));
    if (const auto reps = org.repsOf(unitId); !reps.empty())
        return tr("%1 still has %n rep(s); move them to another team first.", nullptr, int(reps.size()))
            .arg(qs(unit->name));
    const OrgUnit before = *unit;
    if (auto refused = push(m_document,
                            teamCommand(
                                m_document, this, true, tr("Remove unit %1").arg(qs(before.name)),
                                [unitId](Repositories& r) { r.org.removeUnit(unitId); },
                                [before](Repositories& r) { r.org.save(before); })))
        return tr("%1 was not removed: it keeps past results or targets (%2).").arg(qs(before.name), *refused);
    return std::nullopt;
}

std::optional<QString> TeamEdits::addRep(const Rep& rep)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    storage::SqlOrgRepository org(*m_document->workspace());
    if (auto error = checkRep(rep, org.reps(), org.orgUnits(), true))
        return error;
    return push(m_document,
                teamCommand(
                    m_document, this, true, tr("Add rep %1").arg(qs(rep.name)),
                    [rep](Repositories& r) { r.org.save(rep); },
                    [id = rep.id](Repositories& r) { r.org.removeRep(id); }));
}

std::optional<QString> TeamEdits::editRep(const Rep& rep, const std::optional<Rep>& shown)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    storage::SqlOrgRepository org(*m_document->workspace());
    const auto reps = org.reps();
    if (auto error = checkRep(rep, reps, org.orgUnits(), false))
        return error;
    const Rep before = shown ? *shown : *findId(reps, rep.id);
    return push(m_document, teamCommand(
                                m_document, this, true, tr("Edit rep %1").arg(qs(rep.name)),
                                [rep, before](Repositories& r) {
                                    requireRep(r.org, before);
                                    r.org.save(rep);
                                },
                                [rep, before](Repositories& r) {
                                    requireRep(r.org, rep);
                                    r.org.save(before);
                                }));
}

std::optional<QString> TeamEdits::saveTraining(const TrainingRecord& record, const std::optional<TrainingRecord>& shown)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    if (record.course.empty())
        return tr("Course: required.");
    if (!storage::SqlOrgRepository(*m_document->workspace()).rep(record.repId))
        return tr("Rep: there is no rep %1.").arg(qs(record.repId));
    const auto records = storage::SqlDailyRepository(*m_document->workspace()).load();
    const TrainingRecord* stored = findId(records.training, record.id);
    std::optional<TrainingRecord> before;
    if (shown)
        before = *shown;
    else if (stored)
        before = *stored;
    // Each step checks the stored record is still what it is based on (the form's record, then each other).
    return push(m_document,
                teamCommand(
                    m_document, this, false,
                    (before ? tr("Edit training %1") : tr("Add training %1")).arg(qs(record.course)),
                    [record, before](Repositories& r) {
                        requireTraining(r.daily, record.id, before);
                        r.daily.saveTraining(record);
                    },
                    [before, record](Repositories& r) {
                        requireTraining(r.daily, record.id, record);
                        if (before)
                            r.daily.saveTraining(*before);
                        else
                            r.daily.removeTraining(record.id);
                    }));
}

std::optional<QString> TeamEdits::removeTraining(const std::string& id)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    const auto records = storage::SqlDailyRepository(*m_document->workspace()).load();
    const TrainingRecord* stored = findId(records.training, id);
    if (!stored)
        return tr("There is no training record %1.").arg(qs(id));
    const TrainingRecord before = *stored;
    return push(m_document,
                teamCommand(
                    m_document, this, false, tr("Remove training %1").arg(qs(before.course)),
                    [id](Repositories& r) { r.daily.removeTraining(id); },
                    [before](Repositories& r) { r.daily.saveTraining(before); }));
}

std::optional<QString> TeamEdits::saveCoachingNote(const CoachingNote& note, const std::optional<CoachingNote>& shown)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    if (note.note.empty())
        return tr("Note: required.");
    if (!storage::SqlOrgRepository(*m_document->workspace()).rep(note.repId))
        return tr("Rep: there is no rep %1.").arg(qs(note.repId));
    const auto records = storage::SqlDailyRepository(*m_document->workspace()).load();
    std::optional<CoachingNote> before = shown;
    if (!before)
        if (const CoachingNote* stored = findId(records.coachingNotes, note.id))
            before = *stored;
    return push(m_document,
                teamCommand(
                    m_document, this, false,
                    before ? tr("Edit coaching note of %1").arg(qs(note.notedOn.toString()))
                           : tr("Add coaching note of %1").arg(qs(note.notedOn.toString())),
                    [note, before](Repositories& r) {
                        requireNote(r.daily, note.id, before);
                        r.daily.saveCoachingNote(note);
                    },
                    [before, note](Repositories& r) {
                        requireNote(r.daily, note.id, note);
                        if (before)
                            r.daily.saveCoachingNote(*before);
                        else
                            r.daily.removeCoachingNote(note.id);
                    }));
}

std::optional<QString> TeamEdits::removeCoachingNote(const std::string& id)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    const auto records = storage::SqlDailyRepository(*m_document->workspace()).load();
    const CoachingNote* stored = findId(records.coachingNotes, id);
    if (!stored)
        return tr("There is no coaching note %1.").arg(qs(id));
    const CoachingNote before = *stored;
    return push(m_document,
                teamCommand(
                    m_document, this, false, tr("Remove coaching note of %1").arg(qs(before.notedOn.toString())),
                    [id](Repositories& r) { r.daily.removeCoachingNote(id); },
                    [before](Repositories& r) { r.daily.saveCoachingNote(before); }));
}

std::optional<QString> TeamEdits::addVisitPlan(const VisitPlan& plan)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    const auto week = Period::parse(plan.week);
    if (!week || week->kind() != PeriodKind::Week)
        return tr("Week: '%1' is not an ISO week (2026-W47).").arg(qs(plan.week));
    if (!storage::SqlOrgRepository(*m_document->workspace()).rep(plan.repId))
        return tr("Rep: there is no rep %1.").arg(qs(plan.repId));
    if (plan.customerId.empty())
        return tr("Customer: required.");
    if (!storage::SqlCustomerRepository(*m_document->workspace()).byId(plan.customerId))
        return tr("Customer: there is no customer %1.").arg(qs(plan.customerId));
    const auto records = storage::SqlDailyRepository(*m_document->workspace()).load();
    for (const VisitPlan& p : records.visitPlans)
        if (p.repId == plan.repId && p.week == plan.week && p.customerId == plan.customerId)
            return tr("Customer: %1 is already planned in %2.").arg(qs(plan.customerId), qs(plan.week));
    return push(m_document,
                teamCommand(
                    m_document, this, false, tr("Plan a visit to %1").arg(qs(plan.customerId)),
                    [plan](Repositories& r) { r.daily.addVisitPlans({plan}); },
                    [plan](Repositories& r) { r.daily.removeVisitPlan(plan.repId, plan.week, plan.customerId); }));
}

std::optional<QString> TeamEdits::removeVisitPlan(const VisitPlan& plan)
{
    if (!m_document->isOpen())
        return tr("No workspace is open.");
    const auto records = storage::SqlDailyRepository(*m_document->workspace()).load();
    const auto it = std::find_if(records.visitPlans.begin(), records.visitPlans.end(), [&](const VisitPlan& p) {
        return p.repId == plan.repId && p.week == plan.week && p.customerId == plan.customerId;
    });
    if (it == records.visitPlans.end())
        return tr("%1 is not planned in %2.").arg(qs(plan.customerId), qs(plan.week));
    const VisitPlan before = *it;
    return push(
        m_document,
        teamCommand(
            m_document, this, false, tr("Unplan the visit to %1").arg(qs(plan.customerId)),
            [before](Repositories& r) { r.daily.removeVisitPlan(before.repId, before.week, before.customerId); },
            [before](Repositories& r) { r.daily.addVisitPlans({before}); }));
}

} // namespace sd::app
