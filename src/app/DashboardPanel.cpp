#include "app/DashboardPanel.h"

#include "app/DashboardSnapshots.h"
#include "app/DashboardTile.h"
#include "app/DatasetCache.h"
#include "app/Formatting.h"
#include "app/WorkerThreads.h"
#include "app/WorkspaceDocument.h"

#include "domain/DatasetIndex.h"
#include "storage/SqlDailyRepository.h"
#include "storage/SqlOrgRepository.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QScrollArea>
#include <QThread>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <functional>
#include <map>
#include <set>

namespace sd::app {

namespace {

constexpr unsigned kParts = storage::PartAll;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

Date toDate(const QDate& d)
{
    return Date::fromYmd(d.year(), d.month(), d.day());
}

} // namespace

DashboardPanel::DashboardPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("dashboardPanel"));
    auto* outer = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_ownerLabel = new QLabel;
    m_ownerCombo = new QComboBox;
    m_ownerCombo->setObjectName(QStringLiteral("ownerFilterComboBox"));
    m_ownerCombo->setMinimumContentsLength(24);
    m_ownerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_asOfLabel = new QLabel;
    m_asOfEdit = new QDateEdit(QDate::currentDate());
    m_asOfEdit->setObjectName(QStringLiteral("asOfDateEdit"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).replace(QStringLiteral("yyyy"), QStringLiteral("yy")).replace(QStringLiteral("yy"), QStringLiteral("yyyy")));
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("dashboardStatusLabel"));
    m_statusLabel->setStyleSheet(QStringLiteral("color: #5b6675;"));
    bar->addWidget(m_ownerLabel);
    bar->addWidget(m_ownerCombo);
    bar->addSpacing(12);
    bar->addWidget(m_asOfLabel);
    bar->addWidget(m_asOfEdit);
    bar->addSpacing(12);
    bar->addWidget(m_statusLabel, 1);
    outer->addLayout(bar);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* canvas = new QWidget;
    canvas->setObjectName(QStringLiteral("dashboardCanvas"));
    auto* grid = new QGridLayout(canvas);
    grid->setSpacing(10);
    scroll->setWidget(canvas);
    outer->addWidget(scroll, 1);

    m_attainmentTile = addTile(QStringLiteral("attainment"), Section::Targets, 0, 0);
    auto* ag = new QGridLayout;
    m_revenueHeader = new QLabel;
    m_collectionHeader = new QLabel;
    ag->addWidget(m_revenueHeader, 0, 1);
    ag->addWidget(m_collectionHeader, 0, 2);
    const char* spanNames[3] = {"Month", "Quarter", "Year"};
    for (int i = 0; i < 3; ++i) {
        m_spanLabels[i] = new QLabel;
        m_revenueBars[i] = new QProgressBar;
        m_revenueBars[i]->setObjectName(QStringLiteral("revenue%1Bar").arg(QLatin1String(spanNames[i])));
        m_collectionBars[i] = new QProgressBar;
        m_collectionBars[i]->setObjectName(QStringLiteral("collections%1Bar").arg(QLatin1String(spanNames[i])));
        for (QProgressBar* b : {m_revenueBars[i], m_collectionBars[i]}) {
            b->setRange(0, 100);
            b->setTextVisible(true);
            b->setMinimumWidth(140);
        }
        ag->addWidget(m_spanLabels[i], i + 1, 0);
        ag->addWidget(m_revenueBars[i], i + 1, 1);
        ag->addWidget(m_collectionBars[i], i + 1, 2);
    }
    m_attainmentTile->bodyLayout()->addLayout(ag);
    m_attainmentTile->bodyLayout()->addStretch(1);

    auto addLabel = [](DashboardTile* tile, const QString& name) {
        auto* l = new QLabel;
        l->setObjectName(name);
        l->setTextFormat(Qt::RichText);
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        tile->bodyLayout()->addWidget(l, 1);
        return l;
    };
    m_funnelTile = addTile(QStringLiteral("funnel"), Section::Funnel, 0, 1);
    m_funnelLabel = addLabel(m_funnelTile, QStringLiteral("funnelSummaryLabel"));
    m_collectionsTile = addTile(QStringLiteral("collections"), Section::Customers, 1, 0);
    connect(m_collectionsTile, &DashboardTile::openRequested, this, [this] { Q_EMIT openReceivables(); });
    m_collectionsLabel = addLabel(m_collectionsTile, QStringLiteral("collectionsSummaryLabel"));
    m_stalledTile = addTile(QStringLiteral("stalled"), Section::Funnel, 1, 1);
    m_stalledLabel = addLabel(m_stalledTile, QStringLiteral("stalledSummaryLabel"));
    m_careTile = addTile(QStringLiteral("care"), Section::Customers, 2, 0);
    m_careLabel = addLabel(m_careTile, QStringLiteral("careSummaryLabel"));
    m_contestTile = addTile(QStringLiteral("contest"), Section::Incentives, 2, 1);
    m_contestLabel = addLabel(m_contestTile, QStringLiteral("contestSummaryLabel"));
    for (int c = 0; c < 2; ++c)
        grid->setColumnStretch(c, 1);

    connect(m_ownerCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_data)
            startCompute();
        else
            showSavedFigures();
    });
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, [this] { startCompute(); });
    connect(m_document->datasetCache(), &DatasetCache::datasetReady, this, [this] {
        if (isVisible() || m_waitingForData)
            refresh();
    });
    auto reset = [this] {
        m_data.reset();
        m_index.reset();
        m_records.reset();
        m_context.reset();
        m_figures.reset();
        m_summary.reset();
        m_savedAt = QDateTime();
        m_snapshots.reset();
        ++m_generation;
        render();
        if (isVisible())
            refresh();
    };
    connect(m_document, &WorkspaceDocument::workspaceChanged, this, reset);
    connect(m_document, &WorkspaceDocument::dataChanged, this, reset);
    connect(m_document, &WorkspaceDocument::settingsChanged, this, [this] {
        m_context.reset();
        m_settings.reset();
        ++m_generation;
        startCompute();
    });
    retranslateUi();
}

DashboardPanel::~DashboardPanel() = default;

DashboardTile* DashboardPanel::addTile(const QString& name, Section section, int row, int col)
{
    auto* tile = new DashboardTile(name);
    tile->setMinimumHeight(170);
    connect(tile, &DashboardTile::openRequested, this, [this, section] { Q_EMIT openSection(section); });
    static_cast<QGridLayout*>(findChild<QWidget*>(QStringLiteral("dashboardCanvas"))->layout())
        ->addWidget(tile, row, col);
    return tile;
}

void DashboardPanel::setAsOf(const QDate& date)
{
    m_asOfEdit->setDate(date);
}

void DashboardPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_data)
        refresh();
}

void DashboardPanel::refresh()
{
    if (!m_document->isOpen())
        return;
    auto data = m_document->datasetCache()->dataset(kParts);
    if (!data) {
        m_waitingForData = true;
        if (!m_summary)
            showSavedFigures();
        const QString error = m_document->datasetCache()->lastError();
        if (!error.isEmpty())
            m_statusLabel->setText(error);
        else if (!m_summary)
            m_statusLabel->setText(tr("Loading the workspace…"));
        return;
    }
    m_waitingForData = false;
    if (data != m_data) {
        m_data = std::move(data);
        m_index.reset();
        m_records.reset();
        m_context.reset();
        populateOwners(m_data->orgUnits, m_data->reps, m_ownerCombo->currentData().toString());
    }
    startCompute();
}

void DashboardPanel::showSavedFigures()
{
    if (!m_document->isOpen())
        return;
    if (!m_snapshots) {
        // The org tree alone (a few thousand rows) names the owners and identifies the data the figures are of.
        Dataset org;
        try {
            org = m_document->workspace()->loadDataset(storage::PartOrg);
        } catch (const std::exception& e) {
            spdlog::warn("dashboard: reading the org tree for the saved figures: {}", e.what());
            return;
        }
        m_snapshots = std::make_unique<DashboardSnapshots>(m_document->path(),
                                                           DashboardSnapshots::fingerprint(org.orgUnits, org.reps));
        const QString shown = m_ownerCombo->currentData().toString(); // kept when the data is reloaded
        populateOwners(org.orgUnits, org.reps,
                       shown.isEmpty() ? QString::fromStdString(m_snapshots->lastOwner()) : shown);
    }
    // Figures are saved as of the day they were computed on (saveFigures): they stand in for today's only.
    const auto saved = m_asOfEdit->date() == QDate::currentDate()
                           ? m_snapshots->find(m_ownerCombo->currentData().toString().toStdString())
                           : std::nullopt;
    if (!saved) {
        m_summary.reset();
        m_savedAt = QDateTime();
        render();
        m_statusLabel->setText(tr("Loading the workspace…"));
        return;
    }
    m_summary = saved->summary;
    m_savedAt = saved->savedAt;
    render();
    spdlog::info("dashboard: figures saved {} shown while the workspace loads",
                 m_savedAt.toString(Qt::ISODate).toStdString());
    Q_EMIT savedFiguresShown();
}

void DashboardPanel::saveFigures()
{
    // Only the figures as of the day they were computed on are worth showing at the next start.
    if (!m_summary || !m_data || m_asOfEdit->date() != QDate::currentDate())
        return;
    // The store read at the opening serves while the org tree is the same (else: other data, another store).
    const std::string fingerprint = DashboardSnapshots::fingerprint(m_data->orgUnits, m_data->reps);
    if (!m_snapshots || m_snapshots->fingerprintOf() != fingerprint)
        m_snapshots = std::make_unique<DashboardSnapshots>(m_document->path(), fingerprint);
    m_snapshots->save(*m_summary);
}

void DashboardPanel::populateOwners(const std::vector<OrgUnit>& orgUnits, const std::vector<Rep>& repList,
                                    const QString& previous)
{
    const QSignalBlocker blocker(m_ownerCombo);
    m_ownerCombo->clear();
    // Deactivated units (schema 10) are not offered, unless the owner shown is one of them or under one.
    std::map<std::string, Date> inactive;
    try {
        if (m_document->isOpen())
            inactive = storage::SqlOrgRepository(*m_document->workspace()).inactiveUnits();
    } catch (const std::exception& e) {
        spdlog::warn("dashboard: reading the unit status: {}", e.what());
    }
    std::map<std::string, std::vector<const OrgUnit*>> children;
    std::map<std::string, std::vector<const Rep*>> reps;
    std::map<std::string, const OrgUnit*> units;
    const OrgUnit* root = nullptr;
    for (const OrgUnit& u : orgUnits) {
        units.emplace(u.id, &u);
        if (u.parentId)
            children[*u.parentId].push_back(&u);
        else
            root = &u;
    }
    for (const Rep& r : repList)
        reps[r.orgUnitId].push_back(&r);
    std::set<std::string> shownPath; // the units from the current owner up to the root
    if (const auto owner = OwnerRef::parse(previous.toStdString())) {
        std::optional<std::string> unit = owner->id;
        if (owner->kind == OwnerKind::Rep) {
            unit.reset();
            for (const Rep& r : repList)
                if (r.id == owner->id)
                    unit = r.orgUnitId;
        }
        for (int depth = 0; unit && depth < 64 && shownPath.insert(*unit).second; ++depth) {
            const auto it = units.find(*unit);
            unit = it == units.end() ? std::nullopt : it->second->parentId;
        }
    }
    const QString indent = QStringLiteral("    ");
    std::function<void(const OrgUnit*, int)> add = [&](const OrgUnit* u, int depth) {
        const bool isInactive = inactive.count(u->id) > 0;
        if (isInactive && !shownPath.count(u->id))
            return;
        const QString name = isInactive ? tr("%1 (inactive)").arg(qs(u->name)) : qs(u->name);
        m_ownerCombo->addItem(indent.repeated(depth) + name, qs("unit:" + u->id));
        for (const OrgUnit* c : children[u->id])
            add(c, depth + 1);
        for (const Rep* r : reps[u->id])
            m_ownerCombo->addItem(indent.repeated(depth + 1) + qs(r->name) + QStringLiteral(" (") + qs(r->id)
                                      + QLatin1Char(')'),
                                  qs("rep:" + r->id));
    };
    if (root)
        add(root, 0);
    const int i = m_ownerCombo->findData(previous);
    m_ownerCombo->setCurrentIndex(i >= 0 ? i : 0);
}

void DashboardPanel::startCompute()
{
    if (!m_data)
        return;
    if (m_computing) {
        m_recompute = true; // once the running computation ends, with the latest choices
        return;
    }
    m_computing = true;
    const quint64 generation = m_generation;
    m_timer.start();
    m_statusLabel->setText(tr("Calculating…"));
    auto data = m_data;
    auto index = m_index;
    auto records = m_records;
    auto context = m_context;
    const QString path = m_document->path();
    if (!m_settings)
        m_settings = std::make_shared<const WorkspaceSettings>(m_document->settings());
    auto settings = m_settings;
    const std::optional<OwnerRef> owner = OwnerRef::parse(m_ownerCombo->currentData().toString().toStdString());
    const Date today = toDate(m_asOfEdit->date());
    QPointer<DashboardPanel> self(this);
    QThread* thread = QThread::create([self, data, index, records, context, path, settings, owner, today,
                                       generation]() mutable {
        std::optional<DashboardFigures> figures;
        QString error;
        try {
            if (!index)
                index = std::make_shared<const DatasetIndex>(*data);
            if (!records) {
                storage::Workspace ws(path);
                records = std::make_shared<const DailyRecords>(storage::SqlDailyRepository(ws).load());
            }
            if (!context)
                context = std::make_shared<DashboardContext>(*index, *settings, records->unitHistory);
            figures = context->compute(owner, today);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, data, index, records, context, figures, error, generation] {
                if (self)
                    self->finishCompute(generation, data, index, records, context, figures, error);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    startWorker(this, thread); // waited for if the panel goes first
}

void DashboardPanel::finishCompute(quint64 generation, std::shared_ptr<const Dataset> data,
                                   std::shared_ptr<const DatasetIndex> index,
                                   std::shared_ptr<const DailyRecords> records,
                                   std::shared_ptr<DashboardContext> context, std::optional<DashboardFigures> figures,
                                   const QString& error)
{
    m_computing = false;
    const bool current = generation == m_generation && data == m_data;
    if (current) {
        m_index = std::move(index);
        m_records = std::move(records);
        m_context = std::move(context);
    }
    if (m_recompute || !current) {
        m_recompute = false;
        startCompute();
        return;
    }
    if (!error.isEmpty()) {
        spdlog::error("dashboard: {}", error.toStdString());
        m_statusLabel->setText(error);
        return;
    }
    m_figures = std::move(figures);
    m_summary = summarizeDashboard(*m_figures, m_data->reps, *m_settings);
    m_savedAt = QDateTime();
    m_lastComputeMs = m_timer.elapsed();
    spdlog::info("dashboard computed in {} ms", m_lastComputeMs);
    render();
    saveFigures();
    Q_EMIT figuresReady();
}

void DashboardPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        render();
    }
    QWidget::changeEvent(event);
}

void DashboardPanel::retranslateUi()
{
    m_ownerLabel->setText(tr("Owner:"));
    m_asOfLabel->setText(tr("As of:"));
    m_attainmentTile->setTitle(tr("Attainment against target"));
    m_funnelTile->setTitle(tr("Funnel"));
    m_collectionsTile->setTitle(tr("Collections and overdue"));
    m_stalledTile->setTitle(tr("Stalled deals"));
    m_careTile->setTitle(tr("Customer care"));
    m_contestTile->setTitle(tr("Contest leaderboard"));
    m_attainmentTile->setOpenText(tr("Targets ›"));
    m_funnelTile->setOpenText(tr("Funnel ›"));
    m_collectionsTile->setOpenText(tr("Customers ›"));
    m_stalledTile->setOpenText(tr("Funnel ›"));
    m_careTile->setOpenText(tr("Customers ›"));
    m_contestTile->setOpenText(tr("Incentives ›"));
    m_revenueHeader->setText(tr("Revenue"));
    m_collectionHeader->setText(tr("Collections"));
    m_spanLabels[0]->setText(tr("Month to date"));
    m_spanLabels[1]->setText(tr("Quarter to date"));
    m_spanLabels[2]->setText(tr("Year to date"));
}

} // namespace sd::app
