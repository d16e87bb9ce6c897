#include "app/CoachingNotesWidget.h"

#include "app/DialogHooks.h"
#include "app/Formatting.h"
#include "app/TeamDialogs.h"
#include "app/TeamEdits.h"

#include <QDate>
#include <algorithm>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::app {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

CoachingNotesWidget::CoachingNotesWidget(TeamEdits* edits, QWidget* parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_title(new QLabel)
    , m_table(new QTableWidget(0, 3))
    , m_add(new QPushButton)
    , m_edit(new QPushButton)
    , m_remove(new QPushButton)
{
    setObjectName(QStringLiteral("coachingNotesWidget"));
    m_title->setObjectName(QStringLiteral("coachingTitleLabel"));
    m_title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("coachingNotesTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_add->setObjectName(QStringLiteral("addNoteButton"));
    m_edit->setObjectName(QStringLiteral("editNoteButton"));
    m_remove->setObjectName(QStringLiteral("removeNoteButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &CoachingNotesWidget::addNote);
    connect(m_edit, &QPushButton::clicked, this, &CoachingNotesWidget::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &CoachingNotesWidget::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(selected() != nullptr);
        m_remove->setEnabled(selected() != nullptr);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CoachingNotesWidget::editSelected);
    retranslateUi();
}

void CoachingNotesWidget::setRep(const DailyRecords* records, const Rep* rep)
{
    m_records = records;
    m_rep = rep;
    fill();
}

std::string CoachingNotesWidget::selectedId() const
{
    const CoachingNote* note = selected();
    return note ? note->id : std::string();
}

const CoachingNote* CoachingNotesWidget::selected() const
{
    const int row = m_table->currentRow();
    if (!m_records || row < 0 || !m_table->item(row, 0) || m_table->selectedItems().isEmpty())
        return nullptr;
    const std::string id = m_table->item(row, 0)->data(Qt::UserRole).toString().toStdString();
    for (const CoachingNote& n : m_records->coachingNotes)
        if (n.id == id)
            return &n;
    return nullptr;
}

void CoachingNotesWidget::fill()
{
    m_table->setRowCount(0);
    m_add->setEnabled(m_rep != nullptr);
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
    if (!m_rep || !m_records) {
        m_title->setText(tr("Select a rep to see its coaching notes."));
        return;
    }
    m_title->setText(tr("Notes of the 1:1 communication meetings with %1 (the meeting pack shows the last five).")
                         .arg(qs(m_rep->name)));
    std::vector<const CoachingNote*> notes;
    for (const CoachingNote& n : m_records->coachingNotes)
        if (n.repId == m_rep->id)
            notes.push_back(&n);
    std::reverse(notes.begin(), notes.end()); // stored by date ascending: newest first
    for (const CoachingNote* n : notes) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* date = new QTableWidgetItem(Formatting::date(n->notedOn));
        date->setData(Qt::UserRole, qs(n->id));
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, new QTableWidgetItem(n->author ? qs(*n->author) : QString()));
        m_table->setItem(row, 2, new QTableWidgetItem(qs(n->note)));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeRowsToContents();
}

void CoachingNotesWidget::addNote()
{
    if (!m_rep || !m_records)
        return;
    std::vector<std::string> taken;
    for (const CoachingNote& n : m_records->coachingNotes)
        taken.push_back(n.id);
    const QDate today = QDate::currentDate();
    CoachingNote note{TeamEdits::newId("CN", taken), m_rep->id, Date::fromYmd(today.year(), today.month(), today.day()),
                      std::nullopt, {}};
    CoachingNoteDialog dialog(note, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (const auto value = dialog.result(&error))
        if (const auto refused = m_edits->saveCoachingNote(*value))
            DialogHooks::warning(this, tr("Coaching notes"), *refused);
}

void CoachingNotesWidget::editSelected()
{
    const CoachingNote* note = selected();
    if (!note)
        return;
    const CoachingNote shown = *note;
    CoachingNoteDialog dialog(shown, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (const auto value = dialog.result(&error))
        if (const auto refused = m_edits->saveCoachingNote(*value, shown))
            DialogHooks::warning(this, tr("Coaching notes"), *refused);
}

void CoachingNotesWidget::removeSelected()
{
    const CoachingNote* note = selected();
    if (!note)
        return;
    if (const auto refused = m_edits->removeCoachingNote(note->id))
        DialogHooks::warning(this, tr("Coaching notes"), *refused);
}

void CoachingNotesWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QWidget::changeEvent(event);
}

void CoachingNotesWidget::retranslateUi()
{
    m_add->setText(tr("Add Note…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Author"), tr("Note")});
}

} // namespace sd::app
