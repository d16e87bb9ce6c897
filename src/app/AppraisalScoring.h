#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "domain/Appraisal.h"
#include "domain/Dataset.h"
#include "domain/DatasetIndex.h"
#endif

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace sd::app {

class WorkspaceDocument;

// One period's scored appraisal and everything its references point into (dataset, index, settings).
struct ScoredAppraisal
{
    std::shared_ptr<const Dataset> data;
    std::unique_ptr<DatasetIndex> index;
    WorkspaceSettings settings;
    Period period;
    AppraisalResult result;
};

// Scores a period's appraisal off the GUI thread: waits for the document's dataset (DatasetCache), then runs the
// AppraisalEngine on a worker thread and emits scored(). A newer request or a data change drops an older result.
class AppraisalScoring : public QObject
{
    Q_OBJECT

public:
    explicit AppraisalScoring(WorkspaceDocument* document, QObject* parent = nullptr);

    // Starts scoring `period` (a quarter); the result comes with scored().
    void request(const Period& period);
    const ScoredAppraisal* current() const { return m_current.get(); }
    std::shared_ptr<const ScoredAppraisal> shared() const { return m_current; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void scored();
    void failed(const QString& message);

private:
    void tryStart();
    void finish(quint64 generation, std::shared_ptr<ScoredAppraisal> result, const QString& error);

    WorkspaceDocument* m_document;
    std::shared_ptr<ScoredAppraisal> m_current;
    std::optional<Period> m_wanted;
    quint64 m_generation = 0;
    quint64 m_started = 0; // the generation whose scoring thread runs
    bool m_busy = false;
};

} // namespace sd::app
