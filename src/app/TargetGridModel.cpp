#include "app/TargetGridModel.h"

#include "app/Formatting.h"
#include "domain/Money.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace sd::app {

namespace {

const QColor kOver(0xf8, 0xd0, 0xcc);     // children sum to more than the parent
const QColor kUnder(0xfc, 0xe8, 0xc0);    // children sum to less
const QColor kApproved(0xe3, 0xee, 0xf9); // locked

QString ownerKey(const OwnerRef& o) { return QString::fromStdString(o.toString()); }

} // namespace

TargetGridModel::TargetGridModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void TargetGridModel::setGrid(std::shared_ptr<const TargetGrid> grid)
{
    beginResetModel();
    m_grid = std::move(grid);
    m_roots = m_grid ? m_grid->roots() : std::vector<int>{};
    endResetModel();
}

void TargetGridModel::setActuals(std::unordered_map<std::string, std::int64_t> actuals)
{
    m_actuals = std::move(actuals);
    if (!m_grid)
        return;
    if (!m_roots.empty())
        Q_EMIT dataChanged(index(0, actualColumn()), index(rowCount() - 1, attainmentColumn()));
    for (std::size_t r = 0; r < m_grid->rows().size(); ++r) {
        const auto& kids = m_grid->rows()[r].children;
        if (kids.empty())
            continue;
        const QModelIndex parent = indexFromRow(static_cast<int>(r));
        Q_EMIT dataChanged(index(0, actualColumn(), parent),
                           index(static_cast<int>(kids.size()) - 1, attainmentColumn(), parent));
    }
}

int TargetGridModel::bottomUpColumn() const
{
    return FirstPeriodColumn + (m_grid ? static_cast<int>(m_grid->periods().size()) : 0);
}

int TargetGridModel::rowFromIndex(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<int>(index.internalId()) : -1;
}

std::optional<int> TargetGridModel::periodFromColumn(int column) const
{
    if (!m_grid || column < FirstPeriodColumn || column >= bottomUpColumn())
        return std::nullopt;
    return column - FirstPeriodColumn;
}

QModelIndex TargetGridModel::indexFromRow(int row, int column) const
{
    if (!m_grid || row < 0)
        return {};
    const TargetGridRow& r = m_grid->rows()[static_cast<std::size_t>(row)];
    const std::vector<int>& siblings = r.parent < 0 ? m_roots : m_grid->rows()[static_cast<std::size_t>(r.parent)].children;
    const auto it = std::find(siblings.begin(), siblings.end(), row);
    return createIndex(static_cast<int>(it - siblings.begin()), column, static_cast<quintptr>(row));
}

QString TargetGridModel::amountText(std::int64_t value) const
{
    if (m_grid && !isMoneyMetric(m_grid->request().metric))
        return QLocale().toString(static_cast<qlonglong>(value));
    return Formatting::amount(Money::fromCents(value));
}

std::optional<std::int64_t> TargetGridModel::parseAmount(const QString& text) const
{
    const QLocale locale;
    QString t = text.trimmed();
    t.remove(locale.groupSeparator());
    t.remove(QLatin1Char(','));
    t.replace(locale.decimalPoint(), QStringLiteral("."));
    if (m_grid && !isMoneyMetric(m_grid->request().metric)) {
        bool ok = false;
        const qlonglong n = t.toLongLong(&ok);
        return ok ? std::optional<std::int64_t>(n) : std::nullopt;
    }
    auto m = Money::parse(t.toStdString());
    return m ? std::optional<std::int64_t>(m->cents()) : std::nullopt;
}

QModelIndex TargetGridModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!m_grid || row < 0 || column < 0 || column >= columnCount())
        return {};
    const std::vector<int>& list =
        parent.isValid() ? m_grid->rows()[static_cast<std::size_t>(rowFromIndex(parent))].children : m_roots;
    if (row >= static_cast<int>(list.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(list[static_cast<std::size_t>(row)]));
}

QModelIndex TargetGridModel::parent(const QModelIndex& child) const
{
    if (!m_grid || !child.isValid())
        return {};
    const int p = m_grid->rows()[static_cast<std::size_t>(rowFromIndex(child))].parent;
    return p < 0 ? QModelIndex() : indexFromRow(p, 0);
}

int TargetGridModel::rowCount(const QModelIndex& parent) const
{
    if (!m_grid)
        return 0;
    if (!parent.isValid())
        return static_cast<int>(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(m_grid->rows()[static_cast<std::size_t>(rowFromIndex(parent))].children.size());
}

int TargetGridModel::columnCount(const QModelIndex&) const
{
    return m_grid ? attainmentColumn() + 1 : FirstPeriodColumn;
}

QString TargetGridModel::periodTitle(int p) const
{
    const Period& period = m_grid->periods()[static_cast<std::size_t>(p)];
    switch (period.kind()) {
    case PeriodKind::Year:
        return tr("FY %1").arg(period.yearNumber());
    case PeriodKind::Quarter:
        return tr("Q%1").arg(period.index());
    case PeriodKind::Month:
        return QString::fromStdString(period.label());
    case PeriodKind::Week:
        return tr("W%1").arg(period.index());
    }
    return {};
}

QVariant TargetGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && m_grid) {
        if (section == gapColumn())
            return tr("Top-down target of the year minus the bottom-up figures submitted (positive: the plan asks for "
                      "more than was committed)");
        if (section == attainmentColumn())
            return tr("Year-to-date actual ÷ the year's target");
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Organisation");
    if (section == ResponsibleColumn)
        return tr("Responsible");
    if (!m_grid)
        return {};
    if (auto p = periodFromColumn(section))
        return periodTitle(*p);
    if (section == bottomUpColumn())
        return tr("Bottom-up");
    if (section == gapColumn())
        return tr("Gap");
    if (section == actualColumn())
        return tr("Actual YTD");
    if (section == attainmentColumn())
        return tr("Attainment");
    return {};
}

QString TargetGridModel::cellTooltip(int row, int p) const
{
    const TargetGridCell& c = m_grid->cell(row, p);
    QStringList lines;
    const QString period = QString::fromStdString(m_grid->periods()[static_cast<std::size_t>(p)].label());
    if (m_grid->isWeekColumn(p))
        lines << tr("%1: the sum of its working days' shares of the month targets").arg(period);
    else if (c.state == TargetState::Approved)
        lines << tr("%1: approved, version %2 (locked: change it with Revise)").arg(period).arg(c.version);
    else if (c.amount && !c.explicitRow)
        lines << tr("%1: draft, the sum of its months").arg(period);
    else
        lines << tr("%1: draft").arg(period);
    if (c.childrenSum && c.amount && *c.childrenSum != *c.amount) {
        const std::int64_t diff = *c.childrenSum - *c.amount;
        lines << (diff > 0 ? tr("Over-allocated: the children sum to %1, %2 more than this target")
                           : tr("Under-allocated: the children sum to %1, %2 less than this target"))
                     .arg(amountText(*c.childrenSum), amountText(diff > 0 ? diff : -diff));
    }
    if (c.submitted)
        lines << tr("Submitted bottom-up: %1").arg(amountText(*c.submitted));
    if (m_lastChange && !m_grid->isWeekColumn(p))
        if (const QString last = m_lastChange(m_grid->keyOf(row, p)); !last.isEmpty())
            lines << last;
    return lines.join(QLatin1Char('\n'));
}

QVariant TargetGridModel::data(const QModelIndex& index, int role) const
{
    if (!m_grid || !index.isValid())
        return {};
    const int row = rowFromIndex(index);
    const int column = index.column();
    const TargetGridRow& r = m_grid->rows()[static_cast<std::size_t>(row)];
    const TargetGridCell& yearCell = m_grid->cell(row, 0);
    const std::string key = r.owner.toString();

    if (column == NameColumn) {
        if (role == Qt::DisplayRole)
            return QString::fromStdString(r.name);
        if (role == Qt::ToolTipRole)
            return ownerKey(r.owner);
        return {};
    }
    if (column == ResponsibleColumn) {
        // The stored person, else the proposed default in grey (stored with the target when it is saved or approved).
        const auto& id = yearCell.responsibleRepId ? yearCell.responsibleRepId : r.proposedResponsible;
        if (!id)
            return {};
        if (role == Qt::ForegroundRole && !yearCell.responsibleRepId)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (role == Qt::ToolTipRole)
            return yearCell.responsibleRepId ? QString::fromStdString(*id)
                                             : tr("%1 (proposed: stored when the target is saved or approved)")
                                                   .arg(QString::fromStdString(*id));
        if (role != Qt::DisplayRole)
            return {};
        auto it = m_repNames.find(*id);
        return it != m_repNames.end() ? it->second : QString::fromStdString(*id);
    }
    if (auto p = periodFromColumn(column)) {
        const TargetGridCell& c = m_grid->cell(row, *p);
        switch (role) {
        case Qt::DisplayRole:
            return c.amount ? amountText(*c.amount) : QString();
        case Qt::EditRole:
            return c.amount ? QString::fromStdString(isMoneyMetric(m_grid->request().metric)
                                                         ? Money::fromCents(*c.amount).toString()
                                                         : std::to_string(*c.amount))
                            : QString();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return cellTooltip(row, *p);
        case AllocationRole:
            if (c.childrenSum && c.amount && *c.childrenSum != *c.amount)
                return *c.childrenSum > *c.amount ? 1 : -1;
            return 0;
        case Qt::BackgroundRole:
            if (c.childrenSum && c.amount && *c.childrenSum != *c.amount)
                return QBrush(*c.childrenSum > *c.amount ? kOver : kUnder);
            if (c.state == TargetState::Approved)
                return QBrush(kApproved);
            return {};
        case Qt::FontRole:
            if (c.state == TargetState::Approved || *p == 0) {
                QFont f;
                f.setBold(*p == 0);
                f.setItalic(c.amount && !c.explicitRow && !m_grid->isWeekColumn(*p));
                return f;
            }
            return {};
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const auto actual = m_actuals.find(key);
    if (column == bottomUpColumn() || column == gapColumn()) {
        const TargetReconciliation rec = m_grid->reconciliation(row);
        if (role == Qt::ToolTipRole && rec.missing > 0 && rec.bottomUp)
            return tr("%n submission(s) missing", nullptr, rec.missing);
        if (role == Qt::EditRole && column == bottomUpColumn()) {
            const auto& own = m_grid->cell(row, 0).submitted;
            return own ? QString::fromStdString(isMoneyMetric(m_grid->request().metric) ? Money::fromCents(*own).toString()
                                                                                      : std::to_string(*own))
                       : QString();
        }
        if (role != Qt::DisplayRole)
            return {};
        const auto& v = column == bottomUpColumn() ? rec.bottomUp : rec.gap;
        return v ? amountText(*v) : QString();
    }
    if (column == actualColumn()) {
        if (role == Qt::DisplayRole && actual != m_actuals.end())
            return amountText(actual->second);
        return {};
    }
    if (column == attainmentColumn()) {
        if (actual == m_actuals.end() || !yearCell.amount || *yearCell.amount == 0)
            return {};
        const Rational a = Rational(actual->second) / Rational(*yearCell.amount);
        if (role == Qt::DisplayRole) // SPEC §3: a ratio to 4 decimals, shown as a percentage
            return QVariant(QString::fromStdString((a * Rational(100)).toFixed(2))
                                .replace(QLatin1Char('.'), QLocale().decimalPoint())
                            + QLatin1Char('%'));
        if (role == AttainmentPermilleRole)
            return static_cast<int>((a * Rational(1000)).roundHalfAwayFromZero());
    }
    return {};
}

Qt::ItemFlags TargetGridModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!m_grid || !index.isValid())
        return f;
    if (auto p = periodFromColumn(index.column())) {
        if (!m_grid->isWeekColumn(*p) && m_grid->cell(rowFromIndex(index), *p).state == TargetState::Draft)
            f |= Qt::ItemIsEditable;
    }
    // A rep submits its own bottom-up figure (in any state); a unit's is the sum of its children's.
    if (index.column() == bottomUpColumn() && m_grid->rows()[static_cast<std::size_t>(rowFromIndex(index))].children.empty())
        f |= Qt::ItemIsEditable;
    return f;
}

bool TargetGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_grid || role != Qt::EditRole)
        return false;
    if (index.column() == bottomUpColumn() && (flags(index) & Qt::ItemIsEditable)) {
        const int row = rowFromIndex(index);
        if (value.toString().trimmed().isEmpty()) {
            Q_EMIT submitRequested(row, -1);
            return true;
        }
        const auto amount = parseAmount(value.toString());
        if (!amount || *amount < 0) {
            Q_EMIT editRefused(tr("%1: \"%2\" is not a bottom-up figure (a number ≥ 0, at most 2 decimals)")
                                   .arg(QString::fromStdString(m_grid->keyOf(row, 0).toString()), value.toString()));
            return false;
        }
        Q_EMIT submitRequested(row, static_cast<qint64>(*amount));
        return true;
    }
    const auto p = periodFromColumn(index.column());
    if (!p)
        return false;
    const int row = rowFromIndex(index);
    const TargetKey key = m_grid->keyOf(row, *p);
    const QString where = QString::fromStdString(key.toString());
    if (m_grid->isWeekColumn(*p)) {
        Q_EMIT editRefused(tr("%1: a week's target follows from its months; edit the months").arg(where));
        return false;
    }
    if (m_grid->cell(row, *p).state == TargetState::Approved) {
        Q_EMIT editRefused(tr("%1 is approved and locked: change it with Revise and a reason").arg(where));
        return false;
    }
    const auto amount = parseAmount(value.toString());
    if (!amount || *amount < 0) {
        Q_EMIT editRefused(
            tr("%1: \"%2\" is not a target (a number ≥ 0, at most 2 decimals)").arg(where, value.toString()));
        return false;
    }
    if (m_grid->cell(row, *p).amount == amount)
        return false;
    Q_EMIT editRequested(row, *p, static_cast<qint64>(*amount));
    return true;
}

} // namespace sd::app
