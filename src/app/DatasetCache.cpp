#include "app/DatasetCache.h"

#include "app/WorkerThreads.h"
#include "app/WorkspaceDocument.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QThread>

#include <spdlog/spdlog.h>

#include <exception>

namespace sd::app {

DatasetCache::DatasetCache(WorkspaceDocument* document)
    : QObject(document)
    , m_document(document)
{
    connect(document, &WorkspaceDocument::workspaceChanged, this, &DatasetCache::invalidate);
    connect(document, &WorkspaceDocument::dataChanged, this, &DatasetCache::invalidate);
}

DatasetCache::~DatasetCache() = default;

std::shared_ptr<const Dataset> DatasetCache::dataset(unsigned parts)
{
    if (m_data && (m_loadedParts & parts) == parts)
        return m_data;
    m_wantedParts |= parts;
    if (!m_loadingParts && m_document->isOpen())
        startLoad(m_wantedParts | m_loadedParts);
    return nullptr;
}

std::shared_ptr<const Dataset> DatasetCache::waitFor(unsigned parts)
{
    for (;;) {
        if (auto data = dataset(parts))
            return data;
        if (!m_loadingParts)
            return nullptr;
        QEventLoop loop;
        connect(this, &DatasetCache::datasetReady, &loop, &QEventLoop::quit);
        connect(this, &DatasetCache::loadFailed, &loop, &QEventLoop::quit);
        loop.exec();
        if (!m_lastError.isEmpty())
            return nullptr;
    }
}

void DatasetCache::invalidate()
{
    ++m_generation;
    m_data.reset();
    m_loadedParts = 0;
    m_loadingParts = 0;
    m_lastError.clear();
}

void DatasetCache::startLoad(unsigned parts)
{
    m_loadingParts = parts;
    m_lastError.clear();
    const quint64 generation = m_generation;
    const QString path = m_document->path();
    QPointer<DatasetCache> self(this);
    QThread* thread = QThread::create([self, path, parts, generation] {
        std::shared_ptr<const Dataset> data;
        QString error;
        try {
            storage::Workspace workspace(path);
            data = std::make_shared<const Dataset>(workspace.loadDatasetConcurrently(parts));
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            qApp, [self, generation, parts, data, error] {
                if (self)
                    self->finishLoad(generation, parts, data, error);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    spdlog::debug("loading dataset parts {:#x}", parts);
    // Waited for when the cache goes: a load still reading through Qt SQL must not outlive it (or the process).
    startWorker(this, thread);
}

void DatasetCache::finishLoad(quint64 generation, unsigned parts, std::shared_ptr<const Dataset> data,
                              const QString& error)
{
    if (generation != m_generation) {
        // The data changed while loading: load again what is wanted now.
        if (m_wantedParts && m_document->isOpen() && !m_loadingParts)
            startLoad(m_wantedParts);
        return;
    }
    m_loadingParts = 0;
    if (!error.isEmpty()) {
        m_lastError = error;
        spdlog::error("loading the workspace failed: {}", error.toStdString());
        Q_EMIT loadFailed(error);
        return;
    }
    m_data = std::move(data);
    m_loadedParts = parts;
    if ((m_wantedParts & ~m_loadedParts) != 0) {
        startLoad(m_wantedParts | m_loadedParts);
        return;
    }
    Q_EMIT datasetReady();
}

} // namespace sd::app
