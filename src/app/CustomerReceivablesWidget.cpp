#include "app/CustomerReceivablesWidget.h"

#include "app/CustomerReceivablesTable.h"

#include "app/BackgroundTask.h"
#include "app/DatasetCache.h"
#include "app/DialogHooks.h"
#include "app/Formatting.h"
#include "app/WorkerThreads.h"
#include "app/WorkspaceDocument.h"
#include "io/ReceivablesExport.h"
#include "storage/SqlOrgRepository.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>

namespace sd::app {

namespace {

constexpr unsigned kParts = storage::PartOrg | storage::PartCustomers | storage::PartOrders | storage::PartPayments;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

Date toDate(const QDate& d)
{
    return Date::fromYmd(d.year(), d.month(), d.day());
}

QString amount(std::int64_t cents)
{
    return Formatting::amount(Money::fromCents(cents));
}

QString percent(const std::optional<Rational>& r)
{
    if (!r)
        return CustomerReceivablesWidget::tr("not applicable");
    return QString::fromStdString((*r * Rational(100)).toFixed(1)) + QLatin1Char('%');
}

QTableView* tableView(const QString& objectName)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(new CustomerReceivablesTable(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

CustomerReceivablesTable* modelOf(QTableView* view)
{
    return static_cast<CustomerReceivablesTable*>(view->model());
}

QLabel* title(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

const QColor kRed(0xb4, 0x23, 0x18);

QVariant right(int role)
{
    return role == Qt::TextAlignmentRole ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
}

} // namespace

// One loaded dataset with its index, kept while the dataset is current.
struct CustomerReceivablesWidget::Loaded
{
    std::shared_ptr<const Dataset> data;
    std::shared_ptr<const DatasetIndex> index;
    std::shared_ptr<const WorkspaceSettings> settings;
};

// One computed report; its receivables point into `loaded`.
struct CustomerReceivablesWidget::Result
{
    std::shared_ptr<const Loaded> loaded;
    std::optional<OwnerRef> owner;
    ReceivablesReport report;
};

CustomerReceivablesWidget::CustomerReceivablesWidget(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("receivablesWidget"));
    m_ownerLabel = new QLabel;
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("receivablesOwnerCombo"));
    m_owner->setMinimumContentsLength(18);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_asOfLabel = new QLabel;
    m_asOf = new QDateEdit(QDate::currentDate());
    m_asOf->setObjectName(QStringLiteral("receivablesAsOfEdit"));
    m_asOf->setCalendarPopup(true);
    m_groupLabel = new QLabel;
    m_grouping = new QComboBox;
    m_grouping->setObjectName(QStringLiteral("agingGroupingCombo"));
    for (int i = 0; i < 3; ++i)
        m_grouping->addItem(QString());
    m_export = new QPushButton;
    m_export->setObjectName(QStringLiteral("exportReceivablesButton"));
    m_export->setEnabled(false);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_ownerLabel);
    controls->addWidget(m_owner);
    controls->addSpacing(8);
    controls->addWidget(m_asOfLabel);
    controls->addWidget(m_asOf);
    controls->addSpacing(8);
    controls->addWidget(m_groupLabel);
    controls->addWidget(m_grouping);
    controls->addStretch(1);
    controls->addWidget(m_export);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("receivablesSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_agingTitle = title(QStringLiteral("agingTitleLabel"));
    auto* aging = tableView(QStringLiteral("agingTableView"));
    m_overdueTitle = title(QStringLiteral("overdueTitleLabel"));
    auto* overdue = tableView(QStringLiteral("overdueTableView"));
    m_riskTitle = title(QStringLiteral("creditRiskTitleLabel"));
    auto* risk = tableView(QStringLiteral("creditRiskTableView"));

    auto* agingPane = new QWidget;
    auto* agingLayout = new QVBoxLayout(agingPane);
    agingLayout->setContentsMargins(0, 0, 0, 0);
    agingLayout->addWidget(m_agingTitle);
    agingLayout->addWidget(aging, 1);
    auto* overduePane = new QWidget;
    auto* overdueLayout = new QVBoxLayout(overduePane);
    overdueLayout->setContentsMargins(0, 0, 0, 0);
    overdueLayout->addWidget(m_overdueTitle);
    overdueLayout->addWidget(overdue, 1);
    auto* riskPane = new QWidget;
    auto* riskLayout = new QVBoxLayout(riskPane);
    riskLayout->setContentsMargins(0, 0, 0, 0);
    riskLayout->addWidget(m_riskTitle);
    riskLayout->addWidget(risk, 1);
    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(overduePane);
    bottom->addWidget(riskPane);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("receivablesSplitter"));
    split->addWidget(agingPane);
    split->addWidget(bottom);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, [this] {
        m_result.reset();
        ++m_generation;
        refresh();
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        m_result.reset();
        ++m_generation;
        refresh();
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] { showAging(); });
    connect(overdue, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_result && index.row() < int(m_result->report.overdue.size()))
            Q_EMIT customerActivated(qs(m_result->report.overdue[std::size_t(index.row())].order->customerId));
    });
    connect(risk, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_result && index.row() < int(m_result->report.creditFlags.size()))
            Q_EMIT customerActivated(qs(m_result->report.creditFlags[std::size_t(index.row())].customerId));
    });
    connect(m_export, &QPushButton::clicked, this, &CustomerReceivablesWidget::exportClicked);
    connect(m_document->datasetCache(), &DatasetCache::datasetReady, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_document, &WorkspaceDocument::workspaceChanged, this, &CustomerReceivablesWidget::invalidate);
    connect(m_document, &WorkspaceDocument::dataChanged, this, &CustomerReceivablesWidget::invalidate);
    connect(m_document, &WorkspaceDocument::settingsChanged, this, &CustomerReceivablesWidget::invalidate);
    retranslateUi();
}

CustomerReceivablesWidget::~CustomerReceivablesWidget() = default;

const ReceivablesReport* CustomerReceivablesWidget::report() const
{
    return m_result ? &m_result->report : nullptr;
}

void CustomerReceivablesWidget::invalidate()
{
    m_loaded.reset();
    m_result.reset();
    ++m_generation;
    showReport();
    if (isVisible())
        refresh();
}

void CustomerReceivablesWidget::setAsOf(const QDate& date)
{
    m_asOf->setDate(date);
}

bool CustomerReceivablesWidget::setOwner(const QString& owner)
{
    const int i = m_owner->findData(owner);
    if (i < 0)
        return false;
    m_owner->setCurrentIndex(i);
    return true;
}

void CustomerReceivablesWidget::setGrouping(Grouping grouping)
{
    m_grouping->setCurrentIndex(int(grouping));
}

void CustomerReceivablesWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_result)
        refresh();
}

void CustomerReceivablesWidget::refresh()
{
    if (!m_document->isOpen() || m_result)
        return;
    if (!m_document->datasetCache()->dataset(kParts)) {
        const QString error = m_document->datasetCache()->lastError();
        m_summary->setText(error.isEmpty() ? tr("Loading the workspace…") : error.toHtmlEscaped());
        return;
    }
    compute();
}

void CustomerReceivablesWidget::compute()
{
    if (m_computing) {
        m_again = true;
        return;
    }
    auto data = m_document->datasetCache()->dataset(kParts);
    if (!data)
        return;
    m_computing = true;
    m_summary->setText(tr("Calculating…"));
    std::shared_ptr<const Loaded> loaded = m_loaded && m_loaded->data == data ? m_loaded : nullptr;
    auto settings = std::make_shared<const WorkspaceSettings>(m_document->settings());
    const auto owner = OwnerRef::parse(m_owner->currentData().toString().toStdString());
    const Date asOf = toDate(m_asOf->date());
    const quint64 generation = m_generation;
    QPointer<CustomerReceivablesWidget> self(this);
    QThread* thread = QThread::create([self, data, loaded, settings, owner, asOf, generation] {
        std::shared_ptr<Result> result;
        QString error;
        try {
            result = std::make_shared<Result>();
            if (loaded) {
                result->loaded = loaded;
            } else {
                auto fresh = std::make_shared<Loaded>();
                fresh->data = data;
                fresh->settings = settings;
                fresh->index = std::make_shared<const DatasetIndex>(*data);
                result->loaded = fresh;
            }
            result->owner = owner;
            const ReceivablesEngine engine(*result->loaded->index, *result->loaded->settings);
            result->report = engine.report(asOf, owner);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
            result.reset();
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, result, error] {
                if (self)
                    self->finish(generation, result, error);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    startWorker(this, thread); // waited for if the panel goes first
}

void CustomerReceivablesWidget::finish(quint64 generation, std::shared_ptr<const Result> result, const QString& error)
{
    m_computing = false;
    if (result && (!m_loaded || m_loaded != result->loaded)) {
        m_loaded = result->loaded;
        fillOwners();
    }
    if (m_again || generation != m_generation) {
        m_again = false;
        refresh();
        return;
    }
    if (!error.isEmpty()) {
        spdlog::error("receivables: {}", error.toStdString());
        m_summary->setText(error.toHtmlEscaped());
        return;
    }
    m_result = std::move(result);
    showReport();
    Q_EMIT reportReady();
}

void CustomerReceivablesWidget::fillOwners()
{
    const QString current = m_owner->currentData().toString();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Company"), QString());
    std::map<std::string, Date> inactive;
    try {
        if (m_document->isOpen())
            inactive = storage::SqlOrgRepository(*m_document->workspace()).inactiveUnits();
    } catch (const std::exception& e) {
        spdlog::warn("receivables: reading the unit status: {}", e.what());
    }
    const DatasetIndex& idx = *m_loaded->index;
    std::function<void(const OrgUnit*, int)> add = [&](const OrgUnit* u, int depth) {
        if (inactive.count(u->id))
            return;
        if (u->kind != OrgKind::Company)
            m_owner->addItem(QString(depth * 2, QLatin1Char(' ')) + qs(u->name), qs("unit:" + u->id));
        for (const OrgUnit* c : idx.childUnits(u->id))
            add(c, depth + 1);
    };
    if (idx.root())
        add(idx.root(), 0);
    std::vector<const Rep*> reps;
    for (const Rep& r : m_loaded->data->reps)
        reps.push_back(&r);
    std::sort(reps.begin(), reps.end(), [](const Rep* a, const Rep* b) {
        return std::tie(a->name, a->id) < std::tie(b->name, b->id);
    });
    for (const Rep* r : reps)
        m_owner->addItem(QStringLiteral("%1 (%2)").arg(qs(r->name), qs(r->id)), qs("rep:" + r->id));
    const int i = m_owner->findData(current);
    m_owner->setCurrentIndex(i < 0 ? 0 : i);
}

void CustomerReceivablesWidget::showReport()
{
    auto* overdueView = findChild<QTableView*>(QStringLiteral("overdueTableView"));
    auto* riskView = findChild<QTableView*>(QStringLiteral("creditRiskTableView"));
    m_export->setEnabled(m_result != nullptr);
    if (!m_result) {
        modelOf(overdueView)->reset(0, {}, {});
        modelOf(riskView)->reset(0, {}, {});
        showAging();
        return;
    }
    const ReceivablesReport& r = m_result->report;
    const QString currency = qs(m_document->settings().currency);
    std::int64_t overdueCents = 0;
    for (const Receivable& x : r.overdue)
        overdueCents += x.balanceCents;
    const CollectionRate& rate = r.collectionRate;
    m_summary->setText(
        tr("<b>Receivables %1</b> as of %2 · overdue %3 (%4 orders) · more than 90 days %5 · "
           "<b>collection rate of %6: %7</b> (collected %8 of %9 due) · credit-risk customers: %10")
            .arg(Formatting::money(Money::fromCents(r.total.total()), currency), Formatting::date(r.asOf),
                 Formatting::money(Money::fromCents(overdueCents), currency))
            .arg(r.overdue.size())
            .arg(Formatting::money(Money::fromCents(r.total.over90()), currency), qs(r.collectionPeriod.label()),
                 percent(rate.rate), Formatting::money(Money::fromCents(rate.collectedCents), currency),
                 Formatting::money(Money::fromCents(rate.dueCents), currency))
            .arg(r.creditFlags.size()));

    auto result = m_result;
    modelOf(overdueView)
        ->reset(int(r.overdue.size()),
                {tr("Order"), tr("Customer"), tr("Rep"), tr("Order date"), tr("Due date"), tr("Days past due"),
                 tr("Balance")},
                [result](int row, int column, int role) -> QVariant {
                    const DatasetIndex& idx = *result->loaded->index;
                    const Receivable& x = result->report.overdue[std::size_t(row)];
                    if (role == Qt::ForegroundRole)
                        return x.daysPastDue > 90 ? QVariant(kRed) : QVariant();
                    if (column >= 5)
                        if (QVariant a = right(role); a.isValid())
                            return a;
                    if (role != Qt::DisplayRole)
                        return {};
                    const Order& o = *x.order;
                    switch (column) {
                    case 0: return qs(o.id);
                    case 1: {
                        const Customer* c = idx.customer(o.customerId);
                        return c ? qs(c->name) : qs(o.customerId);
                    }
                    case 2: {
                        const Rep* rep = idx.rep(o.repId);
                        return rep ? qs(rep->name) : qs(o.repId);
                    }
                    case 3: return Formatting::date(o.orderDate);
                    case 4: return Formatting::date(x.dueDate);
                    case 5: return QLocale().toString(x.daysPastDue);
                    default: return amount(x.balanceCents);
                    }
                });
    modelOf(riskView)
        ->reset(int(r.creditFlags.size()),
                {tr("Customer"), tr("Balance"), tr("Credit limit"), tr("Over 90 days"), tr("Flags")},
                [result](int row, int column, int role) -> QVariant {
                    const CreditFlag& f = result->report.creditFlags[std::size_t(row)];
                    if (column >= 1 && column <= 3)
                        if (QVariant a = right(role); a.isValid())
                            return a;
                    if (role == Qt::ForegroundRole && column == 4)
                        return QVariant(kRed);
                    if (role != Qt::DisplayRole)
                        return {};
                    switch (column) {
                    case 0: return QStringLiteral("%1 (%2)").arg(qs(f.customerName), qs(f.customerId));
                    case 1: return amount(f.balanceCents);
                    case 2: return f.creditLimitCents ? amount(*f.creditLimitCents) : QString();
                    case 3: return f.over90Cents ? amount(f.over90Cents) : QString();
                    default: {
                        QStringList flags;
                        if (f.overCreditLimit)
                            flags << tr("over the credit limit");
                        if (f.overdue90)
                            flags << tr("more than 90 days past due");
                        return flags.join(QStringLiteral(", "));
                    }
                    }
                });
    m_overdueTitle->setText(tr("Overdue (%1)").arg(QLocale().toString(qlonglong(r.overdue.size()))));
    m_riskTitle->setText(tr("Credit-risk flags (%1)").arg(QLocale().toString(qlonglong(r.creditFlags.size()))));
    for (QTableView* view : {overdueView, riskView})
        view->resizeColumnsToContents();
    showAging();
}

void CustomerReceivablesWidget::showAging()
{
    auto* view = findChild<QTableView*>(QStringLiteral("agingTableView"));
    QStringList headers{m_grouping->currentIndex() == int(Grouping::Rep)    ? tr("Rep")
                        : m_grouping->currentIndex() == int(Grouping::Unit) ? tr("Org unit")
                                                                              : tr("Customer")};
    for (AgingBucket b : allAgingBuckets())
        headers << (b == AgingBucket::Current ? tr("Current") : qs(toCode(b)));
    headers << tr("Total");
    if (!m_result) {
        modelOf(view)->reset(0, headers, {});
        return;
    }
    auto result = m_result;
    const int grouping = m_grouping->currentIndex();
    const std::vector<AgingGroup>* groups = grouping == int(Grouping::Rep)    ? &result->report.reps
                                            : grouping == int(Grouping::Unit) ? &result->report.units
                                                                              : &result->report.customers;
    const QString totalText = tr("Total (%1)").arg(ownerLabel());
    // Row 0: the owner's total; then one row per group.
    modelOf(view)->reset(int(groups->size()) + 1, headers,
                         [result, groups, totalText](int row, int column, int role) -> QVariant {
                             const AgingTotals& a
                                 = row == 0 ? result->report.total : (*groups)[std::size_t(row - 1)].aging;
                             if (role == Qt::FontRole && row == 0) {
                                 QFont f;
                                 f.setBold(true);
                                 return f;
                             }
                             if (role == Qt::ForegroundRole && column > 0 && column <= int(kAgingBucketCount)
                                 && a.cents[std::size_t(column - 1)] != 0 && column >= 5)
                                 return QVariant(kRed);
                             if (column > 0)
                                 if (QVariant r = right(role); r.isValid())
                                     return r;
                             if (role != Qt::DisplayRole)
                                 return {};
                             if (column == 0) {
                                 if (row == 0)
                                     return totalText;
                                 const AgingGroup& g = (*groups)[std::size_t(row - 1)];
                                 return QStringLiteral("%1 (%2)").arg(qs(g.name), qs(g.id));
                             }
                             if (column <= int(kAgingBucketCount))
                                 return amount(a.cents[std::size_t(column - 1)]);
                             return amount(a.total());
                         });
    view->resizeColumnsToContents();
    // A long customer name must not push the bucket and total columns out of sight; it is elided instead.
    view->setColumnWidth(0, std::min(view->columnWidth(0), view->fontMetrics().averageCharWidth() * 34));
    m_agingTitle->setText(tr("Aging as of %1").arg(Formatting::date(result->report.asOf)));
}

QString CustomerReceivablesWidget::ownerLabel() const
{
    return m_owner->currentIndex() <= 0 ? tr("Company") : m_owner->currentText().trimmed();
}

std::optional<QString> CustomerReceivablesWidget::exportXlsx(const QString& path) const
{
    if (!m_result)
        return tr("Nothing to export yet.");
    try {
        io::writeReceivablesXlsx(m_result->report, ownerLabel().toStdString(), m_document->settings().currency,
                                 path.toStdString());
    } catch (const std::exception& e) {
        return tr("The receivables were not exported: %1").arg(QString::fromUtf8(e.what()));
    }
    return std::nullopt;
}

void CustomerReceivablesWidget::exportClicked()
{
    if (!m_result)
        return;
    const QString path = DialogHooks::saveFileName(this, tr("Export Receivables"), QString(),
                                                   tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    auto result = m_result;
    const std::string owner = ownerLabel().toStdString();
    const std::string currency = m_document->settings().currency;
    const auto error = BackgroundTask::run(this, tr("Export Receivables"), tr("Writing %1…").arg(path),
                                           [result, owner, currency, path](BackgroundTask::Context&) {
                                               io::writeReceivablesXlsx(result->report, owner, currency,
                                                                        path.toStdString());
                                           });
    if (error)
        DialogHooks::warning(this, tr("Export Receivables"), tr("The receivables were not exported: %1").arg(*error));
}

void CustomerReceivablesWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_loaded)
            fillOwners();
        showReport();
    }
    QWidget::changeEvent(event);
}

void CustomerReceivablesWidget::retranslateUi()
{
    m_ownerLabel->setText(tr("Owner:"));
    m_asOfLabel->setText(tr("As of:"));
    m_groupLabel->setText(tr("Aging per:"));
    m_grouping->setItemText(int(Grouping::Customer), tr("Customer"));
    m_grouping->setItemText(int(Grouping::Rep), tr("Rep"));
    m_grouping->setItemText(int(Grouping::Unit), tr("Org unit"));
    m_export->setText(tr("Export xlsx…"));
    m_agingTitle->setText(tr("Aging"));
    m_overdueTitle->setText(tr("Overdue"));
    m_riskTitle->setText(tr("Credit-risk flags"));
}

} // namespace sd::app
