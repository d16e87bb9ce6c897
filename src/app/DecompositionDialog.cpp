#include "app/DecompositionDialog.h"

#include "app/DatasetCache.h"
#include "app/Formatting.h"
#include "app/WorkspaceDocument.h"
#include "domain/Actuals.h"
#include "domain/DatasetIndex.h"
#include "domain/Money.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <unordered_map>

namespace sd::app {

namespace {

constexpr unsigned kParts = storage::PartOrg | storage::PartCustomers | storage::PartOrders | storage::PartPayments
                            | storage::PartTargets;

std::optional<Rational> parseDecimal(const QString& text)
{
    QString t = text.trimmed();
    t.replace(QLocale().decimalPoint(), QStringLiteral("."));
    return Rational::parse(t.toStdString(), 6);
}

} // namespace

DecompositionDialog::DecompositionDialog(WorkspaceDocument* document, OwnerRef owner, QString ownerName, Metric metric,
                                         int fiscalYear, std::optional<std::int64_t> currentAmount, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_owner(std::move(owner))
    , m_ownerName(std::move(ownerName))
    , m_metric(metric)
    , m_fiscalYear(fiscalYear)
{
    setObjectName(QStringLiteral("decompositionDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* ownerLabel = new QLabel(QStringLiteral("%1 (%2)").arg(m_ownerName, QString::fromStdString(m_owner.toString())));
    ownerLabel->setObjectName(QStringLiteral("ownerLabel"));
    m_periodCombo = new QComboBox;
    m_periodCombo->setObjectName(QStringLiteral("periodComboBox"));
    m_periodCombo->addItem(QString(), QString::fromStdString(Period::year(fiscalYear).label()));
    for (int q = 1; q <= 4; ++q)
        m_periodCombo->addItem(QString(), QString::fromStdString(Period::quarter(fiscalYear, q).label()));
    m_amountEdit = new QLineEdit;
    m_amountEdit->setObjectName(QStringLiteral("amountLineEdit"));
    if (currentAmount)
        m_amountEdit->setText(QString::fromStdString(isMoneyMetric(metric) ? Money::fromCents(*currentAmount).toString()
                                                                           : std::to_string(*currentAmount)));
    m_methodCombo = new QComboBox;
    m_methodCombo->setObjectName(QStringLiteral("methodComboBox"));
    for (const char* code : {"equal", "history", "capacity"})
        m_methodCombo->addItem(QString(), QString::fromLatin1(code));
    m_seasonalityCombo = new QComboBox;
    m_seasonalityCombo->setObjectName(QStringLiteral("seasonalityComboBox"));
    for (const char* code : {"equal", "history"})
        m_seasonalityCombo->addItem(QString(), QString::fromLatin1(code));
    m_overAssignEdit = new QLineEdit;
    m_overAssignEdit->setObjectName(QStringLiteral("overAssignLineEdit"));
    m_existingShareEdit = new QLineEdit;
    m_existingShareEdit->setObjectName(QStringLiteral("existingShareLineEdit"));
    m_toRepsCheck = new QCheckBox;
    m_toRepsCheck->setObjectName(QStringLiteral("toRepsCheckBox"));
    m_toRepsCheck->setChecked(true);
    form->addRow(tr("Owner"), ownerLabel);
    form->addRow(tr("Period"), m_periodCombo);
    form->addRow(tr("Amount"), m_amountEdit);
    form->addRow(tr("Across the org"), m_methodCombo);
    form->addRow(tr("Across the months"), m_seasonalityCombo);
    form->addRow(tr("Over-assignment factor"), m_overAssignEdit);
    form->addRow(tr("Existing-customer share"), m_existingShareEdit);
    form->addRow(QString(), m_toRepsCheck);
    layout->addLayout(form);
    m_previewButton = new QPushButton;
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    layout->addWidget(m_previewButton, 0, Qt::AlignLeft);
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    layout->addWidget(m_messageLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_applyButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &DecompositionDialog::preview);
    // Any change of the inputs makes the preview stale: Apply only what was looked at.
    auto stale = [this] {
        m_result.reset();
        m_applyButton->setEnabled(false);
    };
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, stale);
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, stale);
    connect(m_seasonalityCombo, &QComboBox::currentIndexChanged, this, stale);
    connect(m_toRepsCheck, &QCheckBox::toggled, this, stale);
    for (QLineEdit* e : {m_amountEdit, m_overAssignEdit, m_existingShareEdit})
        connect(e, &QLineEdit::textEdited, this, stale);
    retranslateUi();
    resize(900, 620);
}

DecompositionDialog::~DecompositionDialog() = default;

void DecompositionDialog::retranslateUi()
{
    setWindowTitle(tr("Decompose a target"));
    m_periodCombo->setItemText(0, tr("Fiscal year %1").arg(m_fiscalYear));
    for (int q = 1; q <= 4; ++q)
        m_periodCombo->setItemText(q, tr("Q%1 of fiscal year %2").arg(q).arg(m_fiscalYear));
    m_methodCombo->setItemText(0, tr("Equal"));
    m_methodCombo->setItemText(1, tr("Last year's actuals"));
    m_methodCombo->setItemText(2, tr("Capacity (level × ramp-up)"));
    m_seasonalityCombo->setItemText(0, tr("Equal"));
    m_seasonalityCombo->setItemText(1, tr("Last year's months"));
    m_overAssignEdit->setPlaceholderText(tr("none (e.g. 1.10 adds a 10% buffer)"));
    m_existingShareEdit->setPlaceholderText(tr("from last year (70/30 without history)"));
    m_toRepsCheck->setText(tr("Down to every rep"));
    m_previewButton->setText(tr("Preview"));
    m_applyButton->setText(tr("Apply as draft"));
}

DecompositionRequest DecompositionDialog::readRequest(QString& error) const
{
    DecompositionRequest req;
    req.owner = m_owner;
    req.metric = m_metric;
    req.period = Period::parseOrThrow(m_periodCombo->currentData().toString().toStdString());
    QString amount = m_amountEdit->text().trimmed();
    amount.remove(QLocale().groupSeparator());
    amount.replace(QLocale().decimalPoint(), QStringLiteral("."));
    if (isMoneyMetric(m_metric)) {
        auto m = Money::parse(amount.toStdString());
        if (!m || m->isNegative()) {
            error = tr("Amount: \"%1\" is not an amount ≥ 0 with at most 2 decimals.").arg(m_amountEdit->text());
            return req;
        }
        req.amount = m->cents();
    } else {
        bool ok = false;
        req.amount = amount.toLongLong(&ok);
        if (!ok || req.amount < 0) {
            error = tr("Amount: \"%1\" is not a whole number ≥ 0.").arg(m_amountEdit->text());
            return req;
        }
    }
    req.method = *orgMethodFromCode(m_methodCombo->currentData().toString().toStdString());
    req.seasonality = m_seasonalityCombo->currentIndex() == 1 ? SeasonalityMethod::History : SeasonalityMethod::Equal;
    if (!m_overAssignEdit->text().trimmed().isEmpty()) {
        req.overAssign = parseDecimal(m_overAssignEdit->text());
        if (!req.overAssign || !req.overAssign->isPositive()) {
            error = tr("Over-assignment factor: \"%1\" is not a number above 0 (e.g. 1.10).").arg(m_overAssignEdit->text());
            return req;
        }
    }
    if (!m_existingShareEdit->text().trimmed().isEmpty()) {
        req.existingShare = parseDecimal(m_existingShareEdit->text());
        if (!req.existingShare || req.existingShare->isNegative() || *req.existingShare > Rational(1)) {
            error = tr("Existing-customer share: \"%1\" is not a number from 0 to 1.").arg(m_existingShareEdit->text());
            return req;
        }
    }
    req.toReps = m_toRepsCheck->isChecked();
    return req;
}

void DecompositionDialog::preview()
{
    if (m_running)
        return;
    QString error;
    const DecompositionRequest req = readRequest(error);
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    m_dataset = m_document->datasetCache()->dataset(kParts);
    if (!m_dataset) {
        m_messageLabel->setText(tr("Loading the workspace…"));
        connect(m_document->datasetCache(), &DatasetCache::datasetReady, this, &DecompositionDialog::preview,
                Qt::SingleShotConnection);
        return;
    }
    m_running = true;
    m_previewButton->setEnabled(false);
    m_messageLabel->setText(tr("Computing…"));
    QPointer<DecompositionDialog> self(this);
    const WorkspaceSettings settings = m_document->settings();
    std::shared_ptr<const Dataset> data = m_dataset;
    QThread* thread = QThread::create([self, data, settings, req] {
        std::shared_ptr<const Decomposition> result;
        QString failure;
        try {
            const DatasetIndex index(*data);
            const ActualsEngine actuals(index, settings);
            result = std::make_shared<const Decomposition>(TargetDecomposer(actuals, settings).decompose(req));
        } catch (const std::exception& e) {
            failure = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, result, failure] {
                if (!self)
                    return;
                self->m_running = false;
                self->m_previewButton->setEnabled(true);
                if (!failure.isEmpty()) {
                    self->showError(failure);
                    return;
                }
                self->m_result = result;
                self->showResult();
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void DecompositionDialog::showError(const QString& message)
{
    m_result.reset();
    m_applyButton->setEnabled(false);
    m_messageLabel->setText(message);
    Q_EMIT previewFailed(message);
}

void DecompositionDialog::showResult()
{
    const Decomposition& d = *m_result;
    std::unordered_map<std::string, QString> names;
    for (const OrgUnit& u : m_dataset->orgUnits)
        names.emplace(OwnerRef{OwnerKind::Unit, u.id}.toString(), QString::fromStdString(u.name));
    for (const Rep& r : m_dataset->reps)
        names.emplace(OwnerRef{OwnerKind::Rep, r.id}.toString(), QString::fromStdString(r.name));
    auto text = [&](std::int64_t v) {
        return isMoneyMetric(d.metric) ? Formatting::amount(Money::fromCents(v)) : QLocale().toString(static_cast<qlonglong>(v));
    };
    QStringList headers{tr("Organisation"), tr("Total"), tr("Existing"), tr("New")};
    const bool months = d.period.kind() != PeriodKind::Month;
    if (months)
        for (const Period& m : d.months)
            headers << QString::fromStdString(m.label());
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(d.nodes.size()) + 1);
    auto fill = [&](int row, const QString& name, const DecomposedNode& n) {
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        const std::vector<std::int64_t> head{n.amount, n.existingTotal(), n.freshTotal()};
        int col = 1;
        for (std::int64_t v : head) {
            auto* item = new QTableWidgetItem(text(v));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, col++, item);
        }
        if (months)
            for (std::int64_t v : n.months) {
                auto* item = new QTableWidgetItem(text(v));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, col++, item);
            }
    };
    int row = 0;
    for (const DecomposedNode& n : d.nodes) {
        const auto it = names.find(n.owner.toString());
        const QString name = it != names.end() ? it->second : QString::fromStdString(n.owner.toString());
        fill(row++, QString(2 * (n.depth - 1), QLatin1Char(' ')) + name, n);
    }
    fill(row, tr("Total"), d.total);
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int c = 0; c < m_table->columnCount(); ++c)
        if (auto* item = m_table->item(row, c))
            item->setFont(bold);
    m_table->resizeColumnsToContents();
    QStringList notes;
    notes << tr("%n target node(s) below %1; the children sum to %2.", nullptr, static_cast<int>(d.nodes.size()))
                 .arg(m_ownerName, text(d.assigned));
    for (const std::string& n : d.notices)
        notes << QString::fromStdString(n);
    m_messageLabel->setText(notes.join(QLatin1Char('\n')));
    m_applyButton->setEnabled(true);
    Q_EMIT previewReady();
}

std::vector<TargetPlan> DecompositionDialog::drafts(bool ownerHadTarget) const
{
    std::vector<TargetPlan> out;
    if (!m_result)
        return out;
    const Decomposition& d = *m_result;
    const FiscalCalendar cal = m_document->settings().calendar();
    const Date first = d.period.firstDay(cal), last = d.period.lastDay(cal);
    const std::string kpi = defaultKpiCode(d.metric);
    auto add = [&](const DecomposedNode& n, bool periodOnly, std::int64_t periodAmount) {
        const auto responsible = defaultResponsible(n.owner, m_dataset->orgUnits, m_dataset->reps, first, last);
        auto push = [&](const std::string& period, Segment s, std::int64_t v) {
            out.push_back(TargetPlan{TargetKey{n.owner, d.metric, period, s}, v, TargetState::Draft, responsible, kpi,
                                     std::nullopt, 0});
        };
        push(d.period.label(), Segment::All, periodAmount);
        if (periodOnly)
            return;
        push(d.period.label(), Segment::Existing, n.existingTotal());
        push(d.period.label(), Segment::New, n.freshTotal());
        if (d.period.kind() == PeriodKind::Month)
            return;
        for (std::size_t m = 0; m < d.months.size(); ++m) {
            push(d.months[m].label(), Segment::All, n.months[m]);
            push(d.months[m].label(), Segment::Existing, n.existing[m]);
            push(d.months[m].label(), Segment::New, n.fresh[m]);
        }
    };
    if (!ownerHadTarget) {
        // With over-assignment the owner keeps the amount asked; its months would not add up to it, so only the period.
        DecomposedNode owner = d.total;
        owner.owner = d.owner;
        add(owner, d.assigned != d.amount, d.amount);
    }
    for (const DecomposedNode& n : d.nodes)
        add(n, false, n.amount);
    return out;
}

} // namespace sd::app
