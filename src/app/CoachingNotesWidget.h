#pragma once

#ifndef Q_MOC_RUN
#include "domain/DailyRecords.h"
#include "domain/Model.h"
#endif

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sd::app {

class TeamEdits;

// The coaching notes (沟通会, 1:1) of one rep, newest first, with Add / Edit / Remove (CoachingNoteDialog, undoable
// through TeamEdits). The meeting pack's 1:1 page shows the last five dated on or before its Sunday.
class CoachingNotesWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CoachingNotesWidget(TeamEdits* edits, QWidget* parent = nullptr);

    void setRep(const DailyRecords* records, const Rep* rep);
    // The id of the selected note, or empty.
    std::string selectedId() const;

    void addNote();
    void editSelected();
    void removeSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void retranslateUi();
    const CoachingNote* selected() const;

    TeamEdits* m_edits;
    const DailyRecords* m_records = nullptr;
    const Rep* m_rep = nullptr;
    QLabel* m_title;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace sd::app
