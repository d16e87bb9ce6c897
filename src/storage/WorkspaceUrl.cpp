#include "storage/WorkspaceUrl.h"

#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace sd::storage {

namespace {

const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

// One field of a password-file line up to the next unescaped ':' ("\:" and "\\" are escapes); advances `pos`.
QString passFileField(const QString& line, qsizetype& pos)
{
    QString out;
    while (pos < line.size()) {
        const QChar c = line[pos++];
        if (c == u'\\' && pos < line.size()) {
            out += line[pos++];
            continue;
        }
        if (c == u':')
            return out;
        out += c;
    }
    return out;
}

// Quotes a value for Qt's QPSQL options, which it hands on to libpq's "key=value" string.
QString optionValue(const QString& value)
{
    if (!value.contains(u' ') && !value.contains(u'\'') && !value.contains(u'\\') && !value.isEmpty())
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\")).replace(QStringLiteral("'"), QStringLiteral("\\'"));
    return QStringLiteral("'") + escaped + QStringLiteral("'");
}

} // namespace

bool WorkspaceUrl::isServerUrl(const QString& text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

WorkspaceUrl WorkspaceUrl::parse(const QString& text)
{
    if (!isServerUrl(text))
        throw StorageError("not a PostgreSQL URL (postgresql://user@host:port/database): " + text.toStdString());
    const QUrl url(text, QUrl::StrictMode);
    // The message never repeats the URL as given: it may hold a password.
    if (!url.isValid())
        throw StorageError("the server URL is malformed: " + url.errorString().toStdString());
    WorkspaceUrl out;
    out.m_host = url.host(QUrl::FullyDecoded);
    out.m_port = url.port(5432);
    if (out.m_port <= 0 || out.m_port > 65535)
        throw StorageError("the server URL has an invalid port");
    out.m_database = url.path(QUrl::FullyDecoded);
    if (out.m_database.startsWith(u'/'))
        out.m_database.remove(0, 1);
    if (out.m_database.isEmpty() || out.m_database.contains(u'/'))
        throw StorageError("the server URL names no database (postgresql://user@" + out.m_host.toStdString() + ":"
                           + std::to_string(out.m_port) + "/DATABASE)");
    out.m_user = url.userName(QUrl::FullyDecoded);
    out.m_password = url.password(QUrl::FullyDecoded);
    const QUrlQuery query(url);
    for (const auto& [key, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = rawValue;
        if (key == QStringLiteral("sslmode")) {
            if (!kSslModes.contains(value))
                throw StorageError("unknown sslmode '" + value.toStdString()
                                   + "' (use disable, allow, prefer, require, verify-ca or verify-full)");
            out.m_sslMode = value;
        } else if (key == QStringLiteral("sslrootcert")) {
            out.m_sslRootCert = value;
        } else if (key == QStringLiteral("sslcert")) {
            out.m_sslCert = value;
        } else if (key == QStringLiteral("sslkey")) {
            out.m_sslKey = value;
        } else if (key == QStringLiteral("connect_timeout")) {
            bool ok = false;
            if (value.toInt(&ok) < 0 || !ok)
                throw StorageError("connect_timeout must be a number of seconds");
            out.m_connectTimeout = value;
        } else if (key == QStringLiteral("application_name")) {
            out.m_applicationName = value;
        } else {
            throw StorageError("unknown option in the server URL: " + key.toStdString()
                               + " (known: sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name)");
        }
    }
    return out;
}

QString WorkspaceUrl::password() const
{
    if (!m_password.isEmpty())
        return m_password;
    const QString env = qEnvironmentVariable("PGPASSWORD");
    if (!env.isEmpty())
        return env;
    QString file = qEnvironmentVariable("PGPASSFILE");
    if (file.isEmpty())
        file = QDir::homePath() + QStringLiteral("/.pgpass");
    const QString user = m_user.isEmpty() ? qEnvironmentVariable("USER") : m_user;
    return passwordFromFile(file, m_host.isEmpty() ? QStringLiteral("localhost") : m_host, m_port, m_database, user);
}

QString WorkspaceUrl::passwordFromFile(const QString& passFile, const QString& host, int port, const QString& database,
                                       const QString& user)
{
    QFile file(passFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString wanted[4] = {host, QString::number(port), database, user};
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        qsizetype pos = 0;
        bool matches = true;
        for (const QString& w : wanted) {
            const QString field = passFileField(line, pos);
            if (field != QStringLiteral("*") && field != w)
                matches = false;
        }
        if (matches)
            return passFileField(line, pos);
    }
    return {};
}

WorkspaceUrl WorkspaceUrl::withUser(const QString& user, const QString& password) const
{
    WorkspaceUrl out = *this;
    out.m_user = user;
    out.m_password = password;
    return out;
}

WorkspaceUrl WorkspaceUrl::withDatabase(const QString& database) const
{
    WorkspaceUrl out = *this;
    out.m_database = database;
    return out;
}

QString WorkspaceUrl::toString(bool withPassword) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    if (m_port != 5432)
        url.setPort(m_port);
    url.setUserName(m_user);
    if (withPassword && !m_password.isEmpty())
        url.setPassword(m_password);
    url.setPath(QStringLiteral("/") + m_database);
    QUrlQuery query;
    if (!m_sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
    if (!m_sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), m_sslRootCert);
    if (!m_sslCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslcert"), m_sslCert);
    if (!m_sslKey.isEmpty())
        query.addQueryItem(QStringLiteral("sslkey"), m_sslKey);
    if (m_connectTimeout != QStringLiteral("10"))
        query.addQueryItem(QStringLiteral("connect_timeout"), m_connectTimeout);
    if (m_applicationName != QStringLiteral("salesdesk"))
        query.addQueryItem(QStringLiteral("application_name"), m_applicationName);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString WorkspaceUrl::qtConnectOptions() const
{
    QStringList options;
    options << QStringLiteral("connect_timeout=") + m_connectTimeout;
    options << QStringLiteral("application_name=") + optionValue(m_applicationName);
    if (!m_sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_sslMode;
    if (!m_sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + optionValue(m_sslRootCert);
    if (!m_sslCert.isEmpty())
        options << QStringLiteral("sslcert=") + optionValue(m_sslCert);
    if (!m_sslKey.isEmpty())
        options << QStringLiteral("sslkey=") + optionValue(m_sslKey);
    return options.join(u';');
}

QStringList WorkspaceUrl::libpqEnvironment() const
{
    QStringList env;
    if (!m_host.isEmpty())
        env << QStringLiteral("PGHOST=") + m_host;
    env << QStringLiteral("PGPORT=") + QString::number(m_port);
    env << QStringLiteral("PGDATABASE=") + m_database;
    if (!m_user.isEmpty())
        env << QStringLiteral("PGUSER=") + m_user;
    if (const QString pw = password(); !pw.isEmpty())
        env << QStringLiteral("PGPASSWORD=") + pw;
    if (!m_sslMode.isEmpty())
        env << QStringLiteral("PGSSLMODE=") + m_sslMode;
    if (!m_sslRootCert.isEmpty())
        env << QStringLiteral("PGSSLROOTCERT=") + m_sslRootCert;
    if (!m_sslCert.isEmpty())
        env << QStringLiteral("PGSSLCERT=") + m_sslCert;
    if (!m_sslKey.isEmpty())
        env << QStringLiteral("PGSSLKEY=") + m_sslKey;
    env << QStringLiteral("PGCONNECT_TIMEOUT=") + m_connectTimeout;
    env << QStringLiteral("PGAPPNAME=") + m_applicationName;
    return env;
}

QSqlDatabase openServerDatabase(const WorkspaceUrl& url, const QString& connectionName)
{
    const std::string shown = url.toString(false).toStdString();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StorageError("the Qt SQL driver QPSQL is not installed (Debian package libqt6sql6-psql); cannot open "
                           + shown);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setDatabaseName(url.database());
    db.setUserName(url.user());
    db.setPassword(url.password());
    db.setConnectOptions(url.qtConnectOptions());
    if (!db.open()) {
        const std::string error = db.lastError().text().trimmed().toStdString();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw StorageError("cannot connect to the server workspace " + shown + ": " + error);
    }
    return db;
}

} // namespace sd::storage
