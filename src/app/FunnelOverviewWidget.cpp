#include "app/FunnelOverviewWidget.h"

#include "app/ChangeSettings.h"
#include "app/Formatting.h"
#include "app/FunnelChart.h"
#include "app/FunnelFormat.h"
#include "app/FunnelStageRulesDialog.h"
#include "app/FunnelViewData.h"
#include "app/WorkspaceDocument.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sd::app {

namespace {

enum SummaryRow
{
    WeightedRow,
    OpenRow,
    WinRateRow,
    AvgWonRow,
    CycleRow,
    VelocityRow,
    CohortRow,
    CoverageRow,
    CoverageGapRow,
    SummaryRowCount
};

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

FunnelOverviewWidget::FunnelOverviewWidget(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_chartModeLabel(new QLabel)
    , m_chartMode(new QComboBox)
    , m_chart(new FunnelChart)
    , m_stageTable(new QTableWidget(0, ColumnCount))
    , m_summaryLabel(new QLabel)
    , m_summaryTable(new QTableWidget(SummaryRowCount, 2))
    , m_healthLabel(new QLabel)
    , m_healthList(new QListWidget)
    , m_stageRulesButton(new QPushButton)
{
    m_stageRulesButton->setObjectName(QStringLiteral("stageRulesButton"));
    connect(m_stageRulesButton, &QPushButton::clicked, this, [this] { openStageRules(); });
    setObjectName(QStringLiteral("funnelOverviewWidget"));
    m_chartMode->setObjectName(QStringLiteral("chartModeCombo"));
    m_stageTable->setObjectName(QStringLiteral("stageTable"));
    m_summaryTable->setObjectName(QStringLiteral("summaryTable"));
    m_healthList->setObjectName(QStringLiteral("healthList"));
    m_chartMode->addItem(QString());
    m_chartMode->addItem(QString());

    for (QTableWidget* t : {m_stageTable, m_summaryTable}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->verticalHeader()->hide();
        t->setAlternatingRowColors(true);
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    }
    m_stageTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stageTable->horizontalHeader()->setStretchLastSection(true);
    m_summaryTable->horizontalHeader()->hide();
    m_summaryTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_summaryTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // The coverage rows hold a sentence with three amounts: wrap them in a narrow pane instead of cutting them off.
    m_summaryTable->setWordWrap(true);
    m_summaryTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_healthList->setWordWrap(true);
    m_healthList->setIconSize(QSize(16, 16));

    auto* chartBox = new QWidget;
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_chartModeLabel);
    modeRow->addWidget(m_chartMode);
    modeRow->addStretch();
    modeRow->addWidget(m_stageRulesButton);
    chartLayout->addLayout(modeRow);
    chartLayout->addWidget(m_chart, 1);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_summaryLabel);
    sideLayout->addWidget(m_summaryTable, 3);
    sideLayout->addWidget(m_healthLabel);
    sideLayout->addWidget(m_healthList, 2);

    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(chartBox);
    top->addWidget(side);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({640, 560});
    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(top);
    vertical->addWidget(m_stageTable);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setSizes({400, 240});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);

    connect(m_chartMode, &QComboBox::currentIndexChanged, this, &FunnelOverviewWidget::updateChart);
    connect(m_stageTable, &QTableWidget::cellDoubleClicked, this, &FunnelOverviewWidget::stageCellActivated);
    connect(m_summaryTable, &QTableWidget::cellDoubleClicked, this, &FunnelOverviewWidget::summaryCellActivated);
    connect(m_healthList, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        const int stage = item->data(Qt::UserRole).toInt();
        if (m_data && stage >= 1 && stage <= int(m_data->stages.size()))
            stageCellActivated(stage - 1, StalledColumn);
    });
    retranslateUi();
}

FunnelOverviewWidget::~FunnelOverviewWidget() = default;

void FunnelOverviewWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FunnelOverviewWidget::retranslateUi()
{
    m_chartModeLabel->setText(tr("Funnel by:"));
    m_chartMode->setItemText(0, tr("Count"));
    m_chartMode->setItemText(1, tr("Amount"));
    m_stageTable->setHorizontalHeaderLabels({tr("Stage"), tr("Customer's buying step"), tr("Count"), tr("Amount"),
                                             tr("Weighted"), tr("Stalled"), tr("Reached (cohort)"),
                                             tr("Conversion to next"), tr("Avg days in stage")});
    m_summaryLabel->setText(tr("Figures of the window"));
    m_healthLabel->setText(tr("Health check (non-standard funnel)"));
    m_stageRulesButton->setText(tr("Stage rules…"));
    m_stageRulesButton->setToolTip(tr("Stall days and exit criteria of each stage (key-node management)"));
    fill();
}

FunnelStageRulesDialog* FunnelOverviewWidget::openStageRules()
{
    if (!m_document->isOpen())
        return nullptr;
    auto* dialog = new FunnelStageRulesDialog(m_document->settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto after = dialog->edited();
        if (!after)
            return;
        auto* change = new ChangeSettings(m_document, m_document->settings(), *after);
        change->setText(tr("Change the stage rules"));
        m_document->undoStack()->push(change);
    });
    dialog->open();
    return dialog;
}

void FunnelOverviewWidget::setData(std::shared_ptr<const FunnelViewData> data)
{
    m_data = std::move(data);
    fill();
}

QString FunnelOverviewWidget::stageName(const WorkspaceSettings& settings, const std::string& code)
{
    if (code == "won")
        return tr("won");
    for (const StageDef& stage : settings.stages)
        if (stage.code == code)
            return QString::fromStdString(stage.name);
    return QString::fromStdString(code);
}

void FunnelOverviewWidget::fill()
{
    if (!m_data) {
        m_stageTable->setRowCount(0);
        m_healthList->clear();
        return;
    }
    const FunnelViewData& d = *m_data;
    const QString currency = QString::fromStdString(m_document->settings().currency);
    m_stageTable->setRowCount(int(d.stages.size()));
    for (int r = 0; r < int(d.stages.size()); ++r) {
        const FunnelStageView& s = d.stages[size_t(r)];
        m_stageTable->setItem(r, StageColumn, cell(QString::fromStdString(s.name)));
        auto* step = cell(FunnelFormat::buyingStep(r + 1));
        step->setToolTip(FunnelFormat::sellerAction(r + 1));
        m_stageTable->setItem(r, BuyingStepColumn, step);
        m_stageTable->setItem(r, CountColumn, cell(QLocale().toString(qlonglong(s.figures.count)), true));
        m_stageTable->setItem(r, AmountColumn, cell(Formatting::money(s.figures.amount, currency), true));
        m_stageTable->setItem(r, WeightedColumn, cell(Formatting::money(s.figures.weighted, currency), true));
        m_stageTable->setItem(r, StalledColumn, cell(QLocale().toString(qlonglong(s.stalledDeals.size())), true));
        m_stageTable->setItem(r, ReachedColumn, cell(QLocale().toString(qlonglong(s.reached.size())), true));
        QString conv = FunnelFormat::notApplicable();
        if (s.conversion)
            conv = tr("%1 (%2 of %3 → %4)")
                       .arg(FunnelFormat::percent(s.conversion->rate))
                       .arg(s.conversion->numerator)
                       .arg(s.conversion->denominator)
                       .arg(stageName(m_document->settings(), s.conversion->to));
        m_stageTable->setItem(r, ConversionColumn, cell(conv, true));
        m_stageTable->setItem(
            r, DaysColumn,
            cell(s.duration ? FunnelFormat::decimal(s.duration->avgDays) : FunnelFormat::notApplicable(), true));
    }

    const QStringList labels{tr("Weighted forecast"),         tr("Open deals"),           tr("Win rate"),
                             tr("Average won amount"),        tr("Average cycle (days)"), tr("Velocity per day"),
                             tr("Cohort (created in window)")};
    const FunnelVelocity& v = d.velocity;
    const QStringList values{
        Formatting::money(d.snapshot.weightedTotal, currency),
        tr("%1 · %2").arg(QLocale().toString(qlonglong(d.snapshot.openCount)),
                          Formatting::money(d.snapshot.openAmount, currency)),
        tr("%1 (won %2, lost %3)").arg(FunnelFormat::percent(v.winRate)).arg(v.tally.won).arg(v.tally.lost),
        v.avgWonAmount ? Formatting::money(*v.avgWonAmount, currency) : FunnelFormat::notApplicable(),
        FunnelFormat::decimal(v.avgCycleDays),
        v.perDay ? Formatting::money(*v.perDay, currency) : FunnelFormat::notApplicable(),
        QLocale().toString(qlonglong(d.conversion.cohort))};
    for (int r = 0; r < CoverageRow; ++r) {
        m_summaryTable->setItem(r, 0, cell(labels[r]));
        m_summaryTable->setItem(r, 1, cell(values[r], true));
    }
    fillCoverage(currency);

    m_healthList->clear();
    auto stageName = [&d](const std::string& code) {
        for (const FunnelStageView& s : d.stages)
            if (s.figures.code == code)
                return QString::fromStdString(s.name);
        return code == "won" ? tr("won") : QString::fromStdString(code);
    };
    for (const HealthFlag& f : d.health) {
        QString text;
        if (f.kind == "count_above_previous")
            text = tr("%1 holds more deals (%2) than %3 before it (%4)")
                       .arg(stageName(f.stage), QString::fromStdString(f.value.toFixed(0)), stageName(f.other),
                            QString::fromStdString(f.reference.toFixed(0)));
        else if (f.kind == "amount_above_previous")
            text = tr("%1 holds a larger amount (%2) than %3 before it (%4)")
                       .arg(stageName(f.stage), Formatting::money(Money::fromUnits(f.value), currency),
                            stageName(f.other), Formatting::money(Money::fromUnits(f.reference), currency));
        else {
            const Rep* rep = d.index->rep(f.repId);
            text = tr("%1: conversion %2 → %3 is %4, below half of the team median %5")
                       .arg(rep ? QString::fromStdString(rep->name) : QString::fromStdString(f.repId),
                            stageName(f.stage), stageName(f.other), FunnelFormat::percent(f.value),
                            FunnelFormat::percent(f.reference));
        }
        auto* item = new QListWidgetItem(text, m_healthList);
        item->setToolTip(text);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    for (int r = 0; r < int(d.stages.size()); ++r) {
        const size_t n = d.stages[size_t(r)].stalledDeals.size();
        if (n == 0)
            continue;
        auto* item
            = new QListWidgetItem(tr("%1: %n stalled deal(s) (in the stage for its stall days or more)", "", int(n))
                                      .arg(QString::fromStdString(d.stages[size_t(r)].name)),
                                  m_healthList);
        item->setData(Qt::UserRole, r + 1);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
    }
    if (m_healthList->count() == 0)
        new QListWidgetItem(tr("No flags: the funnel narrows stage by stage."), m_healthList);
    // The table is as tall as its rows, the chart takes the rest.
    int height = m_stageTable->horizontalHeader()->height() + 2 * m_stageTable->frameWidth() + 4;
    for (int r = 0; r < m_stageTable->rowCount(); ++r)
        height += m_stageTable->rowHeight(r);
    m_stageTable->setMaximumHeight(height + m_stageTable->horizontalScrollBar()->sizeHint().height());
    updateChart();
}

// Coverage of the rest of the fiscal quarter (SPEC §4), as `salesctl funnel` gives it; its inputs on the next row.
void FunnelOverviewWidget::fillCoverage(const QString& currency)
{
    const FunnelViewData& d = *m_data;
    if (!d.coverage || !d.coveragePeriod) {
        m_summaryTable->setItem(CoverageRow, 0, cell(tr("Coverage")));
        m_summaryTable->setItem(CoverageRow, 1, cell(tr("computing (orders and targets are loading)…"), true));
        m_summaryTable->setItem(CoverageGapRow, 0, cell(tr("Revenue target − actual so far")));
        m_summaryTable->setItem(CoverageGapRow, 1, cell(QString(), true));
        return;
    }
    const FunnelCoverage& c = *d.coverage;
    const QString period = QString::fromStdString(d.coveragePeriod->label());
    const QString rest = c.restFirst <= c.restLast
        ? tr("%1 – %2").arg(Formatting::date(c.restFirst), Formatting::date(c.restLast))
        : tr("nothing left of the period");
    QString value;
    if (c.ratio)
        value = tr("%1× (open %2 closing %3)")
                    .arg(FunnelFormat::decimal(c.ratio), Formatting::money(c.openAmount, currency), rest);
    else if (!c.target)
        value = tr("%1: no revenue target for %2").arg(FunnelFormat::notApplicable(), period);
    else
        value = tr("%1: the target is reached (open %2 closing %3)")
                    .arg(FunnelFormat::notApplicable(), Formatting::money(c.openAmount, currency), rest);
    auto* label = cell(tr("Coverage of %1").arg(period));
    label->setToolTip(tr("Open amount expected to close in the rest of %1 ÷ (revenue target − revenue actual so far); "
                         "double-click for the deals")
                          .arg(period));
    m_summaryTable->setItem(CoverageRow, 0, label);
    m_summaryTable->setItem(CoverageRow, 1, cell(value, true));
    m_summaryTable->item(CoverageRow, 1)->setToolTip(value);
    m_summaryTable->setItem(CoverageGapRow, 0, cell(tr("Revenue target − actual so far")));
    m_summaryTable->setItem(
        CoverageGapRow, 1,
        cell(c.target ? tr("%1 − %2 = %3")
                            .arg(Formatting::money(*c.target, currency), Formatting::money(c.actual, currency),
                                 Formatting::money(c.gap.value_or(Money()), currency))
                      : tr("no target · actual %1").arg(Formatting::money(c.actual, currency)),
             true));
}

void FunnelOverviewWidget::updateChart()
{
    if (!m_data)
        return;
    const bool byAmount = m_chartMode->currentIndex() == 1;
    const QString currency = QString::fromStdString(m_document->settings().currency);
    QStringList labels;
    QVector<double> values;
    for (const FunnelStageView& s : m_data->stages) {
        const QString figure
            = byAmount ? Formatting::money(s.figures.amount, currency) : QLocale().toString(qlonglong(s.figures.count));
        labels << QStringLiteral("%1  %2").arg(QString::fromStdString(s.name), figure);
        // Bar lengths only: the exact figure is the label.
        values << (byAmount ? double(s.figures.amount.cents()) : double(s.figures.count));
    }
    m_chart->setStages(labels, values,
                       byAmount ? tr("Open amount by stage as of %1").arg(Formatting::date(m_data->query.asOf))
                                : tr("Open deals by stage as of %1").arg(Formatting::date(m_data->query.asOf)));
}

std::vector<const Opportunity*> FunnelOverviewWidget::dealsAt(int row, int column) const
{
    if (!m_data || row < 0 || row >= int(m_data->stages.size()))
        return {};
    const FunnelStageView& s = m_data->stages[size_t(row)];
    switch (column) {
    case StalledColumn:
        return s.stalledDeals;
    case ReachedColumn:
    case ConversionColumn:
        return s.reached;
    default:
        return s.deals;
    }
}

void FunnelOverviewWidget::stageCellActivated(int row, int column)
{
    if (!m_data || row < 0 || row >= int(m_data->stages.size()))
        return;
    const QString stage = QString::fromStdString(m_data->stages[size_t(row)].name);
    QString title;
    switch (column) {
    case StalledColumn:
        title = tr("Stalled in %1").arg(stage);
        break;
    case ReachedColumn:
    case ConversionColumn:
        title = tr("Created in the window and reached %1").arg(stage);
        break;
    default:
        title = tr("In %1 as of %2").arg(stage, Formatting::date(m_data->query.asOf));
    }
    Q_EMIT drillDown(title, dealsAt(row, column));
}

void FunnelOverviewWidget::summaryCellActivated(int row, int)
{
    if (!m_data)
        return;
    std::vector<const Opportunity*> deals;
    QString title;
    if (row == WinRateRow || row == AvgWonRow || row == CycleRow) {
        deals = m_data->won;
        if (row == WinRateRow)
            deals.insert(deals.end(), m_data->lost.begin(), m_data->lost.end());
        title = row == WinRateRow ? tr("Won or lost in the window") : tr("Won in the window");
    } else if (row == CohortRow) {
        deals = m_data->cohort;
        title = tr("Created in the window");
    } else if (row == CoverageRow || row == CoverageGapRow) {
        if (!m_data->coverage)
            return;
        deals = m_data->coverageDeals;
        title = tr("Open as of %1, expected to close %2 – %3")
                    .arg(Formatting::date(m_data->query.asOf), Formatting::date(m_data->coverage->restFirst),
                         Formatting::date(m_data->coverage->restLast));
    } else {
        for (const FunnelStageView& s : m_data->stages)
            deals.insert(deals.end(), s.deals.begin(), s.deals.end());
        title = tr("Open as of %1").arg(Formatting::date(m_data->query.asOf));
    }
    Q_EMIT drillDown(title, deals);
}

} // namespace sd::app
