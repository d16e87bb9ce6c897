#include "app/AppraisalTableModel.h"

#include "app/AppraisalScoring.h"
#include "io/AppraisalExport.h"

#include <algorithm>

namespace sd::app {

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

double toNumber(const Rational& r)
{
    return double(static_cast<long long>(r.roundedScaled(4))) / 10000.0;
}

} // namespace

AppraisalTableModel::AppraisalTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AppraisalTableModel::reset(std::shared_ptr<const ScoredAppraisal> scored,
                                const std::map<std::string, AppraisalRecord>& records)
{
    beginResetModel();
    m_scored = std::move(scored);
    m_records = records;
    m_codes.clear();
    if (m_scored) {
        m_empty.period = m_scored->period.label();
        std::vector<std::string> used;
        for (const RepScorecard& c : m_scored->result.reps)
            if (std::find(used.begin(), used.end(), c.kpiTemplate->code) == used.end())
                used.push_back(c.kpiTemplate->code);
        for (const KpiTemplate& t : m_scored->settings.kpiTemplates) {
            if (std::find(used.begin(), used.end(), t.code) == used.end())
                continue;
            for (const KpiTemplateItem& item : t.items)
                if (std::find(m_codes.begin(), m_codes.end(), item.kpi) == m_codes.end())
                    m_codes.push_back(item.kpi);
        }
    }
    endResetModel();
}

void AppraisalTableModel::updateRecord(const AppraisalRecord& record)
{
    m_records[record.repId] = record;
    const int row = rowOf(record.repId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int AppraisalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_scored ? 0 : int(m_scored->result.reps.size());
}

int AppraisalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : stateColumn() + 1;
}

std::string AppraisalTableModel::repIdAt(int row) const
{
    if (!m_scored || row < 0 || row >= rowCount())
        return {};
    return m_scored->result.reps[std::size_t(row)].rep->id;
}

int AppraisalTableModel::rowOf(const std::string& repId) const
{
    if (!m_scored)
        return -1;
    const auto& reps = m_scored->result.reps;
    const auto it = std::lower_bound(reps.begin(), reps.end(), repId,
                                     [](const RepScorecard& c, const std::string& id) { return c.rep->id < id; });
    return it != reps.end() && it->rep->id == repId ? int(it - reps.begin()) : -1;
}

const AppraisalRecord& AppraisalTableModel::recordOf(const std::string& repId) const
{
    const auto it = m_records.find(repId);
    return it == m_records.end() ? m_empty : it->second;
}

std::string AppraisalTableModel::finalGrade(int row) const
{
    const RepScorecard& c = m_scored->result.reps[std::size_t(row)];
    return recordOf(c.rep->id).finalGrade(c.total.grade).value_or("");
}

QVariant AppraisalTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_scored)
        return {};
    const RepScorecard& c = m_scored->result.reps[std::size_t(index.row())];
    const int col = index.column();
    if (role == UnitIdRole)
        return fromStd(c.rep->orgUnitId);
    if (role == Qt::TextAlignmentRole && col >= FirstItem && col <= totalColumn())
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    if (col == RepId)
        return fromStd(c.rep->id);
    if (col == Name)
        return fromStd(c.rep->name);
    if (col == Team) {
        const OrgUnit* u = m_scored->index->unit(c.rep->orgUnitId);
        return u ? fromStd(u->name) : fromStd(c.rep->orgUnitId);
    }
    if (col >= FirstItem && col < totalColumn()) {
        const std::string& code = m_codes[std::size_t(col - FirstItem)];
        const auto it = std::find_if(c.items.begin(), c.items.end(), [&](const ItemScore& s) { return s.kpi == code; });
        if (it == c.items.end() || !it->score) {
            if (role == Qt::ToolTipRole && it != c.items.end())
                return io::AppraisalExport::reasonName(it->reason);
            return role == SortRole ? QVariant(-1.0) : QVariant();
        }
        if (role == SortRole)
            return toNumber(*it->score);
        return QString::fromStdString(it->score->toFixed(2));
    }
    if (col == totalColumn()) {
        if (!c.total.rounded)
            return role == SortRole ? QVariant(-1.0) : QVariant();
        return role == SortRole ? QVariant(toNumber(*c.total.rounded)) : QVariant(fromStd(c.total.rounded->toFixed(2)));
    }
    const AppraisalRecord& rec = recordOf(c.rep->id);
    if (col == gradeColumn()) {
        const QString grade = fromStd(rec.finalGrade(c.total.grade).value_or(""));
        if (role == Qt::ToolTipRole && rec.calibratedGrade)
            return tr("Scored %1, calibrated to %2: %3")
                .arg(fromStd(c.total.grade.value_or("-")), grade, fromStd(rec.calibrationReason));
        if (role == Qt::DisplayRole && rec.calibratedGrade)
            return QString(grade + QStringLiteral(" *"));
        return grade;
    }
    if (col == stateColumn()) {
        if (role == SortRole)
            return int(rec.state);
        return io::AppraisalExport::stateName(rec.state);
    }
    return {};
}

QVariant AppraisalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == RepId)
        return tr("Rep ID");
    if (section == Name)
        return tr("Name");
    if (section == Team)
        return tr("Team");
    if (section >= FirstItem && section < totalColumn() && m_scored)
        return io::AppraisalExport::kpiName(m_codes[std::size_t(section - FirstItem)], m_scored->settings);
    if (section == totalColumn())
        return tr("Total");
    if (section == gradeColumn())
        return tr("Grade");
    if (section == stateColumn())
        return tr("State");
    return {};
}

AppraisalFilterModel::AppraisalFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AppraisalTableModel::SortRole);
}

void AppraisalFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void AppraisalFilterModel::setUnitId(const QString& unitId)
{
    m_unitId = unitId;
    invalidateFilter();
}

bool AppraisalFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    if (!m_unitId.isEmpty()
        && m->index(sourceRow, 0, sourceParent).data(AppraisalTableModel::UnitIdRole).toString() != m_unitId)
        return false;
    if (m_text.isEmpty())
        return true;
    return m->index(sourceRow, AppraisalTableModel::RepId, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive)
           || m->index(sourceRow, AppraisalTableModel::Name, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace sd::app
