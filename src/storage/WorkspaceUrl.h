#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sd::storage {

// Where a team workspace lives: a PostgreSQL server, written as a libpq-style URL
// "postgresql://user:password@host:port/database?sslmode=require" (docs/team-server.md). The password may be left
// out: it is then taken from PGPASSWORD or the password file (PGPASSFILE, else ~/.pgpass), as libpq does.
// Plain value type; parse() throws StorageError with a message for the user.
class WorkspaceUrl
{
public:
    // True when `text` names a server ("postgresql://…" or "postgres://…") rather than a workspace file.
    static bool isServerUrl(const QString& text);
    // Parses a server URL. Known query options: sslmode (disable, allow, prefer, require, verify-ca, verify-full),
    // sslrootcert, sslcert, sslkey, connect_timeout, application_name.
    static WorkspaceUrl parse(const QString& text);

    QString host() const { return m_host; } // empty: the local Unix socket
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; } // empty: the operating-system user, as libpq does
    // The password given in the URL, else PGPASSWORD, else the matching line of the password file, else empty.
    QString password() const;
    // The password written in the URL itself ("" when none: no PGPASSWORD / password-file lookup).
    QString givenPassword() const { return m_password; }
    QString sslMode() const { return m_sslMode; } // empty: libpq's default (prefer)

    // The same server and database for another user (sign-in): `password` may be empty (then PGPASSWORD / .pgpass).
    WorkspaceUrl withUser(const QString& user, const QString& password = {}) const;
    // The same server with another database name (e.g. "postgres" to create a database).
    WorkspaceUrl withDatabase(const QString& database) const;

    // The URL; the password is included only when asked (e.g. to reopen the workspace on a worker thread).
    QString toString(bool withPassword = false) const;
    // Options for Qt's QPSQL driver (QSqlDatabase::setConnectOptions): ssl*, connect_timeout, application_name.
    QString qtConnectOptions() const;
    // The same as libpq environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSLMODE, …) for
    // pg_dump / pg_restore / psql, "NAME=value" each.
    QStringList libpqEnvironment() const;

    // The password-file lookup on its own (for tests): the password of the first line of `passFile` matching host,
    // port, database and user ('*' matches anything; '\:' and '\\' escape), or empty.
    static QString passwordFromFile(const QString& passFile, const QString& host, int port, const QString& database,
                                    const QString& user);

private:
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_sslMode;
    QString m_sslRootCert, m_sslCert, m_sslKey;
    QString m_connectTimeout = QStringLiteral("10");
    QString m_applicationName = QStringLiteral("salesdesk");
};

// Opens a QPSQL connection named `connectionName` to the server and database of `url` (its user, password and
// connect options). Throws StorageError naming the server (never the password) when the driver is missing or the
// server refuses; the failed connection is removed.
QSqlDatabase openServerDatabase(const WorkspaceUrl& url, const QString& connectionName);

} // namespace sd::storage
