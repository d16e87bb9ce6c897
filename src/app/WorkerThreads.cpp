#include "app/WorkerThreads.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace sd::app {

namespace {

// A child of the owner: QObject deletes its children when the owner goes, after the owner's own destructor.
class WorkerJoiner : public QObject
{
public:
    explicit WorkerJoiner(QObject* owner)
        : QObject(owner)
    {
        setObjectName(QStringLiteral("workerJoiner"));
    }
    ~WorkerJoiner() override
    {
        // A load checks for this between rows (storage::LoadCancelled) and ends early; a computation runs out.
        for (const QPointer<QThread>& thread : m_threads)
            if (thread)
                thread->requestInterruption();
        for (const QPointer<QThread>& thread : m_threads)
            if (thread)
                thread->wait();
    }
    void add(QThread* thread)
    {
        m_threads.removeAll(QPointer<QThread>());
        m_threads.append(thread);
    }

private:
    QList<QPointer<QThread>> m_threads;
};

} // namespace

void startWorker(QObject* owner, QThread* thread)
{
    if (owner) {
        auto* joiner = owner->findChild<WorkerJoiner*>(QStringLiteral("workerJoiner"), Qt::FindDirectChildrenOnly);
        if (!joiner)
            joiner = new WorkerJoiner(owner);
        joiner->add(thread);
    }
    thread->start();
}

} // namespace sd::app
