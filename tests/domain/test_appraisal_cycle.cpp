// The appraisal cycle of SPEC §6 (docs/kpi.md "Appraisal cycle"): states in order, comments in their states,
// calibration only with a reason, sign-off locks, reopening needs a reason; every accepted action is an event.

#include "domain/AppraisalCycle.h"

#include <catch2/catch.hpp>

using namespace sd;

namespace {

AppraisalRecord fresh()
{
    AppraisalRecord r;
    r.repId = "r1";
    r.period = "2026Q3";
    return r;
}

const std::vector<std::string> kGrades = {"S", "A", "B", "C", "D"};

CycleActor at(const char* when, const char* who = "li")
{
    return {who, when};
}

AppraisalRecord inCalibration()
{
    AppraisalRecord r = fresh();
    for (int i = 0; i < 3; ++i)
        r = advance(r, at("2026-10-01T08:00:00Z")).record;
    return r;
}

} // namespace

TEST_CASE("the cycle moves open → self_review → manager_review → calibration → signed_off", "[appraisal]")
{
    AppraisalRecord r = fresh();
    CHECK(r.state == AppraisalState::Open);
    const char* expected[] = {"self_review", "manager_review", "calibration"};
    for (const char* code : expected) {
        const CycleStep s = advance(r, at("2026-10-02T09:00:00Z"));
        CHECK(toCode(s.record.state) == code);
        CHECK(s.event.action == "advance");
        CHECK(s.event.fromState == r.state);
        CHECK(s.event.toState == s.record.state);
        CHECK(s.event.actor == "li");
        CHECK(s.event.at == "2026-10-02T09:00:00Z");
        CHECK(s.record.updatedAt == "2026-10-02T09:00:00Z");
        r = s.record;
    }
    const CycleStep signOff = advance(r, at("2026-10-15T10:30:00Z", "hr"));
    CHECK(signOff.record.state == AppraisalState::SignedOff);
    CHECK(signOff.event.action == "sign_off");
    CHECK(signOff.record.locked());
    CHECK(signOff.record.signedOffBy == "hr");
    CHECK(signOff.record.signOffDate() == std::optional<std::string>("2026-10-15"));
    CHECK_FALSE(r.signOffDate()); // not signed off yet: no date
}

TEST_CASE("comments are taken in their states only", "[appraisal]")
{
    AppraisalRecord r = fresh();
    r = setSelfComment(r, "我完成了任务", at("2026-10-01T08:00:00Z", "r1")).record;
    CHECK(r.selfComment == "我完成了任务");
    CHECK_THROWS_AS(setManagerComment(r, "x", at("t")), CycleError);
    r = advance(r, at("t")).record; // self_review
    const CycleStep self = setSelfComment(r, "updated", at("t", "r1"));
    CHECK(self.event.action == "self_comment");
    CHECK(self.event.detail == "updated");
    CHECK(self.record.state == AppraisalState::SelfReview); // a comment does not move the state
    r = advance(self.record, at("t")).record;                // manager_review
    try {
        setSelfComment(r, "late", at("t", "r1"));
        FAIL("a self comment in manager review must be refused");
    } catch (const CycleError& e) {
        CHECK(e.refusal() == CycleRefusal::WrongState);
        CHECK(std::string(e.what()).find("manager_review") != std::string::npos);
    }
    r = setManagerComment(r, "good quarter", at("t")).record;
    CHECK(r.managerComment == "good quarter");
    r = advance(r, at("t")).record; // calibration: the manager may still comment
    CHECK(setManagerComment(r, "after calibration talk", at("t")).record.managerComment == "after calibration talk");
}

TEST_CASE("calibration changes a grade only with a written reason, in calibration", "[appraisal]")
{
    const AppraisalRecord r = inCalibration();
    // Blank or whitespace-only reasons are refused and nothing changes.
    for (const char* blank : {"", "   ", "\t\n"}) {
        try {
            calibrate(r, "B", blank, std::string("C"), kGrades, at("t"));
            FAIL("a blank reason must be refused");
        } catch (const CycleError& e) {
            CHECK(e.refusal() == CycleRefusal::BlankReason);
        }
    }
    CHECK_FALSE(r.calibratedGrade);
    // An unknown grade is refused.
    try {
        calibrate(r, "E", "why", std::string("C"), kGrades, at("t"));
        FAIL("unknown grade");
    } catch (const CycleError& e) {
        CHECK(e.refusal() == CycleRefusal::UnknownGrade);
        CHECK(std::string(e.what()).find("'E'") != std::string::npos);
    }
    // C → B with a reason: the final grade is B, the reason kept, the event says from and to.
    const CycleStep s = calibrate(r, "B", "big order signed on 10-02 counted for Q3", std::string("C"), kGrades,
                                  at("2026-10-14T08:00:00Z", "hr"));
    CHECK(s.record.calibratedGrade == std::optional<std::string>("B"));
    CHECK(s.record.finalGrade(std::string("C")) == std::optional<std::string>("B"));
    CHECK(s.record.calibrationReason == "big order signed on 10-02 counted for Q3");
    CHECK(s.event.action == "calibrate");
    CHECK(s.event.detail == "C -> B: big order signed on 10-02 counted for Q3");
    CHECK(s.record.state == AppraisalState::Calibration);
    // Back to the scored grade clears the calibration (the reason of that step is kept).
    const CycleStep back = calibrate(s.record, "C", "recounted", std::string("C"), kGrades, at("t", "hr"));
    CHECK_FALSE(back.record.calibratedGrade);
    CHECK(back.record.finalGrade(std::string("C")) == std::optional<std::string>("C"));
    CHECK(back.event.detail == "B -> C: recounted");
    // Not in calibration: refused.
    CHECK_THROWS_AS(calibrate(fresh(), "B", "why", std::string("C"), kGrades, at("t")), CycleError);
}

TEST_CASE("a signed-off record is locked; reopening needs a reason and is recorded", "[appraisal]")
{
    AppraisalRecord r = calibrate(inCalibration(), "A", "team lead", std::string("B"), kGrades, at("t")).record;
    r.managerComment = "fine";
    const AppraisalRecord signedOff = advance(r, at("2026-10-15T10:30:00Z", "hr")).record;
    const AppraisalRecord before = signedOff;
    const auto refusedLocked = [](auto&& action) {
        try {
            action();
            return false;
        } catch (const CycleError& e) {
            return e.refusal() == CycleRefusal::Locked
                   && std::string(e.what()).find("signed off and locked") != std::string::npos;
        }
    };
    CHECK(refusedLocked([&] { advance(signedOff, at("t")); }));
    CHECK(refusedLocked([&] { setSelfComment(signedOff, "x", at("t")); }));
    CHECK(refusedLocked([&] { setManagerComment(signedOff, "x", at("t")); }));
    CHECK(refusedLocked([&] { calibrate(signedOff, "S", "x", std::string("B"), kGrades, at("t")); }));
    CHECK(signedOff.managerComment == before.managerComment); // nothing changed
    CHECK(signedOff.state == AppraisalState::SignedOff);

    try {
        reopen(signedOff, "  ", at("t"));
        FAIL("reopen without reason");
    } catch (const CycleError& e) {
        CHECK(e.refusal() == CycleRefusal::BlankReason);
    }
    const CycleStep re = reopen(signedOff, "wrong target used", at("2026-10-20T09:00:00Z", "hr"));
    CHECK(re.record.state == AppraisalState::Calibration);
    CHECK_FALSE(re.record.locked());
    CHECK_FALSE(re.record.signOffDate());                     // no longer signed off
    CHECK(re.record.calibratedGrade == std::optional<std::string>("A")); // the calibration stays
    CHECK(re.event.action == "reopen");
    CHECK(re.event.detail == "wrong target used");
    CHECK(re.event.fromState == AppraisalState::SignedOff);
    CHECK(re.event.toState == AppraisalState::Calibration);
    // Only a signed-off record is reopened.
    try {
        reopen(re.record, "again", at("t"));
        FAIL("reopen of an open record");
    } catch (const CycleError& e) {
        CHECK(e.refusal() == CycleRefusal::NotSignedOff);
    }
    // Signing off again sets the new date.
    const AppraisalRecord again = advance(re.record, at("2026-10-21T09:00:00Z", "hr")).record;
    CHECK(again.signOffDate() == std::optional<std::string>("2026-10-21"));
}

TEST_CASE("appraisal state codes round-trip", "[appraisal]")
{
    for (const char* code : {"open", "self_review", "manager_review", "calibration", "signed_off"})
        CHECK(toCode(*appraisalStateFromCode(code)) == code);
    CHECK_FALSE(appraisalStateFromCode("closed"));
}
