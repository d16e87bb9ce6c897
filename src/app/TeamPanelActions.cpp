// The Team section's editing: org units and reps, training records, and the tabs of the daily records.

#include "app/TeamPanel.h"

#include "app/CareListWidget.h"
#include "app/CoachingNotesWidget.h"
#include "app/DialogHooks.h"
#include "app/TeamDialogs.h"
#include "app/TeamEdits.h"
#include "app/TeamUnitStatus.h"
#include "app/VisitPlanWidget.h"
#include "app/WorkspaceDocument.h"
#include "storage/SqlOrgRepository.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QDate>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace sd::app {

namespace {

QPushButton* button(const QString& objectName)
{
    auto* b = new QPushButton;
    b->setObjectName(objectName);
    b->setEnabled(false);
    return b;
}

// Shows a form; when it is accepted, applies what it describes.
template <typename Dialog, typename Apply>
std::optional<QString> runForm(Dialog& dialog, Apply apply)
{
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QString error;
    if (const auto value = dialog.result(&error))
        return apply(*value);
    return error;
}

std::vector<std::string> kpiCodes(const WorkspaceSettings& settings)
{
    std::set<std::string> codes;
    for (const KpiTemplate& t : settings.kpiTemplates)
        for (const KpiTemplateItem& item : t.items)
            codes.insert(item.kpi);
    return {codes.begin(), codes.end()};
}

} // namespace

void TeamPanel::createEditing(QVBoxLayout* treeArea, QVBoxLayout* trainingArea)
{
    m_addUnit = button(QStringLiteral("addUnitButton"));
    m_addUnit->setEnabled(true);
    m_editUnit = button(QStringLiteral("editUnitButton"));
    m_removeUnit = button(QStringLiteral("removeUnitButton"));
    m_addRep = button(QStringLiteral("addRepButton"));
    m_editRep = button(QStringLiteral("editRepButton"));
    auto* org = new QHBoxLayout;
    for (QPushButton* b : {m_addUnit, m_editUnit, m_removeUnit, m_addRep, m_editRep})
        org->addWidget(b);
    org->addStretch(1);
    treeArea->insertLayout(1, org);
    m_unitStatus = button(QStringLiteral("unitStatusButton"));
    m_showInactive = new QCheckBox;
    m_showInactive->setObjectName(QStringLiteral("showInactiveUnitsCheckBox"));
    auto* status = new QHBoxLayout;
    status->addWidget(m_unitStatus);
    status->addWidget(m_showInactive);
    status->addStretch(1);
    treeArea->insertLayout(2, status);
    connect(m_unitStatus, &QPushButton::clicked, this, &TeamPanel::toggleUnitStatus);
    connect(m_showInactive, &QCheckBox::toggled, this, [this] {
        if (m_state)
            fillTree();
    });
    connect(m_addUnit, &QPushButton::clicked, this, &TeamPanel::addUnit);
    connect(m_editUnit, &QPushButton::clicked, this, &TeamPanel::editUnit);
    connect(m_removeUnit, &QPushButton::clicked, this, &TeamPanel::removeUnit);
    connect(m_addRep, &QPushButton::clicked, this, &TeamPanel::addRep);
    connect(m_editRep, &QPushButton::clicked, this, &TeamPanel::editRep);

    m_addTraining = button(QStringLiteral("addTrainingButton"));
    m_editTraining = button(QStringLiteral("editTrainingButton"));
    m_completeTraining = button(QStringLiteral("completeTrainingButton"));
    m_removeTraining = button(QStringLiteral("removeTrainingButton"));
    auto* training = new QHBoxLayout;
    for (QPushButton* b : {m_addTraining, m_editTraining, m_completeTraining, m_removeTraining})
        training->addWidget(b);
    training->addStretch(1);
    trainingArea->addLayout(training);
    m_training->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_training->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_addTraining, &QPushButton::clicked, this, &TeamPanel::addTraining);
    connect(m_editTraining, &QPushButton::clicked, this, &TeamPanel::editTraining);
    connect(m_completeTraining, &QPushButton::clicked, this, &TeamPanel::completeTraining);
    connect(m_removeTraining, &QPushButton::clicked, this, &TeamPanel::removeTraining);
    connect(m_training, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool row = selectedTraining() != nullptr;
        m_editTraining->setEnabled(row);
        m_completeTraining->setEnabled(row);
        m_removeTraining->setEnabled(row);
    });
    connect(m_training, &QTableWidget::cellDoubleClicked, this, &TeamPanel::editTraining);

    m_visitPlan = new VisitPlanWidget(m_edits);
    m_coaching = new CoachingNotesWidget(m_edits);
    m_care = new CareListWidget;
    m_tabs->addTab(m_visitPlan, QString());
    m_tabs->addTab(m_coaching, QString());
    m_tabs->addTab(m_care, QString());
    connect(m_edits, &TeamEdits::recordsChanged, this, &TeamPanel::reloadRecords);
}

void TeamPanel::retranslateEditing()
{
    m_addUnit->setText(tr("Add Unit…"));
    m_editUnit->setText(tr("Edit Unit…"));
    m_removeUnit->setText(tr("Remove Unit"));
    const auto owner = selectedOwner();
    m_unitStatus->setText(owner && owner->kind == OwnerKind::Unit && isUnitInactive(owner->id) ? tr("Reactivate Unit")
                                                                                               : tr("Deactivate Unit"));
    m_showInactive->setText(tr("Show inactive units"));
    m_addRep->setText(tr("Add Rep…"));
    m_editRep->setText(tr("Edit Rep…"));
    m_addTraining->setText(tr("Add Course…"));
    m_editTraining->setText(tr("Edit…"));
    m_completeTraining->setText(tr("Mark Completed"));
    m_removeTraining->setText(tr("Remove"));
    m_tabs->setTabText(2, tr("Visit plan"));
    m_tabs->setTabText(3, tr("Coaching notes"));
    m_tabs->setTabText(4, tr("Customer care"));
}

void TeamPanel::report(const std::optional<QString>& error)
{
    if (error)
        DialogHooks::warning(this, tr("Team"), *error);
}

const TrainingRecord* TeamPanel::selectedTraining() const
{
    const int row = m_training->currentRow();
    if (row < 0 || !m_training->item(row, 0) || m_training->selectedItems().isEmpty())
        return nullptr;
    const std::string id = m_training->item(row, 0)->data(Qt::UserRole).toString().toStdString();
    for (const TrainingRecord& t : m_records.training)
        if (t.id == id)
            return &t;
    return nullptr;
}

void TeamPanel::addUnit()
{
    if (!m_document->isOpen())
        return;
    const storage::SqlOrgRepository org(*m_document->workspace());
    const auto units = org.orgUnits();
    std::vector<std::string> taken;
    for (const OrgUnit& u : units)
        taken.push_back(u.id);
    UnitDialog dialog(TeamUnitStatus::pickable(units, org.inactiveUnits()), std::nullopt, TeamEdits::newId("U", taken),
                      this);
    report(runForm(dialog, [this](const OrgUnit& unit) { return m_edits->addUnit(unit); }));
}

void TeamPanel::editUnit()
{
    const auto owner = selectedOwner();
    if (!m_document->isOpen() || !owner || owner->kind != OwnerKind::Unit)
        return;
    const storage::SqlOrgRepository org(*m_document->workspace());
    const auto units = org.orgUnits();
    const auto it = std::find_if(units.begin(), units.end(), [&](const OrgUnit& u) { return u.id == owner->id; });
    if (it == units.end())
        return;
    UnitDialog dialog(TeamUnitStatus::pickable(units, org.inactiveUnits(), it->parentId), *it, {}, this);
    const OrgUnit shown = *it;
    report(runForm(dialog, [this, shown](const OrgUnit& unit) { return m_edits->editUnit(unit, shown); }));
}

void TeamPanel::removeUnit()
{
    const auto owner = selectedOwner();
    if (owner && owner->kind == OwnerKind::Unit)
        report(m_edits->removeUnit(owner->id));
}

void TeamPanel::toggleUnitStatus()
{
    const auto owner = selectedOwner();
    if (!owner || owner->kind != OwnerKind::Unit)
        return;
    const QDate t = QDate::currentDate();
    const Date today = Date::fromYmd(t.year(), t.month(), t.day());
    report(isUnitInactive(owner->id) ? TeamUnitStatus::reactivate(m_document, owner->id)
                                     : TeamUnitStatus::deactivate(m_document, owner->id, today));
}

void TeamPanel::addRep()
{
    const auto owner = selectedOwner();
    if (!m_document->isOpen())
        return;
    storage::SqlOrgRepository org(*m_document->workspace());
    const auto reps = org.reps();
    std::vector<std::string> taken;
    for (const Rep& r : reps)
        taken.push_back(r.id);
    std::string unit;
    if (owner && owner->kind == OwnerKind::Unit)
        unit = owner->id;
    else if (owner)
        if (const auto rep = org.rep(owner->id))
            unit = rep->orgUnitId;
    RepDialog dialog(TeamUnitStatus::pickable(org.orgUnits(), org.inactiveUnits()), reps, std::nullopt,
                     TeamEdits::newId("R", taken), unit, this);
    report(runForm(dialog, [this](const Rep& rep) { return m_edits->addRep(rep); }));
}

void TeamPanel::editRep()
{
    const auto owner = selectedOwner();
    if (!m_document->isOpen() || !owner || owner->kind != OwnerKind::Rep)
        return;
    storage::SqlOrgRepository org(*m_document->workspace());
    const auto rep = org.rep(owner->id);
    if (!rep)
        return;
    RepDialog dialog(org.orgUnits(), org.reps(), rep, {}, rep->orgUnitId, this);
    report(runForm(dialog, [this, shown = *rep](const Rep& r) { return m_edits->editRep(r, shown); }));
}

void TeamPanel::addTraining()
{
    const auto owner = selectedOwner();
    if (!owner || owner->kind != OwnerKind::Rep)
        return;
    std::vector<std::string> taken;
    for (const TrainingRecord& t : m_records.training)
        taken.push_back(t.id);
    const TrainingRecord record{TeamEdits::newId("TR", taken), owner->id, {}, TrainingKind::Continuing,
                                std::nullopt, std::nullopt};
    TrainingDialog dialog(kpiCodes(m_document->settings()), record, this);
    report(runForm(dialog, [this](const TrainingRecord& t) { return m_edits->saveTraining(t); }));
}

void TeamPanel::editTraining()
{
    const TrainingRecord* record = selectedTraining();
    if (!record)
        return;
    TrainingDialog dialog(kpiCodes(m_document->settings()), *record, this);
    report(runForm(dialog, [this, shown = *record](const TrainingRecord& t) { return m_edits->saveTraining(t, shown); }));
}

void TeamPanel::completeTraining()
{
    const TrainingRecord* record = selectedTraining();
    if (!record)
        return;
    TrainingRecord done = *record;
    const QDate today = QDate::currentDate();
    done.completedOn = Date::fromYmd(today.year(), today.month(), today.day());
    report(m_edits->saveTraining(done, *record));
}

void TeamPanel::removeTraining()
{
    if (const TrainingRecord* record = selectedTraining())
        report(m_edits->removeTraining(record->id));
}

} // namespace sd::app
