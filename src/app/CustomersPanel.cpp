#include "app/CustomersPanel.h"

#include "app/CustomerDetailWidget.h"
#include "app/CustomerTableModel.h"
#include "app/SectionInfo.h"
#include "app/SqlCustomerSource.h"
#include "app/WorkspaceDocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
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
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_detail->setDetails(std::nullopt); });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] { m_detail->setDetails(std::nullopt); });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPanel::showCurrentCustomer);
    connect(m_document, &WorkspaceDocument::workspaceChanged, this, &CustomersPanel::resetSource);
    connect(m_document, &WorkspaceDocument::dataChanged, this, &CustomersPanel::resetSource);
    connect(m_document, &WorkspaceDocument::settingsChanged, this, [this] {
        m_model->setCurrency(QString::fromStdString(m_document->settings().currency));
        showCurrentCustomer();
    });

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

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

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
    m_model->setCurrency(QString::fromStdString(m_document->settings().currency));
    if (m_document->isOpen())
        m_source = std::make_shared<SqlCustomerSource>(m_document->workspace());
    else
        m_source.reset();
    m_model->setSource(m_source);
    m_searchEdit->setEnabled(m_document->isOpen());
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
        return;
    }
    try {
        m_detail->setDetails(m_source->details(row->customer.id));
    } catch (const std::exception& e) {
        spdlog::error("reading customer {}: {}", row->customer.id, e.what());
        m_detail->setDetails(std::nullopt);
    }
}

void CustomersPanel::retranslateUi()
{
    m_titleLabel->setText(SectionInfo::title(Section::Customers));
    m_searchEdit->setPlaceholderText(tr("Search by name, ID or industry…"));
    updateCountLabel();
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
