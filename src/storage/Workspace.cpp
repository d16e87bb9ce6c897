#include "storage/Workspace.h"

#include "storage/Backup.h"
#include "storage/DatasetLoader.h"
#include "storage/ImportWriter.h"
#include "storage/AuditLog.h"
#include "storage/Migrator.h"
#include "storage/RowVersion.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlHelpers.h"
#include "storage/SqlRow.h"
#include "storage/PostgresDialect.h"
#include "storage/SqliteDialect.h"
#include "storage/WorkspaceUrl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <exception>
#include <thread>

#include <spdlog/spdlog.h>

#include <atomic>

namespace sd::storage {

namespace {

std::atomic<int> s_connectionCounter{0};

const char* const kSettingsKey = "workspace";

// The tables in the order `salesctl info` lists them.
const char* const kTables[] = {"org_units", "reps",     "products", "customers",  "opportunities", "stage_history",
                               "orders",    "order_credits", "payments", "activities", "targets", "kpi_values",
                               "reviews"};

} // namespace

Workspace::Workspace(const QString& path)
    : m_path(path)
{
    m_connectionName = QStringLiteral("salesdesk-workspace-") + QString::number(++s_connectionCounter);
    if (WorkspaceUrl::isServerUrl(path)) {
        openServer(WorkspaceUrl::parse(path));
        return;
    }
    m_dialect = std::make_unique<SqliteDialect>();
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName()))
        throw StorageError("the Qt SQL driver " + m_dialect->driverName().toStdString()
                           + " is not installed (Debian package libqt6sql6-sqlite)");
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        throw StorageError("cannot open workspace " + path.toStdString() + ": it is not a file");
    if (!info.absoluteDir().exists())
        throw StorageError("cannot open workspace " + path.toStdString() + ": the folder "
                           + info.absolutePath().toStdString() + " does not exist");
    m_fileHadData = info.exists() && info.size() > 0;
    if (const std::string problem = Backup::quickProblem(path); !problem.empty())
        throw StorageError(problem);
    if (info.exists() && !info.isWritable())
        throw StorageError("cannot open workspace " + path.toStdString()
                           + ": the file is read-only (Salesdesk saves every change into it; make it writable, "
                             "or copy it to a folder of yours)");
    if (!QFileInfo(info.absolutePath()).isWritable())
        throw StorageError("cannot open workspace " + path.toStdString() + ": the folder "
                           + info.absolutePath().toStdString()
                           + " is read-only (Salesdesk keeps its write-ahead log beside the workspace)");

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(m_dialect->connectOptions());
        if (!db.open()) {
            const std::string error = db.lastError().text().toStdString();
            db = QSqlDatabase();
            closeConnection();
            throw StorageError("cannot open workspace " + path.toStdString() + ": " + error);
        }
    }
    try {
        migrate();
    } catch (...) {
        closeConnection();
        throw;
    }
}

Workspace::Workspace(const WorkspaceUrl& server)
    : m_path(server.toString(true))
{
    m_connectionName = QStringLiteral("salesdesk-workspace-") + QString::number(++s_connectionCounter);
    openServer(server);
}

void Workspace::openServer(const WorkspaceUrl& server)
{
    m_server = std::make_unique<WorkspaceUrl>(server);
    m_dialect = std::make_unique<PostgresDialect>(server);
    openServerDatabase(server, m_connectionName);
    try {
        migrate();
    } catch (...) {
        closeConnection();
        throw;
    }
}

Workspace::~Workspace() { closeConnection(); }

QString Workspace::displayName() const { return m_server ? m_server->toString(false) : m_path; }

void Workspace::closeConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Workspace::database() const { return QSqlDatabase::database(m_connectionName, false); }

int Workspace::schemaVersion() const { return m_dialect->schemaVersion(database()); }

int Workspace::latestSchemaVersion() { return Migrator::latestVersion(); }

void Workspace::migrate()
{
    QSqlDatabase db = database();
    m_dialect->lockSchemaUpgrade(db);
    struct Unlock
    {
        const SqlDialect& dialect;
        QSqlDatabase& db;
        ~Unlock()
        {
            try {
                dialect.unlockSchemaUpgrade(db);
            } catch (const StorageError& e) {
                spdlog::warn("{}", e.what());
            }
        }
    } unlock{*m_dialect, db};

    const int current = m_dialect->schemaVersion(db);
    const int latest = latestSchemaVersion();
    if (current > latest)
        throw StorageError("this workspace was written by a newer Salesdesk (schema " + std::to_string(current)
                           + "; this version knows up to " + std::to_string(latest) + "): " + displayName().toStdString());
    if (m_server && current == 0 && !m_dialect->userTables(db).isEmpty())
        throw StorageError("the database " + displayName().toStdString()
                           + " already holds tables but no Salesdesk workspace; use an empty database");
    const bool hasData = m_server ? current > 0 : m_fileHadData && (current > 0 || !db.tables(QSql::Tables).isEmpty());
    if (current < latest && hasData) {
        const QString backup = m_dialect->backupBeforeUpgrade(db, current);
        if (!backup.isEmpty())
            spdlog::info("workspace backed up to {} before migrating from schema {}", backup.toStdString(), current);
    }
    m_dialect->configureConnection(db);
    Migrator(db, *m_dialect).migrate(current);
    m_dialect->enforceForeignKeys(db);
    if (!m_server || current < latest) {
        // The tables of schemas 2, 4 and 5 get row_version from their repositories on first use (0009); they get it
        // here too, on opening, so a version check made before any of those repositories was built finds the
        // column. On a server only the owner's upgrade adds it, as signed-in users may not alter tables.
        for (const char* table : {"target_plans", "appraisal_records", "incentive_statements"})
            if (m_dialect->userTables(db).contains(QLatin1String(table)))
                ensureRowVersionColumn(db, QLatin1String(table));
    }
}

std::string Workspace::loadSettingsJson() const
{
    QSqlQuery q = sql::prepare(database(), QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(kSettingsKey));
    sql::exec(q, "reading the workspace settings");
    if (!q.next())
        return "{}";
    return q.value(0).toString().toStdString();
}

void Workspace::saveSettingsJson(const std::string& json)
{
    // The change, its row version and its audit rows together (joins an import's transaction).
    ScopedTransaction tx(database());
    const std::string before = loadSettingsJson();
    QSqlQuery q = sql::prepare(database(),
                               withRowVersionBump(QStringLiteral("settings"),
                                                  m_dialect->upsertSql(QStringLiteral("settings"),
                                                                       {QStringLiteral("key"), QStringLiteral("value"),
                                                                        QStringLiteral("updated_by"), QStringLiteral("updated_at")},
                                                                       {QStringLiteral("key")})));
    q.addBindValue(QString::fromLatin1(kSettingsKey));
    q.addBindValue(sql::text(json));
    // Who and when on the first save too, not only on updates (StaleEdit names them).
    q.addBindValue(sql::text(AuditLog::currentUser()));
    q.addBindValue(sql::text(AuditLog::nowUtc()));
    sql::exec(q, "saving the workspace settings");
    AuditLog log(database());
    recordJsonChange(log, kSettingsKey, before, json);
    tx.commit();
}

Dataset Workspace::loadDataset(unsigned parts) const { return DatasetLoader(database(), *m_dialect).load(parts); }

Dataset Workspace::loadDataset(unsigned parts, const DatasetWindow& window) const
{
    return DatasetLoader(database(), *m_dialect).load(parts, window);
}

Dataset Workspace::loadDatasetConcurrently(unsigned parts) const
{
    constexpr unsigned kSide = PartCustomers | PartOpportunities; // ≈ half the rows of a workspace
    const unsigned side = parts & kSide;
    const unsigned rest = parts & ~kSide;
    if (!side || !(rest & (PartOrders | PartPayments | PartActivities)) || std::thread::hardware_concurrency() < 2)
        return loadDataset(parts);
    QThread* requester = QThread::currentThread();
    Dataset other;
    std::exception_ptr otherError;
    std::thread reader([&] {
        try {
            const Workspace second(m_path);
            other = DatasetLoader(second.database(), *second.m_dialect, requester).load(side);
        } catch (...) {
            otherError = std::current_exception();
        }
    });
    Dataset d;
    try {
        d = DatasetLoader(database(), *m_dialect).load(rest);
    } catch (...) {
        reader.join();
        throw;
    }
    reader.join();
    if (otherError)
        std::rethrow_exception(otherError);
    d.customers = std::move(other.customers);
    d.opportunities = std::move(other.opportunities);
    return d;
}

std::vector<std::pair<std::string, long long>> Workspace::tableCounts() const
{
    std::vector<std::pair<std::string, long long>> out;
    const QSqlDatabase db = database();
    for (const char* table : kTables) {
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table), "counting rows");
        out.emplace_back(table, q.next() ? q.value(0).toLongLong() : 0);
    }
    return out;
}

std::unordered_set<std::string> Workspace::ids(Entity e) const
{
    const char* table = "";
    switch (e) {
    case Entity::OrgUnit: table = "org_units"; break;
    case Entity::Rep: table = "reps"; break;
    case Entity::Product: table = "products"; break;
    case Entity::Customer: table = "customers"; break;
    case Entity::Opportunity: table = "opportunities"; break;
    case Entity::Order: table = "orders"; break;
    case Entity::Payment: table = "payments"; break;
    case Entity::Activity: table = "activities"; break;
    }
    const QSqlDatabase db = database();
    QSqlQuery count = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table), "counting rows");
    std::unordered_set<std::string> out;
    out.reserve(count.next() ? static_cast<size_t>(count.value(0).toLongLong()) : 0);
    auto cursor = m_dialect->openCursor(db, QStringLiteral("SELECT id FROM ") + QString::fromLatin1(table), "reading ids");
    while (cursor->next())
        out.emplace(cursor->text(0));
    return out;
}

void Workspace::applyImport(const Dataset& batch)
{
    try {
        ImportWriter(database(), *m_dialect).write(batch);
    } catch (const StorageError& e) {
        throw StorageError(m_server ? std::string(e.what()) : Backup::describeWriteFailure(m_path, e.what()));
    }
}

void Workspace::applyImport(const Dataset& batch, const std::string& settingsJson)
{
    try {
        ImportWriter(database(), *m_dialect).write(batch, [&] { saveSettingsJson(settingsJson); });
    } catch (const StorageError& e) {
        throw StorageError(m_server ? std::string(e.what()) : Backup::describeWriteFailure(m_path, e.what()));
    }
}

} // namespace sd::storage
