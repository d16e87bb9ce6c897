#include "app/FunnelForecastWidget.h"

#include "app/Formatting.h"
#include "app/FunnelForecastEdit.h"
#include "app/FunnelViewData.h"
#include "app/WorkspaceDocument.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <unordered_map>

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

QString who(const std::string& by, const std::string& at)
{
    return by.empty() ? QString()
                      : QStringLiteral("%1 · %2").arg(QString::fromStdString(by), QString::fromStdString(at));
}

} // namespace

FunnelForecastWidget::FunnelForecastWidget(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_periodLabel(new QLabel)
    , m_periodCombo(new QComboBox)
    , m_summaryLabel(new QLabel)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_amountLabel(new QLabel)
    , m_amountEdit(new QLineEdit)
    , m_submitButton(new QPushButton)
    , m_adjustButton(new QPushButton)
    , m_messageLabel(new QLabel)
{
    setObjectName(QStringLiteral("funnelForecastWidget"));
    m_periodCombo->setObjectName(QStringLiteral("forecastPeriodCombo"));
    m_periodCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summaryLabel->setObjectName(QStringLiteral("forecastSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("forecastTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_amountEdit->setObjectName(QStringLiteral("forecastAmountEdit"));
    m_amountEdit->setMaximumWidth(180);
    m_submitButton->setObjectName(QStringLiteral("submitForecastButton"));
    m_adjustButton->setObjectName(QStringLiteral("adjustForecastButton"));
    m_messageLabel->setObjectName(QStringLiteral("forecastMessageLabel"));
    m_messageLabel->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_periodLabel);
    top->addWidget(m_periodCombo);
    top->addSpacing(12);
    top->addWidget(m_summaryLabel, 1);
    auto* form = new QHBoxLayout;
    form->addWidget(m_amountLabel);
    form->addWidget(m_amountEdit);
    form->addWidget(m_submitButton);
    form->addWidget(m_adjustButton);
    form->addWidget(m_messageLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &FunnelForecastWidget::reload);
    connect(m_submitButton, &QPushButton::clicked, this, &FunnelForecastWidget::submitSelected);
    connect(m_adjustButton, &QPushButton::clicked, this, &FunnelForecastWidget::adjustSelected);
    connect(m_amountEdit, &QLineEdit::returnPressed, this, &FunnelForecastWidget::submitSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (!m_data || row < 0 || row >= int(m_data->repForecasts.size()))
            return;
        const RepForecastRow& r = m_data->repForecasts[size_t(row)];
        std::vector<const Opportunity*> deals;
        for (const FunnelStageView& s : m_data->stages)
            for (const Opportunity* o : s.deals)
                if (o->ownerRepId == r.repId)
                    deals.push_back(o);
        Q_EMIT drillDown(
            tr("Open deals of %1 as of %2").arg(QString::fromStdString(r.name), Formatting::date(m_data->query.asOf)),
            deals);
    });
    retranslateUi();
}

FunnelForecastWidget::~FunnelForecastWidget() = default;

void FunnelForecastWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FunnelForecastWidget::retranslateUi()
{
    m_periodLabel->setText(tr("Forecast for:"));
    m_table->setHorizontalHeaderLabels({tr("Rep"), tr("Team"), tr("Weighted forecast"), tr("Commit (open)"),
                                        tr("Best case (open)"), tr("Submitted"), tr("Submitted by, when"),
                                        tr("Manager's adjustment"), tr("Adjusted by, when"), tr("Forecast in force")});
    m_table->horizontalHeaderItem(WeightedColumn)
        ->setToolTip(tr("Σ amount × stage probability of the rep's open deals as of the as-of date (SPEC §4)"));
    m_table->horizontalHeaderItem(InForceColumn)->setToolTip(tr("The manager's adjustment, else the rep's submission"));
    m_amountLabel->setText(tr("Amount:"));
    m_amountEdit->setPlaceholderText(tr("e.g. 250000.00"));
    m_submitButton->setText(tr("Submit the rep's forecast"));
    m_adjustButton->setText(tr("Adjust (manager)"));
    fillPeriods();
    reload();
}

void FunnelForecastWidget::fillPeriods()
{
    const QSignalBlocker block(m_periodCombo);
    const QString previous = m_periodCombo->currentData().toString();
    if (!m_data) {
        m_periodCombo->clear();
        m_periodsYear = 0;
        return;
    }
    const FiscalCalendar cal = m_document->settings().calendar();
    const int year = cal.fiscalYearOf(m_data->query.asOf);
    const QString current = QString::fromStdString(Period::quarterOf(m_data->query.asOf, cal).label());
    m_periodCombo->clear();
    for (int q = 1; q <= 4; ++q)
        m_periodCombo->addItem(tr("Q%1 of fiscal year %2").arg(q).arg(year),
                               QString::fromStdString(Period::quarter(year, q).label()));
    m_periodCombo->addItem(tr("Fiscal year %1").arg(year), QString::fromStdString(Period::year(year).label()));
    // The quarter of the as-of date when the year changed, else what was chosen.
    const int again = year == m_periodsYear ? m_periodCombo->findData(previous) : -1;
    m_periodCombo->setCurrentIndex(again >= 0 ? again : m_periodCombo->findData(current));
    m_periodsYear = year;
}

void FunnelForecastWidget::setData(std::shared_ptr<const FunnelViewData> data)
{
    m_data = std::move(data);
    fillPeriods();
    reload();
}

QString FunnelForecastWidget::period() const
{
    return m_periodCombo->currentData().toString();
}

bool FunnelForecastWidget::setPeriod(const QString& label)
{
    const int i = m_periodCombo->findData(label);
    if (i < 0)
        return false;
    m_periodCombo->setCurrentIndex(i);
    return true;
}

bool FunnelForecastWidget::selectRep(const QString& repId)
{
    if (!m_data)
        return false;
    for (int r = 0; r < int(m_data->repForecasts.size()); ++r)
        if (QString::fromStdString(m_data->repForecasts[size_t(r)].repId) == repId) {
            m_table->selectRow(r);
            m_table->setCurrentCell(r, RepColumn);
            return true;
        }
    return false;
}

void FunnelForecastWidget::reload()
{
    if (!m_data || !m_document->isOpen() || period().isEmpty()) {
        m_table->setRowCount(0);
        m_summaryLabel->clear();
        return;
    }
    std::unordered_map<std::string, storage::ForecastSubmission> submissions;
    try {
        for (storage::ForecastSubmission& s :
             storage::SqlFunnelChangeRepository(*m_document->workspace()).submissions(period().toStdString()))
            submissions.emplace(s.repId, std::move(s));
    } catch (const std::exception& e) {
        spdlog::error("reading forecast submissions failed: {}", e.what());
        m_messageLabel->setText(tr("The submissions could not be read: %1").arg(QString::fromUtf8(e.what())));
    }
    const QString currency = QString::fromStdString(m_document->settings().currency);
    const int selected = m_table->currentRow();
    const auto& rows = m_data->repForecasts;
    m_table->setRowCount(int(rows.size()));
    Money weighted, submitted, inForce;
    int submittedCount = 0;
    for (int r = 0; r < int(rows.size()); ++r) {
        const RepForecastRow& f = rows[size_t(r)];
        weighted += f.weighted;
        m_table->setItem(r, RepColumn, cell(QString::fromStdString(f.name)));
        m_table->item(r, RepColumn)->setData(Qt::UserRole, QString::fromStdString(f.repId));
        m_table->setItem(r, TeamColumn, cell(QString::fromStdString(f.unitName)));
        m_table->setItem(r, WeightedColumn, cell(Formatting::money(f.weighted, currency), true));
        m_table->setItem(r, CommitColumn, cell(Formatting::money(f.commit, currency), true));
        m_table->setItem(r, BestCaseColumn, cell(Formatting::money(f.bestCase, currency), true));
        const auto it = submissions.find(f.repId);
        if (it == submissions.end()) {
            for (int c : {SubmittedColumn, SubmittedByColumn, AdjustedColumn, AdjustedByColumn, InForceColumn})
                m_table->setItem(r, c, cell(QString(), c != SubmittedByColumn && c != AdjustedByColumn));
            continue;
        }
        const storage::ForecastSubmission& s = it->second;
        ++submittedCount;
        submitted += s.amount;
        const Money force = s.adjustedAmount.value_or(s.amount);
        inForce += force;
        m_table->setItem(r, SubmittedColumn, cell(Formatting::money(s.amount, currency), true));
        m_table->setItem(r, SubmittedByColumn, cell(who(s.submittedBy, s.submittedAt)));
        m_table->setItem(r, AdjustedColumn,
                         cell(s.adjustedAmount ? Formatting::money(*s.adjustedAmount, currency) : QString(), true));
        m_table->setItem(r, AdjustedByColumn, cell(s.adjustedAmount ? who(s.adjustedBy, s.adjustedAt) : QString()));
        m_table->setItem(r, InForceColumn, cell(Formatting::money(force, currency), true));
    }
    m_table->resizeColumnsToContents();
    if (selected >= 0 && selected < m_table->rowCount())
        m_table->selectRow(selected);
    m_summaryLabel->setText(
        tr("Weighted forecast %1 (open deals as of %2) · submitted %3 by %4 of %n rep(s) · in force "
           "after the manager's adjustments %5",
           nullptr, int(rows.size()))
            .arg(Formatting::money(weighted, currency), Formatting::date(m_data->query.asOf),
                 Formatting::money(submitted, currency))
            .arg(submittedCount)
            .arg(Formatting::money(inForce, currency)));
}

bool FunnelForecastWidget::submitSelected()
{
    return change(false);
}

bool FunnelForecastWidget::adjustSelected()
{
    return change(true);
}

bool FunnelForecastWidget::change(bool adjust)
{
    const int row = m_table->currentRow();
    if (!m_data || row < 0 || row >= int(m_data->repForecasts.size())) {
        m_messageLabel->setText(tr("Select a rep in the table first."));
        return false;
    }
    QString text = m_amountEdit->text().trimmed();
    text.remove(QLocale().groupSeparator());
    text.replace(QLocale().decimalPoint(), QStringLiteral("."));
    const auto amount = Money::parse(text.toStdString());
    if (!amount || amount->isNegative()) {
        m_messageLabel->setText(
            tr("Amount: \"%1\" is not an amount ≥ 0 with at most 2 decimals.").arg(m_amountEdit->text()));
        return false;
    }
    const RepForecastRow& r = m_data->repForecasts[size_t(row)];
    try {
        auto* edit = FunnelForecastEdit::create(
            m_document, window(), adjust ? FunnelForecastEdit::Kind::Adjust : FunnelForecastEdit::Kind::Submit, r.repId,
            period().toStdString(), *amount, [this] { reload(); });
        m_document->undoStack()->push(edit);
    } catch (const std::exception& e) {
        m_messageLabel->setText(QString::fromUtf8(e.what()));
        return false;
    }
    const QString currency = QString::fromStdString(m_document->settings().currency);
    m_messageLabel->setText(
        adjust ? tr("Forecast of %1 for %2 adjusted to %3.")
                     .arg(QString::fromStdString(r.name), period(), Formatting::money(*amount, currency))
               : tr("Forecast of %1 for %2 submitted: %3.")
                     .arg(QString::fromStdString(r.name), period(), Formatting::money(*amount, currency)));
    m_amountEdit->clear();
    return true;
}

} // namespace sd::app
