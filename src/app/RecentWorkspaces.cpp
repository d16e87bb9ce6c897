#include "app/RecentWorkspaces.h"

#include <QFileInfo>
#include <QSettings>

namespace sd::app {

namespace {

const QString kKey = QStringLiteral("recentWorkspaces");

} // namespace

QStringList RecentWorkspaces::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentWorkspaces::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMax)
        paths.removeLast();
    QSettings().setValue(kKey, paths);
}

void RecentWorkspaces::remove(const QString& path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, paths);
}

void RecentWorkspaces::clear()
{
    QSettings().remove(kKey);
}

} // namespace sd::app
