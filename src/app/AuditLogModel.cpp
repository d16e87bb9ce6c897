#include "app/AuditLogModel.h"

#include "app/WorkspaceDocument.h"
#include "storage/Workspace.h"

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

QString fromStd(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString optText(const std::optional<std::string>& s) { return s ? fromStd(*s) : QString(); }

} // namespace

AuditLogModel::AuditLogModel(WorkspaceDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
}

void AuditLogModel::setFilter(const storage::AuditFilter& filter)
{
    m_filter = filter;
    refresh();
}

void AuditLogModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_document && m_document->isOpen()) {
        try {
            storage::AuditLog log(*m_document->workspace());
            m_total = log.count(m_filter);
            m_rows = log.page(m_filter, m_sortColumn, m_ascending, 0, kPageSize);
        } catch (const std::exception& e) {
            spdlog::error("reading the audit log failed: {}", e.what());
        }
    }
    endResetModel();
}

QString AuditLogModel::entityLabel(const QString& code)
{
    if (code == QStringLiteral("target"))
        return tr("Target");
    if (code == QStringLiteral("stage"))
        return tr("Stage");
    if (code == QStringLiteral("opportunity"))
        return tr("Opportunity");
    if (code == QStringLiteral("appraisal"))
        return tr("Appraisal");
    if (code == QStringLiteral("calibration"))
        return tr("Calibration");
    if (code == QStringLiteral("plan"))
        return tr("Incentive plan");
    if (code == QStringLiteral("settings"))
        return tr("Settings");
    if (code == QStringLiteral("statement"))
        return tr("Statement");
    return code;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const storage::AuditEntry& e = m_rows[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return fromStd(e.at);
        case User:
            return fromStd(e.actor);
        case Entity:
            return entityLabel(fromStd(e.entity));
        case Id:
            return fromStd(e.entityId);
        case Action:
            return fromStd(e.action);
        case Before:
            return optText(e.before);
        case After:
            return optText(e.after);
        default:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return QVariant::fromValue<qlonglong>(e.id);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When (UTC)");
    case User:
        return tr("User");
    case Entity:
        return tr("What");
    case Id:
        return tr("Record");
    case Action:
        return tr("Change");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

Qt::ItemFlags AuditLogModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && static_cast<long long>(m_rows.size()) < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_document || !m_document->isOpen())
        return;
    std::vector<storage::AuditEntry> more;
    try {
        more = storage::AuditLog(*m_document->workspace())
                   .page(m_filter, m_sortColumn, m_ascending, static_cast<long long>(m_rows.size()), kPageSize);
    } catch (const std::exception& e) {
        spdlog::error("reading the audit log failed: {}", e.what());
        return;
    }
    if (more.empty()) {
        m_total = static_cast<long long>(m_rows.size()); // rows vanished since the count: stop asking
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(more.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    endInsertRows();
}

void AuditLogModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case User:
        m_sortColumn = storage::AuditColumn::Actor;
        break;
    case Entity:
        m_sortColumn = storage::AuditColumn::Entity;
        break;
    case Id:
        m_sortColumn = storage::AuditColumn::EntityId;
        break;
    case Action:
        m_sortColumn = storage::AuditColumn::Action;
        break;
    default:
        m_sortColumn = storage::AuditColumn::At;
        break;
    }
    m_ascending = order == Qt::AscendingOrder;
    refresh();
}

} // namespace sd::app
