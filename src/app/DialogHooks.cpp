#include "app/DialogHooks.h"

#include <QFileDialog>

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

DialogHooks::PathHook& pathHook()
{
    static DialogHooks::PathHook hook;
    return hook;
}

DialogHooks::MessageHook& messageHook()
{
    static DialogHooks::MessageHook hook;
    return hook;
}

} // namespace

void DialogHooks::setPathHook(PathHook hook)
{
    pathHook() = std::move(hook);
}

void DialogHooks::setMessageHook(MessageHook hook)
{
    messageHook() = std::move(hook);
}

void DialogHooks::clear()
{
    pathHook() = nullptr;
    messageHook() = nullptr;
}

QString DialogHooks::openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (pathHook())
        return pathHook()(PathKind::OpenFile, caption);
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString DialogHooks::saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (pathHook())
        return pathHook()(PathKind::SaveFile, caption);
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString DialogHooks::existingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    if (pathHook())
        return pathHook()(PathKind::Directory, caption);
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void DialogHooks::warning(QWidget* parent, const QString& title, const QString& text)
{
    spdlog::warn("{}: {}", title.toStdString(), text.toStdString());
    if (messageHook()) {
        messageHook()(QMessageBox::Warning, title, text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void DialogHooks::information(QWidget* parent, const QString& title, const QString& text)
{
    if (messageHook()) {
        messageHook()(QMessageBox::Information, title, text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

bool DialogHooks::question(QWidget* parent, const QString& title, const QString& text)
{
    if (messageHook())
        return messageHook()(QMessageBox::Question, title, text);
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

} // namespace sd::app
