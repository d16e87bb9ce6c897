// File → Connect to Team Server… (issue 9): the dialog builds and checks the server address; the recent list keeps
// it without the password; on a real server (tests/support/PgTestServer.h) the status bar names the signed-in
// user and role; an HR user is offered the sections HR works in and they load without a refusal.

#include "PgTestServer.h"

#include "app/ConnectActions.h"
#include "app/DatasetCache.h"
#include "app/ConnectDialog.h"
#include "app/DialogHooks.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/RecentWorkspaces.h"
#include "app/SignInStatus.h"
#include "app/WorkspaceDocument.h"
#include "storage/AuditLog.h"
#include "storage/Migrator.h"
#include "storage/PostgresDialect.h"
#include "storage/TeamSecurity.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

using namespace sd;
using namespace sd::app;

namespace {

template <class T> T* child(QWidget& w, const char* name)
{
    auto* c = w.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(c);
    return c;
}

struct Messages
{
    QStringList texts;
    Messages()
    {
        DialogHooks::setMessageHook([this](QMessageBox::Icon, const QString&, const QString& text) {
            texts.append(text);
            return true;
        });
    }
    ~Messages()
    {
        DialogHooks::clear();
        ConnectActions::setDialogHook({});
    }
};

// A fresh database on the test server with one company, one rep (e1) and one user of `role` ("<db>_<suffix>",
// password "pw"); returns the address to sign in with.
storage::ServerAddress teamDatabaseWithUser(storage::TeamRole role, const char* suffix)
{
    auto& server = sd::test::PgTestServer::instance();
    const QString name = server.createDatabase();
    const QString connection = QStringLiteral("sd-team-app-setup");
    {
        QSqlDatabase db = server.connect(name, connection);
        storage::PostgresDialect dialect;
        dialect.configureConnection(db);
        storage::Migrator(db, dialect).migrate(0);
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO org_units (id, name, kind) VALUES ('C', 'Acme', 'company')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO reps (id, name, org_unit_id, role, level, hire_date) VALUES "
                                      "('e1', 'Li Lei', 'C', 'rep', 'mid', '2024-01-01')")));
        storage::TeamSecurity security(db);
        security.init();
        storage::TeamUser u;
        u.login = QString(name + QLatin1Char('_') + QLatin1String(suffix)).toStdString();
        u.role = role;
        if (role == storage::TeamRole::Rep)
            u.repId = "e1";
        security.addUser(u, std::string("pw"));
    }
    QSqlDatabase::removeDatabase(connection);
    storage::ServerAddress a;
    a.host = QStringLiteral("127.0.0.1");
    a.port = server.port();
    a.database = name;
    a.user = name + QLatin1Char('_') + QLatin1String(suffix);
    a.password = QStringLiteral("pw");
    a.sslMode = QStringLiteral("disable");
    return a;
}

} // namespace

TEST_CASE("Connect dialog: builds the server URL and names what is missing", "[team]")
{
    ConnectDialog dialog;
    QPushButton* ok = child<QDialogButtonBox>(dialog, "connectButtons")->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    CHECK(child<QLabel>(dialog, "connectProblem")->text().contains(QStringLiteral("host")));

    child<QLineEdit>(dialog, "connectHost")->setText(QStringLiteral("db.example.com"));
    CHECK(dialog.problem().contains(QStringLiteral("database")));
    child<QLineEdit>(dialog, "connectDatabase")->setText(QStringLiteral("sales"));
    CHECK(dialog.problem().contains(QStringLiteral("user")));
    child<QLineEdit>(dialog, "connectUser")->setText(QStringLiteral("li_lei"));
    child<QLineEdit>(dialog, "connectPassword")->setText(QStringLiteral("se:cret"));
    child<QSpinBox>(dialog, "connectPort")->setValue(6543);
    auto* tls = child<QComboBox>(dialog, "connectTlsMode");
    CHECK(tls->count() == 4); // disable, prefer, require, verify-full
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));

    CHECK(dialog.problem().isEmpty());
    CHECK(ok->isEnabled());
    CHECK(dialog.url(false) == QStringLiteral("postgresql://li_lei@db.example.com:6543/sales?sslmode=verify-full"));
    CHECK(dialog.url(true)
          == QStringLiteral("postgresql://li_lei:se%3Acret@db.example.com:6543/sales?sslmode=verify-full"));
    // The address shown in the dialog never has the password.
    CHECK(child<QLabel>(dialog, "connectUrl")->text() == dialog.url(false));

    child<QLineEdit>(dialog, "connectHost")->setText(QStringLiteral("db example"));
    CHECK(dialog.problem().contains(QStringLiteral("db example")));
    CHECK_FALSE(ok->isEnabled());

    // Filled back from a recent entry (no password there): the fields, the TLS mode.
    ConnectDialog again;
    again.setAddress(storage::ServerAddress::parse(QStringLiteral("postgresql://hr1@10.0.0.5/team?sslmode=require")));
    CHECK(child<QLineEdit>(again, "connectHost")->text() == QStringLiteral("10.0.0.5"));
    CHECK(child<QSpinBox>(again, "connectPort")->value() == 5432);
    CHECK(child<QComboBox>(again, "connectTlsMode")->currentData().toString() == QStringLiteral("require"));
    CHECK(child<QLineEdit>(again, "connectPassword")->text().isEmpty());
}

TEST_CASE("Connect to Team Server: a server that does not answer is a message, the workspace is kept", "[team]")
{
    Messages messages;
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    WorkspaceDocument document;
    MainWindow window(&document, &language);
    ConnectActions::setDialogHook([](ConnectDialog& dialog) {
        storage::ServerAddress a;
        a.host = QStringLiteral("127.0.0.1");
        a.port = 1; // nothing listens there
        a.database = QStringLiteral("team");
        a.user = QStringLiteral("rep1");
        a.password = QStringLiteral("pw");
        a.sslMode = QStringLiteral("disable");
        dialog.setAddress(a);
        return true;
    });
    child<QAction>(window, "connectServerAction")->trigger();
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts[0].contains(QStringLiteral("postgresql://rep1@127.0.0.1:1/team")));
    CHECK_FALSE(messages.texts[0].contains(QStringLiteral("pw@")));
    CHECK_FALSE(document.isOpen());
    CHECK(child<SignInStatus>(window, "signInLabel")->isHidden());
}

TEST_CASE("Recent workspaces keep a server URL without its password", "[team]")
{
    RecentWorkspaces::clear();
    RecentWorkspaces::add(QStringLiteral("postgresql://rep1:pw@db.example.com:5433/team?sslmode=require"));
    REQUIRE(RecentWorkspaces::list().size() == 1);
    CHECK(RecentWorkspaces::list().front() == QStringLiteral("postgresql://rep1@db.example.com:5433/team?sslmode=require"));
    RecentWorkspaces::remove(QStringLiteral("postgresql://rep1:other@db.example.com:5433/team?sslmode=require"));
    CHECK(RecentWorkspaces::list().isEmpty());
}

TEST_CASE("Connect to Team Server: signed in as a rep, the status bar says so", "[team][postgres]")
{
    auto& server = sd::test::PgTestServer::instance();
    if (!server.available()) {
        WARN("team server app test not run: " << server.unavailableReason());
        return;
    }
    const storage::ServerAddress a = teamDatabaseWithUser(storage::TeamRole::Rep, "rep");
    const std::string login = a.user.toStdString();

    Messages messages;
    RecentWorkspaces::clear();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    WorkspaceDocument document;
    MainWindow window(&document, &language);
    const bool opened = window.findChild<ConnectActions*>()->connectTo(a);
    INFO(messages.texts.join(QStringLiteral("\n")).toStdString());
    REQUIRE(opened);
    auto* label = child<SignInStatus>(window, "signInLabel");
    CHECK_FALSE(label->isHidden());
    CHECK(label->text() == QStringLiteral("Signed in as %1 (Sales rep)").arg(QString::fromStdString(login)));
    CHECK(storage::AuditLog::currentUser() == login);
    REQUIRE(RecentWorkspaces::list().size() == 1);
    CHECK(RecentWorkspaces::list().front() == a.toUrl(false));
    CHECK_FALSE(RecentWorkspaces::list().front().contains(QStringLiteral("pw")));
    document.close();
    CHECK(storage::AuditLog::currentUser() != login);
    RecentWorkspaces::clear();
}

TEST_CASE("Connect to Team Server: HR gets targets, appraisal, incentives and team, not the funnel or customers",
          "[team][postgres]")
{
    auto& server = sd::test::PgTestServer::instance();
    if (!server.available()) {
        WARN("team server app test not run: " << server.unavailableReason());
        return;
    }
    const storage::ServerAddress a = teamDatabaseWithUser(storage::TeamRole::Hr, "hr");
    const std::string login = a.user.toStdString();

    Messages messages;
    RecentWorkspaces::clear();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    WorkspaceDocument document;
    MainWindow window(&document, &language);
    window.showSection(Section::Funnel);
    REQUIRE(window.findChild<ConnectActions*>()->connectTo(a));
    CHECK(child<SignInStatus>(window, "signInLabel")->text()
          == QStringLiteral("Signed in as %1 (HR)").arg(QString::fromStdString(login)));

    // The funnel, customers and dashboard are not offered; the window left the funnel for the first section HR uses.
    CHECK(window.currentSection() == Section::Targets);
    for (const char* key : {"dashboard", "funnel", "customers"})
        CHECK_FALSE(child<QAction>(window, (std::string(key) + "SectionAction").c_str())->isEnabled());
    for (const char* key : {"targets", "kpi", "incentives", "team"})
        CHECK(child<QAction>(window, (std::string(key) + "SectionAction").c_str())->isEnabled());
    auto* list = child<QListWidget>(window, "sectionList");
    CHECK_FALSE(list->item(int(Section::Funnel))->flags().testFlag(Qt::ItemIsEnabled));
    CHECK(list->item(int(Section::Funnel))->toolTip().contains(QStringLiteral("HR role")));
    // The sections HR uses load without a refusal from the server.
    for (Section s : {Section::Kpi, Section::Incentives, Section::Team, Section::Targets}) {
        window.showSection(s);
        QTest::qWait(300);
    }
    document.datasetCache()->waitFor(storage::PartAll);
    QTest::qWait(500);
    INFO(messages.texts.join(QStringLiteral("\n")).toStdString());
    CHECK(messages.texts.isEmpty());
    CHECK(document.datasetCache()->lastError().isEmpty());
    document.close();
    RecentWorkspaces::clear();
}
