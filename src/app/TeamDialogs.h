#pragma once

#include <QDialog>

#ifndef Q_MOC_RUN
#include "domain/DailyRecords.h"
#include "domain/Model.h"
#endif

#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sd::app {

// The forms of the Team section. Each reads its fields into a value; result() names the field that does not
// parse (shown under the form; OK keeps the dialog open until it is fixed). Checks against the stored
// organisation (ids taken, cycles) are TeamEdits' and reported when the edit is applied.

// An org unit: id (fixed once created), name, kind, parent.
class UnitDialog : public QDialog
{
    Q_OBJECT
public:
    UnitDialog(const std::vector<OrgUnit>& units, const std::optional<OrgUnit>& existing, const std::string& newId,
               QWidget* parent = nullptr);
    std::optional<OrgUnit> result(QString* error) const;
    void accept() override;

private:
    QLineEdit* m_id;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QComboBox* m_parent;
    QLabel* m_error;
};

// A rep: id, name, unit (fixed once created: moves go through Move Rep), role, level, hire and leave dates,
// manager.
class RepDialog : public QDialog
{
    Q_OBJECT
public:
    RepDialog(const std::vector<OrgUnit>& units, const std::vector<Rep>& reps, const std::optional<Rep>& existing,
              const std::string& newId, const std::string& unitId, QWidget* parent = nullptr);
    std::optional<Rep> result(QString* error) const;
    void accept() override;

private:
    QLineEdit* m_id;
    QLineEdit* m_name;
    QComboBox* m_unit;
    QComboBox* m_role;
    QComboBox* m_level;
    QLineEdit* m_hireDate;
    QLineEdit* m_leftOn;
    QComboBox* m_manager;
    QLabel* m_error;
    bool m_active = true;
};

// A training record: course, kind, completion date (empty: open), the appraisal item it addresses.
class TrainingDialog : public QDialog
{
    Q_OBJECT
public:
    TrainingDialog(const std::vector<std::string>& kpiCodes, const TrainingRecord& record,
                   QWidget* parent = nullptr);
    std::optional<TrainingRecord> result(QString* error) const;
    void accept() override;

private:
    TrainingRecord m_record;
    QLineEdit* m_course;
    QComboBox* m_kind;
    QLineEdit* m_completedOn;
    QComboBox* m_kpi;
    QLabel* m_error;
};

// A coaching note of the communication meeting (1:1): date, author, text.
class CoachingNoteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CoachingNoteDialog(const CoachingNote& note, QWidget* parent = nullptr);
    std::optional<CoachingNote> result(QString* error) const;
    void accept() override;

private:
    CoachingNote m_note;
    QLineEdit* m_date;
    QLineEdit* m_author;
    QPlainTextEdit* m_text;
    QLabel* m_error;
};

} // namespace sd::app
