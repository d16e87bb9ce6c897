#include "app/TargetsPanel.h"

#include "app/AttainmentDelegate.h"
#include "app/BackgroundTask.h"
#include "app/DatasetCache.h"
#include "app/DecompositionDialog.h"
#include "app/DialogHooks.h"
#include "app/LastChange.h"
#include "app/ReviseTargetDialog.h"
#include "app/TargetCommands.h"
#include "app/TargetGridExport.h"
#include "app/TargetGridModel.h"
#include "app/WorkerThreads.h"
#include "app/WorkspaceDocument.h"
#include "domain/Actuals.h"
#include "domain/DatasetIndex.h"
#include "domain/TargetMonitor.h"
#include "storage/SqlTargetPlanRepository.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <set>

namespace sd::app {

namespace {

constexpr unsigned kActualParts
    = storage::PartOrg | storage::PartCustomers | storage::PartOrders | storage::PartPayments;

Date today()
{
    const QDate d = QDate::currentDate();
    return Date::fromYmd(d.year(), d.month(), d.day());
}

// Runs `work` on a new thread and `done` with its result back on the GUI thread, unless `context` is gone.
template <class R> void offThread(QObject* context, std::function<R()> work, std::function<void(R)> done)
{
    QPointer<QObject> guard(context);
    QThread* thread = QThread::create([guard, work = std::move(work), done = std::move(done)] {
        R result = work();
        QMetaObject::invokeMethod(
            qApp,
            [guard, done, result = std::move(result)] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    startWorker(context, thread); // waited for if the context goes first
}

} // namespace

TargetsPanel::TargetsPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new TargetGridModel(this))
{
    setObjectName(QStringLiteral("targetsPanel"));
    auto* layout = new QVBoxLayout(this);
    m_titleLabel = new QLabel;
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont big = m_titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_titleLabel->setFont(big);
    layout->addWidget(m_titleLabel);

    auto* bar = new QHBoxLayout;
    m_yearLabel = new QLabel;
    m_yearSpin = new QSpinBox;
    m_yearSpin->setObjectName(QStringLiteral("fiscalYearSpinBox"));
    m_yearSpin->setRange(1990, 2100);
    m_yearSpin->setValue(document->settings().calendar().fiscalYearOf(today()));
    m_metricLabel = new QLabel;
    m_metricCombo = new QComboBox;
    m_metricCombo->setObjectName(QStringLiteral("metricComboBox"));
    for (int i = 0; i < 4; ++i)
        m_metricCombo->addItem(QString(), i);
    m_segmentLabel = new QLabel;
    m_segmentCombo = new QComboBox;
    m_segmentCombo->setObjectName(QStringLiteral("segmentComboBox"));
    for (int i = 0; i < 3; ++i)
        m_segmentCombo->addItem(QString(), i);
    m_weeksCheck = new QCheckBox;
    m_weeksCheck->setObjectName(QStringLiteral("weeksCheckBox"));
    m_decomposeButton = new QPushButton;
    m_decomposeButton->setObjectName(QStringLiteral("decomposeButton"));
    m_approveButton = new QPushButton;
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_reviseButton = new QPushButton;
    m_reviseButton->setObjectName(QStringLiteral("reviseButton"));
    m_responsibilityButton = new QPushButton;
    m_responsibilityButton->setObjectName(QStringLiteral("responsibilityButton"));
    m_exportButton = new QPushButton;
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_yearLabel, m_yearSpin, m_metricLabel, m_metricCombo,
                                                      m_segmentLabel, m_segmentCombo, m_weeksCheck})
        bar->addWidget(w);
    bar->addStretch(1);
    for (QWidget* w : std::initializer_list<QWidget*>{m_decomposeButton, m_approveButton, m_reviseButton,
                                                      m_responsibilityButton, m_exportButton})
        bar->addWidget(w);
    layout->addLayout(bar);

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("targetsSplitter"));
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("targetTreeView"));
    m_tree->setModel(m_model);
    m_model->setLastChangeSource([this](const TargetKey& key) {
        return LastChange::text(m_document, storage::targetPlanRow(key));
    });
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_tree->header()->setStretchLastSection(false);
    splitter->addWidget(m_tree);
    auto* side = new QWidget;
    side->setObjectName(QStringLiteral("historyPane"));
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    m_historyTitle = new QLabel;
    m_historyTitle->setObjectName(QStringLiteral("historyTitleLabel"));
    m_historyTitle->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_historyInfo = new QLabel;
    m_historyInfo->setObjectName(QStringLiteral("historyInfoLabel"));
    m_historyInfo->setWordWrap(true);
    m_historyTable = new QTableWidget(0, 5);
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->horizontalHeader()->setStretchLastSection(true);
    sideLayout->addWidget(m_historyTitle);
    sideLayout->addWidget(m_historyInfo);
    sideLayout->addWidget(m_historyTable, 1);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    auto* foot = new QHBoxLayout;
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_legendLabel = new QLabel;
    m_legendLabel->setObjectName(QStringLiteral("legendLabel"));
    m_legendLabel->setTextFormat(Qt::RichText);
    foot->addWidget(m_statusLabel, 1);
    foot->addWidget(m_legendLabel);
    layout->addLayout(foot);

    connect(m_yearSpin, &QSpinBox::valueChanged, this, &TargetsPanel::refresh);
    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, &TargetsPanel::refresh);
    connect(m_segmentCombo, &QComboBox::currentIndexChanged, this, &TargetsPanel::refresh);
    connect(m_weeksCheck, &QCheckBox::toggled, this, &TargetsPanel::refresh);
    connect(m_decomposeButton, &QPushButton::clicked, this, [this] { openDecomposition(); });
    connect(m_approveButton, &QPushButton::clicked, this, &TargetsPanel::approveSelected);
    connect(m_reviseButton, &QPushButton::clicked, this, [this] { openRevision(); });
    connect(m_responsibilityButton, &QPushButton::clicked, this, [this] { openResponsibility(); });
    connect(m_exportButton, &QPushButton::clicked, this, &TargetsPanel::exportXlsx);
    connect(m_model, &TargetGridModel::editRequested, this, &TargetsPanel::editCell);
    connect(m_model, &TargetGridModel::submitRequested, this, &TargetsPanel::submitBottomUp);
    connect(m_model, &TargetGridModel::editRefused, this,
            [this](const QString& message) { DialogHooks::warning(this, tr("Targets"), message); });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == TargetGridModel::ResponsibleColumn) {
            openResponsibility();
            return;
        }
        const auto p = m_model->periodFromColumn(index.column());
        if (p && m_grid && m_grid->cell(m_model->rowFromIndex(index), *p).state == TargetState::Approved)
            m_model->setData(index, index.data(Qt::EditRole)); // refused with the locked message
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &TargetsPanel::updateSelection);
    connect(document, &WorkspaceDocument::workspaceChanged, this, [this] {
        m_org.reset();
        m_actualsKey.clear();
        m_yearSpin->setValue(m_document->settings().calendar().fiscalYearOf(today()));
        refresh();
    });
    connect(document, &WorkspaceDocument::dataChanged, this, &TargetsPanel::onDataChanged);
    connect(document->datasetCache(), &DatasetCache::datasetReady, this, [this] {
        if (m_grid && !m_actualsReady)
            startActuals();
    });
    m_attainmentDelegate = new AttainmentDelegate(TargetGridModel::AttainmentPermilleRole, m_tree);
    retranslateUi();
}

TargetsPanel::~TargetsPanel() = default;

void TargetsPanel::retranslateUi()
{
    m_titleLabel->setText(tr("Targets: set, decompose, approve, monitor"));
    m_yearLabel->setText(tr("Fiscal year"));
    m_metricLabel->setText(tr("Metric"));
    m_metricCombo->setItemText(0, tr("Revenue"));
    m_metricCombo->setItemText(1, tr("Gross profit"));
    m_metricCombo->setItemText(2, tr("Collections"));
    m_metricCombo->setItemText(3, tr("New customers"));
    m_segmentLabel->setText(tr("Customers"));
    m_segmentCombo->setItemText(0, tr("All"));
    m_segmentCombo->setItemText(1, tr("Existing"));
    m_segmentCombo->setItemText(2, tr("New"));
    m_weeksCheck->setText(tr("Weeks"));
    m_decomposeButton->setText(tr("Decompose…"));
    m_approveButton->setText(tr("Approve"));
    m_reviseButton->setText(tr("Revise…"));
    m_responsibilityButton->setText(tr("Responsibility…"));
    m_responsibilityButton->setToolTip(tr("Responsible person and KPI item of the selected target (目标三定)"));
    m_exportButton->setText(tr("Export…"));
    m_historyTable->setHorizontalHeaderLabels({tr("Version"), tr("Figure"), tr("Reason"), tr("By"), tr("When")});
    m_legendLabel->setText(tr("<span style='background:#f8d0cc'>&nbsp;over-allocated&nbsp;</span> "
                              "<span style='background:#fce8c0'>&nbsp;under-allocated&nbsp;</span> "
                              "<span style='background:#e3eef9'>&nbsp;approved&nbsp;</span> "
                              "<i>italic: sum of months</i>"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    updateHistory();
}

void TargetsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TargetsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

TargetGridRequest TargetsPanel::currentRequest() const
{
    TargetGridRequest r;
    r.metric = static_cast<Metric>(m_metricCombo->currentData().toInt());
    r.segment = static_cast<Segment>(m_segmentCombo->currentData().toInt());
    r.fiscalYear = m_yearSpin->value();
    r.weeks = m_weeksCheck->isChecked();
    r.calendar = m_document->settings().calendar();
    return r;
}

void TargetsPanel::onDataChanged()
{
    if (!m_selfWrite) {
        // Rows written elsewhere (an import): org and actuals may have changed too.
        m_org.reset();
        m_actualsKey.clear();
    }
    m_selfWrite = false;
    refresh();
}

void TargetsPanel::refresh()
{
    if (!isVisible() && !m_grid) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (!m_document->isOpen()) {
        m_model->setGrid(nullptr);
        return;
    }
    startGrid();
}

void TargetsPanel::startGrid()
{
    if (m_gridRunning) {
        m_gridAgain = true;
        return;
    }
    m_gridRunning = true;
    m_statusLabel->setText(tr("Reading the targets…"));
    const quint64 generation = ++m_generation;
    const TargetGridRequest request = currentRequest();
    const QString path = m_document->path();
    std::shared_ptr<const Dataset> org = m_org;
    struct Result
    {
        std::shared_ptr<const TargetGrid> grid;
        qint64 ms = 0;
        std::shared_ptr<const Dataset> org;
    };
    offThread<Result>(
        this,
        [path, org, request]() -> Result {
            QElapsedTimer timer;
            timer.start();
            try {
                storage::Workspace ws(path);
                // The organisation is read here rather than through DatasetCache: it takes milliseconds, and the
                // cache may be busy loading a large workspace's sales rows for another section, which would keep
                // this view empty for seconds.
                std::shared_ptr<const Dataset> orgData
                    = org ? org : std::make_shared<const Dataset>(ws.loadDataset(storage::PartOrg));
                const auto plans = storage::SqlTargetPlanRepository(ws).plans(
                    request.metric, TargetGrid::storedPeriods(request.fiscalYear, request.calendar), request.segment);
                auto grid = std::make_shared<const TargetGrid>(TargetGrid::build(*orgData, plans, request));
                return {grid, timer.elapsed(), orgData};
            } catch (const std::exception& e) {
                spdlog::error("reading the targets grid failed: {}", e.what());
                return {nullptr, timer.elapsed(), org};
            }
        },
        [this, generation](Result r) {
            m_gridRunning = false;
            if (r.org)
                m_org = r.org;
            if (m_gridAgain || generation != m_generation) {
                m_gridAgain = false;
                startGrid();
                return;
            }
            gridBuilt(r.grid, r.ms);
        });
}

void TargetsPanel::gridBuilt(std::shared_ptr<const TargetGrid> grid, qint64 ms)
{
    if (!grid) {
        m_statusLabel->setText(tr("The targets could not be read (see the log)."));
        return;
    }
    // Keep what was expanded and the current cell across the rebuild.
    std::set<std::string> expanded;
    std::optional<std::pair<OwnerRef, int>> current;
    if (m_grid) {
        for (std::size_t r = 0; r < m_grid->rows().size(); ++r)
            if (!m_grid->rows()[r].children.empty() && m_tree->isExpanded(m_model->indexFromRow(static_cast<int>(r))))
                expanded.insert(m_grid->rows()[r].owner.toString());
        if (auto c = currentCell())
            current = std::make_pair(m_grid->rows()[static_cast<std::size_t>(c->first)].owner, c->second);
    }
    const bool first = !m_grid;
    m_grid = grid;
    m_gridMs = ms;
    std::unordered_map<std::string, QString> names;
    for (const Rep& r : m_org->reps)
        names.emplace(r.id, QString::fromStdString(r.name));
    m_model->setNames(std::move(names));
    m_model->setCurrency(QString::fromStdString(m_document->settings().currency));
    m_model->setGrid(grid);
    // The attainment column moves when the week columns come and go: one delegate, moved with it.
    if (m_attainmentColumn >= 0)
        m_tree->setItemDelegateForColumn(m_attainmentColumn, nullptr);
    m_attainmentColumn = m_model->attainmentColumn();
    m_tree->setItemDelegateForColumn(m_attainmentColumn, m_attainmentDelegate);
    // Totals first: actual, attainment, bottom-up and gap right after the year, then the quarters, months, weeks.
    QHeaderView* header = m_tree->header();
    const int moved[]
        = {m_model->actualColumn(), m_model->attainmentColumn(), m_model->bottomUpColumn(), m_model->gapColumn()};
    for (int i = 0; i < 4; ++i)
        header->moveSection(header->visualIndex(moved[i]), TargetGridModel::FirstPeriodColumn + 1 + i);
    for (std::size_t r = 0; r < grid->rows().size(); ++r) {
        const auto& row = grid->rows()[r];
        if (row.children.empty())
            continue;
        if ((first && row.depth < 2) || expanded.count(row.owner.toString()))
            m_tree->setExpanded(m_model->indexFromRow(static_cast<int>(r)), true);
    }
    m_tree->setColumnWidth(0, 200);
    m_tree->setColumnWidth(1, 80);
    for (int c = 2; c < m_model->columnCount(); ++c)
        m_tree->setColumnWidth(c, c == TargetGridModel::FirstPeriodColumn ? 140 : 118);
    if (current)
        selectOwner(current->first, current->second);
    else if (first && !grid->rows().empty())
        selectOwner(grid->rows().front().owner, 0);
    m_gridStatus = tr("%n row(s); read and computed in %1 ms", nullptr, static_cast<int>(grid->rows().size())).arg(ms);
    m_statusLabel->setText(m_gridStatus);
    spdlog::debug("targets grid: {} rows in {} ms", grid->rows().size(), ms);
    startActuals();
    updateHistory();
    Q_EMIT gridReady();
}

void TargetsPanel::startActuals()
{
    if (!m_grid)
        return;
    const TargetGridRequest req = m_grid->request();
    const std::string key = std::string(toCode(req.metric)) + "/" + std::string(toCode(req.segment)) + "/"
        + std::to_string(req.fiscalYear);
    if (key == m_actualsKey) {
        m_model->setActuals(m_actuals);
        m_actualsReady = true;
        m_statusLabel->setText(m_gridStatus);
        return;
    }
    m_actualsReady = false;
    m_statusLabel->setText(m_gridStatus + tr(" · computing the actuals…"));
    if (m_actualsRunning)
        return;
    auto data = m_document->datasetCache()->dataset(kActualParts);
    if (!data)
        return; // datasetReady calls again
    m_actualsRunning = true;
    std::vector<OwnerRef> owners;
    for (const TargetGridRow& r : m_grid->rows())
        owners.push_back(r.owner);
    const WorkspaceSettings settings = m_document->settings();
    using Map = std::unordered_map<std::string, std::int64_t>;
    offThread<Map>(
        this,
        [data, settings, req, owners]() -> Map {
            Map out;
            try {
                const DatasetIndex index(*data);
                const ActualsEngine actuals(index, settings);
                const std::vector<Target> none;
                const TargetLookup lookup(none);
                const TargetMonitor monitor(actuals, lookup, settings);
                const Period year = Period::year(req.fiscalYear);
                for (const OwnerRef& o : owners)
                    out.emplace(o.toString(), monitor.actualFor(o, req.metric, year, req.segment, today()));
            } catch (const std::exception& e) {
                spdlog::error("target actuals failed: {}", e.what());
            }
            return out;
        },
        [this, key](Map map) {
            m_actualsRunning = false;
            m_actuals = std::move(map);
            m_actualsKey = key;
            startActuals(); // applies them, or starts again when the view moved on
            Q_EMIT actualsComputed();
        });
}

std::optional<std::pair<int, int>> TargetsPanel::currentCell() const
{
    const QModelIndex index = m_tree->currentIndex();
    if (!m_grid || !index.isValid())
        return std::nullopt;
    return std::make_pair(m_model->rowFromIndex(index), m_model->periodFromColumn(index.column()).value_or(0));
}

void TargetsPanel::selectOwner(const OwnerRef& owner, int periodColumn)
{
    if (!m_grid)
        return;
    const int row = m_grid->rowOf(owner);
    if (row < 0)
        return;
    const QModelIndex index = m_model->indexFromRow(row, TargetGridModel::FirstPeriodColumn + periodColumn);
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->setExpanded(p, true);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void TargetsPanel::updateSelection()
{
    updateHistory();
}

void TargetsPanel::updateHistory()
{
    m_historyTable->setRowCount(0);
    const auto cell = currentCell();
    if (!cell || !m_document->isOpen()) {
        m_historyTitle->setText(tr("Select a target to see its versions"));
        m_historyInfo->clear();
        return;
    }
    const TargetKey key = m_grid->keyOf(cell->first, cell->second);
    const TargetGridCell& c = m_grid->cell(cell->first, cell->second);
    m_historyTitle->setText(
        tr("%1 · %2").arg(QString::fromStdString(m_grid->rows()[static_cast<std::size_t>(cell->first)].name),
                          QString::fromStdString(key.period)));
    QStringList info;
    info << (c.state == TargetState::Approved ? tr("Approved, version %1 (locked)").arg(c.version) : tr("Draft"));
    info << tr("Top-down: %1").arg(c.amount ? m_model->amountText(*c.amount) : tr("none"));
    auto repName = [this](const std::string& id) {
        for (const Rep& r : m_org->reps)
            if (r.id == id)
                return QStringLiteral("%1 (%2)").arg(QString::fromStdString(r.name), QString::fromStdString(id));
        return QString::fromStdString(id);
    };
    const auto& proposed = m_grid->rows()[static_cast<std::size_t>(cell->first)].proposedResponsible;
    info << tr("Responsible: %1")
                .arg(c.responsibleRepId ? repName(*c.responsibleRepId)
                         : proposed     ? tr("not set (proposed: %1)").arg(repName(*proposed))
                                        : tr("not set"));
    QString kpi = tr("not set (proposed: %1)").arg(QString::fromStdString(defaultKpiCode(key.metric)));
    if (c.kpiCode) {
        kpi = QString::fromStdString(*c.kpiCode);
        for (const KpiDef& k : m_document->settings().kpis)
            if (k.code == *c.kpiCode)
                kpi = QStringLiteral("%1 (%2)").arg(QString::fromStdString(k.name), kpi);
    }
    info << tr("KPI item: %1").arg(kpi);
    if (c.submitted)
        info << tr("Submitted bottom-up: %1").arg(m_model->amountText(*c.submitted));
    m_historyInfo->setText(info.join(QLatin1Char('\n')));
    if (c.version == 0)
        return;
    try {
        const auto versions = storage::SqlTargetPlanRepository(*m_document->workspace()).versions(key);
        m_historyTable->setRowCount(static_cast<int>(versions.size()));
        for (int i = 0; i < static_cast<int>(versions.size()); ++i) {
            const TargetVersion& v = versions[static_cast<std::size_t>(i)];
            const QStringList cells{QString::number(v.version), m_model->amountText(v.amount),
                                    v.reason.empty() ? tr("approved") : QString::fromStdString(v.reason),
                                    QString::fromStdString(v.by), QString::fromStdString(v.at)};
            for (int col = 0; col < cells.size(); ++col)
                m_historyTable->setItem(i, col, new QTableWidgetItem(cells[col]));
        }
        m_historyTable->resizeColumnsToContents();
    } catch (const std::exception& e) {
        spdlog::error("reading target versions failed: {}", e.what());
    }
}

void TargetsPanel::afterWrite()
{
    m_selfWrite = true;
    m_document->notifyRowsChanged(); // other sections read targets too; onDataChanged refreshes this grid
}

} // namespace sd::app
