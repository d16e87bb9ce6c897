#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace sd::app {

// Every file dialog and message box of the application goes through here, so GUI tests can answer them
// without a blocking dialog (KeePassXC's TestGui style). Without hooks the real Qt dialogs are shown.
class DialogHooks
{
public:
    enum class PathKind
    {
        OpenFile,
        SaveFile,
        Directory
    };
    // Returns the path the "user" chose, or an empty string for Cancel.
    using PathHook = std::function<QString(PathKind kind, const QString& caption)>;
    // Records a message; for questions, returns the answer (true = yes).
    using MessageHook = std::function<bool(QMessageBox::Icon icon, const QString& title, const QString& text)>;

    static void setPathHook(PathHook hook);
    static void setMessageHook(MessageHook hook);
    static void clear();

    static QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    static QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir);

    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static bool question(QWidget* parent, const QString& title, const QString& text);
};

} // namespace sd::app
