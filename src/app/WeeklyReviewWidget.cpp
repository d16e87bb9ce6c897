#include "app/WeeklyReviewWidget.h"

#include "app/BackgroundTask.h"
#include "app/DialogHooks.h"
#include "app/Formatting.h"
#include "app/FunnelViewData.h"
#include "app/WorkspaceDocument.h"
#include "io/FunnelWeeklyExport.h"
#include "io/XlsxBook.h"

#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::app {

namespace {

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget* makeTable(const char* name, int columns)
{
    auto* t = new QTableWidget(0, columns);
    t->setObjectName(QString::fromLatin1(name));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

WeeklyReviewWidget::WeeklyReviewWidget(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_weekLabel(new QLabel)
    , m_weekEdit(new QDateEdit)
    , m_weekRange(new QLabel)
    , m_xlsxButton(new QPushButton)
    , m_pdfButton(new QPushButton)
    , m_categoriesLabel(new QLabel)
    , m_categories(makeTable("categoriesTable", 3))
    , m_bridgeLabel(new QLabel)
    , m_bridge(makeTable("bridgeTable", 3))
    , m_stalledLabel(new QLabel)
    , m_stalled(makeTable("stalledTable", 6))
    , m_moversLabel(new QLabel)
    , m_movers(makeTable("moversTable", 6))
{
    setObjectName(QStringLiteral("weeklyReviewWidget"));
    m_weekEdit->setObjectName(QStringLiteral("weekDateEdit"));
    m_weekEdit->setCalendarPopup(true);
    m_weekEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_xlsxButton->setObjectName(QStringLiteral("exportXlsxButton"));
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_weekLabel);
    bar->addWidget(m_weekEdit);
    bar->addWidget(m_weekRange, 1);
    bar->addWidget(m_xlsxButton);
    bar->addWidget(m_pdfButton);
    auto* grid = new QGridLayout;
    grid->addWidget(m_categoriesLabel, 0, 0);
    grid->addWidget(m_categories, 1, 0);
    grid->addWidget(m_bridgeLabel, 0, 1);
    grid->addWidget(m_bridge, 1, 1);
    grid->addWidget(m_stalledLabel, 2, 0);
    grid->addWidget(m_stalled, 3, 0);
    grid->addWidget(m_moversLabel, 2, 1);
    grid->addWidget(m_movers, 3, 1);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(3, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(grid, 1);

    connect(m_weekEdit, &QDateEdit::dateChanged, this, [this] { Q_EMIT weekChanged(); });
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] { exportWith(false); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportWith(true); });
    connect(m_categories, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (!m_data || !m_data->weekly || row < 0 || row >= int(kWeeklyCategories.size()))
            return;
        const WeeklyCategory c = kWeeklyCategories[size_t(row)];
        std::vector<const Opportunity*> deals;
        for (const WeeklyEntry& e : m_data->weekly->report.entries)
            if (e.category == c)
                deals.push_back(e.opportunity);
        Q_EMIT drillDown(io::weeklyCategoryName(c), deals);
    });
    connect(m_bridge, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (!m_data || !m_data->weekly || !m_data->weekly->bridge || row < 1 || row > int(kBridgeKinds.size()))
            return;
        const BridgeKind k = kBridgeKinds[size_t(row - 1)];
        std::vector<const Opportunity*> deals;
        for (const BridgeLine& l : m_data->weekly->bridge->lines)
            if (l.kind == k)
                deals.push_back(l.opportunity);
        Q_EMIT drillDown(io::bridgeKindName(k), deals);
    });
    retranslateUi();
}

WeeklyReviewWidget::~WeeklyReviewWidget() = default;

void WeeklyReviewWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WeeklyReviewWidget::retranslateUi()
{
    m_weekLabel->setText(tr("Week of:"));
    m_xlsxButton->setText(tr("Export xlsx…"));
    m_pdfButton->setText(tr("Export PDF…"));
    m_categoriesLabel->setText(tr("Categories (double-click for the deals)"));
    m_bridgeLabel->setText(tr("Pipeline bridge"));
    m_stalledLabel->setText(tr("Stalled deals"));
    m_moversLabel->setText(tr("Biggest movers"));
    m_categories->setHorizontalHeaderLabels({tr("Category"), tr("Count"), tr("Amount")});
    m_bridge->setHorizontalHeaderLabels({tr("Step"), tr("Count"), tr("Amount")});
    // The figures right after the deal, so they stay in sight in a half-width table; names last.
    m_stalled->setHorizontalHeaderLabels(
        {tr("Opportunity"), tr("Days in stage"), tr("Amount"), tr("Stage"), tr("Owner"), tr("Customer")});
    m_movers->setHorizontalHeaderLabels(
        {tr("Opportunity"), tr("Amount"), tr("Category"), tr("Move"), tr("Owner"), tr("Customer")});
    fill();
}

void WeeklyReviewWidget::setWeekDate(const QDate& date)
{
    m_weekEdit->setDate(date);
}

QDate WeeklyReviewWidget::weekDate() const
{
    return m_weekEdit->date();
}

void WeeklyReviewWidget::setData(std::shared_ptr<const FunnelViewData> data, const QString& ownerLabel)
{
    m_data = std::move(data);
    m_ownerLabel = ownerLabel;
    fill();
}

void WeeklyReviewWidget::fill()
{
    const bool ready = m_data && m_data->weekly;
    m_xlsxButton->setEnabled(ready);
    m_pdfButton->setEnabled(ready);
    if (!ready) {
        for (QTableWidget* t : {m_categories, m_bridge, m_stalled, m_movers})
            t->setRowCount(0);
        m_weekRange->clear();
        return;
    }
    const WeeklyReview& w = *m_data->weekly;
    const WorkspaceSettings& settings = m_document->settings();
    const QString currency = qs(settings.currency);
    m_weekRange->setText(tr("%1: %2 – %3, %4")
                             .arg(qs(Period::weekOf(w.report.end).label()), Formatting::date(w.report.monday),
                                  Formatting::date(w.report.end), m_ownerLabel));
    m_categories->setRowCount(int(kWeeklyCategories.size()));
    for (int r = 0; r < int(kWeeklyCategories.size()); ++r) {
        const WeeklyCategoryFigures& f = w.report.category(kWeeklyCategories[size_t(r)]);
        m_categories->setItem(r, 0, cell(io::weeklyCategoryName(kWeeklyCategories[size_t(r)])));
        m_categories->setItem(r, 1, cell(QLocale().toString(qlonglong(f.count)), true));
        m_categories->setItem(r, 2, cell(Formatting::money(f.amount, currency), true));
    }
    m_bridge->setRowCount(0);
    if (w.bridge) {
        const PipelineBridge& b = *w.bridge;
        m_bridgeLabel->setText(tr("Pipeline bridge (open, expected to close by %1)").arg(Formatting::date(b.periodLast)));
        m_bridge->setRowCount(int(kBridgeKinds.size()) + 2);
        m_bridge->setItem(0, 0, cell(tr("Start (%1)").arg(Formatting::date(b.start))));
        m_bridge->setItem(0, 1, cell(QLocale().toString(qlonglong(b.startCount)), true));
        m_bridge->setItem(0, 2, cell(Formatting::money(b.startAmount, currency), true));
        for (int i = 0; i < int(kBridgeKinds.size()); ++i) {
            const BridgeKind k = kBridgeKinds[size_t(i)];
            const bool minus = k == BridgeKind::Decreased || k == BridgeKind::PushedOut || k == BridgeKind::Won
                               || k == BridgeKind::Lost;
            m_bridge->setItem(i + 1, 0, cell(io::bridgeKindName(k)));
            m_bridge->setItem(i + 1, 1, cell(QLocale().toString(qlonglong(b.step(k).count)), true));
            m_bridge->setItem(i + 1, 2,
                              cell(Formatting::money(minus ? -b.step(k).amount : b.step(k).amount, currency), true));
        }
        const int last = int(kBridgeKinds.size()) + 1;
        m_bridge->setItem(last, 0, cell(tr("End (%1)").arg(Formatting::date(b.end))));
        m_bridge->setItem(last, 1, cell(QLocale().toString(qlonglong(b.endCount)), true));
        m_bridge->setItem(last, 2, cell(Formatting::money(b.endAmount, currency), true));
    }
    auto fillLines = [&](QTableWidget* t, const std::vector<WeeklyReviewLine>& lines, bool stalled) {
        t->setRowCount(int(lines.size()));
        for (int r = 0; r < int(lines.size()); ++r) {
            const WeeklyReviewLine& l = lines[size_t(r)];
            t->setItem(r, 0, cell(qs(l.opportunity->id + " · " + l.opportunity->name)));
            const QString amount = Formatting::money(l.opportunity->amount, currency);
            if (stalled) {
                t->setItem(r, 1, cell(QLocale().toString(qlonglong(l.daysInStage)), true));
                t->setItem(r, 2, cell(amount, true));
                t->setItem(r, 3, cell(io::stageDisplayName(settings, l.toStage)));
            } else {
                t->setItem(r, 1, cell(amount, true));
                t->setItem(r, 2, cell(io::weeklyCategoryName(l.category)));
                t->setItem(r, 3, cell(tr("%1 → %2").arg(l.fromStage.empty() ? tr("(new)")
                                                                             : io::stageDisplayName(settings, l.fromStage),
                                                         io::stageDisplayName(settings, l.toStage))));
            }
            t->setItem(r, 4, cell(qs(l.ownerName)));
            t->setItem(r, 5, cell(qs(l.customerName)));
        }
    };
    fillLines(m_stalled, w.stalled, true);
    fillLines(m_movers, w.movers, false);
    for (QTableWidget* t : {m_stalled, m_movers}) {
        // Long deal names would push the figures out of sight: the name columns get a fixed share.
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
        t->setColumnWidth(0, 170);
        for (int r = 0; r < t->rowCount(); ++r) {
            t->item(r, 0)->setToolTip(t->item(r, 0)->text());
            t->item(r, 5)->setToolTip(t->item(r, 5)->text());
        }
    }
}

QString WeeklyReviewWidget::runExport(bool pdf, const QString& path)
{
    if (!m_data || !m_data->weekly)
        return tr("The weekly review is not computed yet.");
    const auto data = m_data;
    const WorkspaceSettings settings = m_document->settings();
    io::WeeklyExportHeader header;
    header.weekLabel = Period::weekOf(data->weekly->report.end).label();
    header.ownerLabel = m_ownerLabel.toStdString();
    header.currency = settings.currency;
    const auto error = BackgroundTask::run(this, pdf ? tr("Export PDF") : tr("Export xlsx"),
                                           tr("Writing the weekly review…"), [=](BackgroundTask::Context&) {
                                               if (pdf)
                                                   io::writeWeeklyReviewPdf(*data->weekly, settings, header, path);
                                               else
                                                   io::writeWeeklyReviewXlsx(*data->weekly, settings, header,
                                                                             path.toStdString());
                                           });
    return error.value_or(QString());
}

QString WeeklyReviewWidget::exportXlsx(const QString& path)
{
    return runExport(false, path);
}

QString WeeklyReviewWidget::exportPdf(const QString& path)
{
    return runExport(true, path);
}

void WeeklyReviewWidget::exportWith(bool pdf)
{
    if (!m_data || !m_data->weekly)
        return;
    const QString week = qs(Period::weekOf(m_data->weekly->report.end).label());
    const QString path = DialogHooks::saveFileName(
        this, pdf ? tr("Export the weekly review as PDF") : tr("Export the weekly review as xlsx"),
        tr("weekly-review-%1").arg(week) + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".xlsx")),
        pdf ? tr("PDF (*.pdf)") : tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString error = runExport(pdf, path);
    if (!error.isEmpty())
        DialogHooks::warning(this, tr("Export"), tr("%1 was not written: %2").arg(path, error));
}

} // namespace sd::app
