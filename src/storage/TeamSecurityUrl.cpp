#include "storage/TeamSecurityUrl.h"

#include "storage/Workspace.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace sd::storage {

const QStringList& ServerAddress::sslModes()
{
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
                                   QStringLiteral("verify-full")};
    return modes;
}

bool ServerAddress::isServerUrl(const QString& text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

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
    if (!isServerUrl(text))
        throw StorageError("\"" + text.toStdString() + "\" is not a postgresql:// URL");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        throw StorageError("the server URL is not valid: " + url.errorString().toStdString());
    ServerAddress a;
    a.host = url.host();
    a.port = url.port(5432);
    a.user = url.userName(QUrl::FullyDecoded);
    a.password = url.password(QUrl::FullyDecoded);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QStringLiteral("sslmode"))
            a.sslMode = value;
        else
            throw StorageError("the server URL has an unknown option \"" + key.toStdString()
                               + "\" (only sslmode is understood)");
    }
    if (const QString p = a.problem(); !p.isEmpty())
        throw StorageError("the server URL is not usable: " + p.toStdString());
    return a;
}

QSqlDatabase openServerConnection(const ServerAddress& address, const QString& connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StorageError("this installation has no PostgreSQL driver (Qt's QPSQL plugin, Debian: libqt6sql6-psql)");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    if (!address.password.isEmpty())
        db.setPassword(address.password);
    db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=10").arg(address.sslMode));
    if (!db.open()) {
        const std::string why = db.lastError().text().toStdString();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw StorageError("cannot connect to " + address.toUrl(false).toStdString() + ": " + why);
    }
    return db;
}

} // namespace sd::storage
