#include "app/CustomersPanel.h"

#include "app/CustomerDetailWidget.h"
#include "app/CustomerReceivablesWidget.h"
#include "app/CustomerDialogs.h"
#include "app/CustomerEdits.h"
#include "app/DialogHooks.h"
#include "app/CustomerTableModel.h"
#include "app/SectionInfo.h"
#include "app/SqlCustomerSource.h"
#include "app/WorkspaceDocument.h"
#include "storage/SqlOrgRepository.h"
#include "storage/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace sd::app {

CustomersPanel::CustomersPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new CustomerTableModel(this))
    , m_titleLabel(new QLabel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_tableView(new QTableView(this))
    , m_detail(new CustomerDetailWidget(document, this))
    , m_searchTimer(new QTimer(this))
    , m_edits(std::make_unique<CustomerEdits>(document))
    , m_toolBar(new QToolBar(this))
{
    setObjectName(QStringLiteral("customersPanel"));
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_searchEdit->setObjectName(QStringLiteral("customerSearchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(280);
    m_countLabel->setObjectName(QStringLiteral("customerCountLabel"));

    m_tableView->setObjectName(QStringLiteral("customerTableView"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->setVisible(false);
    // Fixed row heights and no ResizeToContents: the view then never asks for rows it does not show.
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 10);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setHighlightSections(false);
    m_tableView->setSortingEnabled(true);
    m_tableView->horizontalHeader()->setSortIndicator(CustomerTableModel::NameColumn, Qt::AscendingOrder);
    const int widths[] = {70, 210, 90, 90, 105, 95, 120};
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column)
        m_tableView->setColumnWidth(column, widths[column]);

    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &CustomersPanel::applySearchNow);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomersPanel::applySearchNow);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPanel::updateCountLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_detail->setDetails(std::nullopt);
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        m_detail->setDetails(std::nullopt);
        updateActions();
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPanel::showCurrentCustomer);
    connect(m_document, &WorkspaceDocument::workspaceChanged, this, &CustomersPanel::resetSource);
    connect(m_document, &WorkspaceDocument::dataChanged, this, &CustomersPanel::resetSource);
    connect(m_document, &WorkspaceDocument::settingsChanged, this, [this] {
        m_model->setCurrency(QString::fromStdString(m_document->settings().currency));
        showCurrentCustomer();
    });

    m_toolBar->setObjectName(QStringLiteral("customerToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto addAction = [this](const char* name, void (CustomersPanel::*slot)()) {
        QAction* action = m_toolBar->addAction(QString());
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = addAction("newCustomerAction", &CustomersPanel::newCustomer);
    m_editAction = addAction("editCustomerAction", &CustomersPanel::editCustomer);
    m_activeAction = addAction("toggleActiveAction", &CustomersPanel::toggleActive);
    m_mergeAction = addAction("mergeCustomerAction", &CustomersPanel::mergeCustomer);
    m_toolBar->addSeparator();
    m_activityAction = addAction("logActivityAction", &CustomersPanel::logActivity);
    m_paymentAction = addAction("recordPaymentAction", &CustomersPanel::recordPayment);
    m_toolBar->addSeparator();
    m_addContactAction = addAction("addContactAction", &CustomersPanel::addContact);
    m_editContactAction = addAction("editContactAction", &CustomersPanel::editContact);
    m_removeContactAction = addAction("removeContactAction", &CustomersPanel::removeContact);
    connect(m_tableView, &QTableView::doubleClicked, this, &CustomersPanel::editCustomer);

    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel);
    header->addSpacing(16);
    header->addWidget(m_searchEdit, 1);
    header->addSpacing(8);
    header->addWidget(m_countLabel);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("customerSplitter"));
    splitter->addWidget(m_tableView);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 420});
    splitter->setChildrenCollapsible(false);

    auto* customersPage = new QWidget;
    auto* layout = new QVBoxLayout(customersPage);
    layout->addLayout(header);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    // Receivables (aging, overdue, credit risk) on a second page; a double-click there shows the customer here.
    m_receivables = new CustomerReceivablesWidget(m_document);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("customersTabWidget"));
    m_tabs->addTab(customersPage, QString());
    m_tabs->addTab(m_receivables, QString());
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs, 1);
    connect(m_receivables, &CustomerReceivablesWidget::customerActivated, this, [this](const QString& id) {
        m_tabs->setCurrentIndex(0);
        showCustomer(id.toStdString());
    });

    retranslateUi();
    resetSource();
}

CustomersPanel::~CustomersPanel()
{
    // The model holds the source, which holds a pointer to the workspace: let go of it first.
    m_model->setSource(nullptr);
}

void CustomersPanel::resetSource()
{
    const std::optional<std::string> keep = m_keepCustomer ? m_keepCustomer : currentCustomerId();
    m_keepCustomer.reset();
    m_model->setCurrency(QString::fromStdString(m_document->settings().currency));
    if (m_document->isOpen())
        m_source = std::make_shared<SqlCustomerSource>(m_document->workspace());
    else
        m_source.reset();
    m_model->setSource(m_source);
    m_searchEdit->setEnabled(m_document->isOpen());
    if (keep && m_source)
        showCustomer(*keep);
    updateActions();
}

void CustomersPanel::applySearchNow()
{
    m_searchTimer->stop();
    m_model->setSearch(m_searchEdit->text());
}

void CustomersPanel::updateCountLabel()
{
    const QLocale locale;
    if (!m_document->isOpen())
        m_countLabel->setText(tr("No workspace open"));
    else if (m_model->search().isEmpty())
        m_countLabel->setText(tr("%1 customers").arg(locale.toString(m_model->rowCount())));
    else
        m_countLabel->setText(tr("%1 found").arg(locale.toString(m_model->rowCount())));
}

void CustomersPanel::showCurrentCustomer()
{
    const CustomerListRow* row = m_model->customerFromIndex(m_tableView->currentIndex());
    if (!row || !m_source) {
        m_detail->setDetails(std::nullopt);
        updateActions();
        return;
    }
    try {
        m_detail->setDetails(m_source->details(row->customer.id));
    } catch (const std::exception& e) {
        spdlog::error("reading customer {}: {}", row->customer.id, e.what());
        m_detail->setDetails(std::nullopt);
    }
    updateActions();
}

std::optional<std::string> CustomersPanel::currentCustomerId() const
{
    if (!m_detail->details())
        return std::nullopt;
    return m_detail->details()->row.customer.id;
}

void CustomersPanel::showCustomer(const std::string& customerId)
{
    if (!m_source)
        return;
    try {
        m_detail->setDetails(m_source->details(customerId));
    } catch (const std::exception& e) {
        spdlog::error("reading customer {}: {}", customerId, e.what());
        m_detail->setDetails(std::nullopt);
    }
    const QModelIndex index = m_model->indexFromCustomer(customerId);
    if (index.isValid()) {
        const QSignalBlocker blocker(m_tableView->selectionModel());
        m_tableView->setCurrentIndex(index);
    }
    updateActions();
}

void CustomersPanel::updateActions()
{
    const bool open = m_document->isOpen();
    const auto& details = m_detail->details();
    const bool selected = open && details.has_value();
    const bool merged = selected && details->row.mergedInto.has_value();
    m_newAction->setEnabled(open);
    m_editAction->setEnabled(selected && !merged);
    m_activeAction->setEnabled(selected && !merged);
    m_mergeAction->setEnabled(selected && !merged);
    m_activityAction->setEnabled(selected && !merged);
    m_paymentAction->setEnabled(selected && !merged);
    m_addContactAction->setEnabled(selected && !merged);
    m_editContactAction->setEnabled(selected && !merged);
    m_removeContactAction->setEnabled(selected && !merged);
    m_activeAction->setText(selected && !details->row.active && !merged ? tr("Reactivate") : tr("Deactivate"));
}

void CustomersPanel::report(const std::optional<QString>& error)
{
    if (error)
        DialogHooks::warning(this, tr("Customers"), *error);
}

namespace {

// Shows a form; when it is accepted, applies what it describes and reports a refusal.
template <typename Dialog, typename Apply>
void runForm(Dialog& dialog, CustomersPanel* panel, Apply apply)
{
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (const auto value = dialog.result(&error)) {
        if (const std::optional<QString> refused = apply(*value))
            DialogHooks::warning(panel, CustomersPanel::tr("Customers"), *refused);
    }
}

std::vector<Rep> allReps(WorkspaceDocument* document)
{
    return document->isOpen() ? storage::SqlOrgRepository(*document->workspace()).reps() : std::vector<Rep>{};
}

} // namespace

void CustomersPanel::newCustomer()
{
    if (!m_document->isOpen())
        return;
    CustomerEditDialog dialog(allReps(m_document), std::nullopt, m_edits->newId("customers", "CU"), this);
    runForm(dialog, this, [this](const auto& customer) {
        m_keepCustomer = customer.id;
        return m_edits->addCustomer(customer);
    });
}

void CustomersPanel::editCustomer()
{
    const auto& details = m_detail->details();
    if (!details || details->row.mergedInto)
        return;
    CustomerEditDialog dialog(allReps(m_document), details->row.customer, {}, this);
    runForm(dialog, this, [this](const auto& customer) { return m_edits->editCustomer(customer); });
}

void CustomersPanel::toggleActive()
{
    const auto& details = m_detail->details();
    if (!details)
        return;
    report(m_edits->setActive(details->row.customer.id, !details->row.active));
}

void CustomersPanel::mergeCustomer()
{
    const auto& details = m_detail->details();
    if (!details)
        return;
    const std::string from = details->row.customer.id;
    bool ok = false;
    const QString into = QInputDialog::getText(
        this, tr("Merge Customer"),
        tr("Merge %1 (%2) into the customer with ID:").arg(QString::fromStdString(details->row.customer.name),
                                                           QString::fromStdString(from)),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || into.trimmed().isEmpty())
        return;
    const QString question = tr("Every opportunity (%1), order (%2), activity (%3) and contact (%4) of %5 moves to %6, "
                                "and %5 is marked as merged. Merge?")
                                 .arg(details->opportunities.size())
                                 .arg(details->orders.size())
                                 .arg(details->activities.size())
                                 .arg(details->contacts.size())
                                 .arg(QString::fromStdString(from), into.trimmed());
    if (!DialogHooks::question(this, tr("Merge Customer"), question))
        return;
    m_keepCustomer = into.trimmed().toStdString();
    report(m_edits->merge(from, into.trimmed().toStdString()));
}

void CustomersPanel::logActivity()
{
    const auto& details = m_detail->details();
    if (!details)
        return;
    ActivityDialog dialog(allReps(m_document), details->row.customer, details->opportunities,
                          m_edits->newId("activities", "AC"), this);
    runForm(dialog, this, [this](const auto& activity) { return m_edits->logActivity(activity); });
}

void CustomersPanel::recordPayment()
{
    const auto& details = m_detail->details();
    if (!details)
        return;
    std::vector<PaymentDialog::OpenOrder> open;
    for (const Order& o : details->orders) {
        if (o.cancelledOn || !o.amount.isPositive())
            continue;
        Money left = o.amount;
        for (const Payment& p : details->payments) {
            if (p.orderId == o.id)
                left -= p.amount;
        }
        if (left.isPositive())
            open.push_back({o, left});
    }
    if (open.empty()) {
        DialogHooks::information(this, tr("Record Payment"), tr("This customer has no order with an open amount."));
        return;
    }
    PaymentDialog dialog(open, QString::fromStdString(m_document->settings().currency),
                         m_edits->newId("payments", "PA"), this);
    runForm(dialog, this, [this](const auto& payment) { return m_edits->recordPayment(payment); });
}

void CustomersPanel::addContact()
{
    const auto& details = m_detail->details();
    if (!details)
        return;
    storage::Contact contact;
    contact.id = m_edits->newId("contacts", "CT");
    contact.customerId = details->row.customer.id;
    ContactDialog dialog(contact, this);
    runForm(dialog, this, [this](const auto& saved) { return m_edits->saveContact(saved); });
}

void CustomersPanel::editContact()
{
    const auto& details = m_detail->details();
    const std::optional<std::string> id = m_detail->currentContactId();
    if (!details || !id)
        return;
    for (const storage::Contact& contact : details->contacts) {
        if (contact.id != *id)
            continue;
        ContactDialog dialog(contact, this);
        runForm(dialog, this, [this](const auto& saved) { return m_edits->saveContact(saved); });
        return;
    }
}

void CustomersPanel::removeContact()
{
    const auto& details = m_detail->details();
    const std::optional<std::string> id = m_detail->currentContactId();
    if (!details || !id)
        return;
    report(m_edits->removeContact(details->row.customer.id, *id));
}

void CustomersPanel::showReceivables()
{
    m_tabs->setCurrentWidget(m_receivables);
}

void CustomersPanel::retranslateUi()
{
    m_tabs->setTabText(0, tr("Customers"));
    m_tabs->setTabText(1, tr("Receivables"));
    m_newAction->setText(tr("New…"));
    m_newAction->setToolTip(tr("Add a customer"));
    m_editAction->setText(tr("Edit…"));
    m_mergeAction->setText(tr("Merge…"));
    m_mergeAction->setToolTip(tr("Merge this customer into another (a duplicate): every order, opportunity, activity "
                                 "and contact moves"));
    m_activityAction->setText(tr("Log Activity…"));
    m_paymentAction->setText(tr("Record Payment…"));
    m_addContactAction->setText(tr("Add Contact…"));
    m_editContactAction->setText(tr("Edit Contact…"));
    m_removeContactAction->setText(tr("Remove Contact"));
    m_titleLabel->setText(SectionInfo::title(Section::Customers));
    m_searchEdit->setPlaceholderText(tr("Search by name, ID or industry…"));
    updateCountLabel();
    updateActions();
}

void CustomersPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Dates and money are formatted per locale: have the view read them again.
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, CustomerTableModel::ColumnCount - 1);
        m_tableView->viewport()->update();
    }
    QWidget::changeEvent(event);
}

} // namespace sd::app
