#pragma once

// The quarterly appraisal cycle of SPEC §6: a record per rep and quarter moving
// open → self_review → manager_review → calibration → signed_off, with comments, calibration of
// the grade with a written reason, sign-off that locks the record, and reopening with a reason.
// Pure functions: each takes the current record and returns the changed one plus the audit event,
// or throws CycleError (nothing changed). docs/kpi.md has the rules.

#include "domain/Error.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

enum class AppraisalState { Open, SelfReview, ManagerReview, Calibration, SignedOff };

std::string_view toCode(AppraisalState s);
std::optional<AppraisalState> appraisalStateFromCode(std::string_view code);

// Why an action was refused.
enum class CycleRefusal { Locked, WrongState, BlankReason, UnknownGrade, NotSignedOff };

// A refused cycle action; the message says what and why, for the user (in English; the app
// translates by `refusal`).
class CycleError : public DomainError
{
public:
    CycleError(CycleRefusal refusal, const std::string& what)
        : DomainError(what)
        , m_refusal(refusal)
    {
    }
    CycleRefusal refusal() const { return m_refusal; }

private:
    CycleRefusal m_refusal;
};

// One rep's appraisal for one quarter. A rep without a stored record is `open` with nothing written.
struct AppraisalRecord
{
    std::string repId;
    std::string period; // a quarter label
    AppraisalState state = AppraisalState::Open;
    std::string selfComment;
    std::string managerComment;
    std::optional<std::string> calibratedGrade; // the grade set at calibration, replacing the scored one
    std::string calibrationReason;              // required with a calibrated grade
    std::optional<std::string> signedOffAt;     // ISO 8601 UTC timestamp of the (last) sign-off
    std::string signedOffBy;
    std::string updatedAt;

    bool locked() const { return state == AppraisalState::SignedOff; }
    // The sign-off date (YYYY-MM-DD) when signed off.
    std::optional<std::string> signOffDate() const;
    // The calibrated grade, else the scored one.
    std::optional<std::string> finalGrade(const std::optional<std::string>& scoredGrade) const;
};

// Who did what and when (an audit row). `detail` holds the comment, the reason or the grade change.
struct AppraisalEvent
{
    std::string repId;
    std::string period;
    std::string at; // ISO 8601 UTC
    std::string actor;
    std::string action; // advance, self_comment, manager_comment, calibrate, sign_off, reopen, undo
    AppraisalState fromState = AppraisalState::Open;
    AppraisalState toState = AppraisalState::Open;
    std::string detail;
};

// The result of an accepted action.
struct CycleStep
{
    AppraisalRecord record;
    AppraisalEvent event;
};

// Who acts and when; the timestamp comes from the caller (the domain has no clock).
struct CycleActor
{
    std::string name;
    std::string at;
};

// The next state (open → self_review → manager_review → calibration → signed_off); the last step is
// the sign-off. Refused on a signed-off record.
CycleStep advance(const AppraisalRecord& rec, const CycleActor& who);
// The rep's own comment: allowed while open or in self review.
CycleStep setSelfComment(const AppraisalRecord& rec, const std::string& text, const CycleActor& who);
// The manager's comment: allowed in manager review and calibration.
CycleStep setManagerComment(const AppraisalRecord& rec, const std::string& text, const CycleActor& who);
// Calibration: only in the calibration state, with a non-blank reason, to one of `grades` (the
// workspace's grade codes). Setting the scored grade back clears the calibration.
CycleStep calibrate(const AppraisalRecord& rec, const std::string& grade, const std::string& reason,
                    const std::optional<std::string>& scoredGrade, const std::vector<std::string>& grades,
                    const CycleActor& who);
// Reopens a signed-off record to calibration; needs a non-blank reason.
CycleStep reopen(const AppraisalRecord& rec, const std::string& reason, const CycleActor& who);

} // namespace sd
