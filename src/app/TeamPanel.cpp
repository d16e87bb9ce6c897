#include "app/TeamPanel.h"

#include "app/DatasetCache.h"
#include "app/DialogHooks.h"
#include "app/Formatting.h"
#include "app/MoveRepCommand.h"
#include "app/TeamEdits.h"
#include "app/CareListWidget.h"
#include "app/CoachingNotesWidget.h"
#include "app/VisitPlanWidget.h"
#include "app/WorkspaceDocument.h"

#include "storage/SqlDailyRepository.h"
#include "storage/SqlOrgRepository.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <map>

namespace sd::app {

// Everything built on the worker for one loaded dataset; members are destroyed in reverse order, so the engine
// goes before the index and settings it refers to.
struct TeamPanel::State
{
    std::shared_ptr<const Dataset> data;
    std::shared_ptr<const DatasetIndex> index;
    std::shared_ptr<const WorkspaceSettings> settings;
    DailyRecords records;
    std::map<std::string, Date> inactiveUnits; // schema 10: id -> deactivated on
    std::vector<TeamLadder> ladders;
    std::unique_ptr<AppraisalEngine> appraisal;
    Period quarter;
};

namespace {

constexpr int kOwnerRole = Qt::UserRole + 1;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

Date toDate(const QDate& d)
{
    return Date::fromYmd(d.year(), d.month(), d.day());
}

} // namespace

QString tierName(int tier); // TeamLadderView.cpp
QChart* ladderChart(const TeamLadder& ladder, const QString& title); // TeamLadderView.cpp
QString roleName(Role role);   // TeamLadderView.cpp
QString levelName(Level level); // TeamLadderView.cpp

TeamPanel::TeamPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_edits(new TeamEdits(document, this))
{
    setObjectName(QStringLiteral("teamPanel"));
    auto* outer = new QVBoxLayout(this);
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("teamStatusLabel"));
    m_statusLabel->setStyleSheet(QStringLiteral("color: #5b6675;"));
    outer->addWidget(m_statusLabel);
    auto* splitter = new QSplitter(Qt::Horizontal);
    outer->addWidget(splitter, 1);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("orgTreeWidget"));
    m_tree->setColumnCount(5);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_tree, 1);
    auto* move = new QGridLayout;
    m_moveLabel = new QLabel;
    m_moveTeam = new QComboBox;
    m_moveTeam->setObjectName(QStringLiteral("moveTeamComboBox"));
    m_fromLabel = new QLabel;
    m_moveDate = new QDateEdit(QDate::currentDate());
    m_moveDate->setObjectName(QStringLiteral("moveDateEdit"));
    m_moveDate->setCalendarPopup(true);
    m_moveDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).replace(QStringLiteral("yyyy"), QStringLiteral("yy")).replace(QStringLiteral("yy"), QStringLiteral("yyyy")));
    m_moveButton = new QPushButton;
    m_moveButton->setObjectName(QStringLiteral("moveRepButton"));
    m_moveButton->setEnabled(false);
    move->addWidget(m_moveLabel, 0, 0);
    move->addWidget(m_moveTeam, 0, 1);
    move->addWidget(m_fromLabel, 1, 0);
    move->addWidget(m_moveDate, 1, 1);
    move->addWidget(m_moveButton, 0, 2, 2, 1);
    move->setColumnStretch(1, 1);
    leftLayout->addLayout(move);
    m_historyLabel = new QLabel;
    m_historyLabel->setObjectName(QStringLiteral("repHistoryLabel"));
    m_historyLabel->setWordWrap(true);
    leftLayout->addWidget(m_historyLabel);
    splitter->addWidget(left);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("teamTabWidget"));
    auto* ladderPage = new QWidget;
    auto* ladderLayout = new QVBoxLayout(ladderPage);
    m_chartView = new QChartView;
    m_chartView->setObjectName(QStringLiteral("tierChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(300);
    ladderLayout->addWidget(m_chartView, 1);
    m_ladderLabel = new QLabel;
    m_ladderLabel->setObjectName(QStringLiteral("ladderSummaryLabel"));
    m_ladderLabel->setWordWrap(true);
    m_ladderLabel->setTextFormat(Qt::RichText);
    ladderLayout->addWidget(m_ladderLabel);
    m_tabs->addTab(ladderPage, QString());
    auto* trainingPage = new QWidget;
    auto* trainingLayout = new QVBoxLayout(trainingPage);
    m_gapsLabel = new QLabel;
    m_gapsLabel->setObjectName(QStringLiteral("appraisalGapsLabel"));
    m_gapsLabel->setWordWrap(true);
    m_gapsLabel->setTextFormat(Qt::RichText);
    trainingLayout->addWidget(m_gapsLabel);
    m_training = new QTableWidget(0, 5);
    m_training->setObjectName(QStringLiteral("trainingTableWidget"));
    m_training->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_training->horizontalHeader()->setStretchLastSection(true);
    m_training->verticalHeader()->hide();
    trainingLayout->addWidget(m_training, 1);
    m_tabs->addTab(trainingPage, QString());
    createEditing(leftLayout, trainingLayout);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({470, 610});

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { showSelection(); });
    connect(m_moveButton, &QPushButton::clicked, this, &TeamPanel::moveSelectedRep);
    connect(m_document->datasetCache(), &DatasetCache::datasetReady, this, [this] {
        if (isVisible() || m_waitingForData)
            refresh();
    });
    auto reset = [this] {
        showRecords(nullptr); // the views point into the state that goes
        m_state.reset();
        ++m_generation;
        if (isVisible() || m_waitingForData)
            refresh();
    };
    connect(m_document, &WorkspaceDocument::workspaceChanged, this, reset);
    connect(m_document, &WorkspaceDocument::dataChanged, this, reset);
    connect(m_document, &WorkspaceDocument::settingsChanged, this, reset);
    retranslateUi();
}

TeamPanel::~TeamPanel() = default;

const std::vector<TeamLadder>& TeamPanel::ladders() const
{
    static const std::vector<TeamLadder> none;
    return m_state ? m_state->ladders : none;
}

bool TeamPanel::isUnitInactive(const std::string& unitId) const
{
    return m_state && m_state->inactiveUnits.count(unitId) > 0;
}

void TeamPanel::setAsOf(const QDate& date)
{
    m_asOf = date;
    m_visitPlan->setWeek(date);
    showRecords(nullptr);
    m_state.reset();
    ++m_generation;
    refresh();
}

void TeamPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_state)
        refresh();
}

void TeamPanel::refresh()
{
    if (!m_document->isOpen())
        return;
    auto data = m_document->datasetCache()->dataset(storage::PartAll);
    if (!data) {
        m_waitingForData = true;
        const QString error = m_document->datasetCache()->lastError();
        m_statusLabel->setText(error.isEmpty() ? tr("Loading the workspace…") : error);
        return;
    }
    m_waitingForData = false;
    if (!m_state || m_state->data != data)
        startBuild();
}

void TeamPanel::startBuild()
{
    if (m_building) {
        m_rebuild = true;
        return;
    }
    auto data = m_document->datasetCache()->dataset(storage::PartAll);
    if (!data)
        return;
    m_building = true;
    m_statusLabel->setText(tr("Calculating…"));
    const quint64 generation = m_generation;
    auto settings = std::make_shared<const WorkspaceSettings>(m_document->settings());
    const QString path = m_document->path();
    const Date asOf = toDate(m_asOf);
    QPointer<TeamPanel> self(this);
    QThread* thread = QThread::create([self, data, settings, path, asOf, generation] {
        std::shared_ptr<State> state;
        QString error;
        try {
            state = std::make_shared<State>();
            state->data = data;
            state->settings = settings;
            state->index = std::make_shared<const DatasetIndex>(*data);
            storage::Workspace ws(path);
            state->records = storage::SqlDailyRepository(ws).load();
            state->inactiveUnits = storage::SqlOrgRepository(ws).inactiveUnits();
            state->ladders = teamLadders(*state->index, *settings, asOf);
            state->appraisal = std::make_unique<AppraisalEngine>(*state->index, *settings);
            state->quarter = Period::quarterOf(asOf, settings->calendar());
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
            state.reset();
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, state, error] {
                if (self)
                    self->finishBuild(generation, state, error);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void TeamPanel::finishBuild(quint64 generation, std::shared_ptr<const State> state, const QString& error)
{
    m_building = false;
    if (m_rebuild || generation != m_generation) {
        m_rebuild = false;
        refresh();
        return;
    }
    if (!error.isEmpty()) {
        spdlog::error("team section: {}", error.toStdString());
        m_statusLabel->setText(error);
        return;
    }
    m_state = std::move(state);
    m_records = m_state->records;
    QString status = tr("As of %1 · %n reps", nullptr, int(m_state->data->reps.size()))
                         .arg(Formatting::date(toDate(m_asOf)));
    if (!m_state->inactiveUnits.empty())
        status += QStringLiteral(" · ") + tr("%n inactive unit(s)", nullptr, int(m_state->inactiveUnits.size()));
    m_statusLabel->setText(status);
    fillTree();
    Q_EMIT dataReady();
}

void TeamPanel::fillTree()
{
    const QString previous = m_tree->currentItem() ? m_tree->currentItem()->data(0, kOwnerRole).toString() : QString();
    m_tree->clear();
    const QSignalBlocker blocker(m_moveTeam);
    m_moveTeam->clear();
    const DatasetIndex& idx = *m_state->index;
    std::map<std::string, QTreeWidgetItem*> unitItems;
    const bool showInactive = m_showInactive->isChecked();
    std::function<void(const OrgUnit*, QTreeWidgetItem*)> add = [&](const OrgUnit* u, QTreeWidgetItem* parent) {
        const auto inactive = m_state->inactiveUnits.find(u->id);
        if (inactive != m_state->inactiveUnits.end() && !showInactive)
            return;
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, qs(u->name));
        item->setData(0, kOwnerRole, qs("unit:" + u->id));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        if (inactive != m_state->inactiveUnits.end()) {
            const QString since = tr("inactive since %1").arg(Formatting::date(inactive->second));
            item->setText(1, since);
            item->setToolTip(0, since);
            for (int c = 0; c < 5; ++c)
                item->setForeground(c, QColor(0x94, 0xa3, 0xb8));
        } else if (idx.childUnits(u->id).empty() && u->kind != OrgKind::Company) {
            m_moveTeam->addItem(qs(u->name), qs(u->id));
        }
        for (const OrgUnit* c : idx.childUnits(u->id))
            add(c, item);
        for (const Rep* r : idx.repsDirectlyIn(u->id)) {
            auto* ri = new QTreeWidgetItem(item);
            ri->setText(0, qs(r->name) + QStringLiteral(" (") + qs(r->id) + QLatin1Char(')'));
            ri->setText(1, roleName(r->role));
            ri->setText(2, levelName(r->level));
            ri->setText(3, Formatting::date(r->hireDate));
            const Rep* manager = r->managerId ? idx.rep(*r->managerId) : nullptr;
            ri->setText(4, manager ? qs(manager->name) : QString());
            ri->setData(0, kOwnerRole, qs("rep:" + r->id));
            if (!r->isActiveIn(toDate(m_asOf), toDate(m_asOf)))
                for (int c = 0; c < 5; ++c)
                    ri->setForeground(c, QColor(0x94, 0xa3, 0xb8));
        }
        item->setExpanded(parent == nullptr || idx.data().reps.size() < 400);
    };
    if (idx.root())
        add(idx.root(), nullptr);
    if (previous.isEmpty() || !select(previous))
        showSelection();
}

bool TeamPanel::select(const QString& owner)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kOwnerRole).toString() == owner) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return true;
        }
    return false;
}

void TeamPanel::showSelection()
{
    if (!m_state)
        return;
    const QTreeWidgetItem* item = m_tree->currentItem();
    const auto owner = item ? OwnerRef::parse(item->data(0, kOwnerRole).toString().toStdString()) : std::nullopt;
    const DatasetIndex& idx = *m_state->index;
    const Rep* rep = owner && owner->kind == OwnerKind::Rep ? idx.rep(owner->id) : nullptr;
    m_moveButton->setEnabled(rep != nullptr);
    m_editRep->setEnabled(rep != nullptr);
    m_editUnit->setEnabled(owner && owner->kind == OwnerKind::Unit);
    m_removeUnit->setEnabled(owner && owner->kind == OwnerKind::Unit);
    const bool unit = owner && owner->kind == OwnerKind::Unit;
    const OrgUnit* selectedUnit = unit ? idx.unit(owner->id) : nullptr;
    m_unitStatus->setEnabled(selectedUnit && selectedUnit->kind != OrgKind::Company);
    m_unitStatus->setText(unit && isUnitInactive(owner->id) ? tr("Reactivate Unit") : tr("Deactivate Unit"));
    m_addRep->setEnabled(owner.has_value() && !(unit && isUnitInactive(owner->id)));
    std::string team;
    if (rep)
        team = rep->orgUnitId;
    else if (owner && idx.unit(owner->id) && idx.childUnits(owner->id).empty())
        team = owner->id;
    else
        for (const TeamLadder& l : m_state->ladders)
            if (!isUnitInactive(l.team->id)) {
                team = l.team->id;
                break;
            }
    showLadder(team);
    showTraining(rep);
    showRecords(rep);
    QString history;
    if (rep) {
        QStringList past;
        for (const UnitMembership& m : m_records.unitHistory)
            if (m.repId == rep->id) {
                const OrgUnit* u = idx.unit(m.orgUnitId);
                past << tr("%1 from %2 to %3")
                            .arg(u ? qs(u->name) : qs(m.orgUnitId), Formatting::date(m.from), Formatting::date(m.to));
            }
        if (!past.isEmpty())
            history = tr("Earlier teams: %1").arg(past.join(QStringLiteral("; ")));
    }
    m_historyLabel->setText(history);
}

std::optional<OwnerRef> TeamPanel::selectedOwner() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? OwnerRef::parse(item->data(0, kOwnerRole).toString().toStdString()) : std::nullopt;
}

const Rep* TeamPanel::selectedRep() const
{
    const auto owner = selectedOwner();
    return m_state && owner && owner->kind == OwnerKind::Rep ? m_state->index->rep(owner->id) : nullptr;
}

void TeamPanel::showRecords(const Rep* rep)
{
    m_visitPlan->setRep(m_state ? m_state->index.get() : nullptr, &m_records, rep);
    m_coaching->setRep(&m_records, rep);
    m_care->setRep(m_state ? m_state->data.get() : nullptr, rep, toDate(m_asOf));
    m_addTraining->setEnabled(rep != nullptr);
    const bool row = rep && selectedTraining();
    m_editTraining->setEnabled(row);
    m_completeTraining->setEnabled(row);
    m_removeTraining->setEnabled(row);
}

void TeamPanel::reloadRecords()
{
    if (!m_document->isOpen())
        return;
    try {
        m_records = storage::SqlDailyRepository(*m_document->workspace()).load();
    } catch (const std::exception& e) {
        spdlog::error("team section: reading the daily records: {}", e.what());
        return;
    }
    if (!m_state)
        return;
    const Rep* rep = selectedRep();
    showTraining(rep);
    showRecords(rep);
}

void TeamPanel::showLadder(const std::string& teamId)
{
    m_shownTeam = teamId;
    const TeamLadder* ladder = nullptr;
    for (const TeamLadder& l : m_state->ladders)
        if (l.team->id == teamId)
            ladder = &l;
    if (!ladder) {
        m_chartView->setChart(new QChart);
        m_ladderLabel->clear();
        return;
    }
    QChart* old = m_chartView->chart();
    m_chartView->setChart(ladderChart(*ladder, tr("Talent ladder of %1").arg(qs(ladder->team->name))));
    delete old;
    QString text = QStringLiteral("<table>");
    for (std::size_t t = 0; t < ladder->actual.size(); ++t) {
        QStringList names;
        for (const LadderRep& r : ladder->reps)
            if (r.tier == int(t) + 1)
                names << qs(r.rep->name).toHtmlEscaped();
        text += QStringLiteral("<tr><td><b>%1</b></td><td style=\"padding-left:8px\">%2 / %3</td>"
                               "<td style=\"padding-left:8px; color:#5b6675\">%4</td></tr>")
                    .arg(tierName(int(t) + 1))
                    .arg(ladder->actual[t])
                    .arg(ladder->target[t])
                    .arg(names.join(QStringLiteral(", ")));
    }
    m_ladderLabel->setText(text + QStringLiteral("</table>"));
}

void TeamPanel::showTraining(const Rep* rep)
{
    m_training->setRowCount(0);
    if (!rep) {
        m_gapsLabel->setText(tr("Select a rep to see its training and appraisal gaps."));
        return;
    }
    std::map<std::string, const ItemScore*> gaps;
    std::optional<RepScorecard> card;
    if (const KpiTemplate* tmpl = templateFor(*rep, m_state->settings->kpiTemplates);
        tmpl && isAppraised(*rep, m_state->quarter, *m_state->settings))
        card = m_state->appraisal->scoreRep(*rep, *tmpl, m_state->quarter);
    QStringList gapTexts;
    if (card)
        for (const ItemScore& item : card->items)
            if (!item.applicable || *item.score < Rational(100)) {
                gaps[item.kpi] = &item;
                gapTexts << QStringLiteral("%1 %2").arg(qs(item.kpi),
                                                        item.score ? qs(item.score->toFixed(2)) : tr("n/a"));
            }
    m_gapsLabel->setText(!card ? tr("%1 is not appraised in %2.").arg(qs(rep->name), qs(m_state->quarter.label()))
                         : gapTexts.isEmpty()
                             ? tr("%1: every appraisal item of %2 at or above target.")
                                   .arg(qs(rep->name), qs(m_state->quarter.label()))
                             : tr("Appraisal gaps of %1 in %2: %3")
                                   .arg(qs(rep->name), qs(m_state->quarter.label()),
                                        gapTexts.join(QStringLiteral(", "))));
    for (const TrainingRecord& t : m_records.training) {
        if (t.repId != rep->id)
            continue;
        const int row = m_training->rowCount();
        m_training->insertRow(row);
        auto* course = new QTableWidgetItem(qs(t.course));
        course->setData(Qt::UserRole, qs(t.id));
        m_training->setItem(row, 0, course);
        m_training->setItem(row, 1,
                            new QTableWidgetItem(t.kind == TrainingKind::NewHire ? tr("New-hire") : tr("Continuing")));
        m_training->setItem(row, 2, new QTableWidgetItem(t.completedOn ? Formatting::date(*t.completedOn) : tr("open")));
        m_training->setItem(row, 3, new QTableWidgetItem(t.kpiCode ? qs(*t.kpiCode) : QString()));
        QString gap;
        if (t.kpiCode)
            if (const auto it = gaps.find(*t.kpiCode); it != gaps.end())
                gap = it->second->score ? tr("score %1").arg(qs(it->second->score->toFixed(2))) : tr("not applicable");
        m_training->setItem(row, 4, new QTableWidgetItem(gap));
    }
}

void TeamPanel::moveSelectedRep()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const auto owner = item ? OwnerRef::parse(item->data(0, kOwnerRole).toString().toStdString()) : std::nullopt;
    if (!owner || owner->kind != OwnerKind::Rep || m_moveTeam->currentIndex() < 0)
        return;
    const std::string team = m_moveTeam->currentData().toString().toStdString();
    const QString text = tr("Move %1 to %2").arg(qs(owner->id), m_moveTeam->currentText());
    auto command = std::make_unique<MoveRepCommand>(m_document, owner->id, team, toDate(m_moveDate->date()), text);
    try {
        command->apply();
    } catch (const std::exception& e) {
        DialogHooks::warning(this, tr("Move rep"), tr("The rep was not moved: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    m_document->undoStack()->push(command.release());
}

void TeamPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_state)
            fillTree();
    }
    QWidget::changeEvent(event);
}

void TeamPanel::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Name"), tr("Role"), tr("Level"), tr("Hire date"), tr("Manager")});
    m_moveLabel->setText(tr("Move to team:"));
    m_fromLabel->setText(tr("From:"));
    m_moveButton->setText(tr("Move Rep"));
    m_tabs->setTabText(0, tr("Talent ladder"));
    m_tabs->setTabText(1, tr("Training"));
    m_training->setHorizontalHeaderLabels(
        {tr("Course"), tr("Kind"), tr("Completed"), tr("Addresses"), tr("Appraisal gap")});
    retranslateEditing();
}

} // namespace sd::app
