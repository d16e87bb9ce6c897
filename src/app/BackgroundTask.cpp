#include "app/BackgroundTask.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <exception>

namespace sd::app {

namespace {

bool s_lastCancelled = false;

} // namespace

void BackgroundTask::Context::progress(double fraction, const QString& phase)
{
    const int permille = int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000.0));
    // Only a visible change crosses threads, so a chatty job does not flood the event queue.
    if (permille == m_lastPermille.exchange(permille) && phase.isEmpty())
        return;
    if (m_sink)
        m_sink(permille, phase);
}

std::optional<QString> BackgroundTask::run(QWidget* parent, const QString& title, const QString& label, Work work)
{
    QProgressDialog dialog(label, tr("Cancel"), 0, 1000, parent);
    dialog.setObjectName(QStringLiteral("progressDialog"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(0);
    dialog.setMinimumWidth(420);
    dialog.setValue(0);

    Context context;
    QPointer<QProgressDialog> guard(&dialog);
    context.m_sink = [guard](int permille, const QString& phase) {
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, permille, phase] {
                if (!guard)
                    return;
                if (!guard->wasCanceled()) {
                    guard->setValue(permille);
                    if (!phase.isEmpty())
                        guard->setLabelText(phase);
                }
            },
            Qt::QueuedConnection);
    };
    connect(&dialog, &QProgressDialog::canceled, &dialog, [&context] { context.cancel = true; });

    std::optional<QString> error;
    QThread* thread = QThread::create([&work, &context, &error] {
        try {
            work(context);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        } catch (...) {
            error = tr("unexpected error");
        }
    });
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    dialog.show();
    loop.exec();
    thread->wait();
    delete thread;
    s_lastCancelled = context.cancel;
    if (error)
        spdlog::warn("{}: {}", title.toStdString(), error->toStdString());
    return error;
}

bool BackgroundTask::lastRunCancelled()
{
    return s_lastCancelled;
}

} // namespace sd::app
