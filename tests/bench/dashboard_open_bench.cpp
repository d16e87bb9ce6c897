// Dashboard opening benchmark (docs/performance.md, "Dashboard"): opens a workspace and its Dashboard section twice,
// as the application does at start (offscreen), and times what the user waits for. The first opening finds no saved
// figures: the tiles fill once every row is loaded and the figures computed, which saves them. The second opening
// shows those saved figures at once, then replaces them with fresh ones. Prints JSON with wall milliseconds from the
// workspace's opening. Uses Qt's test-mode cache folder, so the user's own saved figures are not touched.
// With --load, times only reading every row: on one connection (loadDataset) and on two (loadDatasetConcurrently).
//
//   dashboard_open_bench WORKSPACE.sqlite [--load]

#include "app/DashboardPanel.h"
#include "app/DashboardSnapshots.h"
#include "app/WorkspaceDocument.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace sd::app;

namespace {

struct Opening
{
    qint64 saved = -1;   // saved figures on the tiles
    qint64 figures = -1; // fresh figures on the tiles
};

Opening open(const QString& path)
{
    Opening out;
    QElapsedTimer timer;
    timer.start();
    WorkspaceDocument document;
    document.open(path);
    DashboardPanel panel(&document);
    QEventLoop loop;
    QObject::connect(&panel, &DashboardPanel::savedFiguresShown, &loop, [&] { out.saved = timer.elapsed(); });
    QObject::connect(&panel, &DashboardPanel::figuresReady, &loop, [&] {
        out.figures = timer.elapsed();
        loop.quit();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    panel.resize(1100, 700);
    panel.show();
    if (out.figures < 0)
        loop.exec();
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SalesdeskBench"));
    QApplication::setApplicationName(QStringLiteral("dashboard_open_bench"));
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: dashboard_open_bench WORKSPACE.sqlite\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    if (argc > 2 && qstrcmp(argv[2], "--load") == 0) {
        const sd::storage::Workspace ws(path);
        QElapsedTimer timer;
        timer.start();
        const std::size_t one = ws.loadDataset().opportunities.size();
        const qint64 oneMs = timer.restart();
        const std::size_t two = ws.loadDatasetConcurrently().opportunities.size();
        const qint64 twoMs = timer.elapsed();
        std::printf("{\"one_connection_ms\": %lld, \"two_connections_ms\": %lld, \"same_rows\": %s}\n",
                    static_cast<long long>(oneMs), static_cast<long long>(twoMs), one == two ? "true" : "false");
        return 0;
    }
    QFile::remove(DashboardSnapshots(path, {}).filePath()); // a first opening: nothing saved by an earlier run
    const Opening first = open(path);
    const Opening second = open(path);
    std::printf("{\n  \"first_open\": {\"saved_figures_ms\": %lld, \"figures_ms\": %lld},\n"
                "  \"second_open\": {\"saved_figures_ms\": %lld, \"figures_ms\": %lld}\n}\n",
                static_cast<long long>(first.saved), static_cast<long long>(first.figures),
                static_cast<long long>(second.saved), static_cast<long long>(second.figures));
    return second.saved >= 0 && second.figures >= 0 ? 0 : 1;
}
