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
#include "storage/SqliteDialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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

// A free name next to the file: "<file>.bak-v<N>", or "<file>.bak-v<N>-2", … when taken.
QString backupPath(const QString& path, int version)
{
    const QString base = path + QStringLiteral(".bak-v") + QString::number(version);
    QString candidate = base;
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = base + QStringLiteral("-") + QString::number(i);
    return candidate;
}

} // namespace

Workspace::Workspace(const QString& path)
    : m_path(path)
    , m_dialect(std::make_unique<SqliteDialect>())
{
    m_connectionName = QStringLiteral("salesdesk-workspace-") + QString::number(++s_connectionCounter);
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

Workspace::~Workspace() { closeConnection(); }

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
    const int current = m_dialect->schemaVersion(db);
    const int latest = latestSchemaVersion();
    if (current > latest)
        throw StorageError("this workspace was written by a newer Salesdesk (schema " + std::to_string(current)
                           + "; this version knows up to " + std::to_string(latest) + "): " + m_path.toStdString());
    if (current < latest && m_fileHadData && (current > 0 || !db.tables(QSql::Tables).isEmpty())) {
        const QString backup = backupPath(m_path, current);
        if (m_dialect->driverName() == QStringLiteral("QSQLITE")) {
            // The online backup API: a plain file copy could miss pages still in the write-ahead log.
            try {
                Backup::copy(db, backup);
            } catch (const StorageError& e) {
                throw StorageError("cannot back up the workspace to " + backup.toStdString() + " before upgrading it: "
                                   + e.what());
            }
        } else {
            m_dialect->prepareFileCopy(db);
            if (!QFile::copy(m_path, backup))
                throw StorageError("cannot back up the workspace to " + backup.toStdString()
                                   + " before upgrading it");
        }
        spdlog::info("workspace backed up to {} before migrating from schema {}", backup.toStdString(), current);
    }
    m_dialect->configureConnection(db);
    Migrator(db, *m_dialect).migrate(current);
    m_dialect->enforceForeignKeys(db);
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
                                                                       {QStringLiteral("key"), QStringLiteral("value")},
                                                                       {QStringLiteral("key")})));
    q.addBindValue(QString::fromLatin1(kSettingsKey));
    q.addBindValue(sql::text(json));
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
        throw StorageError(Backup::describeWriteFailure(m_path, e.what()));
    }
}

void Workspace::applyImport(const Dataset& batch, const std::string& settingsJson)
{
    try {
        ImportWriter(database(), *m_dialect).write(batch, [&] { saveSettingsJson(settingsJson); });
    } catch (const StorageError& e) {
        throw StorageError(Backup::describeWriteFailure(m_path, e.what()));
    }
}

} // namespace sd::storage
