#pragma once

class QObject;
class QThread;

namespace sd::app {

// Starts a worker thread on behalf of `owner` (a panel, dialog or model): when `owner` is destroyed, its running
// workers are asked to stop (QThread::requestInterruption: a workspace load ends early) and waited for, so none
// outlives what started it — nor, at exit, Qt's SQL connection registry the
// workers read through. The thread deletes itself when finished (deleteLater), as before.
void startWorker(QObject* owner, QThread* thread);

} // namespace sd::app
