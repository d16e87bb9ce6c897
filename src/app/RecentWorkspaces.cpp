#include "app/RecentWorkspaces.h"

#include "storage/TeamSecurityUrl.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace sd::app {

namespace {

const QString kKey = QStringLiteral("recentWorkspaces");

QString withoutPassword(const QString& url)
{
    QUrl u(url);
    u.setPassword(QString());
    return u.toString(QUrl::FullyEncoded);
}

} // namespace

QStringList RecentWorkspaces::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentWorkspaces::add(const QString& path)
{
    // A team server's URL is kept as it is, but never with its password.
    const QString absolute = storage::ServerAddress::isServerUrl(path) ? withoutPassword(path)
                                                                        : QFileInfo(path).absoluteFilePath();
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
    paths.removeAll(storage::ServerAddress::isServerUrl(path) ? withoutPassword(path)
                                                               : QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, paths);
}

void RecentWorkspaces::clear()
{
    QSettings().remove(kKey);
}

} // namespace sd::app
