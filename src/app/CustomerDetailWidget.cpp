#include "app/CustomerDetailWidget.h"

#include "app/Formatting.h"
#include "app/LastChange.h"
#include "app/WorkspaceDocument.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::app {

namespace {

QTableWidget* makeTable(const char* name, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem* textItem(const QString& text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem* moneyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CustomerDetailWidget::CustomerDetailWidget(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_subtitleLabel(new QLabel(this))
    , m_profileLayout(new QFormLayout)
    , m_tabs(new QTabWidget(this))
    , m_opportunityTable(makeTable("opportunityTableWidget", this))
    , m_orderTable(makeTable("orderTableWidget", this))
    , m_paymentTable(makeTable("paymentTableWidget", this))
    , m_activityTable(makeTable("activityTableWidget", this))
    , m_contactTable(makeTable("contactTableWidget", this))
{
    setObjectName(QStringLiteral("customerDetailWidget"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    m_nameLabel->setObjectName(QStringLiteral("customerNameLabel"));
    m_nameLabel->setWordWrap(true);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_subtitleLabel->setObjectName(QStringLiteral("customerSubtitleLabel"));
    m_subtitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("customerDetailTabWidget"));
    m_tabs->addTab(m_opportunityTable, QString());
    m_tabs->addTab(m_orderTable, QString());
    m_tabs->addTab(m_paymentTable, QString());
    m_tabs->addTab(m_activityTable, QString());
    m_tabs->addTab(m_contactTable, QString());
    m_profileLayout->setLabelAlignment(Qt::AlignRight);

    auto* detailPage = new QWidget;
    auto* detailLayout = new QVBoxLayout(detailPage);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_nameLabel);
    detailLayout->addWidget(m_subtitleLabel);
    detailLayout->addSpacing(6);
    detailLayout->addLayout(m_profileLayout);
    detailLayout->addSpacing(6);
    detailLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(detailPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_stack);

    retranslateUi();
}

void CustomerDetailWidget::setDetails(std::optional<CustomerDetails> details)
{
    m_details = std::move(details);
    refresh();
}

QString CustomerDetailWidget::stageName(const std::string& code) const
{
    if (code == "won")
        return tr("Won");
    if (code == "lost")
        return tr("Lost");
    for (const StageDef& stage : m_document->settings().stages) {
        if (stage.code == code)
            return QString::fromStdString(stage.name);
    }
    return QString::fromStdString(code);
}

QString CustomerDetailWidget::activityKindName(ActivityKind kind) const
{
    switch (kind) {
    case ActivityKind::Visit:
        return tr("Visit");
    case ActivityKind::Call:
        return tr("Call");
    case ActivityKind::Meeting:
        return tr("Meeting");
    case ActivityKind::Demo:
        return tr("Demo");
    case ActivityKind::Email:
        return tr("Email");
    }
    return {};
}

void CustomerDetailWidget::refresh()
{
    if (!m_details) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const Customer& c = m_details->row.customer;
    const QLocale locale;
    const QString currency = QString::fromStdString(m_document->settings().currency);
    if (m_details->row.mergedInto)
        m_nameLabel->setText(tr("%1 (merged into %2)")
                                 .arg(QString::fromStdString(c.name), QString::fromStdString(*m_details->row.mergedInto)));
    else if (!m_details->row.active)
        m_nameLabel->setText(tr("%1 (inactive)").arg(QString::fromStdString(c.name)));
    else
        m_nameLabel->setText(QString::fromStdString(c.name));
    m_subtitleLabel->setText(
        tr("%1 · owner: %2")
            .arg(QString::fromStdString(c.id),
                 QString::fromStdString(m_details->row.ownerName.empty() ? c.ownerRepId : m_details->row.ownerName)));
    if (const QString last = LastChange::text(m_document, storage::customerRow(c.id)); !last.isEmpty())
        m_subtitleLabel->setText(m_subtitleLabel->text() + QStringLiteral(" · ") + last);

    // Money sums stay in exact cents.
    Money ordered;
    for (const Order& o : m_details->orders) {
        if (!o.cancelledOn)
            ordered += o.amount;
    }
    Money paid;
    for (const Payment& p : m_details->payments)
        paid += p.amount;

    while (m_profileLayout->rowCount() > 0)
        m_profileLayout->removeRow(0);
    const auto addRow = [this](const QString& label, const QString& value) {
        auto* valueLabel = new QLabel(value.isEmpty() ? QStringLiteral("—") : value);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_profileLayout->addRow(label, valueLabel);
    };
    addRow(tr("Industry:"), c.industry ? QString::fromStdString(*c.industry) : QString());
    addRow(tr("Customer since:"), Formatting::date(c.createdOn, locale));
    addRow(tr("Payment terms:"), tr("%n day(s)", nullptr, c.paymentTermsDays));
    addRow(tr("Credit limit:"), c.creditLimit ? Formatting::money(*c.creditLimit, currency, locale) : QString());
    if (c.foundedOn)
        addRow(tr("Founded:"), Formatting::date(c.foundedOn, locale));
    if (c.birthday)
        addRow(tr("Birthday:"), Formatting::date(c.birthday, locale));
    addRow(tr("Ordered (not cancelled):"), Formatting::money(ordered, currency, locale));
    addRow(tr("Paid:"), Formatting::money(paid, currency, locale));

    fillOpportunities();
    fillOrders();
    fillPayments();
    fillActivities();
    fillContacts();
    m_tabs->setTabText(0, tr("Opportunities (%1)").arg(m_details->opportunities.size()));
    m_tabs->setTabText(1, tr("Orders (%1)").arg(m_details->orders.size()));
    m_tabs->setTabText(2, tr("Payments (%1)").arg(m_details->payments.size()));
    m_tabs->setTabText(3, tr("Activities (%1)").arg(m_details->activities.size()));
    m_tabs->setTabText(4, tr("Contacts (%1)").arg(m_details->contacts.size()));
}

void CustomerDetailWidget::fillContacts()
{
    const QLocale locale;
    QTableWidget* t = m_contactTable;
    t->clear();
    t->setColumnCount(5);
    t->setHorizontalHeaderLabels({tr("Name"), tr("Title"), tr("Phone"), tr("E-mail"), tr("Birthday")});
    t->setRowCount(int(m_details->contacts.size()));
    int row = 0;
    for (const storage::Contact& c : m_details->contacts) {
        auto* name = textItem(QString::fromStdString(c.name));
        name->setData(Qt::UserRole, QString::fromStdString(c.id));
        t->setItem(row, 0, name);
        t->setItem(row, 1, textItem(QString::fromStdString(c.title.value_or(""))));
        t->setItem(row, 2, textItem(QString::fromStdString(c.phone.value_or(""))));
        t->setItem(row, 3, textItem(QString::fromStdString(c.email.value_or(""))));
        t->setItem(row, 4, textItem(Formatting::date(c.birthday, locale)));
        ++row;
    }
    t->resizeColumnsToContents();
}

std::optional<std::string> CustomerDetailWidget::currentContactId() const
{
    const int row = m_contactTable->currentRow();
    if (!m_details || row < 0 || !m_contactTable->item(row, 0))
        return std::nullopt;
    return m_contactTable->item(row, 0)->data(Qt::UserRole).toString().toStdString();
}

void CustomerDetailWidget::fillOpportunities()
{
    const QLocale locale;
    const QString currency = QString::fromStdString(m_document->settings().currency);
    QTableWidget* t = m_opportunityTable;
    t->clear();
    t->setColumnCount(5);
    t->setHorizontalHeaderLabels({tr("Name"), tr("Stage"), tr("Amount"), tr("Created"), tr("Expected close")});
    t->setRowCount(int(m_details->opportunities.size()));
    int row = 0;
    for (const Opportunity& o : m_details->opportunities) {
        t->setItem(row, 0, textItem(QString::fromStdString(o.name)));
        t->setItem(row, 1, textItem(stageName(o.stage)));
        t->setItem(row, 2, moneyItem(Formatting::money(o.amount, currency, locale)));
        t->setItem(row, 3, textItem(Formatting::date(o.createdOn, locale)));
        t->setItem(row, 4, textItem(Formatting::date(o.expectedCloseOn, locale)));
        ++row;
    }
    t->resizeColumnsToContents();
    // The name takes what is left, so the amount stays in view.
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void CustomerDetailWidget::fillOrders()
{
    const QLocale locale;
    const QString currency = QString::fromStdString(m_document->settings().currency);
    QTableWidget* t = m_orderTable;
    t->clear();
    t->setColumnCount(6);
    t->setHorizontalHeaderLabels(
        {tr("Order"), tr("Date"), tr("Product"), tr("Amount"), tr("Gross profit"), tr("Cancelled")});
    t->setRowCount(int(m_details->orders.size()));
    int row = 0;
    for (const Order& o : m_details->orders) {
        t->setItem(row, 0, textItem(QString::fromStdString(o.id)));
        t->setItem(row, 1, textItem(Formatting::date(o.orderDate, locale)));
        t->setItem(row, 2, textItem(QString::fromStdString(o.productId)));
        t->setItem(row, 3, moneyItem(Formatting::money(o.amount, currency, locale)));
        t->setItem(row, 4, moneyItem(Formatting::money(o.grossProfit, currency, locale)));
        t->setItem(row, 5, textItem(Formatting::date(o.cancelledOn, locale)));
        ++row;
    }
    t->resizeColumnsToContents();
}

void CustomerDetailWidget::fillPayments()
{
    const QLocale locale;
    const QString currency = QString::fromStdString(m_document->settings().currency);
    QTableWidget* t = m_paymentTable;
    t->clear();
    t->setColumnCount(4);
    t->setHorizontalHeaderLabels({tr("Payment"), tr("Paid on"), tr("Order"), tr("Amount")});
    t->setRowCount(int(m_details->payments.size()));
    int row = 0;
    for (const Payment& p : m_details->payments) {
        t->setItem(row, 0, textItem(QString::fromStdString(p.id)));
        t->setItem(row, 1, textItem(Formatting::date(p.paidOn, locale)));
        t->setItem(row, 2, textItem(QString::fromStdString(p.orderId)));
        t->setItem(row, 3, moneyItem(Formatting::money(p.amount, currency, locale)));
        ++row;
    }
    t->resizeColumnsToContents();
}

void CustomerDetailWidget::fillActivities()
{
    const QLocale locale;
    QTableWidget* t = m_activityTable;
    t->clear();
    t->setColumnCount(4);
    t->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Rep"), tr("Note")});
    t->setRowCount(int(m_details->activities.size()));
    int row = 0;
    for (const Activity& a : m_details->activities) {
        t->setItem(row, 0, textItem(Formatting::date(a.date, locale)));
        t->setItem(row, 1, textItem(activityKindName(a.kind)));
        t->setItem(row, 2, textItem(QString::fromStdString(a.repId)));
        t->setItem(row, 3, textItem(a.note ? QString::fromStdString(*a.note) : QString()));
        ++row;
    }
    t->resizeColumnsToContents();
}

void CustomerDetailWidget::retranslateUi()
{
    m_emptyLabel->setText(tr("Select a customer to see its profile, opportunities, orders, payments, activities and contacts."));
    if (m_details) {
        refresh();
    } else {
        m_tabs->setTabText(0, tr("Opportunities"));
        m_tabs->setTabText(1, tr("Orders"));
        m_tabs->setTabText(2, tr("Payments"));
        m_tabs->setTabText(3, tr("Activities"));
        m_tabs->setTabText(4, tr("Contacts"));
    }
}

void CustomerDetailWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sd::app
