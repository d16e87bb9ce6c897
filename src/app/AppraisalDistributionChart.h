#pragma once

#ifndef Q_MOC_RUN
#include "domain/Settings.h"
#endif

#include <QChartView>

#include <string>
#include <vector>

class QLabel;

namespace sd::app {

// The grade distribution of the shown reps against the rule (SPEC §6: at most 10% S, 30% S+A): bars of the reps per
// grade beside the most the rule allows for the top grade and the top two, and a line saying whether it passes.
class AppraisalDistributionChart : public QChartView
{
    Q_OBJECT

public:
    explicit AppraisalDistributionChart(QWidget* parent = nullptr);

    // `grades`: the final grade of every shown rep ("" for none).
    void setGrades(const std::vector<std::string>& grades, const WorkspaceSettings& settings);
    // "84 graded · S: 0 (max 8) · S+A: 22 (max 25) · within the rule"
    QString summary() const { return m_summary; }
    bool passes() const { return m_passes; }

private:
    QString m_summary;
    bool m_passes = true;
};

} // namespace sd::app
