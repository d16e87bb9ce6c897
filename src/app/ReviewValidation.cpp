#include "app/ReviewValidation.h"

#include <QCoreApplication>

#include <algorithm>

namespace sd::app {

namespace {

QString tx(const char* text)
{
    return QCoreApplication::translate("sd::app::ReviewEntryWidget", text);
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

const std::vector<std::string>& reviewerKinds()
{
    static const std::vector<std::string> kinds{"supervisor", "peer", "customer", "self"};
    return kinds;
}

ReviewCheck checkReview(const ReviewInput& input, const std::string& subjectRepId, const std::string& period,
                        const DatasetIndex& index)
{
    ReviewCheck out;
    const auto& kinds = reviewerKinds();
    if (std::find(kinds.begin(), kinds.end(), input.kind) == kinds.end()) {
        out.error = tx(QT_TRANSLATE_NOOP("sd::app::ReviewEntryWidget",
                                         "Reviewer kind: \"%1\" is not one of supervisor, peer, customer, self."))
                        .arg(q(input.kind));
        return out;
    }
    if (input.reviewer.empty()) {
        out.error = tx(QT_TRANSLATE_NOOP("sd::app::ReviewEntryWidget", "Reviewer: enter the reviewer's ID."));
        return out;
    }
    if (input.kind == "customer") {
        if (!index.customer(input.reviewer)) {
            out.error = tx(QT_TRANSLATE_NOOP("sd::app::ReviewEntryWidget",
                                             "Reviewer: \"%1\" is not a customer of this workspace."))
                            .arg(q(input.reviewer));
            return out;
        }
    } else if (!index.rep(input.reviewer)) {
        out.error = tx(QT_TRANSLATE_NOOP("sd::app::ReviewEntryWidget",
                                         "Reviewer: \"%1\" is not a rep of this workspace."))
                        .arg(q(input.reviewer));
        return out;
    } else if (input.kind == "self" && input.reviewer != subjectRepId) {
        out.error = tx(QT_TRANSLATE_NOOP("sd::app::ReviewEntryWidget",
                                         "Reviewer: a self review is written by %1 itself, not by \"%2\"."))
                        .arg(q(subjectRepId), q(input.reviewer));
        return out;
    } else if (input.kind != "self" && input.reviewer == subjectRepId) {
        out.error = tx(QT_TRANSLATE_NOOP("sd::app::ReviewEntryWidget",
                                         "Reviewer: %1 cannot review itself as anything but \"self\"."))
                        .arg(q(subjectRepId));
        return out;
    }
    const QString text = input.score.trimmed();
    const auto score = Rational::parse(text.toStdString(), 2);
    if (text.isEmpty() || !score) {
        out.error = tx(QT_TRANSLATE_NOOP("sd::app::ReviewEntryWidget",
                                         "Score: \"%1\" is not a number (0–100, at most 2 decimals)."))
                        .arg(text);
        return out;
    }
    if (score->isNegative() || *score > Rational(100)) {
        out.error = tx(QT_TRANSLATE_NOOP("sd::app::ReviewEntryWidget", "Score: %1 is outside 0–100.")).arg(text);
        return out;
    }
    Review r;
    r.subjectRepId = subjectRepId;
    r.period = period;
    r.reviewerKind = input.kind;
    r.reviewerId = input.reviewer;
    r.score = *score;
    out.review = std::move(r);
    return out;
}

QString reviewerName(const std::string& kind, const std::string& reviewer, const DatasetIndex& index)
{
    if (kind == "customer") {
        const Customer* c = index.customer(reviewer);
        return c ? q(c->name) : QString();
    }
    const Rep* r = index.rep(reviewer);
    return r ? q(r->name) : QString();
}

} // namespace sd::app
