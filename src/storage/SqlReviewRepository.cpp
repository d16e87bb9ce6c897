#include "storage/SqlReviewRepository.h"

#include "storage/ScopedTransaction.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/Workspace.h"

namespace sd::storage {

namespace {

QVariant optText(const std::optional<std::string>& s)
{
    return s ? sql::text(*s) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<std::string> optStd(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return sql::toStd(v);
}

} // namespace

SqlReviewRepository::SqlReviewRepository(Workspace& workspace)
    : m_ws(workspace)
{
    SqlAppraisalRepository ensureTables(workspace); // adds review_comments to a workspace that lacks it
}

std::vector<ReviewEntry> SqlReviewRepository::reviews(const std::string& repId, const std::string& period) const
{
    QSqlQuery q = sql::prepare(
        m_ws.database(),
        QStringLiteral("SELECT r.subject_rep_id, r.period, r.reviewer_kind, r.reviewer_id, r.score, c.comment "
                       "FROM reviews r LEFT JOIN review_comments c ON c.subject_rep_id = r.subject_rep_id "
                       "AND c.period = r.period AND c.seq = r.seq AND c.reviewer_kind = r.reviewer_kind "
                       "AND c.score = r.score AND COALESCE(c.reviewer_id, '') = COALESCE(r.reviewer_id, '') "
                       "WHERE r.subject_rep_id = ? AND r.period = ? ORDER BY r.seq"));
    q.addBindValue(sql::text(repId));
    q.addBindValue(sql::text(period));
    sql::exec(q, "reading 360-degree reviews");
    std::vector<ReviewEntry> out;
    while (q.next()) {
        ReviewEntry e;
        e.review.subjectRepId = sql::toStd(q.value(0));
        e.review.period = sql::toStd(q.value(1));
        e.review.reviewerKind = sql::toStd(q.value(2));
        e.review.reviewerId = optStd(q.value(3));
        const std::string score = sql::toStd(q.value(4));
        const auto parsed = Rational::parse(score);
        if (!parsed)
            throw StorageError("reviews.score '" + score + "' is not a number");
        e.review.score = *parsed;
        if (!q.value(5).isNull())
            e.comment = sql::toStd(q.value(5));
        out.push_back(std::move(e));
    }
    return out;
}

void SqlReviewRepository::replace(const std::string& repId, const std::string& period,
                                  const std::vector<ReviewEntry>& entries)
{
    const QSqlDatabase db = m_ws.database();
    ScopedTransaction tx(db);
    for (const char* table : {"reviews", "review_comments"}) {
        QSqlQuery del = sql::prepare(db, QStringLiteral("DELETE FROM %1 WHERE subject_rep_id = ? AND period = ?")
                                             .arg(QString::fromLatin1(table)));
        del.addBindValue(sql::text(repId));
        del.addBindValue(sql::text(period));
        sql::exec(del, "replacing 360-degree reviews");
    }
    int seq = 0;
    for (const ReviewEntry& e : entries) {
        const std::string score = e.review.score.toString();
        QSqlQuery ins = sql::prepare(db, QStringLiteral("INSERT INTO reviews (subject_rep_id, period, seq, "
                                                        "reviewer_kind, reviewer_id, score) VALUES (?, ?, ?, ?, ?, ?)"));
        ins.addBindValue(sql::text(repId));
        ins.addBindValue(sql::text(period));
        ins.addBindValue(seq);
        ins.addBindValue(sql::text(e.review.reviewerKind));
        ins.addBindValue(optText(e.review.reviewerId));
        ins.addBindValue(sql::text(score));
        sql::exec(ins, "writing a 360-degree review");
        if (!e.comment.empty()) {
            QSqlQuery c = sql::prepare(db, QStringLiteral("INSERT INTO review_comments (subject_rep_id, period, seq, "
                                                          "reviewer_kind, reviewer_id, score, comment) "
                                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            c.addBindValue(sql::text(repId));
            c.addBindValue(sql::text(period));
            c.addBindValue(seq);
            c.addBindValue(sql::text(e.review.reviewerKind));
            c.addBindValue(optText(e.review.reviewerId));
            c.addBindValue(sql::text(score));
            c.addBindValue(sql::text(e.comment));
            sql::exec(c, "writing a review comment");
        }
        ++seq;
    }
    tx.commit();
}

} // namespace sd::storage
