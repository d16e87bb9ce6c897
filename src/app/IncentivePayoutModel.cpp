#include "app/IncentivePayoutModel.h"

#include "app/Formatting.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <map>

namespace sd::app {

IncentivePayoutModel::IncentivePayoutModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void IncentivePayoutModel::setResult(std::shared_ptr<const IncentiveResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_keys.clear();
    if (m_result) {
        for (const IncentiveStatement& st : m_result->payroll.statements) {
            std::map<std::pair<std::string, std::string>, int> seen;
            for (const ComponentResult& c : st.components) {
                Key key{std::string(toCode(c.kind)), c.metric, seen[{std::string(toCode(c.kind)), c.metric}]++};
                bool known = false;
                for (const Key& k : m_keys)
                    known = known || k == key;
                if (!known)
                    m_keys.push_back(key);
            }
        }
    }
    endResetModel();
}

void IncentivePayoutModel::refreshRow(int row)
{
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void IncentivePayoutModel::retranslate()
{
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int IncentivePayoutModel::rowFromRep(const std::string& repId) const
{
    return m_result ? m_result->indexOf(repId) : -1;
}

std::string IncentivePayoutModel::repFromRow(int row) const
{
    if (!m_result || row < 0 || row >= rowCount())
        return {};
    return m_result->payroll.statements[size_t(row)].repId;
}

int IncentivePayoutModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->payroll.statements.size());
}

int IncentivePayoutModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : stateColumn() + 1;
}

const ComponentResult* IncentivePayoutModel::component(int row, const Key& key) const
{
    int occurrence = 0;
    for (const ComponentResult& c : m_result->payroll.statements[size_t(row)].components) {
        if (toCode(c.kind) != key.type || c.metric != key.metric)
            continue;
        if (occurrence++ == key.occurrence)
            return &c;
    }
    return nullptr;
}

QString IncentivePayoutModel::stateText(const StatementReconciliation& r)
{
    switch (r.keep.state) {
    case StatementState::Calculated:
        return tr("Calculated");
    case StatementState::Reviewed:
        return tr("Reviewed");
    case StatementState::Approved:
        return r.outcome == StatementReconciliation::Outcome::Differs ? tr("Approved — recalculation differs")
                                                                      : tr("Approved");
    }
    return {};
}

QVariant IncentivePayoutModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_result || index.row() >= rowCount())
        return {};
    const size_t row = size_t(index.row());
    const IncentiveStatement& st = m_result->payroll.statements[row];
    const int col = index.column();
    if (col == RepIdColumn)
        return role == Qt::DisplayRole ? QVariant(QString::fromStdString(st.repId)) : QVariant();
    if (col == NameColumn)
        return role == Qt::DisplayRole ? QVariant(QString::fromStdString(st.repName)) : QVariant();
    if (col == totalColumn()) {
        if (role == Qt::DisplayRole)
            return Formatting::amount(Money::fromCents(st.totalCents));
        if (role == CentsRole)
            return QVariant::fromValue<qlonglong>(st.totalCents);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    if (col == stateColumn()) {
        const StatementReconciliation& r = m_result->lifecycle[row];
        if (role == Qt::DisplayRole)
            return stateText(r);
        if (role == Qt::ForegroundRole && r.outcome == StatementReconciliation::Outcome::Differs)
            return QBrush(QColor(0xb0, 0x5a, 0x00));
        return {};
    }
    if (col < FirstComponentColumn || col >= totalColumn())
        return {};
    const ComponentResult* c = component(index.row(), m_keys[size_t(col - FirstComponentColumn)]);
    if (!c)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return c->isError() ? tr("error") : Formatting::amount(Money::fromCents(*c->amountCents));
    case CentsRole:
        return c->isError() ? QVariant() : QVariant::fromValue<qlonglong>(*c->amountCents);
    case Qt::ToolTipRole:
        return c->isError() ? QString::fromStdString(c->error) : QVariant();
    case Qt::ForegroundRole:
        return c->isError() ? QVariant(QBrush(QColor(0xc0, 0x1c, 0x28))) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant IncentivePayoutModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == RepIdColumn)
        return tr("Rep");
    if (section == NameColumn)
        return tr("Name");
    if (section == totalColumn())
        return tr("Total");
    if (section == stateColumn())
        return tr("State");
    if (section < FirstComponentColumn || section >= totalColumn())
        return {};
    const Key& key = m_keys[size_t(section - FirstComponentColumn)];
    const auto kind = [&key] {
        for (ComponentKind k : {ComponentKind::Commission, ComponentKind::Clawback, ComponentKind::Bonus,
                                ComponentKind::GradeBonus, ComponentKind::Contest})
            if (toCode(k) == key.type)
                return k;
        return ComponentKind::Commission;
    }();
    QString label = io::componentLabel(kind);
    if (!key.metric.empty() && kind != ComponentKind::Clawback)
        label += QStringLiteral("\n") + io::metricLabel(key.metric);
    if (key.occurrence > 0)
        label += QStringLiteral(" (%1)").arg(key.occurrence + 1);
    return label;
}

} // namespace sd::app
