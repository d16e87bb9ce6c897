#pragma once

// HR's quarterly appraisal sheet (SPEC §6): an xlsx workbook (a summary sheet for the company, one
// sheet per region, the grade distribution per team) and one printable A4 form per rep. Used by
// `salesctl appraisal export` and the appraisal view; docs/kpi.md describes the layout.

#include "domain/Appraisal.h"
#include "domain/AppraisalCycle.h"
#include "domain/DatasetIndex.h"
#include "domain/Settings.h"

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace sd::io {

// The figures and cycle records of one period's appraisal, written as the HR sheet and forms. The
// index, settings and result must outlive it. Labels are translated (context "AppraisalExport").
class AppraisalExport
{
public:
    AppraisalExport(const DatasetIndex& index, const WorkspaceSettings& settings, const AppraisalResult& result,
                    const std::vector<AppraisalRecord>& records);

    // Writes the workbook (temporary file + rename); throws ExportError.
    void writeXlsx(const std::string& path) const;
    // One PDF form per rep into `dir` (created when missing), named <period>_<rep id>.pdf; returns the paths.
    // Needs a QGuiApplication; throws ExportError.
    std::vector<std::string> writePdfForms(const std::string& dir) const;
    // The file name of a rep's form: <period>_<rep id>.pdf, the id made safe for a file name.
    static std::string formFileName(const std::string& period, const std::string& repId);
    // One rep's form.
    void writePdfForm(const RepScorecard& card, const std::string& path) const;

    // The KPI codes of the sheet's item columns: every item code of the appraised reps' templates, in the
    // order of the workspace's templates and their items.
    const std::vector<std::string>& itemCodes() const { return m_codes; }
    // The record of a rep (an open, empty one when none is stored).
    const AppraisalRecord& recordOf(const std::string& repId) const;
    // The "a / b / c" path of a rep's org unit.
    std::string orgPath(const Rep& rep) const;
    // The region a rep belongs to: its unit's ancestor just under the company (the company itself when the
    // rep sits at the top).
    const OrgUnit* regionOf(const Rep& rep) const;

    // Display names shared with the appraisal view.
    static QString kpiName(const std::string& code, const WorkspaceSettings& settings);
    static QString perspectiveName(Perspective p);
    static QString ruleText(const ScoringRule& rule);
    static QString stateName(AppraisalState s);
    static QString roleName(Role r);
    static QString levelName(Level l);
    static QString reviewerKindName(const std::string& kind);
    static QString reasonName(NotApplicableReason r);
    // A KPI value in its unit as text ("1,234.50", "3", "88.89%", "83.13"); "" when n/a.
    static QString valueText(const std::optional<Rational>& v, KpiUnit unit);

private:
    const DatasetIndex& m_index;
    const WorkspaceSettings& m_settings;
    const AppraisalResult& m_result;
    std::map<std::string, AppraisalRecord> m_records;
    std::vector<std::string> m_codes;
    AppraisalRecord m_empty;
};

} // namespace sd::io
