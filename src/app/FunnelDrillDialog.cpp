#include "app/FunnelDrillDialog.h"

#include "app/DialogHooks.h"
#include "app/EditOpportunity.h"
#include "app/Formatting.h"
#include "app/FunnelViewData.h"
#include "app/LastChange.h"
#include "app/OpportunityEditDialog.h"
#include "app/StaleEditMessage.h"
#include "app/WorkspaceDocument.h"
#include "io/FunnelWeeklyExport.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/SqlOpportunityRepository.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

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

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

FunnelDrillDialog::FunnelDrillDialog(WorkspaceDocument* document, const QString& title,
                                     std::vector<const Opportunity*> deals, std::shared_ptr<const FunnelViewData> data,
                                     QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_deals(std::move(deals))
    , m_data(std::move(data))
    , m_countLabel(new QLabel)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_history(new QTableWidget(0, 6))
    , m_editButton(new QPushButton(tr("Edit…")))
{
    setObjectName(QStringLiteral("funnelDrillDialog"));
    setWindowTitle(title);
    resize(1000, 600);
    m_table->setObjectName(QStringLiteral("drillTable"));
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_editButton->setObjectName(QStringLiteral("editButton"));

    std::sort(m_deals.begin(), m_deals.end(), [](const Opportunity* a, const Opportunity* b) {
        return a->amount != b->amount ? a->amount > b->amount : a->id < b->id;
    });
    const int shown = int(std::min<size_t>(m_deals.size(), kMaxRows));
    m_countLabel->setText(shown < int(m_deals.size())
                              ? tr("%1 opportunities; the %2 largest are listed.").arg(m_deals.size()).arg(shown)
                              : tr("%n opportunity(s), largest amount first.", "", shown));

    m_table->setHorizontalHeaderLabels({tr("Id"), tr("Name"), tr("Customer"), tr("Owner"), tr("Stage now"),
                                        tr("Amount"), tr("Expected close"), tr("Created")});
    m_history->setHorizontalHeaderLabels(
        {tr("Date"), tr("Field"), tr("Old"), tr("New"), tr("By"), tr("Exit criteria skipped")});
    for (QTableWidget* t : {m_table, m_history}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_table->setRowCount(shown);
    for (int r = 0; r < shown; ++r)
        refreshRow(r, false);
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_editButton, QDialogButtonBox::ActionRole);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    auto* historyBox = new QWidget;
    auto* hl = new QVBoxLayout(historyBox);
    hl->setContentsMargins(0, 0, 0, 0);
    hl->addWidget(new QLabel(tr("Change history of the selected opportunity")));
    hl->addWidget(m_history);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_countLabel);
    layout->addWidget(split);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editButton, &QPushButton::clicked, this, [this] { editRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editRow(row); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &FunnelDrillDialog::showHistory);
    m_editButton->setEnabled(m_document && m_document->isOpen() && shown > 0);
    if (shown > 0)
        m_table->setCurrentCell(0, 0);
}

QStringList FunnelDrillDialog::ids() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out << m_table->item(r, IdColumn)->text();
    return out;
}

void FunnelDrillDialog::refreshRow(int row, bool fromDatabase)
{
    const Opportunity& o = *m_deals[size_t(row)];
    const QString currency = qs(m_document->settings().currency);
    QString customer = qs(o.customerId);
    QString owner = qs(o.ownerRepId);
    if (m_data && m_data->index) {
        if (const Customer* c = m_data->index->customer(o.customerId))
            customer = qs(c->name);
        if (const Rep* r = m_data->index->rep(o.ownerRepId))
            owner = qs(r->name);
    }
    QString stage = io::stageDisplayName(m_document->settings(), o.stage);
    Money amount = o.amount;
    std::optional<Date> close = o.expectedCloseOn;
    if (fromDatabase && m_document && m_document->isOpen()) {
        // The row as it is now (an edit made here changed it after the view was computed).
        if (auto now = storage::SqlOpportunityRepository(*m_document->workspace()).byId(o.id)) {
            stage = io::stageDisplayName(m_document->settings(), now->stage);
            amount = now->amount;
            close = now->expectedCloseOn;
        }
    }
    m_table->setItem(row, IdColumn, cell(qs(o.id)));
    m_table->setItem(row, NameColumn, cell(qs(o.name)));
    m_table->setItem(row, CustomerColumn, cell(customer));
    m_table->setItem(row, OwnerColumn, cell(owner));
    m_table->setItem(row, StageColumn, cell(stage));
    m_table->setItem(row, AmountColumn, cell(Formatting::money(amount, currency), true));
    m_table->setItem(row, CloseColumn, cell(Formatting::date(close)));
    m_table->setItem(row, CreatedColumn, cell(Formatting::date(o.createdOn)));
}

void FunnelDrillDialog::showHistory()
{
    m_history->setRowCount(0);
    const int row = m_table->currentRow();
    if (row < 0 || !m_document || !m_document->isOpen())
        return;
    const auto changes =
        storage::SqlFunnelChangeRepository(*m_document->workspace()).changesOf(m_deals[size_t(row)]->id);
    m_history->setRowCount(int(changes.size()));
    const QString currency = qs(m_document->settings().currency);
    auto value = [&](const OpportunityChange& c, const std::string& v) {
        if (c.field == ChangeField::Stage)
            return io::stageDisplayName(m_document->settings(), v);
        if (c.field == ChangeField::Amount && !v.empty())
            return Formatting::money(Money::fromCents(std::stoll(v)), currency);
        return qs(v);
    };
    for (int r = 0; r < int(changes.size()); ++r) {
        const OpportunityChange& c = changes[size_t(r)];
        m_history->setItem(r, 0, cell(Formatting::date(c.changedOn)));
        m_history->setItem(r, 1, cell(qs(std::string(toCode(c.field)))));
        m_history->setItem(r, 2, cell(value(c, c.oldValue)));
        m_history->setItem(r, 3, cell(value(c, c.newValue)));
        m_history->setItem(r, 4, cell(qs(c.changedBy)));
        m_history->setItem(r, 5, cell(c.criteriaSkipped ? tr("yes: %1").arg(qs(c.note)) : QString()));
    }
}

void FunnelDrillDialog::editRow(int row)
{
    if (row < 0 || row >= m_table->rowCount() || !m_document || !m_document->isOpen())
        return;
    try {
        storage::SqlOpportunityRepository opps(*m_document->workspace());
        const auto now = opps.byId(m_deals[size_t(row)]->id);
        if (!now)
            return;
        // The edit is based on the row as read here: a change saved by someone else while the dialog is open is
        // refused (StaleEdit) instead of being overwritten.
        const storage::VersionedRow versioned = storage::opportunityRow(now->id);
        const auto readVersion = storage::rowVersion(m_document->workspace()->database(), versioned);
        const auto categories = storage::SqlFunnelChangeRepository(*m_document->workspace()).forecastCategories();
        const auto it = categories.find(now->id);
        const QDate today = QDate::currentDate();
        OpportunityEditDialog dialog(*now, it == categories.end() ? ForecastCategory::Pipeline : it->second,
                                     m_document->settings(), Date::fromYmd(today.year(), today.month(), today.day()),
                                     this);
        dialog.setLastChange(LastChange::text(m_document, versioned));
        if (dialog.exec() != QDialog::Accepted || dialog.edits().empty())
            return;
        std::vector<storage::OpportunityEdit> edits = dialog.edits();
        for (storage::OpportunityEdit& e : edits)
            e.expectedVersion = readVersion;
        m_document->undoStack()->push(EditOpportunity::create(m_document, std::move(edits)));
    } catch (const storage::StaleEdit& e) {
        StaleEditMessage::show(this, e, tr("Edit opportunity"));
        refreshRow(row, true);
        return;
    } catch (const std::exception& e) {
        DialogHooks::warning(this, tr("Edit opportunity"), QString::fromUtf8(e.what()));
        return;
    }
    refreshRow(row, true);
    showHistory();
}

} // namespace sd::app
