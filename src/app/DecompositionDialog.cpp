#include "app/DecompositionDialog.h"

#include "app/DatasetCache.h"
#include "app/Formatting.h"
#include "app/WorkerThreads.h"
#include "app/WorkspaceDocument.h"
#include "domain/Actuals.h"
#include "domain/DatasetIndex.h"
#include "domain/Money.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <functional>
#include <map>
#include <unordered_map>

namespace sd::app {

namespace {

constexpr unsigned kParts
    = storage::PartOrg | storage::PartCustomers | storage::PartOrders | storage::PartPayments | storage::PartTargets;

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
    auto* ownerLabel
        = new QLabel(QStringLiteral("%1 (%2)").arg(m_ownerName, QString::fromStdString(m_owner.toString())));
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
    for (const char* code : {"equal", "weights", "history", "capacity"})
        m_methodCombo->addItem(QString(), QString::fromLatin1(code));
    m_seasonalityCombo = new QComboBox;
    m_seasonalityCombo->setObjectName(QStringLiteral("seasonalityComboBox"));
    for (const char* code : {"equal", "history", "weights"})
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
    // Beside the form: the weights of the `weights` methods, shown only when one is chosen.
    auto* top = new QHBoxLayout;
    top->addLayout(form, 1);
    auto* weightsBox = new QVBoxLayout;
    m_weightsLabel = new QLabel;
    m_weightsLabel->setObjectName(QStringLiteral("weightsLabel"));
    m_weightsLabel->setWordWrap(true);
    m_weightsTable = new QTableWidget(0, 2);
    m_weightsTable->setObjectName(QStringLiteral("weightsTable"));
    m_weightsTable->verticalHeader()->hide();
    m_weightsTable->horizontalHeader()->setStretchLastSection(true);
    m_weightsTable->setMinimumWidth(320);
    m_monthWeightsLabel = new QLabel;
    m_monthWeightsLabel->setObjectName(QStringLiteral("monthWeightsLabel"));
    m_monthWeightsLabel->setWordWrap(true);
    m_monthWeightsTable = new QTableWidget(1, 0);
    m_monthWeightsTable->setObjectName(QStringLiteral("monthWeightsTable"));
    m_monthWeightsTable->setVerticalHeaderLabels({QString()});
    m_monthWeightsTable->verticalHeader()->hide();
    m_monthWeightsTable->setMaximumHeight(m_monthWeightsTable->fontMetrics().height() * 4 + 16);
    weightsBox->addWidget(m_weightsLabel);
    weightsBox->addWidget(m_weightsTable, 1);
    weightsBox->addWidget(m_monthWeightsLabel);
    weightsBox->addWidget(m_monthWeightsTable);
    top->addLayout(weightsBox, 1);
    layout->addLayout(top);
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
    for (QTableWidget* t : {m_weightsTable, m_monthWeightsTable})
        connect(t, &QTableWidget::itemChanged, this, stale);
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &DecompositionDialog::updateWeightInputs);
    connect(m_methodCombo, &QComboBox::currentIndexChanged, this, &DecompositionDialog::updateWeightInputs);
    connect(m_seasonalityCombo, &QComboBox::currentIndexChanged, this, &DecompositionDialog::updateWeightInputs);
    connect(m_toRepsCheck, &QCheckBox::toggled, this, &DecompositionDialog::updateWeightInputs);
    for (QLineEdit* e : {m_amountEdit, m_overAssignEdit, m_existingShareEdit})
        connect(e, &QLineEdit::textEdited, this, stale);
    retranslateUi();
    updateWeightInputs();
    resize(1000, 680);
}

DecompositionDialog::~DecompositionDialog() = default;

void DecompositionDialog::retranslateUi()
{
    setWindowTitle(tr("Decompose a target"));
    m_periodCombo->setItemText(0, tr("Fiscal year %1").arg(m_fiscalYear));
    for (int q = 1; q <= 4; ++q)
        m_periodCombo->setItemText(q, tr("Q%1 of fiscal year %2").arg(q).arg(m_fiscalYear));
    m_methodCombo->setItemText(0, tr("Equal"));
    m_methodCombo->setItemText(1, tr("Weights (entered beside)"));
    m_methodCombo->setItemText(2, tr("Last year's actuals"));
    m_methodCombo->setItemText(3, tr("Capacity (level × ramp-up)"));
    m_seasonalityCombo->setItemText(0, tr("Equal"));
    m_seasonalityCombo->setItemText(1, tr("Last year's months"));
    m_seasonalityCombo->setItemText(2, tr("Seasonality weights (entered beside)"));
    m_weightsTable->setHorizontalHeaderLabels({tr("Organisation"), tr("Weight")});
    m_weightsLabel->setText(tr("Weight of each child, relative to its siblings (numbers ≥ 0, not all 0 under one "
                               "parent):"));
    m_monthWeightsLabel->setText(tr("Weight of each month (numbers ≥ 0, not all 0):"));
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
    if (req.method == OrgMethod::Weights && !readWeights(req, error))
        return req;
    const QString seasonality = m_seasonalityCombo->currentData().toString();
    req.seasonality = seasonality == QLatin1String("history") ? SeasonalityMethod::History
        : seasonality == QLatin1String("weights")             ? SeasonalityMethod::Weights
                                                              : SeasonalityMethod::Equal;
    if (req.seasonality == SeasonalityMethod::Weights && !readMonthWeights(req, error))
        return req;
    if (!m_overAssignEdit->text().trimmed().isEmpty()) {
        req.overAssign = parseDecimal(m_overAssignEdit->text());
        if (!req.overAssign || !req.overAssign->isPositive()) {
            error = tr("Over-assignment factor: \"%1\" is not a number above 0 (e.g. 1.10).")
                        .arg(m_overAssignEdit->text());
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
    startWorker(this, thread); // waited for if the panel goes first
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
        return isMoneyMetric(d.metric) ? Formatting::amount(Money::fromCents(v))
                                       : QLocale().toString(static_cast<qlonglong>(v));
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
        notes << noticeText(n);
    m_messageLabel->setText(notes.join(QLatin1Char('\n')));
    m_applyButton->setEnabled(true);
    Q_EMIT previewReady();
}

QString DecompositionDialog::noticeText(const std::string& notice)
{
    // The engine's notices are English sentences of four shapes (also the CLI's JSON); shown translated here.
    const QString n = QString::fromStdString(notice);
    static const QRegularExpression zeroHistory(QStringLiteral("^history of (.+) in (\\S+) \\((\\S+)\\) is all zero: "
                                                               "split equally$"));
    static const QRegularExpression noReps(QStringLiteral("^(\\S+) has no reps active in (\\S+): its share stays on "
                                                          "the unit$"));
    static const QRegularExpression zeroMonths(QStringLiteral("^monthly history of (\\S+) in (\\S+) is all zero: months "
                                                              "split equally$"));
    static const QRegularExpression noSegments(QStringLiteral("^no (\\S+) history for (\\S+) in (\\S+): segments split "
                                                              "70/30 \\(existing/new\\)$"));
    const auto metric = [](const QString& code) {
        if (code == QStringLiteral("revenue"))
            return tr("revenue");
        if (code == QStringLiteral("gross_profit"))
            return tr("gross profit");
        if (code == QStringLiteral("collections"))
            return tr("collections");
        if (code == QStringLiteral("new_customers"))
            return tr("new customers");
        return code;
    };
    if (const auto m = zeroHistory.match(n); m.hasMatch())
        return tr("The %3 history of %1 in %2 is all zero: split equally.").arg(m.captured(1), m.captured(2),
                                                                               metric(m.captured(3)));
    if (const auto m = noReps.match(n); m.hasMatch())
        return tr("%1 has no reps active in %2: its share stays on the unit.").arg(m.captured(1), m.captured(2));
    if (const auto m = zeroMonths.match(n); m.hasMatch())
        return tr("The monthly history of %1 in %2 is all zero: the months are split equally.")
            .arg(m.captured(1), m.captured(2));
    if (const auto m = noSegments.match(n); m.hasMatch())
        return tr("No %1 history for %2 in %3: existing and new customers split 70/30.")
            .arg(metric(m.captured(1)), m.captured(2), m.captured(3));
    return n;
}

void DecompositionDialog::setOrganisation(std::shared_ptr<const Dataset> org)
{
    m_org = std::move(org);
    m_weightsKey.clear();
    updateWeightInputs();
}

void DecompositionDialog::updateWeightInputs()
{
    const bool orgWeights = m_methodCombo->currentData().toString() == QLatin1String("weights");
    const bool monthWeights = m_seasonalityCombo->currentData().toString() == QLatin1String("weights");
    m_weightsLabel->setVisible(orgWeights);
    m_weightsTable->setVisible(orgWeights);
    m_monthWeightsLabel->setVisible(monthWeights);
    m_monthWeightsTable->setVisible(monthWeights);
    if (orgWeights)
        rebuildWeights();
    if (monthWeights)
        rebuildMonthWeights();
}

// One row per node that the decomposition splits a share to (the owner's children; with "down to every rep" every
// node below it, in tree order), with the children exactly as the decomposer finds them. Weights already typed are
// kept when the period or the depth changes.
void DecompositionDialog::rebuildWeights()
{
    const QString period = m_periodCombo->currentData().toString();
    const QString key = period + (m_toRepsCheck->isChecked() ? QStringLiteral("/reps") : QStringLiteral("/children"));
    if (key == m_weightsKey)
        return;
    std::unordered_map<std::string, QString> typed;
    for (int r = 0; r < m_weightsTable->rowCount(); ++r)
        if (m_weightsTable->item(r, 0) && m_weightsTable->item(r, 1))
            typed[m_weightsTable->item(r, 0)->data(Qt::UserRole).toString().toStdString()]
                = m_weightsTable->item(r, 1)->text();
    struct Row
    {
        OwnerRef owner;
        OwnerRef parent;
        int depth;
    };
    std::vector<Row> rows;
    std::unordered_map<std::string, QString> names;
    try {
        if (!m_org)
            m_org = std::make_shared<const Dataset>(m_document->workspace()->loadDataset(storage::PartOrg));
        for (const OrgUnit& u : m_org->orgUnits)
            names.emplace(OwnerRef{OwnerKind::Unit, u.id}.toString(), QString::fromStdString(u.name));
        for (const Rep& r : m_org->reps)
            names.emplace(OwnerRef{OwnerKind::Rep, r.id}.toString(), QString::fromStdString(r.name));
        const DatasetIndex index(*m_org);
        const WorkspaceSettings settings = m_document->settings();
        const ActualsEngine actuals(index, settings);
        const TargetDecomposer decomposer(actuals, settings);
        const Period p = Period::parseOrThrow(period.toStdString());
        const bool deep = m_toRepsCheck->isChecked();
        std::function<void(const OwnerRef&, int)> walk = [&](const OwnerRef& o, int depth) {
            for (const OwnerRef& c : decomposer.childrenOf(o, p)) {
                rows.push_back(Row{c, o, depth});
                if (deep)
                    walk(c, depth + 1);
            }
        };
        walk(m_owner, 0);
    } catch (const std::exception& e) {
        m_messageLabel->setText(tr("The organisation could not be read: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    const QSignalBlocker block(m_weightsTable);
    m_weightsTable->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < static_cast<int>(rows.size()); ++i) {
        const Row& row = rows[static_cast<std::size_t>(i)];
        const std::string id = row.owner.toString();
        const auto n = names.find(id);
        auto* name = new QTableWidgetItem(QString(2 * row.depth, QLatin1Char(' '))
                                          + (n != names.end() ? n->second : QString::fromStdString(id)));
        name->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, QString::fromStdString(id));
        name->setData(Qt::UserRole + 1, QString::fromStdString(row.parent.toString()));
        m_weightsTable->setItem(i, 0, name);
        const auto t = typed.find(id);
        auto* weight = new QTableWidgetItem(t != typed.end() ? t->second : QStringLiteral("1"));
        weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_weightsTable->setItem(i, 1, weight);
    }
    m_weightsTable->resizeColumnToContents(0);
    m_weightsKey = key;
}

void DecompositionDialog::rebuildMonthWeights()
{
    const QString period = m_periodCombo->currentData().toString();
    if (m_monthWeightsTable->property("period").toString() == period)
        return;
    std::unordered_map<std::string, QString> typed; // by calendar month ("04"), so a quarter keeps the year's values
    for (int c = 0; c < m_monthWeightsTable->columnCount(); ++c)
        if (auto* item = m_monthWeightsTable->item(0, c))
            typed[item->data(Qt::UserRole).toString().toStdString()] = item->text();
    const std::vector<Period> months
        = Period::parseOrThrow(period.toStdString()).months(m_document->settings().calendar());
    const QSignalBlocker block(m_monthWeightsTable);
    m_monthWeightsTable->setColumnCount(static_cast<int>(months.size()));
    QStringList headers;
    for (int c = 0; c < static_cast<int>(months.size()); ++c) {
        const std::string label = months[static_cast<std::size_t>(c)].label();
        const std::string month = label.substr(label.size() - 2);
        headers << QString::fromStdString(label);
        const auto t = typed.find(month);
        auto* item = new QTableWidgetItem(t != typed.end() ? t->second : QStringLiteral("1"));
        item->setData(Qt::UserRole, QString::fromStdString(month));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_monthWeightsTable->setItem(0, c, item);
    }
    m_monthWeightsTable->setHorizontalHeaderLabels(headers);
    m_monthWeightsTable->resizeColumnsToContents();
    m_monthWeightsTable->setProperty("period", period);
}

bool DecompositionDialog::readWeights(DecompositionRequest& req, QString& error) const
{
    std::unordered_map<std::string, QString> names{{m_owner.toString(), m_ownerName}};
    std::map<std::string, bool> anyAboveZero; // by parent, in first-seen order below
    std::vector<std::string> parents;
    for (int r = 0; r < m_weightsTable->rowCount(); ++r) {
        const QTableWidgetItem* name = m_weightsTable->item(r, 0);
        const QTableWidgetItem* weight = m_weightsTable->item(r, 1);
        if (!name || !weight)
            continue;
        const std::string id = name->data(Qt::UserRole).toString().toStdString();
        const std::string parent = name->data(Qt::UserRole + 1).toString().toStdString();
        names[id] = name->text().trimmed();
        const auto w = parseDecimal(weight->text());
        if (!w || w->isNegative()) {
            error = tr("Weights, row %1 (%2): \"%3\" is not a number ≥ 0 with at most 6 decimals.")
                        .arg(r + 1)
                        .arg(name->text().trimmed(), weight->text());
            return false;
        }
        req.weights[*OwnerRef::parse(id)] = *w;
        if (!anyAboveZero.count(parent))
            parents.push_back(parent);
        anyAboveZero[parent] = anyAboveZero[parent] || w->isPositive();
    }
    if (req.weights.empty()) {
        error = tr("Weights: %1 has no one below it to give a weight to.").arg(m_ownerName);
        return false;
    }
    for (const std::string& p : parents)
        if (!anyAboveZero[p]) {
            error = tr("Weights: every child of %1 has weight 0, so its target cannot be shared. Give at least one "
                       "of them a weight above 0.")
                        .arg(names.count(p) ? names[p] : QString::fromStdString(p));
            return false;
        }
    return true;
}

bool DecompositionDialog::readMonthWeights(DecompositionRequest& req, QString& error) const
{
    bool aboveZero = false;
    for (int c = 0; c < m_monthWeightsTable->columnCount(); ++c) {
        const QTableWidgetItem* item = m_monthWeightsTable->item(0, c);
        const QString text = item ? item->text() : QString();
        const auto w = parseDecimal(text);
        if (!w || w->isNegative()) {
            error = tr("Month weights, %1: \"%2\" is not a number ≥ 0 with at most 6 decimals.")
                        .arg(m_monthWeightsTable->horizontalHeaderItem(c)->text(), text);
            return false;
        }
        aboveZero = aboveZero || w->isPositive();
        req.seasonalityWeights.push_back(*w);
    }
    if (!aboveZero) {
        error = tr("Month weights: every month has weight 0. Give at least one month a weight above 0.");
        return false;
    }
    return true;
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
