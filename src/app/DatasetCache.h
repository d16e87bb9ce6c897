#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "domain/Dataset.h"
#endif

#include <QObject>
#include <QString>

#include <memory>

namespace sd::app {

class WorkspaceDocument;

// The workspace's rows as the engines need them, read once on a worker thread and shared by every section until
// the data changes. A section asks for the parts it needs (storage::DatasetPart bits); when they are not loaded
// yet, a load of everything asked so far starts and datasetReady() tells when to ask again. The GUI thread never
// waits on SQL, so the large workspace cannot freeze a view.
class DatasetCache : public QObject
{
    Q_OBJECT

public:
    explicit DatasetCache(WorkspaceDocument* document);
    ~DatasetCache() override;

    // The dataset when it holds `parts`, else null (and a load starts unless one is running).
    std::shared_ptr<const Dataset> dataset(unsigned parts);
    // Blocks (running the event loop) until `parts` are loaded; for tests and command-like actions. Null when the
    // load failed or no workspace is open.
    std::shared_ptr<const Dataset> waitFor(unsigned parts);
    bool isLoading() const { return m_loadingParts != 0; }
    // The last load's error, empty when it succeeded.
    QString lastError() const { return m_lastError; }

    // Forgets what was loaded (the data changed); a running load's result is dropped.
    void invalidate();

Q_SIGNALS:
    // A load finished: sections call dataset() again.
    void datasetReady();
    void loadFailed(const QString& message);

private:
    void startLoad(unsigned parts);
    void finishLoad(quint64 generation, unsigned parts, std::shared_ptr<const Dataset> data, const QString& error);

    WorkspaceDocument* m_document;
    std::shared_ptr<const Dataset> m_data;
    unsigned m_loadedParts = 0;
    unsigned m_loadingParts = 0;
    unsigned m_wantedParts = 0;
    quint64 m_generation = 0;
    QString m_lastError;
};

} // namespace sd::app
