#include "storage/ForecastSubmissionRestore.h"

#include "storage/ScopedTransaction.h"
#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

#include <QSqlQuery>

namespace sd::storage {

void restoreForecastSubmission(const Workspace& workspace, const std::string& repId, const std::string& period,
                               const std::optional<ForecastSubmission>& before)
{
    const QSqlDatabase db = workspace.database();
    ScopedTransaction tx(db);
    QSqlQuery del
        = sql::prepare(db, QStringLiteral("DELETE FROM forecast_submissions WHERE rep_id = ? AND period = ?"));
    del.addBindValue(sql::text(repId));
    del.addBindValue(sql::text(period));
    sql::exec(del, "taking back a forecast submission");
    if (before) {
        QSqlQuery ins = sql::prepare(db,
                                     QStringLiteral("INSERT INTO forecast_submissions (rep_id, period, amount, "
                                                    "submitted_by, submitted_at, adjusted_amount, adjusted_by, "
                                                    "adjusted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        ins.addBindValue(sql::text(repId));
        ins.addBindValue(sql::text(period));
        ins.addBindValue(sql::cents(before->amount));
        ins.addBindValue(sql::text(before->submittedBy));
        ins.addBindValue(sql::text(before->submittedAt));
        // Typed nulls, so every driver binds the columns' types.
        const QVariant noAmount(QMetaType::fromType<qlonglong>());
        const QVariant noText(QMetaType::fromType<QString>());
        ins.addBindValue(before->adjustedAmount ? sql::cents(*before->adjustedAmount) : noAmount);
        ins.addBindValue(before->adjustedAmount ? sql::text(before->adjustedBy) : noText);
        ins.addBindValue(before->adjustedAmount ? sql::text(before->adjustedAt) : noText);
        sql::exec(ins, "restoring a forecast submission");
    }
    tx.commit();
}

} // namespace sd::storage
