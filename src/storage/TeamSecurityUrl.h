#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sd::storage {

// Where a team workspace lives: a PostgreSQL server, database and login, written as the URL
// postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE] (libpq's form, so psql accepts it too).
// The password is optional: without it libpq looks in PGPASSWORD and ~/.pgpass.
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode = QStringLiteral("prefer"); // disable, prefer, require or verify-full

    static const QStringList& sslModes();
    static bool isServerUrl(const QString& text); // postgresql:// or postgres://

    // The URL; the password only when `withPassword` (recent-workspace lists and the status bar never show it).
    QString toUrl(bool withPassword = true) const;
    // What is wrong with the fields, in words for the user; empty when they make a usable address.
    QString problem() const;

    // Parses a URL; throws StorageError naming what is wrong.
    static ServerAddress parse(const QString& url);
};

// Opens a QPSQL connection named `connectionName` to the address (TLS mode and a 10 s connect timeout as
// options). Throws StorageError with the server's message when the driver is missing or the server refuses.
QSqlDatabase openServerConnection(const ServerAddress& address, const QString& connectionName);

} // namespace sd::storage
