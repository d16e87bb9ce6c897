#pragma once

#include "app/AppOptions.h"

#include <QObject>

namespace sd::app {

class MainWindow;

// What happens once the main window is shown: open the workspace of the command line, the last one used or (first
// start, or --demo) the demo workspace; show the requested section; take the --screenshot and quit.
class StartupRunner : public QObject
{
    Q_OBJECT

public:
    StartupRunner(MainWindow* window, AppOptions options);

    // Schedules the start-up on the event loop (so progress dialogs have a visible parent).
    void start();

private:
    void run();
    void openInitialWorkspace();
    void takeScreenshot();

    MainWindow* m_window;
    AppOptions m_options;
};

} // namespace sd::app
