#include "app/IncentiveLeaderboardWidget.h"

#include "app/Formatting.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::app {

namespace {

struct Entry
{
    const IncentiveStatement* statement;
    const ComponentResult* contest;
};

} // namespace

IncentiveLeaderboardWidget::IncentiveLeaderboardWidget(QWidget* parent)
    : QWidget(parent)
    , m_contestLabel(new QLabel(this))
    , m_contestCombo(new QComboBox(this))
    , m_prizesLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("incentiveLeaderboardWidget"));
    m_contestCombo->setObjectName(QStringLiteral("contestCombo"));
    m_contestCombo->setMinimumWidth(320);
    m_prizesLabel->setObjectName(QStringLiteral("prizesLabel"));
    m_prizesLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("leaderboardTable"));
    m_table->setColumnCount(5);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_contestCombo, &QComboBox::currentIndexChanged, this, &IncentiveLeaderboardWidget::showContest);

    auto* top = new QHBoxLayout;
    top->addWidget(m_contestLabel);
    top->addWidget(m_contestCombo);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_prizesLabel);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void IncentiveLeaderboardWidget::setResult(std::shared_ptr<const IncentiveResult> result)
{
    m_result = std::move(result);
    QSignalBlocker blocker(m_contestCombo);
    m_contestCombo->clear();
    if (m_result) {
        // One leaderboard per (plan, contest component) met in the statements.
        for (size_t i = 0; i < m_result->payroll.statements.size(); ++i) {
            const IncentiveStatement& st = m_result->payroll.statements[i];
            for (const ComponentResult& c : st.components) {
                if (c.kind != ComponentKind::Contest)
                    continue;
                const QString key = QStringLiteral("%1/%2").arg(QString::fromStdString(st.planCode)).arg(c.planIndex);
                if (m_contestCombo->findData(key) >= 0)
                    continue;
                m_contestCombo->addItem(
                    tr("%1 — %2").arg(QString::fromStdString(st.planCode), io::metricLabel(c.metric)), key);
            }
        }
    }
    showContest();
}

void IncentiveLeaderboardWidget::retranslateUi()
{
    m_contestLabel->setText(tr("Contest"));
    m_table->setHorizontalHeaderLabels({tr("Rank"), tr("Rep"), tr("Value"), tr("Prize"), tr("Titles")});
    setResult(m_result);
}

void IncentiveLeaderboardWidget::showContest()
{
    m_table->setRowCount(0);
    m_prizesLabel->clear();
    if (!m_result || m_contestCombo->currentIndex() < 0) {
        m_prizesLabel->setText(tr("No contest in the plans of this period."));
        return;
    }
    const QString key = m_contestCombo->currentData().toString();
    std::vector<Entry> entries;
    const IncentivePlan* plan = nullptr;
    int planIndex = -1;
    for (size_t i = 0; i < m_result->payroll.statements.size(); ++i) {
        const IncentiveStatement& st = m_result->payroll.statements[i];
        for (const ComponentResult& c : st.components)
            if (c.kind == ComponentKind::Contest
                && QStringLiteral("%1/%2").arg(QString::fromStdString(st.planCode)).arg(c.planIndex) == key) {
                entries.push_back({&st, &c});
                if (!plan && i < m_result->payroll.plans.size() && m_result->payroll.plans[i]) {
                    plan = &*m_result->payroll.plans[i];
                    planIndex = c.planIndex;
                }
            }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.contest->rank.has_value() != b.contest->rank.has_value())
            return a.contest->rank.has_value();
        if (a.contest->rank && *a.contest->rank != *b.contest->rank)
            return *a.contest->rank < *b.contest->rank;
        return a.statement->repId < b.statement->repId;
    });
    if (plan && planIndex >= 0 && size_t(planIndex) < plan->components.size()) {
        QStringList prizes;
        const auto& list = plan->components[size_t(planIndex)].prizes;
        for (size_t i = 0; i < list.size(); ++i)
            prizes << tr("#%1 %2").arg(i + 1).arg(list[i].money ? Formatting::amount(*list[i].money)
                                                                : QString::fromStdString(list[i].title));
        m_prizesLabel->setText(tr("Prizes: %1").arg(prizes.join(QStringLiteral(" · "))));
    }
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        const ComponentResult& c = *entries[size_t(row)].contest;
        const IncentiveStatement& st = *entries[size_t(row)].statement;
        QString value = QStringLiteral("—");
        if (c.value)
            value = c.moneyMetric
                ? Formatting::amount(Money::fromExactCents(*c.value))
                : QString::fromStdString(c.value->isInteger() ? c.value->toString() : c.value->toFixed(2));
        QStringList titles;
        for (const std::string& t : c.titles)
            titles << QString::fromStdString(t);
        const QStringList cells{
            c.rank ? QString::number(*c.rank) : QStringLiteral("—"),
            QStringLiteral("%1 · %2").arg(QString::fromStdString(st.repId), QString::fromStdString(st.repName)), value,
            c.amountCents ? Formatting::amount(Money::fromCents(*c.amountCents)) : QStringLiteral("—"),
            titles.join(QStringLiteral(", "))};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col == 0 || col == 2 || col == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!titles.isEmpty() && col == 4) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace sd::app
