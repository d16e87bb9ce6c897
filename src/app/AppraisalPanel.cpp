#include "app/AppraisalPanel.h"

#include "app/AppraisalDetailWidget.h"
#include "app/AppraisalDistributionChart.h"
#include "app/AppraisalScoring.h"
#include "app/AppraisalTableModel.h"
#include "app/BackgroundTask.h"
#include "app/ChangeAppraisal.h"
#include "app/DialogHooks.h"
#include "app/KpiTemplateDialog.h"
#include "app/LastChange.h"
#include "app/ReviewEntryWidget.h"
#include "app/SectionInfo.h"
#include "app/WorkspaceDocument.h"
#include "io/AppraisalExport.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

CycleActor actorNow()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("user");
    return {user.toStdString(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()};
}

QString undoText(const char* text)
{
    return QCoreApplication::translate("UndoCommands", text);
}

} // namespace

AppraisalPanel::AppraisalPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_scoring(new AppraisalScoring(document, this))
    , m_model(new AppraisalTableModel(this))
    , m_proxy(new AppraisalFilterModel(this))
    , m_titleLabel(new QLabel)
    , m_periodLabel(new QLabel)
    , m_periodCombo(new QComboBox)
    , m_searchEdit(new QLineEdit)
    , m_teamCombo(new QComboBox)
    , m_templatesButton(new QPushButton)
    , m_exportXlsxButton(new QPushButton)
    , m_exportPdfButton(new QPushButton)
    , m_statusLabel(new QLabel)
    , m_table(new QTableView)
    , m_distribution(new AppraisalDistributionChart)
    , m_detail(new AppraisalDetailWidget)
    , m_reviews(new ReviewEntryWidget(document))
{
    setObjectName(QStringLiteral("appraisalPanel"));
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold;"));
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_teamCombo->setObjectName(QStringLiteral("teamCombo"));
    m_teamCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_templatesButton->setObjectName(QStringLiteral("kpiTemplatesButton"));
    m_exportXlsxButton->setObjectName(QStringLiteral("exportXlsxButton"));
    m_exportPdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_table->setObjectName(QStringLiteral("teamTableView"));
    m_detail->setReviewEntry(m_reviews);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AppraisalTableModel::RepId, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Sized once per scoring (resizeColumnsToContents samples the first rows), not on every change: the large
    // workspace has 2,000 rows.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_titleLabel);
    bar->addSpacing(12);
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_periodCombo);
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_teamCombo);
    bar->addWidget(m_templatesButton);
    bar->addWidget(m_exportXlsxButton);
    bar->addWidget(m_exportPdfButton);

    auto* left = new QSplitter(Qt::Vertical);
    left->addWidget(m_table);
    left->addWidget(m_distribution);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("appraisalSplitter"));
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({420, 650});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_statusLabel);
    layout->addWidget(split, 1);

    connect(m_scoring, &AppraisalScoring::scored, this, &AppraisalPanel::onScored);
    connect(m_scoring, &AppraisalScoring::failed, this, [this](const QString& message) {
        m_error = message;
        updateStatus();
    });
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_periodCombo->currentIndex() >= 0)
            setPeriod(m_periodCombo->currentText());
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        updateDistribution();
    });
    connect(m_teamCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setUnitId(m_teamCombo->currentData().toString());
        updateDistribution();
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            m_currentRep = current.isValid() ? m_model->repIdAt(m_proxy->mapToSource(current).row()) : std::string();
            showCurrent();
        });
    connect(m_detail, &AppraisalDetailWidget::advanceRequested, this, [this] { advance(); });
    connect(m_detail, &AppraisalDetailWidget::selfCommentRequested, this, &AppraisalPanel::saveSelfComment);
    connect(m_detail, &AppraisalDetailWidget::managerCommentRequested, this, &AppraisalPanel::saveManagerComment);
    connect(m_detail, &AppraisalDetailWidget::calibrateRequested, this, &AppraisalPanel::calibrate);
    connect(m_detail, &AppraisalDetailWidget::reopenRequested, this, &AppraisalPanel::reopen);
    connect(m_templatesButton, &QPushButton::clicked, this, [this] { openKpiTemplates(); });
    connect(m_exportXlsxButton, &QPushButton::clicked, this, [this] { exportXlsx(); });
    connect(m_exportPdfButton, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(document, &WorkspaceDocument::workspaceChanged, this, &AppraisalPanel::fillPeriods);
    connect(document, &WorkspaceDocument::settingsChanged, this, &AppraisalPanel::fillPeriods);

    retranslateUi();
    fillPeriods();
}

AppraisalPanel::~AppraisalPanel() = default;

void AppraisalPanel::fillPeriods()
{
    const QSignalBlocker block(m_periodCombo);
    const QString wanted = m_periodCombo->currentText();
    m_periodCombo->clear();
    if (!m_document->isOpen()) {
        m_shown.reset();
        m_records.clear();
        m_currentRep.clear();
        m_model->reset(nullptr, m_records);
        showCurrent();
        updateDistribution();
        updateStatus();
        return;
    }
    const FiscalCalendar cal = m_document->settings().calendar();
    const QDate today = QDate::currentDate();
    Period p = Period::quarterOf(Date::fromYmd(today.year(), today.month(), today.day()), cal);
    // The current quarter and the eleven before it, newest first; the default is the last closed quarter.
    QStringList labels;
    for (int i = 0; i < 12; ++i) {
        labels << fromStd(p.label());
        p = p.index() > 1 ? Period::quarter(p.yearNumber(), p.index() - 1) : Period::quarter(p.yearNumber() - 1, 4);
    }
    m_periodCombo->addItems(labels);
    m_periodCombo->setCurrentIndex(labels.contains(wanted) ? int(labels.indexOf(wanted)) : 1);
    setPeriod(m_periodCombo->currentText());
}

void AppraisalPanel::setPeriod(const QString& label)
{
    const auto period = Period::parse(label.toStdString());
    if (!period || period->kind() != PeriodKind::Quarter)
        return;
    if (m_periodCombo->currentText() != label) {
        const QSignalBlocker block(m_periodCombo);
        if (m_periodCombo->findText(label) < 0)
            m_periodCombo->addItem(label);
        m_periodCombo->setCurrentText(label);
    }
    m_error.clear();
    m_scoring->request(*period);
    updateStatus();
}

QString AppraisalPanel::period() const
{
    return m_periodCombo->currentText();
}

void AppraisalPanel::onScored()
{
    // Every view is handed the new result before the old one is let go; nothing keeps a pointer into it.
    m_shown = m_scoring->shared();
    const ScoredAppraisal* scored = m_shown.get();
    m_records.clear();
    if (scored && m_document->workspace()) {
        try {
            for (AppraisalRecord& r :
                 storage::SqlAppraisalRepository(*m_document->workspace()).records(scored->period.label()))
                m_records[r.repId] = std::move(r);
        } catch (const std::exception& e) {
            spdlog::error("reading appraisal records failed: {}", e.what());
            m_error = QString::fromStdString(e.what());
        }
        m_empty.period = scored->period.label();
    }
    const std::string keep = m_currentRep;
    m_model->reset(m_shown, m_records);
    {
        const QSignalBlocker block(m_teamCombo);
        const QString team = m_teamCombo->currentData().toString();
        m_teamCombo->clear();
        m_teamCombo->addItem(tr("All teams"), QString());
        if (scored)
            for (const DistributionCheck& d : scored->result.distribution)
                m_teamCombo->addItem(fromStd(d.unitName), fromStd(d.unitId));
        const int at = m_teamCombo->findData(team);
        m_teamCombo->setCurrentIndex(at < 0 ? 0 : at);
        m_proxy->setUnitId(m_teamCombo->currentData().toString());
    }
    m_table->resizeColumnsToContents();
    if (!keep.empty() && selectRep(keep))
        return updateStatus(), updateDistribution();
    // Nothing chosen yet: the first rep, so the detail pane shows a scorecard rather than an empty form.
    m_currentRep.clear();
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    else
        showCurrent();
    updateDistribution();
    updateStatus();
}

bool AppraisalPanel::selectRep(const std::string& repId)
{
    const int row = m_model->rowOf(repId);
    if (row < 0)
        return false;
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!at.isValid())
        return false;
    m_table->setCurrentIndex(at);
    m_table->scrollTo(at);
    m_currentRep = repId;
    showCurrent();
    return true;
}

const AppraisalRecord& AppraisalPanel::currentRecord() const
{
    const auto it = m_records.find(m_currentRep);
    if (it != m_records.end())
        return it->second;
    return m_empty;
}

void AppraisalPanel::showCurrent()
{
    const ScoredAppraisal* scored = m_shown.get();
    const int row = m_currentRep.empty() ? -1 : m_model->rowOf(m_currentRep);
    if (!scored || row < 0) {
        m_detail->display(m_shown, {}, {}, {});
        m_reviews->setSubject(m_shown, {}, {});
        return;
    }
    AppraisalRecord rec = currentRecord();
    rec.repId = m_currentRep;
    rec.period = scored->period.label();
    std::vector<AppraisalEvent> trail;
    try {
        trail = storage::SqlAppraisalRepository(*m_document->workspace()).events(m_currentRep, rec.period);
    } catch (const std::exception& e) {
        spdlog::error("reading the appraisal trail failed: {}", e.what());
    }
    m_detail->display(m_shown, m_currentRep, rec, trail);
    m_detail->setLastChange(LastChange::text(m_document, storage::appraisalRow(m_currentRep, rec.period)));
    m_reviews->setSubject(m_shown, m_currentRep, rec);
}

void AppraisalPanel::updateDistribution()
{
    const ScoredAppraisal* scored = m_shown.get();
    std::vector<std::string> grades;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        grades.push_back(m_model->finalGrade(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    m_distribution->setGrades(grades, scored ? scored->settings : m_document->settings());
}

void AppraisalPanel::updateStatus()
{
    QString text;
    if (!m_error.isEmpty())
        text = tr("Could not score the appraisal: %1").arg(m_error);
    else if (m_scoring->isBusy())
        text = tr("Scoring %1…").arg(m_periodCombo->currentText());
    else if (const ScoredAppraisal* s = m_shown.get())
        text = tr("%n rep(s) appraised for %1; %2 signed off.", nullptr, int(s->result.reps.size()))
                   .arg(fromStd(s->period.label()))
                   .arg(std::count_if(m_records.begin(), m_records.end(),
                                      [](const auto& r) { return r.second.state == AppraisalState::SignedOff; }));
    m_statusLabel->setText(text);
    const bool ready = m_shown && !m_scoring->isBusy();
    m_exportXlsxButton->setEnabled(ready);
    m_exportPdfButton->setEnabled(ready);
}

void AppraisalPanel::onRecordChanged(const AppraisalRecord& record)
{
    const ScoredAppraisal* scored = m_shown.get();
    if (!scored || record.period != scored->period.label())
        return;
    m_records[record.repId] = record;
    m_model->updateRecord(record);
    if (record.repId == m_currentRep)
        showCurrent();
    updateDistribution();
    updateStatus();
}

void AppraisalPanel::refuse(const CycleError& e)
{
    QString text;
    switch (e.refusal()) {
    case CycleRefusal::Locked:
        text = tr("The appraisal of %1 is signed off and locked. Reopen it, with a reason, before changing it.")
                   .arg(fromStd(m_currentRep));
        break;
    case CycleRefusal::WrongState:
        text = tr("This is not possible while the appraisal is in state \"%1\".")
                   .arg(io::AppraisalExport::stateName(currentRecord().state));
        break;
    case CycleRefusal::BlankReason:
        text = tr("Write the reason first: it is kept in the record.");
        break;
    case CycleRefusal::UnknownGrade:
        text = tr("Choose one of the workspace's grades.");
        break;
    case CycleRefusal::NotSignedOff:
        text = tr("Only a signed-off appraisal is reopened.");
        break;
    }
    DialogHooks::warning(this, tr("Appraisal"), text + QStringLiteral("\n\n") + QString::fromStdString(e.what()));
}

bool AppraisalPanel::apply(const std::function<CycleStep(const AppraisalRecord&, const CycleActor&)>& action,
                           const QString& text)
{
    const ScoredAppraisal* scored = m_shown.get();
    if (!scored || m_currentRep.empty() || !m_document->workspace())
        return false;
    AppraisalRecord before = currentRecord();
    before.repId = m_currentRep;
    before.period = scored->period.label();
    try {
        CycleStep step = action(before, actorNow());
        m_document->undoStack()->push(new ChangeAppraisal(m_document, before, std::move(step), text, this,
                                                          [this](const AppraisalRecord& r) { onRecordChanged(r); }));
        return true;
    } catch (const CycleError& e) {
        refuse(e);
    } catch (const std::exception& e) {
        DialogHooks::warning(this, tr("Appraisal"), QString::fromStdString(e.what()));
    }
    return false;
}

bool AppraisalPanel::advance()
{
    const bool signOff = currentRecord().state == AppraisalState::Calibration;
    return apply([](const AppraisalRecord& r, const CycleActor& who) { return sd::advance(r, who); },
                 signOff ? undoText(QT_TRANSLATE_NOOP("UndoCommands", "Sign Off Appraisal"))
                         : undoText(QT_TRANSLATE_NOOP("UndoCommands", "Advance Appraisal")));
}

bool AppraisalPanel::saveSelfComment(const QString& text)
{
    const std::string t = text.toStdString();
    return apply([t](const AppraisalRecord& r, const CycleActor& who) { return setSelfComment(r, t, who); },
                 undoText(QT_TRANSLATE_NOOP("UndoCommands", "Edit Self Comment")));
}

bool AppraisalPanel::saveManagerComment(const QString& text)
{
    const std::string t = text.toStdString();
    return apply([t](const AppraisalRecord& r, const CycleActor& who) { return setManagerComment(r, t, who); },
                 undoText(QT_TRANSLATE_NOOP("UndoCommands", "Edit Manager Comment")));
}

bool AppraisalPanel::calibrate(const QString& grade, const QString& reason)
{
    const ScoredAppraisal* scored = m_shown.get();
    const int row = m_model->rowOf(m_currentRep);
    if (!scored || row < 0)
        return false;
    const std::optional<std::string> scoredGrade = scored->result.reps[std::size_t(row)].total.grade;
    std::vector<std::string> grades;
    for (const auto& [code, min] : scored->settings.grades)
        grades.push_back(code);
    const std::string g = grade.toStdString();
    const std::string why = reason.toStdString();
    return apply([=](const AppraisalRecord& r,
                     const CycleActor& who) { return sd::calibrate(r, g, why, scoredGrade, grades, who); },
                 undoText(QT_TRANSLATE_NOOP("UndoCommands", "Calibrate Grade")));
}

bool AppraisalPanel::reopen(const QString& reason)
{
    const std::string why = reason.toStdString();
    return apply([why](const AppraisalRecord& r, const CycleActor& who) { return sd::reopen(r, why, who); },
                 undoText(QT_TRANSLATE_NOOP("UndoCommands", "Reopen Appraisal")));
}

bool AppraisalPanel::exportXlsx()
{
    auto scored = m_shown;
    if (!scored)
        return false;
    const QString path = DialogHooks::saveFileName(
        this, tr("Export the appraisal sheet"),
        QDir::home().filePath(QStringLiteral("appraisal-%1.xlsx").arg(fromStd(scored->period.label()))),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return false;
    std::vector<AppraisalRecord> records;
    for (const auto& [id, r] : m_records)
        records.push_back(r);
    const auto error = BackgroundTask::run(
        this, tr("Export"), tr("Writing the appraisal sheet…"), [scored, records, path](BackgroundTask::Context&) {
            io::AppraisalExport(*scored->index, scored->settings, scored->result, records)
                .writeXlsx(path.toStdString());
        });
    if (error) {
        DialogHooks::warning(this, tr("Export"), tr("The appraisal sheet was not written: %1").arg(*error));
        return false;
    }
    m_statusLabel->setText(tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool AppraisalPanel::exportPdf()
{
    auto scored = m_shown;
    if (!scored)
        return false;
    const QString dir = DialogHooks::existingDirectory(this, tr("Folder for the appraisal forms"), QDir::homePath());
    if (dir.isEmpty())
        return false;
    std::vector<AppraisalRecord> records;
    for (const auto& [id, r] : m_records)
        records.push_back(r);
    const auto error = BackgroundTask::run(
        this, tr("Export"), tr("Writing the appraisal forms…"), [scored, records, dir](BackgroundTask::Context& ctx) {
            const io::AppraisalExport ex(*scored->index, scored->settings, scored->result, records);
            const auto& reps = scored->result.reps;
            for (std::size_t i = 0; i < reps.size() && !ctx.cancel; ++i) {
                const std::string name = io::AppraisalExport::formFileName(scored->period.label(), reps[i].rep->id);
                ex.writePdfForm(reps[i], QDir(dir).filePath(QString::fromStdString(name)).toStdString());
                ctx.progress(double(i + 1) / double(reps.size()));
            }
        });
    if (error) {
        DialogHooks::warning(this, tr("Export"), tr("The appraisal forms were not written: %1").arg(*error));
        return false;
    }
    m_statusLabel->setText(tr("Wrote the forms to %1").arg(QDir::toNativeSeparators(dir)));
    return !BackgroundTask::lastRunCancelled();
}

KpiTemplateDialog* AppraisalPanel::openKpiTemplates()
{
    if (!m_document->isOpen())
        return nullptr;
    // Save stores the KPIs and templates as one undoable settings change; settingsChanged then re-scores.
    auto* dialog = new KpiTemplateDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void AppraisalPanel::retranslateUi()
{
    m_titleLabel->setText(SectionInfo::title(Section::Kpi));
    m_periodLabel->setText(tr("Quarter:"));
    m_searchEdit->setPlaceholderText(tr("Filter by rep name or ID…"));
    if (m_teamCombo->count() > 0)
        m_teamCombo->setItemText(0, tr("All teams"));
    m_templatesButton->setText(tr("KPI templates…"));
    m_templatesButton->setToolTip(tr("The KPI library and the KPI templates per role and level"));
    m_exportXlsxButton->setText(tr("Export xlsx…"));
    m_exportPdfButton->setText(tr("Export PDF forms…"));
    m_detail->retranslateUi();
    updateStatus();
}

void AppraisalPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        if (m_shown) {
            showCurrent();
            updateDistribution();
        }
    }
    QWidget::changeEvent(event);
}

} // namespace sd::app
