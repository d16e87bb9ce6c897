// Server URLs of team workspaces (storage/WorkspaceUrl, docs/team-server.md "Connecting"): parsing, the password
// from the URL, PGPASSWORD or the password file, another user, and the password never shown.
#include "StorageTestSupport.h"

#include "storage/WorkspaceUrl.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace sd::storage;

namespace {

// Sets an environment variable for the scope, restoring the previous value.
struct ScopedEnv
{
    const char* name;
    QByteArray old;
    bool had;
    ScopedEnv(const char* n, const QByteArray& value)
        : name(n)
        , old(qgetenv(n))
        , had(qEnvironmentVariableIsSet(n))
    {
        if (value.isNull())
            qunsetenv(n);
        else
            qputenv(n, value);
    }
    ~ScopedEnv()
    {
        if (had)
            qputenv(name, old);
        else
            qunsetenv(name);
    }
};

} // namespace

TEST_CASE("a server URL is parsed into its parts", "[storage][postgres][url]")
{
    CHECK(WorkspaceUrl::isServerUrl(QStringLiteral("postgresql://h/db")));
    CHECK(WorkspaceUrl::isServerUrl(QStringLiteral("postgres://h/db")));
    CHECK_FALSE(WorkspaceUrl::isServerUrl(QStringLiteral("/tmp/postgresql.sqlite")));
    CHECK_FALSE(WorkspaceUrl::isServerUrl(QStringLiteral("w.sqlite")));

    const auto u = WorkspaceUrl::parse(
        QStringLiteral("postgresql://li%40east:p%3Ass@db.example.com:6543/sales%20desk?sslmode=verify-full&"
                       "sslrootcert=/etc/ca.pem&connect_timeout=3"));
    CHECK(u.host() == QStringLiteral("db.example.com"));
    CHECK(u.port() == 6543);
    CHECK(u.database() == QStringLiteral("sales desk"));
    CHECK(u.user() == QStringLiteral("li@east"));
    CHECK(u.password() == QStringLiteral("p:ss"));
    CHECK(u.sslMode() == QStringLiteral("verify-full"));
    CHECK(u.qtConnectOptions().contains(QStringLiteral("sslmode=verify-full")));
    CHECK(u.qtConnectOptions().contains(QStringLiteral("connect_timeout=3")));
    CHECK(u.qtConnectOptions().contains(QStringLiteral("sslrootcert=/etc/ca.pem")));
    // Shown without the password; with it only when asked, and parsed back to the same parts.
    CHECK_FALSE(u.toString().contains(QStringLiteral("p%3Ass")));
    CHECK_FALSE(u.toString().contains(QStringLiteral("p:ss")));
    const auto again = WorkspaceUrl::parse(u.toString(true));
    CHECK(again.password() == QStringLiteral("p:ss"));
    CHECK(again.user() == QStringLiteral("li@east"));
    CHECK(again.database() == QStringLiteral("sales desk"));
    CHECK(again.port() == 6543);

    const auto d = WorkspaceUrl::parse(QStringLiteral("postgres://db/salesdesk"));
    CHECK(d.port() == 5432);
    CHECK(d.user().isEmpty());
    CHECK(d.sslMode().isEmpty());
    const auto wang = d.withUser(QStringLiteral("wang"), QStringLiteral("pw"));
    CHECK(wang.user() == QStringLiteral("wang"));
    CHECK(wang.password() == QStringLiteral("pw"));
    CHECK(wang.database() == QStringLiteral("salesdesk"));
    CHECK(wang.libpqEnvironment().contains(QStringLiteral("PGUSER=wang")));
    CHECK(wang.libpqEnvironment().contains(QStringLiteral("PGPASSWORD=pw")));
}

TEST_CASE("a malformed server URL is refused with a message that names the problem", "[storage][postgres][url]")
{
    CHECK_THROWS_WITH(WorkspaceUrl::parse(QStringLiteral("postgresql://h")), Catch::Contains("names no database"));
    CHECK_THROWS_WITH(WorkspaceUrl::parse(QStringLiteral("postgresql://u:secret@h/db?sslmode=maybe")),
                      Catch::Contains("sslmode") && !Catch::Contains("secret"));
    CHECK_THROWS_WITH(WorkspaceUrl::parse(QStringLiteral("postgresql://h/db?pool=9")), Catch::Contains("pool"));
    CHECK_THROWS_WITH(WorkspaceUrl::parse(QStringLiteral("postgresql://h/db?connect_timeout=soon")),
                      Catch::Contains("connect_timeout"));
}

TEST_CASE("a password left out of the URL comes from PGPASSWORD, else the password file", "[storage][postgres][url]")
{
    QTemporaryDir dir;
    const QString passFile = dir.filePath(QStringLiteral("pgpass"));
    QFile f(passFile);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("# comment\n"
            "other.example.com:5432:*:li:wrong\n"
            "db.example.com:5432:salesdesk:li:right\\:one\n"
            "*:*:*:*:fallback\n");
    f.close();
    const ScopedEnv file("PGPASSFILE", passFile.toUtf8());
    const auto url = WorkspaceUrl::parse(QStringLiteral("postgresql://li@db.example.com/salesdesk"));
    {
        const ScopedEnv none("PGPASSWORD", QByteArray());
        CHECK(url.password() == QStringLiteral("right:one"));
        CHECK(url.withUser(QStringLiteral("wang")).password() == QStringLiteral("fallback"));
    }
    {
        const ScopedEnv env("PGPASSWORD", "from-env");
        CHECK(url.password() == QStringLiteral("from-env"));
        CHECK(url.withUser(QStringLiteral("li"), QStringLiteral("given")).password() == QStringLiteral("given"));
    }
}
