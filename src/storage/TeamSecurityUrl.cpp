#include "storage/TeamSecurityUrl.h"

#include "storage/Workspace.h"
#include "storage/WorkspaceUrl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace sd::storage {

const QStringList& ServerAddress::sslModes()
{
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
                                   QStringLiteral("verify-full")};
    return modes;
}

bool ServerAddress::isServerUrl(const QString& text) { return WorkspaceUrl::isServerUrl(text); }

QString ServerAddress::toUrl(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    if (withPassword && !password.isEmpty())
        // Percent-encoded by hand: QUrl leaves ':' and other delimiters literal in a password, which some
        // parsers of connection URLs split on.
        url.setPassword(QString::fromLatin1(QUrl::toPercentEncoding(password)), QUrl::TolerantMode);
    url.setPath(QStringLiteral("/") + database);
    if (!sslMode.isEmpty() && sslMode != QStringLiteral("prefer")) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::problem() const
{
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9._:\\-\\[\\]]+$"));
    if (host.trimmed().isEmpty())
        return QStringLiteral("the host is empty");
    if (!hostPattern.match(host).hasMatch())
        return QStringLiteral("the host \"%1\" is not a host name or address").arg(host);
    if (port < 1 || port > 65535)
        return QStringLiteral("the port %1 is not between 1 and 65535").arg(port);
    if (database.trimmed().isEmpty())
        return QStringLiteral("the database name is empty");
    if (database.contains(u'/'))
        return QStringLiteral("the database name \"%1\" contains '/'").arg(database);
    if (user.trimmed().isEmpty())
        return QStringLiteral("the user name is empty");
    if (!sslModes().contains(sslMode))
        return QStringLiteral("the TLS mode \"%1\" is not one of %2").arg(sslMode, sslModes().join(QStringLiteral(", ")));
    return QString();
}

ServerAddress ServerAddress::parse(const QString& text)
{
    // The URL is read by the workspace's own parser (same syntax, options and messages); the form then checks
    // what it needs beyond that (a user, one of the four TLS modes it offers).
    const WorkspaceUrl url = WorkspaceUrl::parse(text);
    ServerAddress a;
    a.host = url.host();
    a.port = url.port();
    a.database = url.database();
    a.user = url.user();
    a.password = url.givenPassword();
    if (!url.sslMode().isEmpty())
        a.sslMode = url.sslMode();
    if (const QString p = a.problem(); !p.isEmpty())
        throw StorageError("the server URL is not usable: " + p.toStdString());
    return a;
}

QSqlDatabase openServerConnection(const ServerAddress& address, const QString& connectionName)
{
    return openServerDatabase(WorkspaceUrl::parse(address.toUrl(true)), connectionName);
}

} // namespace sd::storage
