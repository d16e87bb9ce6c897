#include "app/IncentiveWhatIfWidget.h"

#include "app/Formatting.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <set>

namespace sd::app {

namespace {

QString money(std::int64_t cents)
{
    return Formatting::amount(Money::fromCents(cents));
}

QString signedMoney(std::int64_t cents)
{
    return (cents >= 0 ? QStringLiteral("+") : QString()) + money(cents);
}

QString percent(const Rational& r)
{
    return QString::fromStdString((r * Rational(100)).toFixed(0)).replace(QLatin1Char('.'), QLocale().decimalPoint())
        + QStringLiteral("%");
}

const ComponentResult* firstCommission(const IncentiveStatement& st, const std::string& metric)
{
    for (const ComponentResult& c : st.components)
        if (c.kind == ComponentKind::Commission && c.metric == metric)
            return &c;
    return nullptr;
}

} // namespace

IncentiveWhatIfWidget::IncentiveWhatIfWidget(QWidget* parent)
    : QWidget(parent)
    , m_repCombo(new QComboBox(this))
    , m_metricCombo(new QComboBox(this))
    , m_categoryCombo(new QComboBox(this))
    , m_amountEdit(new QLineEdit(this))
    , m_repLabel(new QLabel(this))
    , m_metricLabel(new QLabel(this))
    , m_categoryLabel(new QLabel(this))
    , m_amountLabel(new QLabel(this))
    , m_commissionCaption(new QLabel(this))
    , m_totalCaption(new QLabel(this))
    , m_tierCaption(new QLabel(this))
    , m_nextCaption(new QLabel(this))
    , m_commissionLabel(new QLabel(this))
    , m_totalLabel(new QLabel(this))
    , m_tierLabel(new QLabel(this))
    , m_nextLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("incentiveWhatIfWidget"));
    m_repCombo->setObjectName(QStringLiteral("whatIfRepCombo"));
    m_metricCombo->setObjectName(QStringLiteral("whatIfMetricCombo"));
    m_categoryCombo->setObjectName(QStringLiteral("whatIfCategoryCombo"));
    m_amountEdit->setObjectName(QStringLiteral("whatIfAmountEdit"));
    m_commissionLabel->setObjectName(QStringLiteral("whatIfCommissionLabel"));
    m_totalLabel->setObjectName(QStringLiteral("whatIfTotalLabel"));
    m_tierLabel->setObjectName(QStringLiteral("whatIfTierLabel"));
    m_nextLabel->setObjectName(QStringLiteral("whatIfNextLabel"));
    m_messageLabel->setObjectName(QStringLiteral("whatIfMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_nextLabel->setWordWrap(true);
    m_repCombo->setMinimumWidth(260);
    m_amountEdit->setMaximumWidth(220);
    for (QLabel* l : {m_commissionLabel, m_totalLabel, m_tierLabel, m_nextLabel}) {
        QFont f = l->font();
        f.setPointSizeF(f.pointSizeF() * 1.25);
        l->setFont(f);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    for (const char* code : {"revenue", "gross_profit", "collections"})
        m_metricCombo->addItem(QString(), QString::fromLatin1(code));

    auto* inputs = new QFormLayout;
    inputs->addRow(m_repLabel, m_repCombo);
    inputs->addRow(m_metricLabel, m_metricCombo);
    inputs->addRow(m_categoryLabel, m_categoryCombo);
    inputs->addRow(m_amountLabel, m_amountEdit);
    auto* results = new QFormLayout;
    results->addRow(m_commissionCaption, m_commissionLabel);
    results->addRow(m_tierCaption, m_tierLabel);
    results->addRow(m_totalCaption, m_totalLabel);
    results->addRow(m_nextCaption, m_nextLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addSpacing(12);
    layout->addLayout(results);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);

    connect(m_amountEdit, &QLineEdit::textChanged, this, &IncentiveWhatIfWidget::update);
    connect(m_repCombo, &QComboBox::currentIndexChanged, this, &IncentiveWhatIfWidget::update);
    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, &IncentiveWhatIfWidget::update);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, &IncentiveWhatIfWidget::update);
    retranslateUi();
}

void IncentiveWhatIfWidget::setResult(std::shared_ptr<const IncentiveResult> result)
{
    const QString rep = m_repCombo->currentData().toString();
    const QString category = m_categoryCombo->currentData().toString();
    m_result = std::move(result);
    QSignalBlocker b1(m_repCombo), b2(m_categoryCombo);
    m_repCombo->clear();
    m_categoryCombo->clear();
    if (m_result) {
        for (const IncentiveStatement& st : m_result->payroll.statements)
            m_repCombo->addItem(
                QStringLiteral("%1 · %2").arg(QString::fromStdString(st.repId), QString::fromStdString(st.repName)),
                QString::fromStdString(st.repId));
        std::set<std::string> categories;
        for (const Product& p : m_result->run->data().products)
            categories.insert(p.category);
        for (const std::string& c : categories)
            m_categoryCombo->addItem(QString::fromStdString(c), QString::fromStdString(c));
    }
    m_repCombo->setCurrentIndex(std::max(0, m_repCombo->findData(rep)));
    m_categoryCombo->setCurrentIndex(std::max(0, m_categoryCombo->findData(category)));
    update();
}

void IncentiveWhatIfWidget::setRep(const std::string& repId)
{
    const int i = m_repCombo->findData(QString::fromStdString(repId));
    if (i >= 0)
        m_repCombo->setCurrentIndex(i);
}

void IncentiveWhatIfWidget::retranslateUi()
{
    m_repLabel->setText(tr("Rep"));
    m_metricLabel->setText(tr("Booked as"));
    m_categoryLabel->setText(tr("Product category"));
    m_amountLabel->setText(tr("Extra amount"));
    m_amountEdit->setPlaceholderText(tr("e.g. 10000.00"));
    m_commissionCaption->setText(tr("Commission"));
    m_tierCaption->setText(tr("Tier"));
    m_totalCaption->setText(tr("Total pay"));
    m_nextCaption->setText(tr("Next tier"));
    for (int i = 0; i < m_metricCombo->count(); ++i)
        m_metricCombo->setItemText(i, io::metricLabel(m_metricCombo->itemData(i).toString().toStdString()));
    update();
}

std::optional<Money> IncentiveWhatIfWidget::amount() const
{
    QString text = m_amountEdit->text().trimmed();
    const QLocale locale;
    text.remove(locale.groupSeparator());
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char(','));
    text.replace(locale.decimalPoint(), QStringLiteral("."));
    if (text.isEmpty())
        return Money();
    return Money::parse(text.toStdString());
}

void IncentiveWhatIfWidget::update()
{
    for (QLabel* l : {m_commissionLabel, m_totalLabel, m_tierLabel, m_nextLabel})
        l->setText(QStringLiteral("—"));
    m_messageLabel->clear();
    m_messageLabel->setStyleSheet(QString());
    if (!m_result || m_repCombo->currentIndex() < 0) {
        m_messageLabel->setText(tr("Calculate a period first."));
        return;
    }
    const auto extra = amount();
    if (!extra) {
        m_messageLabel->setStyleSheet(QStringLiteral("color: #c01c28;"));
        m_messageLabel->setText(
            tr("“%1” is not an amount: write it like 10000.00 (at most two decimals).").arg(m_amountEdit->text()));
        return;
    }
    const std::string repId = m_repCombo->currentData().toString().toStdString();
    const Rep* rep = m_result->run->index().rep(repId);
    if (!rep)
        return;
    const std::string metric = m_metricCombo->currentData().toString().toStdString();
    WhatIf w;
    w.metric = *metricFromCode(metric);
    w.category = m_categoryCombo->currentData().toString().toStdString();
    w.amount = *extra;
    WhatIfResult res;
    try {
        res = m_result->run->engine().whatIf(*rep, m_result->period, w);
    } catch (const std::exception& e) {
        m_messageLabel->setText(QString::fromStdString(e.what()));
        return;
    }
    const ComponentResult* before = firstCommission(res.before, metric);
    const ComponentResult* after = firstCommission(res.after, metric);
    if (!before || !after) {
        m_messageLabel->setText(tr("The rep's plan has no commission on %1.").arg(io::metricLabel(metric)));
    } else if (after->isError()) {
        m_commissionLabel->setText(tr("error"));
        m_messageLabel->setText(QString::fromStdString(after->error));
    } else {
        const std::int64_t b = before->amountCents.value_or(0);
        const std::int64_t a = *after->amountCents;
        m_commissionLabel->setText(tr("%1 → %2 (%3)").arg(money(b), money(a), signedMoney(a - b)));
        const QString tierBefore = before->tier > 0 ? QString::number(before->tier) : QStringLiteral("—");
        const QString tierAfter = after->tier > 0 ? QString::number(after->tier) : QStringLiteral("—");
        m_tierLabel->setText(tr("%1 → %2 (attainment %3 → %4)")
                                 .arg(tierBefore, tierAfter,
                                      before->attainment ? percent(*before->attainment) : QStringLiteral("—"),
                                      after->attainment ? percent(*after->attainment) : QStringLiteral("—")));
    }
    m_totalLabel->setText(tr("%1 → %2 (%3)")
                              .arg(money(res.before.totalCents), money(res.after.totalCents),
                                   signedMoney(res.after.totalCents - res.before.totalCents)));
    if (res.next) {
        const NextMilestone& n = *res.next;
        m_nextLabel->setText(
            n.isThreshold
                ? tr("threshold %1 (tier %2): %3 more").arg(percent(n.attainment)).arg(n.tier).arg(money(n.neededCents))
                : tr("tier %1 from %2: %3 more").arg(n.tier).arg(percent(n.attainment), money(n.neededCents)));
    } else if (after && !after->isError()) {
        m_nextLabel->setText(tr("top tier reached"));
    }
}

} // namespace sd::app
