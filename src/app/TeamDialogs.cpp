#include "app/TeamDialogs.h"

#include "app/FormWidgets.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sd::app {

QString roleName(Role role); // TeamLadderView.cpp
QString levelName(Level level); // TeamLadderView.cpp

namespace {

using form::errorLabel;
using form::finish;
using form::lineEdit;
using form::optionalText;
using form::showOrAccept;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QComboBox* combo(const QString& objectName)
{
    auto* box = new QComboBox;
    box->setObjectName(objectName);
    return box;
}

QString codeText(std::string_view code)
{
    return QString::fromLatin1(code.data(), qsizetype(code.size()));
}

std::string todayText()
{
    return QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")).toStdString();
}

void selectData(QComboBox* box, const QString& data)
{
    const int i = box->findData(data);
    if (i >= 0)
        box->setCurrentIndex(i);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

UnitDialog::UnitDialog(const std::vector<OrgUnit>& units, const std::optional<OrgUnit>& existing,
                       const std::string& newId, QWidget* parent)
    : QDialog(parent)
    , m_id(lineEdit(QStringLiteral("idEdit"), qs(existing ? existing->id : newId)))
    , m_name(lineEdit(QStringLiteral("nameEdit"), existing ? qs(existing->name) : QString()))
    , m_kind(combo(QStringLiteral("kindCombo")))
    , m_parent(combo(QStringLiteral("parentCombo")))
    , m_error(errorLabel())
{
    setObjectName(QStringLiteral("unitDialog"));
    setWindowTitle(existing ? tr("Edit Unit") : tr("New Unit"));
    m_id->setReadOnly(existing.has_value());
    m_kind->addItem(tr("Company"), QStringLiteral("company"));
    m_kind->addItem(tr("Region"), QStringLiteral("region"));
    m_kind->addItem(tr("Team"), QStringLiteral("team"));
    m_parent->addItem(tr("(none: the company)"), QString());
    for (const OrgUnit& u : units)
        if (u.kind != OrgKind::Team && (!existing || u.id != existing->id))
            m_parent->addItem(QStringLiteral("%1 (%2)").arg(qs(u.name), qs(u.id)), qs(u.id));
    selectData(m_kind, codeText(toCode(existing ? existing->kind : OrgKind::Team)));
    if (existing && existing->parentId)
        selectData(m_parent, qs(*existing->parentId));
    else if (!existing && m_parent->count() > 1)
        m_parent->setCurrentIndex(1);
    auto* form = new QFormLayout;
    form->addRow(tr("ID"), m_id);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Parent"), m_parent);
    finish(this, form, m_error);
}

std::optional<OrgUnit> UnitDialog::result(QString* error) const
{
    OrgUnit u;
    u.id = m_id->text().trimmed().toStdString();
    u.name = m_name->text().trimmed().toStdString();
    if (u.id.empty()) {
        *error = tr("ID: required.");
        return std::nullopt;
    }
    if (u.name.empty()) {
        *error = tr("Name: required.");
        return std::nullopt;
    }
    u.kind = orgKindFromCode(m_kind->currentData().toString().toStdString()).value_or(OrgKind::Team);
    u.parentId = optionalText(m_parent->currentData().toString());
    return u;
}

void UnitDialog::accept()
{
    QString error;
    const bool ok = result(&error).has_value();
    showOrAccept(this, m_error, error, ok);
}

// ---------------------------------------------------------------------------------------------------------------

RepDialog::RepDialog(const std::vector<OrgUnit>& units, const std::vector<Rep>& reps,
                     const std::optional<Rep>& existing, const std::string& newId, const std::string& unitId,
                     QWidget* parent)
    : QDialog(parent)
    , m_id(lineEdit(QStringLiteral("idEdit"), qs(existing ? existing->id : newId)))
    , m_name(lineEdit(QStringLiteral("nameEdit"), existing ? qs(existing->name) : QString()))
    , m_unit(combo(QStringLiteral("unitCombo")))
    , m_role(combo(QStringLiteral("roleCombo")))
    , m_level(combo(QStringLiteral("levelCombo")))
    , m_hireDate(lineEdit(QStringLiteral("hireDateEdit"), qs(existing ? existing->hireDate.toString() : todayText()),
                          tr("YYYY-MM-DD")))
    , m_leftOn(lineEdit(QStringLiteral("leftOnEdit"),
                        existing && existing->leftOn ? qs(existing->leftOn->toString()) : QString(),
                        tr("YYYY-MM-DD, empty while employed")))
    , m_manager(combo(QStringLiteral("managerCombo")))
    , m_error(errorLabel())
    , m_active(existing ? existing->active : true)
{
    setObjectName(QStringLiteral("repDialog"));
    setWindowTitle(existing ? tr("Edit Rep") : tr("New Rep"));
    m_id->setReadOnly(existing.has_value());
    for (const OrgUnit& u : units)
        m_unit->addItem(QStringLiteral("%1 (%2)").arg(qs(u.name), qs(u.id)), qs(u.id));
    selectData(m_unit, qs(existing ? existing->orgUnitId : unitId));
    m_unit->setEnabled(!existing);
    if (existing)
        m_unit->setToolTip(tr("Use Move Rep to change the team: it keeps the past membership."));
    for (Role r : {Role::Rep, Role::RegionalManager, Role::SeniorManager})
        m_role->addItem(roleName(r), codeText(toCode(r)));
    for (Level l : {Level::Junior, Level::Mid, Level::Senior})
        m_level->addItem(levelName(l), codeText(toCode(l)));
    m_manager->addItem(tr("(none)"), QString());
    for (const Rep& r : reps)
        if (r.role != Role::Rep && (!existing || r.id != existing->id))
            m_manager->addItem(QStringLiteral("%1 (%2)").arg(qs(r.name), qs(r.id)), qs(r.id));
    if (existing) {
        selectData(m_role, codeText(toCode(existing->role)));
        selectData(m_level, codeText(toCode(existing->level)));
        if (existing->managerId) {
            if (m_manager->findData(qs(*existing->managerId)) < 0)
                m_manager->addItem(qs(*existing->managerId), qs(*existing->managerId));
            selectData(m_manager, qs(*existing->managerId));
        }
    }
    auto* form = new QFormLayout;
    form->addRow(tr("ID"), m_id);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Level"), m_level);
    form->addRow(tr("Hire date"), m_hireDate);
    form->addRow(tr("Leave date"), m_leftOn);
    form->addRow(tr("Manager"), m_manager);
    finish(this, form, m_error);
}

std::optional<Rep> RepDialog::result(QString* error) const
{
    Rep r;
    r.id = m_id->text().trimmed().toStdString();
    r.name = m_name->text().trimmed().toStdString();
    if (r.id.empty()) {
        *error = tr("ID: required.");
        return std::nullopt;
    }
    if (r.name.empty()) {
        *error = tr("Name: required.");
        return std::nullopt;
    }
    r.orgUnitId = m_unit->currentData().toString().toStdString();
    if (r.orgUnitId.empty()) {
        *error = tr("Unit: required.");
        return std::nullopt;
    }
    r.role = roleFromCode(m_role->currentData().toString().toStdString()).value_or(Role::Rep);
    r.level = levelFromCode(m_level->currentData().toString().toStdString()).value_or(Level::Junior);
    const QString hire = m_hireDate->text().trimmed();
    const auto hired = Date::parse(hire.toStdString());
    if (!hired) {
        *error = tr("Hire date: '%1' is not a date (YYYY-MM-DD).").arg(hire);
        return std::nullopt;
    }
    r.hireDate = *hired;
    const QString left = m_leftOn->text().trimmed();
    if (!left.isEmpty()) {
        r.leftOn = Date::parse(left.toStdString());
        if (!r.leftOn) {
            *error = tr("Leave date: '%1' is not a date (YYYY-MM-DD).").arg(left);
            return std::nullopt;
        }
        if (*r.leftOn < r.hireDate) {
            *error = tr("Leave date: %1 is before the hire date %2.").arg(left, hire);
            return std::nullopt;
        }
    }
    r.active = r.leftOn ? false : true;
    r.managerId = optionalText(m_manager->currentData().toString());
    return r;
}

void RepDialog::accept()
{
    QString error;
    const bool ok = result(&error).has_value();
    showOrAccept(this, m_error, error, ok);
}

// ---------------------------------------------------------------------------------------------------------------

TrainingDialog::TrainingDialog(const std::vector<std::string>& kpiCodes, const TrainingRecord& record, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_course(lineEdit(QStringLiteral("courseEdit"), qs(record.course)))
    , m_kind(combo(QStringLiteral("kindCombo")))
    , m_completedOn(lineEdit(QStringLiteral("completedOnEdit"),
                             record.completedOn ? qs(record.completedOn->toString()) : QString(),
                             tr("YYYY-MM-DD, empty while open")))
    , m_kpi(combo(QStringLiteral("kpiCombo")))
    , m_error(errorLabel())
{
    setObjectName(QStringLiteral("trainingDialog"));
    setWindowTitle(record.course.empty() ? tr("New Training") : tr("Edit Training"));
    m_kind->addItem(tr("New-hire"), QStringLiteral("new_hire"));
    m_kind->addItem(tr("Continuing"), QStringLiteral("continuing"));
    selectData(m_kind, codeText(toCode(record.kind)));
    m_kpi->setEditable(true);
    m_kpi->addItem(QString());
    for (const std::string& code : kpiCodes)
        m_kpi->addItem(qs(code));
    m_kpi->setCurrentText(record.kpiCode ? qs(*record.kpiCode) : QString());
    auto* form = new QFormLayout;
    form->addRow(tr("Course"), m_course);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Completed on"), m_completedOn);
    form->addRow(tr("Addresses KPI"), m_kpi);
    finish(this, form, m_error);
}

std::optional<TrainingRecord> TrainingDialog::result(QString* error) const
{
    TrainingRecord t = m_record;
    t.course = m_course->text().trimmed().toStdString();
    if (t.course.empty()) {
        *error = tr("Course: required.");
        return std::nullopt;
    }
    t.kind = trainingKindFromCode(m_kind->currentData().toString().toStdString()).value_or(TrainingKind::Continuing);
    const QString done = m_completedOn->text().trimmed();
    t.completedOn.reset();
    if (!done.isEmpty()) {
        t.completedOn = Date::parse(done.toStdString());
        if (!t.completedOn) {
            *error = tr("Completed on: '%1' is not a date (YYYY-MM-DD).").arg(done);
            return std::nullopt;
        }
    }
    t.kpiCode = optionalText(m_kpi->currentText());
    return t;
}

void TrainingDialog::accept()
{
    QString error;
    const bool ok = result(&error).has_value();
    showOrAccept(this, m_error, error, ok);
}

// ---------------------------------------------------------------------------------------------------------------

CoachingNoteDialog::CoachingNoteDialog(const CoachingNote& note, QWidget* parent)
    : QDialog(parent)
    , m_note(note)
    , m_date(lineEdit(QStringLiteral("notedOnEdit"), qs(note.notedOn.toString()), tr("YYYY-MM-DD")))
    , m_author(lineEdit(QStringLiteral("authorEdit"), note.author ? qs(*note.author) : QString()))
    , m_text(new QPlainTextEdit(qs(note.note)))
    , m_error(errorLabel())
{
    setObjectName(QStringLiteral("coachingNoteDialog"));
    setWindowTitle(note.note.empty() ? tr("New Coaching Note") : tr("Edit Coaching Note"));
    m_text->setObjectName(QStringLiteral("noteEdit"));
    auto* form = new QFormLayout;
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Author"), m_author);
    form->addRow(tr("Note"), m_text);
    finish(this, form, m_error);
}

std::optional<CoachingNote> CoachingNoteDialog::result(QString* error) const
{
    CoachingNote n = m_note;
    const QString date = m_date->text().trimmed();
    const auto d = Date::parse(date.toStdString());
    if (!d) {
        *error = tr("Date: '%1' is not a date (YYYY-MM-DD).").arg(date);
        return std::nullopt;
    }
    n.notedOn = *d;
    n.author = optionalText(m_author->text());
    n.note = m_text->toPlainText().trimmed().toStdString();
    if (n.note.empty()) {
        *error = tr("Note: required.");
        return std::nullopt;
    }
    return n;
}

void CoachingNoteDialog::accept()
{
    QString error;
    const bool ok = result(&error).has_value();
    showOrAccept(this, m_error, error, ok);
}

} // namespace sd::app
