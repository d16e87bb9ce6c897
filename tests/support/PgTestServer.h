#pragma once

// A throwaway PostgreSQL server for tests (issue 9: "the test suite starts a real PostgreSQL server on
// loopback"): initdb into a temp folder, pg_ctl start on a free loopback port with trust authentication,
// stopped and removed at exit. As root the server runs as the `postgres` user (initdb refuses root).
// Needs the PostgreSQL server binaries (Debian: postgresql) and Qt's QPSQL driver (libqt6sql6-psql);
// available() is false, with the reason in unavailableReason(), when either is missing.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace sd::test {

class PgTestServer
{
public:
    // The one server of this test process, started on first use.
    static PgTestServer& instance()
    {
        static PgTestServer server;
        return server;
    }

    bool available() const { return m_running; }
    const std::string& unavailableReason() const { return m_reason; }
    int port() const { return m_port; }

    // A new database on the server, empty or a copy of `templateName` (which must have no open connection);
    // returns its name.
    QString createDatabase(const QString& templateName = {})
    {
        static std::atomic<int> counter{0};
        const QString name = QStringLiteral("sdtest_%1_%2").arg(::getpid()).arg(++counter);
        {
            QSqlDatabase admin = connect(QStringLiteral("postgres"), QStringLiteral("sd-pg-admin"));
            QSqlQuery q(admin);
            QString statement = QStringLiteral("CREATE DATABASE ") + name + QStringLiteral(" ENCODING 'UTF8'");
            if (!templateName.isEmpty())
                statement += QStringLiteral(" TEMPLATE ") + templateName;
            if (!q.exec(statement))
                throw std::runtime_error("cannot create a test database: " + q.lastError().text().toStdString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("sd-pg-admin"));
        return name;
    }

    // The workspace URL of `database` on this server (as the superuser postgres, no password: trust).
    QString url(const QString& database) const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }

    // An open QPSQL connection to `database` under `connectionName`.
    QSqlDatabase connect(const QString& database, const QString& connectionName) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(database);
        if (!db.open())
            throw std::runtime_error("cannot connect to the test server: " + db.lastError().text().toStdString());
        return db;
    }

    ~PgTestServer()
    {
        if (m_running)
            shell(asPostgres(m_bin + "/pg_ctl -D " + m_root + "/data -m immediate -w stop") + " >/dev/null 2>&1");
        if (!m_root.empty()) {
            std::error_code ec;
            std::filesystem::remove_all(m_root, ec);
        }
    }

private:
    PgTestServer()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            m_reason = "Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)";
            return;
        }
        m_bin = findBin();
        if (m_bin.empty()) {
            m_reason = "no PostgreSQL server binaries (Debian: postgresql)";
            return;
        }
        char pattern[] = "/tmp/salesdesk-pg-XXXXXX";
        if (!::mkdtemp(pattern)) {
            m_reason = "cannot make a temp folder";
            return;
        }
        m_root = pattern;
        m_port = freePort();
        if (::geteuid() == 0)
            shell("chown postgres:postgres " + m_root);
        const std::string log = m_root + "/server.log";
        // initdb costs a second or two of CPU; every test process of a CTest run would pay it. A fresh cluster is
        // made once per PostgreSQL version into a shared cache folder (moved there atomically) and copied.
        const std::string cache = "/tmp/salesdesk-pg-cluster-" + std::filesystem::path(m_bin).parent_path().filename().string()
            + "-uid" + std::to_string(::geteuid());
        if (!std::filesystem::exists(cache + "/PG_VERSION")) {
            if (shell(asPostgres(m_bin + "/initdb -D " + m_root + "/fresh -U postgres --auth=trust -E UTF8 --locale=C.UTF-8")
                      + " >" + m_root + "/initdb.log 2>&1")
                != 0) {
                m_reason = "initdb failed (see " + m_root + "/initdb.log)";
                return;
            }
            std::error_code ec;
            std::filesystem::rename(m_root + "/fresh", cache, ec); // another process may have been first: fine
        }
        if (shell("cp -a " + cache + " " + m_root + "/data") != 0) {
            m_reason = "cannot copy the test cluster from " + cache;
            return;
        }
        const std::string options = "-c listen_addresses=127.0.0.1 -p " + std::to_string(m_port) + " -k " + m_root
            + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        if (shell(
                asPostgres(m_bin + "/pg_ctl -D " + m_root + "/data -l " + log + " -w -t 60 -o '" + options + "' start")
                + " >/dev/null 2>&1")
            != 0) {
            m_reason = "the test server did not start (see " + log + ")";
            return;
        }
        m_running = true;
    }

    static int shell(const std::string& command) { return std::system(command.c_str()); }

    static std::string asPostgres(const std::string& command)
    {
        return ::geteuid() == 0 ? "runuser -u postgres -- " + command : command;
    }

    static std::string findBin()
    {
        if (const char* env = std::getenv("SALESDESK_PGBIN"))
            return env;
        const std::filesystem::path base("/usr/lib/postgresql");
        std::string best;
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator(base, ec)) // the newest version installed
            if (std::filesystem::exists(entry.path() / "bin" / "initdb") && entry.path().string() > best)
                best = entry.path().string();
        return best.empty() ? best : best + "/bin";
    }

    static int freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        socklen_t len = sizeof addr;
        int port = 55432;
        if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
            port = ntohs(addr.sin_port);
        if (fd >= 0)
            ::close(fd);
        return port;
    }

    std::string m_bin, m_root, m_reason;
    int m_port = 0;
    bool m_running = false;
};

} // namespace sd::test
