// BackgroundTask: the job runs off the GUI thread, reports progress, and the dialog's Cancel reaches it.

#include "app/BackgroundTask.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace sd::app;

TEST_CASE("background task: result, error and cancel")
{
    QThread* gui = QThread::currentThread();
    QThread* worker = nullptr;
    auto error
        = BackgroundTask::run(nullptr, QStringLiteral("t"), QStringLiteral("l"), [&](BackgroundTask::Context& c) {
              worker = QThread::currentThread();
              c.progress(0.5, QStringLiteral("half"));
          });
    CHECK_FALSE(error);
    CHECK(worker != nullptr);
    CHECK(worker != gui);
    CHECK_FALSE(BackgroundTask::lastRunCancelled());

    error = BackgroundTask::run(nullptr, QStringLiteral("t"), QStringLiteral("l"),
                                [](BackgroundTask::Context&) { throw std::runtime_error("disk full"); });
    REQUIRE(error);
    CHECK(*error == QStringLiteral("disk full"));

    // Cancel pressed while the job waits for it.
    QTimer::singleShot(100, [] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QProgressDialog*>(w); dialog && dialog->isVisible()) {
                if (auto* button = dialog->findChild<QPushButton*>())
                    QTest::mouseClick(button, Qt::LeftButton);
            }
        }
    });
    bool sawCancel = false;
    error = BackgroundTask::run(nullptr, QStringLiteral("t"), QStringLiteral("l"), [&](BackgroundTask::Context& c) {
        for (int i = 0; i < 500 && !c.cancel; ++i)
            QThread::msleep(10);
        sawCancel = c.cancel;
    });
    CHECK_FALSE(error);
    CHECK(sawCancel);
    CHECK(BackgroundTask::lastRunCancelled());
}
