#pragma once

#ifndef Q_MOC_RUN
#include "domain/AppraisalCycle.h"
#endif

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace sd::app {

struct ScoredAppraisal;

// The team table of the appraisal view: one row per appraised rep with each item's score, the total, the final
// grade (calibrated when calibrated) and the cycle state. SortRole gives numbers for the numeric columns.
class AppraisalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RepId, Name, Team, FirstItem };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int UnitIdRole = Qt::UserRole + 2;

    explicit AppraisalTableModel(QObject* parent = nullptr);

    // Shows a scored period (null clears) with the cycle records of its reps; keeps it alive while shown.
    void reset(std::shared_ptr<const ScoredAppraisal> scored, const std::map<std::string, AppraisalRecord>& records);
    // A record changed (a workflow action or its undo).
    void updateRecord(const AppraisalRecord& record);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int totalColumn() const { return FirstItem + int(m_codes.size()); }
    int gradeColumn() const { return totalColumn() + 1; }
    int stateColumn() const { return totalColumn() + 2; }
    const std::vector<std::string>& itemCodes() const { return m_codes; }
    std::string repIdAt(int row) const;
    int rowOf(const std::string& repId) const;
    const AppraisalRecord& recordOf(const std::string& repId) const;
    // The grade a rep ends with: the calibrated one, else the scored one ("" when none).
    std::string finalGrade(int row) const;

private:
    std::shared_ptr<const ScoredAppraisal> m_scored;
    std::map<std::string, AppraisalRecord> m_records;
    std::vector<std::string> m_codes;
    AppraisalRecord m_empty;
};

// Filters the team table by a text (rep id or name) and a team (org unit id; empty = all).
class AppraisalFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AppraisalFilterModel(QObject* parent = nullptr);
    void setText(const QString& text);
    void setUnitId(const QString& unitId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_unitId;
};

} // namespace sd::app
