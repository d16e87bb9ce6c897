#include "app/IncentivesPanel.h"

#include "app/DatasetCache.h"
#include "app/Formatting.h"
#include "app/IncentiveLeaderboardWidget.h"
#include "app/IncentivePayoutModel.h"
#include "app/IncentivePlansWidget.h"
#include "app/IncentiveStatementView.h"
#include "app/IncentiveWhatIfWidget.h"
#include "app/WorkerThreads.h"
#include "app/WorkspaceDocument.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace sd::app {

IncentivesPanel::IncentivesPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_titleLabel(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_periodCombo(new QComboBox(this))
    , m_calculateButton(new QPushButton(this))
    , m_progressBar(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_exportXlsxButton(new QPushButton(this))
    , m_exportPdfButton(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_payoutView(new QTableView(this))
    , m_payoutModel(new IncentivePayoutModel(this))
    , m_summaryLabel(new QLabel(this))
    , m_statementView(new IncentiveStatementView(this))
    , m_whatIf(new IncentiveWhatIfWidget(this))
    , m_leaderboard(new IncentiveLeaderboardWidget(this))
    , m_plans(new IncentivePlansWidget(this))
{
    setObjectName(QStringLiteral("incentivesPanel"));
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_periodCombo->setEditable(true);
    m_periodCombo->setInsertPolicy(QComboBox::NoInsert);
    m_periodCombo->setMinimumWidth(110);
    m_calculateButton->setObjectName(QStringLiteral("calculateButton"));
    m_progressBar->setObjectName(QStringLiteral("calculationProgressBar"));
    m_progressBar->setMaximumWidth(180);
    m_progressBar->setVisible(false);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_exportXlsxButton->setObjectName(QStringLiteral("exportXlsxButton"));
    m_exportPdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_tabs->setObjectName(QStringLiteral("incentiveTabs"));
    m_summaryLabel->setObjectName(QStringLiteral("payoutSummaryLabel"));

    m_payoutView->setObjectName(QStringLiteral("payoutTableView"));
    m_payoutView->setModel(m_payoutModel);
    m_payoutView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payoutView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_payoutView->setAlternatingRowColors(true);
    m_payoutView->setWordWrap(false);
    m_payoutView->verticalHeader()->setVisible(false);
    m_payoutView->verticalHeader()->setDefaultSectionSize(m_payoutView->fontMetrics().height() + 8);
    m_payoutView->horizontalHeader()->setStretchLastSection(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_titleLabel);
    top->addSpacing(16);
    top->addWidget(m_periodLabel);
    top->addWidget(m_periodCombo);
    top->addWidget(m_calculateButton);
    top->addWidget(m_progressBar);
    top->addWidget(m_statusLabel, 1);
    top->addWidget(m_exportXlsxButton);
    top->addWidget(m_exportPdfButton);

    auto* payoutPane = new QWidget(this);
    auto* payoutLayout = new QVBoxLayout(payoutPane);
    payoutLayout->setContentsMargins(0, 0, 0, 0);
    payoutLayout->addWidget(m_payoutView, 1);
    payoutLayout->addWidget(m_summaryLabel);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("payoutSplitter"));
    splitter->addWidget(payoutPane);
    splitter->addWidget(m_statementView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({650, 400});
    splitter->setChildrenCollapsible(false);
    m_tabs->addTab(splitter, QString());
    m_tabs->addTab(m_whatIf, QString());
    m_tabs->addTab(m_leaderboard, QString());
    m_tabs->addTab(m_plans, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_calculateButton, &QPushButton::clicked, this, &IncentivesPanel::calculate);
    connect(m_periodCombo->lineEdit(), &QLineEdit::returnPressed, this, &IncentivesPanel::calculate);
    connect(m_exportXlsxButton, &QPushButton::clicked, this, &IncentivesPanel::exportXlsx);
    connect(m_exportPdfButton, &QPushButton::clicked, this, &IncentivesPanel::exportPdfs);
    connect(m_plans, &IncentivePlansWidget::editRequested, this, &IncentivesPanel::editPlans);
    connect(m_payoutView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncentivesPanel::showCurrentStatement);
    connect(m_statementView, &IncentiveStatementView::reviewRequested, this, [this](int row) { changeState(row, 0); });
    connect(m_statementView, &IncentiveStatementView::approveRequested, this, [this](int row) { changeState(row, 1); });
    connect(m_statementView, &IncentiveStatementView::reopenRequested, this, [this](int row) { changeState(row, 2); });
    connect(m_document, &WorkspaceDocument::workspaceChanged, this, &IncentivesPanel::workspaceReset);
    connect(m_document, &WorkspaceDocument::dataChanged, this, &IncentivesPanel::workspaceReset);
    connect(m_document, &WorkspaceDocument::settingsChanged, this, &IncentivesPanel::workspaceReset);
    DatasetCache* cache = m_document->datasetCache();
    connect(cache, &DatasetCache::datasetReady, this, [this] {
        if (m_pendingCalculation) {
            m_pendingCalculation = false;
            calculate();
        }
    });
    connect(cache, &DatasetCache::loadFailed, this, [this](const QString& message) {
        if (!m_pendingCalculation)
            return;
        m_pendingCalculation = false;
        m_progressBar->setVisible(false);
        m_calculateButton->setEnabled(true);
        m_statusLabel->setText(tr("The workspace could not be read: %1").arg(message));
    });

    fillPeriods();
    retranslateUi();
    m_plans->setSettings(m_document->settings());
}

IncentivesPanel::~IncentivesPanel() = default;

void IncentivesPanel::fillPeriods()
{
    // The last twelve months and four quarters, newest first; the previous month (the one usually paid) selected.
    const QDate today = QDate::currentDate();
    const FiscalCalendar cal = m_document->settings().calendar();
    const QString current = m_periodCombo->currentText();
    m_periodCombo->clear();
    for (int back = 0; back < 12; ++back) {
        const QDate d = today.addMonths(-back);
        m_periodCombo->addItem(QString::fromStdString(Period::month(d.year(), d.month()).label()));
    }
    Period q = Period::quarterOf(Date::parseOrThrow(today.toString(Qt::ISODate).toStdString()), cal);
    for (int back = 0; back < 4; ++back) {
        m_periodCombo->addItem(QString::fromStdString(q.label()));
        q = q.index() > 1 ? Period::quarter(q.yearNumber(), q.index() - 1) : Period::quarter(q.yearNumber() - 1, 4);
    }
    m_periodCombo->setCurrentIndex(current.isEmpty() ? 1 : std::max(0, m_periodCombo->findText(current)));
    if (!current.isEmpty() && m_periodCombo->findText(current) < 0)
        m_periodCombo->setEditText(current);
}

void IncentivesPanel::retranslateUi()
{
    m_titleLabel->setText(tr("Incentives"));
    m_periodLabel->setText(tr("Period"));
    m_periodCombo->setToolTip(tr("A month (2026-10) pays the monthly plans, a quarter (2026Q3) the quarterly ones."));
    m_calculateButton->setText(tr("Calculate"));
    m_exportXlsxButton->setText(tr("Export payroll…"));
    m_exportPdfButton->setText(tr("Export statements…"));
    m_tabs->setTabText(0, tr("Payouts"));
    m_tabs->setTabText(1, tr("What-if"));
    m_tabs->setTabText(2, tr("Leaderboard"));
    m_tabs->setTabText(3, tr("Plans"));
    m_payoutModel->retranslate();
    m_statementView->retranslateUi();
    m_whatIf->retranslateUi();
    m_leaderboard->retranslateUi();
    m_plans->retranslateUi();
    updateSummary();
    if (!m_running && !m_result)
        m_statusLabel->setText(tr("Choose a period and press Calculate."));
}

void IncentivesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IncentivesPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Opening the view calculates the selected period once, so the payouts are there without a click.
    if (!m_shownOnce && m_document->isOpen() && !m_document->settings().incentivePlans.empty()) {
        m_shownOnce = true;
        calculate();
    }
}

void IncentivesPanel::workspaceReset()
{
    ++m_generation; // a running calculation's result is for other data
    m_running = false;
    m_pendingCalculation = false;
    m_result.reset();
    m_progressBar->setVisible(false);
    m_calculateButton->setEnabled(true);
    fillPeriods();
    m_plans->setSettings(m_document->settings());
    showResult();
    m_statusLabel->setText(tr("Choose a period and press Calculate."));
    // A view on screen shows current figures: calculate again once the signals of this change are all in.
    if (isVisible() && m_document->isOpen() && !m_document->settings().incentivePlans.empty() && !m_recalcQueued) {
        m_recalcQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_recalcQueued = false;
            if (!m_running && !m_pendingCalculation)
                calculate();
        });
    }
}

void IncentivesPanel::calculate()
{
    if (m_running || !m_document->isOpen())
        return;
    const QString label = m_periodCombo->currentText().trimmed();
    const auto period = Period::parse(label.toStdString());
    if (!period || (period->kind() != PeriodKind::Month && period->kind() != PeriodKind::Quarter)) {
        m_statusLabel->setText(tr("“%1” is not a month (2026-10) or a quarter (2026Q3).").arg(label));
        return;
    }
    const unsigned parts = io::IncentiveRun::partsFor(m_document->settings(), period->kind());
    auto data = m_document->datasetCache()->dataset(parts);
    m_calculateButton->setEnabled(false);
    m_progressBar->setVisible(true);
    if (!data) {
        m_pendingCalculation = true;
        m_progressBar->setRange(0, 0);
        m_statusLabel->setText(tr("Reading the workspace…"));
        return;
    }
    startCalculation(std::move(data), *period);
}

void IncentivesPanel::startCalculation(std::shared_ptr<const Dataset> data, const Period& period)
{
    m_running = true;
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(0);
    m_statusLabel->setText(tr("Calculating %1…").arg(QString::fromStdString(period.label())));
    const quint64 generation = ++m_generation;
    const WorkspaceSettings settings = m_document->settings();
    const QString path = m_document->path();
    QPointer<IncentivesPanel> self(this);
    QThread* thread = QThread::create([self, data, settings, period, path, generation] {
        std::shared_ptr<IncentiveResult> result;
        QString error;
        int lastPermille = -1;
        try {
            result = calculateIncentives(data, settings, period, path, [&](size_t done, size_t total) {
                const int permille = total ? int(done * 1000 / total) : 1000;
                if (permille == lastPermille)
                    return;
                lastPermille = permille;
                QMetaObject::invokeMethod(
                    qApp,
                    [self, permille, generation] {
                        if (self && self->m_generation == generation)
                            self->m_progressBar->setValue(permille);
                    },
                    Qt::QueuedConnection);
            });
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, result, error] {
                if (self)
                    self->finishCalculation(generation, result, error);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    startWorker(this, thread); // waited for if the panel goes first
}

void IncentivesPanel::finishCalculation(quint64 generation, std::shared_ptr<IncentiveResult> result,
                                        const QString& error)
{
    if (generation != m_generation)
        return;
    m_running = false;
    m_progressBar->setVisible(false);
    m_calculateButton->setEnabled(true);
    if (!error.isEmpty()) {
        spdlog::error("incentive calculation: {}", error.toStdString());
        m_statusLabel->setText(tr("The calculation failed: %1").arg(error));
        Q_EMIT calculationFinished(false);
        return;
    }
    const std::string previousRep = m_payoutModel->repFromRow(m_payoutView->currentIndex().row());
    m_result = std::move(result);
    showResult();
    if (!previousRep.empty() && m_payoutModel->rowFromRep(previousRep) >= 0)
        selectRep(previousRep);
    else if (m_payoutModel->rowCount() > 0)
        m_payoutView->setCurrentIndex(m_payoutModel->index(0, 0));
    int differs = 0;
    for (const StatementReconciliation& r : m_result->lifecycle)
        differs += r.outcome == StatementReconciliation::Outcome::Differs ? 1 : 0;
    QString status = tr("%1 calculated.").arg(QString::fromStdString(m_result->period.label()));
    if (differs > 0)
        status += QStringLiteral(" ") + tr("%n approved statement(s) differ from the recalculation.", nullptr, differs);
    m_statusLabel->setText(status);
    Q_EMIT calculationFinished(true);
}

void IncentivesPanel::showResult()
{
    m_payoutModel->setResult(m_result);
    m_payoutView->resizeColumnsToContents();
    m_whatIf->setResult(m_result);
    m_leaderboard->setResult(m_result);
    m_exportXlsxButton->setEnabled(m_result && !m_result->payroll.statements.empty());
    m_exportPdfButton->setEnabled(m_result && !m_result->payroll.statements.empty());
    updateSummary();
    showCurrentStatement();
}

void IncentivesPanel::showCurrentStatement()
{
    const int row = m_payoutView->currentIndex().row();
    m_statementView->setStatement(m_result, row);
    if (row >= 0)
        m_whatIf->setRep(m_payoutModel->repFromRow(row));
}

void IncentivesPanel::selectRep(const std::string& repId)
{
    const int row = m_payoutModel->rowFromRep(repId);
    if (row < 0)
        return;
    m_payoutView->setCurrentIndex(m_payoutModel->index(row, 0));
    m_payoutView->scrollTo(m_payoutModel->index(row, 0));
}

void IncentivesPanel::updateSummary()
{
    if (!m_result) {
        m_summaryLabel->clear();
        return;
    }
    std::int64_t total = 0;
    int withErrors = 0;
    for (const IncentiveStatement& st : m_result->payroll.statements) {
        total += st.totalCents;
        bool error = false;
        for (const ComponentResult& c : st.components)
            error = error || c.isError();
        withErrors += error ? 1 : 0;
    }
    QString text = tr("%n rep(s)", nullptr, int(m_result->payroll.statements.size())) + QStringLiteral(" · ")
        + tr("total %1")
              .arg(Formatting::money(Money::fromCents(total), QString::fromStdString(m_document->settings().currency)));
    if (withErrors > 0)
        text += QStringLiteral(" · ") + tr("%n rep(s) with an error (not paid until fixed)", nullptr, withErrors);
    m_summaryLabel->setText(text);
}

} // namespace sd::app
