#pragma once

#include "domain/Dataset.h"
#include "domain/Date.h"
#include "domain/Settings.h"

#include <QString>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace sd::storage {

class SqlDialect;
class WorkspaceUrl;

// A problem opening, migrating or writing a workspace; the message is for the user.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const std::string& what)
        : std::runtime_error(what)
    {
    }
};

// A load stopped before its end because the thread reading was asked to stop (QThread::requestInterruption(): the
// window that wanted the rows is gone). Nothing was written.
class LoadCancelled : public StorageError
{
public:
    LoadCancelled()
        : StorageError("loading the workspace was cancelled")
    {
    }
};

// Which tables loadDataset() reads (the engines need different parts; the large workspace is big).
enum DatasetPart : unsigned {
    PartOrg = 1u << 0,          // org units, reps, products
    PartCustomers = 1u << 1,
    PartOpportunities = 1u << 2, // with stage history
    PartOrders = 1u << 3,       // orders and order credits
    PartPayments = 1u << 4,
    PartActivities = 1u << 5,
    PartTargets = 1u << 6,
    PartKpi = 1u << 7,          // kpi values and reviews
    PartAll = 0xffffffffu,
};

// Narrows what loadDataset() reads of the big tables when an engine looks at one period only: activities
// dated outside [activitiesFrom, activitiesTo] are left out (the large workspace has 3 million).
struct DatasetWindow
{
    std::optional<Date> activitiesFrom;
    std::optional<Date> activitiesTo;
};

// The entities that have ids, for reference checks during import.
enum class Entity { OrgUnit, Rep, Product, Customer, Opportunity, Order, Payment, Activity };

// One workspace: one SQLite file (WAL, foreign keys on), or one database on a PostgreSQL server (team mode,
// docs/team-server.md); schema migrated on open. Owns its own named QSqlDatabase connection, so several may be
// open (one per thread).
class Workspace
{
public:
    // Opens the file, creating it when missing; migrates an older schema after backing the
    // file up next to it ("name.sqlite.bak-v<N>"); refuses a newer one. Throws StorageError.
    // A server URL ("postgresql://…", WorkspaceUrl::isServerUrl) opens that server's database instead.
    explicit Workspace(const QString& path);
    // Connects to the server's database (as the URL's user), migrating an older schema after a pg_dump
    // (PgDump); refuses a newer one. Throws StorageError.
    explicit Workspace(const WorkspaceUrl& server);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // What the workspace was opened with: the file path, or the server URL (password included, so that
    // Workspace(ws.path()) opens the same workspace again, e.g. on a worker thread). Show displayName() instead.
    QString path() const { return m_path; }
    // The file path, or the server URL without its password: for messages and window titles.
    QString displayName() const;
    // True for a workspace on a PostgreSQL server.
    bool isServer() const { return m_server != nullptr; }
    // The server's address (nullptr for a file).
    const WorkspaceUrl* server() const { return m_server.get(); }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // The workspace settings as workspace-JSON text (INTERCHANGE.md); "{}" when never saved.
    // Parsing and validation live in io (io/WorkspaceJson.h: io::loadSettings(ws), io::saveSettings(ws, s)).
    std::string loadSettingsJson() const;
    void saveSettingsJson(const std::string& json);

    // The rows of the given parts (a bitmask of DatasetPart), each list in ascending id order.
    Dataset loadDataset(unsigned parts = PartAll) const;
    Dataset loadDataset(unsigned parts, const DatasetWindow& window) const;
    // The same rows, read on two connections at once (a second one opened on path() on a thread of its own reads
    // the customers and opportunities): about half the wall time of loadDataset on a machine with two cores. Only
    // for a caller with no transaction open (the second connection does not see its uncommitted rows). Stops with
    // LoadCancelled when the calling thread is asked to stop.
    Dataset loadDatasetConcurrently(unsigned parts = PartAll) const;
    // Row counts per table name (org_units, reps, …) for `salesctl info`.
    std::vector<std::pair<std::string, long long>> tableCounts() const;
    std::unordered_set<std::string> ids(Entity e) const;

    // Writes a validated import batch in one transaction (all or nothing): rows with ids are
    // upserted; an opportunity in the batch has its whole stage history replaced by the batch's
    // (an empty history in the batch clears it); order credits are replaced per order present in
    // the batch's credits; targets by (owner, metric, period, segment), KPI values by
    // (rep, period, code), reviews by (subject, period) are replaced. Throws StorageError.
    void applyImport(const Dataset& batch);
    // The same, also replacing the workspace JSON (saveSettingsJson) in the same transaction, so
    // that new settings and the rows checked against them are saved together or not at all.
    void applyImport(const Dataset& batch, const std::string& settingsJson);

    QSqlDatabase database() const;
    // The SQL dialect of the connection (SQLite), for the repositories' few non-portable statements.
    const SqlDialect& dialect() const { return *m_dialect; }
    QString connectionName() const { return m_connectionName; }

private:
    void openServer(const WorkspaceUrl& server);
    void migrate();
    void closeConnection();
    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    std::unique_ptr<WorkspaceUrl> m_server;
    bool m_fileHadData = false; // the file existed and was not empty before it was opened
};

} // namespace sd::storage
