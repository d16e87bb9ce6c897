#include "domain/AppraisalCycle.h"

#include <algorithm>
#include <cctype>

namespace sd {

namespace {

bool isBlank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

std::string who(const AppraisalRecord& rec)
{
    return "the appraisal of " + rec.repId + " for " + rec.period;
}

void refuseLocked(const AppraisalRecord& rec)
{
    if (rec.locked())
        throw CycleError(CycleRefusal::Locked,
                         who(rec) + " is signed off and locked; reopen it (with a reason) before changing it");
}

void requireState(const AppraisalRecord& rec, std::initializer_list<AppraisalState> allowed, const std::string& what)
{
    refuseLocked(rec);
    if (std::find(allowed.begin(), allowed.end(), rec.state) != allowed.end())
        return;
    std::string names;
    for (AppraisalState s : allowed)
        names += (names.empty() ? "" : " or ") + std::string(toCode(s));
    throw CycleError(CycleRefusal::WrongState, what + " is only possible in state " + names + "; " + who(rec)
                                                   + " is in " + std::string(toCode(rec.state)));
}

CycleStep step(const AppraisalRecord& before, AppraisalRecord after, const CycleActor& actor, std::string action,
               std::string detail)
{
    after.updatedAt = actor.at;
    AppraisalEvent ev{before.repId, before.period, actor.at, actor.name, std::move(action), before.state,
                      after.state,  std::move(detail)};
    return {std::move(after), std::move(ev)};
}

} // namespace

std::string_view toCode(AppraisalState s)
{
    switch (s) {
    case AppraisalState::Open: return "open";
    case AppraisalState::SelfReview: return "self_review";
    case AppraisalState::ManagerReview: return "manager_review";
    case AppraisalState::Calibration: return "calibration";
    case AppraisalState::SignedOff: return "signed_off";
    }
    return "";
}

std::optional<AppraisalState> appraisalStateFromCode(std::string_view code)
{
    for (AppraisalState s : {AppraisalState::Open, AppraisalState::SelfReview, AppraisalState::ManagerReview,
                             AppraisalState::Calibration, AppraisalState::SignedOff})
        if (toCode(s) == code)
            return s;
    return std::nullopt;
}

std::optional<std::string> AppraisalRecord::signOffDate() const
{
    if (state != AppraisalState::SignedOff || !signedOffAt)
        return std::nullopt;
    return signedOffAt->substr(0, 10);
}

std::optional<std::string> AppraisalRecord::finalGrade(const std::optional<std::string>& scoredGrade) const
{
    return calibratedGrade ? calibratedGrade : scoredGrade;
}

CycleStep advance(const AppraisalRecord& rec, const CycleActor& actor)
{
    refuseLocked(rec);
    AppraisalRecord next = rec;
    next.state = AppraisalState(int(rec.state) + 1);
    if (next.state == AppraisalState::SignedOff) {
        next.signedOffAt = actor.at;
        next.signedOffBy = actor.name;
        return step(rec, std::move(next), actor, "sign_off", {});
    }
    return step(rec, std::move(next), actor, "advance", {});
}

CycleStep setSelfComment(const AppraisalRecord& rec, const std::string& text, const CycleActor& actor)
{
    requireState(rec, {AppraisalState::Open, AppraisalState::SelfReview}, "the self comment");
    AppraisalRecord next = rec;
    next.selfComment = text;
    return step(rec, std::move(next), actor, "self_comment", text);
}

CycleStep setManagerComment(const AppraisalRecord& rec, const std::string& text, const CycleActor& actor)
{
    requireState(rec, {AppraisalState::ManagerReview, AppraisalState::Calibration}, "the manager comment");
    AppraisalRecord next = rec;
    next.managerComment = text;
    return step(rec, std::move(next), actor, "manager_comment", text);
}

CycleStep calibrate(const AppraisalRecord& rec, const std::string& grade, const std::string& reason,
                    const std::optional<std::string>& scoredGrade, const std::vector<std::string>& grades,
                    const CycleActor& actor)
{
    requireState(rec, {AppraisalState::Calibration}, "calibration");
    if (std::find(grades.begin(), grades.end(), grade) == grades.end()) {
        std::string known;
        for (const std::string& g : grades)
            known += (known.empty() ? "" : ", ") + g;
        throw CycleError(CycleRefusal::UnknownGrade, "calibration of " + rec.repId + ": unknown grade '" + grade
                                                         + "' (the grades are " + known + ")");
    }
    if (isBlank(reason))
        throw CycleError(CycleRefusal::BlankReason,
                         "calibration of " + rec.repId + " needs a written reason for changing the grade");
    AppraisalRecord next = rec;
    const std::string from = rec.finalGrade(scoredGrade).value_or("-");
    if (scoredGrade && grade == *scoredGrade)
        next.calibratedGrade.reset();
    else
        next.calibratedGrade = grade;
    next.calibrationReason = reason;
    return step(rec, std::move(next), actor, "calibrate", from + " -> " + grade + ": " + reason);
}

CycleStep reopen(const AppraisalRecord& rec, const std::string& reason, const CycleActor& actor)
{
    if (!rec.locked())
        throw CycleError(CycleRefusal::NotSignedOff, who(rec) + " is not signed off; only a signed-off record is reopened");
    if (isBlank(reason))
        throw CycleError(CycleRefusal::BlankReason, "reopening " + who(rec) + " needs a written reason");
    AppraisalRecord next = rec;
    next.state = AppraisalState::Calibration;
    return step(rec, std::move(next), actor, "reopen", reason);
}

} // namespace sd
