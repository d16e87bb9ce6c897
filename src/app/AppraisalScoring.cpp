#include "app/AppraisalScoring.h"

#include "app/DatasetCache.h"
#include "app/WorkerThreads.h"
#include "app/WorkspaceDocument.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QPointer>
#include <QThread>

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

constexpr unsigned kParts = storage::PartAll;

} // namespace

AppraisalScoring::AppraisalScoring(WorkspaceDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document->datasetCache(), &DatasetCache::datasetReady, this, &AppraisalScoring::tryStart);
    connect(document->datasetCache(), &DatasetCache::loadFailed, this, [this](const QString& message) {
        m_busy = false;
        Q_EMIT failed(message);
    });
    const auto restart = [this] {
        m_current.reset();
        if (m_wanted)
            request(*m_wanted);
    };
    connect(document, &WorkspaceDocument::dataChanged, this, restart);
    connect(document, &WorkspaceDocument::settingsChanged, this, restart);
    connect(document, &WorkspaceDocument::workspaceChanged, this, restart);
}

void AppraisalScoring::request(const Period& period)
{
    m_wanted = period;
    ++m_generation;
    m_busy = true;
    tryStart();
}

void AppraisalScoring::tryStart()
{
    if (!m_wanted || !m_busy || !m_document->isOpen() || m_started == m_generation)
        return;
    auto data = m_document->datasetCache()->dataset(kParts);
    if (!data)
        return; // datasetReady() calls again
    const quint64 generation = m_generation;
    m_started = generation;
    const Period period = *m_wanted;
    const WorkspaceSettings settings = m_document->settings();
    QPointer<AppraisalScoring> self(this);
    QThread* thread = QThread::create([self, data, settings, period, generation] {
        auto out = std::make_shared<ScoredAppraisal>();
        QString error;
        try {
            out->data = data;
            out->index = std::make_unique<DatasetIndex>(*data);
            out->settings = settings;
            out->period = period;
            const AppraisalEngine engine(*out->index, out->settings);
            out->result = engine.appraise(period);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, out, error] {
                if (self)
                    self->finish(generation, out, error);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    startWorker(this, thread); // waited for if the panel goes first
}

void AppraisalScoring::finish(quint64 generation, std::shared_ptr<ScoredAppraisal> result, const QString& error)
{
    if (generation != m_generation)
        return;
    m_busy = false;
    if (!error.isEmpty()) {
        spdlog::error("scoring the appraisal failed: {}", error.toStdString());
        Q_EMIT failed(error);
        return;
    }
    m_current = std::move(result);
    Q_EMIT scored();
}

} // namespace sd::app
