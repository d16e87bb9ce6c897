#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QWidget;

namespace sd::app {

// Runs a long job (an import, the demo generation) on a worker thread while a window-modal progress dialog
// with Cancel shows how far it got; the call returns when the job ended, with the event loop kept running.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    // What the job sees: the cancel flag (raised by the dialog's Cancel) and a thread-safe progress report.
    class Context
    {
    public:
        std::atomic_bool cancel{false};
        // fraction in [0, 1]; an empty phase keeps the previous text.
        void progress(double fraction, const QString& phase = {});

    private:
        friend class BackgroundTask;
        std::function<void(int, const QString&)> m_sink;
        std::atomic_int m_lastPermille{-1};
    };
    using Work = std::function<void(Context&)>;

    // Returns the message of an exception thrown by the job, or nothing when it returned normally.
    static std::optional<QString> run(QWidget* parent, const QString& title, const QString& label, Work work);
    // True when the last run() ended after its Cancel was pressed.
    static bool lastRunCancelled();
};

} // namespace sd::app
