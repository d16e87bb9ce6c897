#include "app/FunnelPanel.h"

#include "app/DatasetCache.h"
#include "app/FunnelDrillDialog.h"
#include "app/FunnelForecastWidget.h"
#include "app/FunnelOverviewWidget.h"
#include "app/FunnelViewData.h"
#include "app/WeeklyReviewWidget.h"
#include "app/WorkerThreads.h"
#include "app/WorkspaceDocument.h"
#include "domain/Period.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

constexpr unsigned kParts = storage::PartOrg | storage::PartCustomers | storage::PartOpportunities;
// Coverage also needs the revenue actual (orders) and the target: asked once the funnel itself is shown, so the large
// workspace's funnel does not wait for its 1.5 million orders.
constexpr unsigned kCoverageParts = kParts | storage::PartOrders | storage::PartTargets;

QDate toQDate(Date d)
{
    return QDate(d.year(), d.month(), d.day());
}

Date fromQDate(const QDate& d)
{
    return Date::fromYmd(d.year(), d.month(), d.day());
}

QDateEdit* dateEdit(const char* name)
{
    auto* e = new QDateEdit;
    e->setObjectName(QString::fromLatin1(name));
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}

} // namespace

FunnelPanel::FunnelPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_ownerLabel(new QLabel)
    , m_ownerCombo(new QComboBox)
    , m_fromLabel(new QLabel)
    , m_fromEdit(dateEdit("fromDateEdit"))
    , m_toLabel(new QLabel)
    , m_toEdit(dateEdit("toDateEdit"))
    , m_asOfLabel(new QLabel)
    , m_asOfEdit(dateEdit("asOfDateEdit"))
    , m_statusLabel(new QLabel)
    , m_tabs(new QTabWidget)
    , m_overview(new FunnelOverviewWidget(document))
    , m_weekly(new WeeklyReviewWidget(document))
    , m_forecast(new FunnelForecastWidget(document))
    , m_computeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("funnelPanel"));
    m_ownerCombo->setObjectName(QStringLiteral("ownerCombo"));
    m_ownerCombo->setMinimumContentsLength(18);
    m_ownerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statusLabel->setObjectName(QStringLiteral("funnelStatusLabel"));
    // A long error must not widen the window: the label shrinks and keeps the whole text in its tooltip.
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statusLabel->setMinimumWidth(120);
    m_tabs->setObjectName(QStringLiteral("funnelTabs"));
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_weekly, QString());
    m_tabs->addTab(m_forecast, QString());
    // The last tab shown comes back at the next start, like the last section.
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("funnel/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("funnel/tab"), index); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_ownerLabel);
    bar->addWidget(m_ownerCombo);
    bar->addSpacing(12);
    bar->addWidget(m_fromLabel);
    bar->addWidget(m_fromEdit);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_toEdit);
    bar->addSpacing(12);
    bar->addWidget(m_asOfLabel);
    bar->addWidget(m_asOfEdit);
    bar->addSpacing(12);
    bar->addWidget(m_statusLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    // Until the data tells its latest date, today.
    for (QDateEdit* e : {m_fromEdit, m_toEdit, m_asOfEdit})
        e->setDate(QDate::currentDate());
    m_weekly->setWeekDate(QDate::currentDate());
    m_computeTimer->setSingleShot(true);
    m_computeTimer->setInterval(150);
    connect(m_computeTimer, &QTimer::timeout, this, &FunnelPanel::compute);
    for (QDateEdit* e : {m_fromEdit, m_toEdit, m_asOfEdit})
        connect(e, &QDateEdit::dateChanged, this, &FunnelPanel::scheduleCompute);
    connect(m_ownerCombo, &QComboBox::currentIndexChanged, this, &FunnelPanel::scheduleCompute);
    connect(m_weekly, &WeeklyReviewWidget::weekChanged, this, &FunnelPanel::scheduleCompute);
    connect(m_overview, &FunnelOverviewWidget::drillDown, this, &FunnelPanel::openDrill);
    connect(m_weekly, &WeeklyReviewWidget::drillDown, this, &FunnelPanel::openDrill);
    connect(m_forecast, &FunnelForecastWidget::drillDown, this, &FunnelPanel::openDrill);

    DatasetCache* cache = m_document->datasetCache();
    connect(cache, &DatasetCache::datasetReady, this, &FunnelPanel::datasetArrived);
    connect(cache, &DatasetCache::loadFailed, this, [this](const QString& message) {
        m_statusLabel->setText(tr("Cannot load the workspace: %1").arg(message));
    });
    connect(m_document, &WorkspaceDocument::workspaceChanged, this, [this] {
        m_datesSet = false;
        {
            const QSignalBlocker block(m_ownerCombo);
            m_ownerCombo->clear();
        }
        m_dataset.reset();
        m_index.reset();
        datasetArrived();
    });
    connect(m_document, &WorkspaceDocument::dataChanged, this, &FunnelPanel::datasetArrived);
    connect(m_document, &WorkspaceDocument::settingsChanged, this, &FunnelPanel::scheduleCompute);
    retranslateUi();
    datasetArrived();
}

FunnelPanel::~FunnelPanel() = default;

void FunnelPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FunnelPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_refreshWhenShown || (!m_data && !m_computing)) {
        m_refreshWhenShown = false;
        datasetArrived();
    }
}

void FunnelPanel::retranslateUi()
{
    m_ownerLabel->setText(tr("Owner:"));
    m_fromLabel->setText(tr("Window from:"));
    m_toLabel->setText(tr("to:"));
    m_asOfLabel->setText(tr("As of:"));
    m_tabs->setTabText(0, tr("Funnel"));
    m_tabs->setTabText(1, tr("Weekly review"));
    m_tabs->setTabText(2, tr("Forecast"));
    if (m_document->isOpen() && !m_dataset)
        m_statusLabel->setText(tr("Loading…"));
}

void FunnelPanel::datasetArrived()
{
    if (!m_document->isOpen())
        return;
    // Hidden, the panel neither asks for rows nor computes: at start-up on a large workspace that would load the
    // funnel's parts before the dashboard's and compute a view nobody sees while the dashboard waits.
    if (!isVisible()) {
        m_refreshWhenShown = true;
        return;
    }
    auto data = m_document->datasetCache()->dataset(kParts);
    if (!data) {
        m_statusLabel->setText(tr("Loading…"));
        return;
    }
    const auto full = m_document->datasetCache()->dataset(kCoverageParts);
    m_withCoverage = full != nullptr;
    if (full)
        data = full;
    if (data != m_dataset) {
        m_dataset = data;
        m_index.reset();
        if (!m_datesSet) {
            const QDate today = QDate::currentDate();
            const Date latest = latestDataDate(*data).value_or(fromQDate(today));
            const FiscalCalendar cal = m_document->settings().calendar();
            const QSignalBlocker b1(m_fromEdit), b2(m_toEdit), b3(m_asOfEdit), b4(m_weekly);
            m_asOfEdit->setDate(toQDate(latest));
            m_toEdit->setDate(toQDate(latest));
            m_fromEdit->setDate(toQDate(cal.yearStart(cal.fiscalYearOf(latest))));
            m_weekly->setWeekDate(toQDate(latest));
            m_datesSet = true;
        }
        m_ownersFilled = false; // filled from the index the worker builds (not on the GUI thread)
    }
    scheduleCompute();
}

// The org tree, depth first: company, regions, teams (indented), each team's reps under it.
void FunnelPanel::fillOwners()
{
    const QString previous = m_ownerCombo->currentData().toString();
    const QSignalBlocker block(m_ownerCombo);
    m_ownerCombo->clear();
    if (!m_index)
        return;
    const DatasetIndex& idx = *m_index;
    std::function<void(const OrgUnit&, int)> addUnit = [&](const OrgUnit& u, int depth) {
        const QString indent(depth * 3, QLatin1Char(' '));
        m_ownerCombo->addItem(QString(indent + QString::fromStdString(u.name)),
                              QString(QStringLiteral("unit:") + QString::fromStdString(u.id)));
        for (const OrgUnit* child : idx.childUnits(u.id))
            addUnit(*child, depth + 1);
        for (const Rep* r : idx.repsDirectlyIn(u.id))
            m_ownerCombo->addItem(QString(QString((depth + 1) * 3, QLatin1Char(' ')) + QStringLiteral("· ")
                                          + QString::fromStdString(r->name)),
                                  QString(QStringLiteral("rep:") + QString::fromStdString(r->id)));
    };
    if (idx.root())
        addUnit(*idx.root(), 0);
    const int again = m_ownerCombo->findData(previous);
    m_ownerCombo->setCurrentIndex(again >= 0 ? again : 0);
}

bool FunnelPanel::setOwner(const QString& owner)
{
    const int i = m_ownerCombo->findData(owner);
    if (i < 0)
        return false;
    m_ownerCombo->setCurrentIndex(i);
    return true;
}

void FunnelPanel::scheduleCompute()
{
    m_computeTimer->start();
}

void FunnelPanel::compute()
{
    if (!m_dataset || !m_document->isOpen())
        return;
    if (!isVisible()) {
        m_refreshWhenShown = true;
        return;
    }
    // Before the owner list is first filled (the first computation of a workspace) the company is the owner.
    const auto owner = m_ownerCombo->count() > 0 ? OwnerRef::parse(m_ownerCombo->currentData().toString().toStdString())
                                                 : std::optional<OwnerRef>(OwnerRef{OwnerKind::Unit, std::string()});
    if (!owner)
        return;
    FunnelQuery query;
    query.owner = *owner;
    query.window = DateWindow{fromQDate(m_fromEdit->date()), fromQDate(m_toEdit->date())};
    query.asOf = fromQDate(m_asOfEdit->date());
    if (query.window.to < query.window.from) {
        m_statusLabel->setText(tr("Window: the start date is after the end date."));
        return;
    }
    int isoYear = 0, week = 0;
    fromQDate(m_weekly->weekDate()).isoWeek(isoYear, week);
    query.isoYear = isoYear;
    query.isoWeek = week;
    query.withCoverage = m_withCoverage;

    const quint64 generation = ++m_generation;
    m_computing = true;
    m_statusLabel->setText(tr("Computing…"));
    QPointer<FunnelPanel> self(this);
    const auto dataset = m_dataset;
    const auto index = m_index;
    const WorkspaceSettings settings = m_document->settings();
    const QString path = m_document->path();
    QThread* thread = QThread::create([self, generation, dataset, index, settings, path, query]() mutable {
        std::shared_ptr<const FunnelViewData> result;
        QString error;
        try {
            auto idx = index ? index : std::make_shared<const DatasetIndex>(*dataset);
            if (query.owner.id.empty()) {
                if (!idx->root())
                    throw std::runtime_error(tr("the workspace has no organisation yet").toStdString());
                query.owner.id = idx->root()->id;
            }
            std::vector<OpportunityChange> changes;
            std::map<std::string, ForecastCategory> categories;
            {
                storage::Workspace ws(path);
                const storage::SqlFunnelChangeRepository repo(ws);
                changes = repo.changes();
                categories = repo.forecastCategories();
            }
            result = std::make_shared<const FunnelViewData>(
                computeFunnelView(dataset, idx, settings, query, changes, categories));
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, result, error] {
                if (self)
                    self->finishCompute(generation, result, error);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    startWorker(this, thread); // waited for if the panel goes first
}

void FunnelPanel::finishCompute(quint64 generation, std::shared_ptr<const FunnelViewData> data, const QString& error)
{
    if (generation != m_generation)
        return;
    m_computing = false;
    if (!error.isEmpty()) {
        spdlog::error("funnel: {}", error.toStdString());
        m_statusLabel->setText(tr("Cannot compute the funnel: %1").arg(error));
        m_statusLabel->setToolTip(error);
        return;
    }
    if (data->dataset == m_dataset)
        m_index = data->index;
    m_data = std::move(data);
    if (!m_ownersFilled && m_index) {
        fillOwners();
        m_ownersFilled = true;
        if (m_ownerCombo->currentData().toString().toStdString() != m_data->query.owner.toString())
            scheduleCompute();
    }
    m_statusLabel->setText(tr("%n open", "", int(m_data->snapshot.openCount)));
    m_overview->setData(m_data);
    m_weekly->setData(m_data, m_ownerCombo->currentText().trimmed());
    m_forecast->setData(m_data);
    Q_EMIT viewUpdated();
}

void FunnelPanel::openDrill(const QString& title, const std::vector<const sd::Opportunity*>& deals)
{
    auto* dialog = new FunnelDrillDialog(m_document, title, deals, m_data, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace sd::app
