#pragma once

#include "domain/Dataset.h"
#include "domain/OpportunityChange.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace sd::storage {

class SqlDialect;
class SqlStatement;
class ScopedTransaction;

// Writes an import in one transaction (see Workspace::applyImport for the rules): upserts by id, replaces
// histories, credits and reviews per key, upserts targets and KPI values by natural key. Either a whole batch
// (write) or streamed row by row while the importer reads the files (begin, put…, finish), so that no batch of the
// whole folder is held in memory. Rows may come in any order: foreign keys are checked at the commit, except on a
// first import whose references the importer has resolved itself (Options::referencesChecked).
class ImportWriter
{
public:
    struct Options
    {
        // Every reference was resolved by the importer: on an empty workspace the per-row foreign-key checks are
        // skipped (they are the largest cost of a first import, docs/import.md).
        bool referencesChecked = false;
        // Many rows are coming: the secondary indexes of an empty table are dropped and rebuilt once at the end.
        bool large = false;
    };

    ImportWriter(QSqlDatabase db, const SqlDialect& dialect);
    ~ImportWriter(); // rolls back what finish() did not commit
    ImportWriter(const ImportWriter&) = delete;
    ImportWriter& operator=(const ImportWriter&) = delete;

    // All or nothing; throws StorageError (the database is unchanged then). `alsoWrite`, when
    // given, runs inside the same transaction (e.g. saving the settings).
    void write(const Dataset& batch, const std::function<void()>& alsoWrite = {});

    // Streaming: begin() opens the transaction (and runs `alsoWrite` in it), every put writes one row, finish()
    // rebuilds the dropped indexes and commits. Throws StorageError; nothing is kept unless finish() returns.
    void begin(const Options& options, const std::function<void()>& alsoWrite = {});
    void put(const OrgUnit& row);
    void put(const Rep& row);
    void put(const Product& row);
    void put(const Customer& row);
    void put(const Opportunity& row); // and clears its stored history (its history rows follow)
    void putStageEntry(const std::string& opportunityId, int seq, const StageEntry& entry);
    void put(const Order& row);
    void put(const OrderCredit& row); // the first credit of an order replaces the order's stored credits
    void put(const Payment& row);
    void put(const Activity& row);
    void put(const Target& row);
    void put(const KpiValue& row);
    void put(const Review& row); // the first review of a (subject, period) replaces the stored ones
    // Records a change a re-import found in an opportunity (funnel change history, schema 3).
    void putChange(const OpportunityChange& change);
    void finish();

    // Keyed reads for the importer's checks, one statement each.
    // Every stored opportunity's id, stage, amount in cents and expected close date.
    static void readOpportunities(const QSqlDatabase& db, const SqlDialect& dialect,
                                  const std::function<void(std::string_view id, std::string_view stage,
                                                           std::int64_t cents, std::optional<Date> close)>& each);
    // Every target approved in the targets lifecycle (schema 2): its key (owner_kind, owner_id, metric, period,
    // segment joined by '\n'), the figure in force and the version.
    static void readApprovedTargets(const QSqlDatabase& db, const SqlDialect& dialect,
                                    const std::function<void(std::string_view key, std::int64_t amount, int version)>& each);

private:
    struct Table;
    Table& table(int which);
    SqlStatement& statement(int which);
    void restoreConnection();

    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
    Options m_options;
    std::unique_ptr<ScopedTransaction> m_tx;
    std::vector<std::unique_ptr<Table>> m_tables;
    std::unique_ptr<SqlStatement> m_deleteHistory, m_deleteCredits, m_deleteReviews, m_insertChange;
    std::unordered_map<std::string, int> m_creditSeq, m_reviewSeq;
    QStringList m_rebuild;
    bool m_foreignKeysOff = false;
    int m_tempStoreBefore = -1; // temp_store to put back after a large import (sqliteSortOnDisk), -1: unchanged
    bool m_rollbackJournal = false; // a large first import writes with a rollback journal, WAL put back after
    bool m_historyWasEmpty = true;
    bool m_creditsWereEmpty = true;
    bool m_reviewsWereEmpty = true;
    std::string m_recordedAt;
    long long m_rows = 0;
};

} // namespace sd::storage
