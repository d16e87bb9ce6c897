#include "app/IncentiveStatementView.h"

#include "app/Formatting.h"
#include "app/IncentivePayoutModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sd::app {

namespace {

QString centsText(const std::optional<std::int64_t>& cents, const std::string& error)
{
    if (cents)
        return Formatting::amount(Money::fromCents(*cents));
    return error.empty() ? QStringLiteral("—")
                         : IncentiveStatementView::tr("error: %1").arg(QString::fromStdString(error));
}

ComponentKind kindOf(const std::string& code)
{
    for (ComponentKind k : {ComponentKind::Commission, ComponentKind::Clawback, ComponentKind::Bonus,
                            ComponentKind::GradeBonus, ComponentKind::Contest})
        if (toCode(k) == code)
            return k;
    return ComponentKind::Commission;
}

} // namespace

IncentiveStatementView::IncentiveStatementView(QWidget* parent)
    : QWidget(parent)
    , m_stateLabel(new QLabel(this))
    , m_reviewButton(new QPushButton(this))
    , m_approveButton(new QPushButton(this))
    , m_reopenButton(new QPushButton(this))
    , m_differenceLabel(new QLabel(this))
    , m_differenceTable(new QTableWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("incentiveStatementView"));
    m_stateLabel->setObjectName(QStringLiteral("statementStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_differenceLabel->setObjectName(QStringLiteral("differenceLabel"));
    m_differenceLabel->setWordWrap(true);
    m_differenceTable->setObjectName(QStringLiteral("differenceTable"));
    m_differenceTable->setColumnCount(4);
    m_differenceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_differenceTable->verticalHeader()->setVisible(false);
    m_differenceTable->horizontalHeader()->setStretchLastSection(true);
    m_differenceTable->setMaximumHeight(150);
    m_browser->setObjectName(QStringLiteral("statementBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->document()->setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: x-large; } h2 { font-size: large; color: #24476b; margin-top: 10px; }"
        "table.grid { border-collapse: collapse; margin: 4px 0; }"
        "table.grid th { background-color: #dde4ee; padding: 3px 6px; border: 1px solid #9aa7b8; }"
        "table.grid td { padding: 2px 6px; border: 1px solid #c3ccd8; } td.num, th.num { text-align: right; }"));

    connect(m_reviewButton, &QPushButton::clicked, this, [this] { Q_EMIT reviewRequested(m_row); });
    connect(m_approveButton, &QPushButton::clicked, this, [this] { Q_EMIT approveRequested(m_row); });
    connect(m_reopenButton, &QPushButton::clicked, this, [this] { Q_EMIT reopenRequested(m_row); });

    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_reviewButton);
    actions->addWidget(m_approveButton);
    actions->addWidget(m_reopenButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stateLabel);
    layout->addLayout(actions);
    layout->addWidget(m_differenceLabel);
    layout->addWidget(m_differenceTable);
    layout->addWidget(m_browser, 1);
    retranslateUi();
}

void IncentiveStatementView::setStatement(std::shared_ptr<const IncentiveResult> result, int row)
{
    m_result = std::move(result);
    m_row = m_result && row >= 0 && row < int(m_result->payroll.statements.size()) ? row : -1;
    refresh();
}

void IncentiveStatementView::retranslateUi()
{
    m_reviewButton->setText(tr("Mark reviewed"));
    m_approveButton->setText(tr("Approve"));
    m_reopenButton->setText(tr("Reopen"));
    m_reopenButton->setToolTip(tr("Replace the statement with the new figures, back to calculated"));
    m_differenceTable->setHorizontalHeaderLabels({tr("Component"), tr("Approved"), tr("Recalculated"), tr("Change")});
    refresh();
}

void IncentiveStatementView::refresh()
{
    const bool has = m_row >= 0;
    m_reviewButton->setEnabled(false);
    m_approveButton->setEnabled(false);
    m_reopenButton->setEnabled(false);
    m_differenceLabel->setVisible(false);
    m_differenceTable->setVisible(false);
    if (!has) {
        m_stateLabel->setText(tr("Select a rep to see the statement."));
        m_browser->clear();
        return;
    }
    const StatementReconciliation& r = m_result->lifecycle[size_t(m_row)];
    const StatementSnapshot& s = r.keep;
    QString state = tr("State: %1").arg(IncentivePayoutModel::stateText(r));
    if (!s.reviewedBy.empty())
        state += QStringLiteral(" · ") + tr("reviewed by %1").arg(QString::fromStdString(s.reviewedBy));
    if (!s.approvedBy.empty())
        state += QStringLiteral(" · ")
            + tr("approved by %1 (%2)").arg(QString::fromStdString(s.approvedBy), QString::fromStdString(s.approvedAt));
    m_stateLabel->setText(state);
    m_reviewButton->setEnabled(s.state == StatementState::Calculated);
    m_approveButton->setEnabled(s.state == StatementState::Reviewed);
    m_reopenButton->setEnabled(r.outcome == StatementReconciliation::Outcome::Differs);

    if (r.outcome == StatementReconciliation::Outcome::Differs) {
        m_differenceLabel->setText(
            tr("This statement is approved and locked. The recalculation differs: total %1 approved, %2 now. "
               "Reopen it to take the new figures.")
                .arg(Formatting::amount(Money::fromCents(r.storedTotalCents)),
                     Formatting::amount(Money::fromCents(r.calculatedTotalCents))));
        m_differenceLabel->setVisible(true);
        m_differenceTable->setRowCount(int(r.differences.size()) + 1);
        int row = 0;
        const auto put = [this](int row, int col, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_differenceTable->setItem(row, col, item);
        };
        for (const ComponentChange& c : r.differences) {
            QString name = io::componentLabel(kindOf(c.type));
            if (!c.metric.empty())
                name += QStringLiteral(" (%1)").arg(io::metricLabel(c.metric));
            put(row, 0, name);
            put(row, 1, c.inOld ? centsText(c.oldCents, c.oldError) : QStringLiteral("—"));
            put(row, 2, c.inNew ? centsText(c.newCents, c.newError) : QStringLiteral("—"));
            const std::int64_t delta = c.newCents.value_or(0) - c.oldCents.value_or(0);
            put(row, 3, Formatting::amount(Money::fromCents(delta)));
            ++row;
        }
        put(row, 0, tr("Total"));
        put(row, 1, Formatting::amount(Money::fromCents(r.storedTotalCents)));
        put(row, 2, Formatting::amount(Money::fromCents(r.calculatedTotalCents)));
        put(row, 3, Formatting::amount(Money::fromCents(r.calculatedTotalCents - r.storedTotalCents)));
        m_differenceTable->resizeColumnsToContents();
        m_differenceTable->setVisible(true);
    }

    io::StatementFormat format = io::StatementFormat::plain();
    format.money = [](std::int64_t cents) { return Formatting::amount(Money::fromCents(cents)); };
    const QLocale locale;
    format.percent = [locale](const Rational& r, int places) -> QString {
        const Rational scaled = r * Rational(100);
        return QString::fromStdString(scaled.toFixed(places)).replace(QLatin1Char('.'), locale.decimalPoint())
            + QStringLiteral("%");
    };
    m_browser->setHtml(io::statementHtml(m_result->payroll, size_t(m_row), format));
}

} // namespace sd::app
