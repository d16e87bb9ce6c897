#pragma once

#include <QObject>
#include <QString>

#ifndef Q_MOC_RUN
#include "domain/DailyRecords.h"
#include "domain/Model.h"
#endif

#include <optional>
#include <string>
#include <vector>

namespace sd::app {

class WorkspaceDocument;

// The Team section's edits, each an undoable command on the document's undo stack: org units added, changed
// (renamed, moved under another parent) or removed; reps added or changed; training records, coaching notes and
// visit-plan entries saved or removed. Each function checks the edit against the stored rows (field-named
// refusals), performs it once (a storage refusal is reported too and nothing is pushed) and returns the error
// text, or nothing when it was done. Unit and rep edits are based on the row's content (reps and org_units have no
// row version): a step meeting a row changed by someone else is refused (StaleEditMessage), nothing written. Org edits reload the workspace's data (document->notifyRowsChanged());
// daily-record edits only emit recordsChanged(), since the loaded sales data does not hold them.
class TeamEdits : public QObject
{
    Q_OBJECT

public:
    explicit TeamEdits(WorkspaceDocument* document, QObject* parent = nullptr);

    std::optional<QString> addUnit(const OrgUnit& unit);
    // `shown`: the row as the form showed it; a row changed since (another window, salesctl) refuses the edit.
    std::optional<QString> editUnit(const OrgUnit& unit, const std::optional<OrgUnit>& shown = std::nullopt);
    std::optional<QString> removeUnit(const std::string& unitId);
    std::optional<QString> addRep(const Rep& rep);
    std::optional<QString> editRep(const Rep& rep, const std::optional<Rep>& shown = std::nullopt);

    // add, or edit by id; `shown`: the record as the form showed it (a record changed since is refused)
    std::optional<QString> saveTraining(const TrainingRecord& record,
                                        const std::optional<TrainingRecord>& shown = std::nullopt);
    std::optional<QString> removeTraining(const std::string& id);
    std::optional<QString> saveCoachingNote(const CoachingNote& note,
                                            const std::optional<CoachingNote>& shown = std::nullopt);
    std::optional<QString> removeCoachingNote(const std::string& id);
    std::optional<QString> addVisitPlan(const VisitPlan& plan);
    std::optional<QString> removeVisitPlan(const VisitPlan& plan);

    // A fresh id: prefix + yyMMdd + "-" + n, unused among `taken`.
    static std::string newId(const std::string& prefix, const std::vector<std::string>& taken);

    // The checks of an org unit / rep against the organisation (pure; the message names the field).
    static std::optional<QString> checkUnit(const OrgUnit& unit, const std::vector<OrgUnit>& units, bool isNew);
    static std::optional<QString> checkRep(const Rep& rep, const std::vector<Rep>& reps,
                                           const std::vector<OrgUnit>& units, bool isNew);

Q_SIGNALS:
    // Training records, coaching notes or visit plans were written (also on undo and redo).
    void recordsChanged();

private:
    WorkspaceDocument* m_document;
};

} // namespace sd::app
