// ImportPipeline: the reading thread hands checked rows to the writing thread in order, in bounded batches.

#include "io/ImportPipeline.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

using namespace sd;
using namespace sd::io;

namespace {

// Records what reaches the writer, as "kind:id" in arrival order.
class RecordingSink : public ImportSink
{
public:
    std::vector<std::string> seen;
    std::thread::id thread;

    void orgUnit(const OrgUnit& r) override { note("org", r.id); }
    void rep(const Rep& r) override { note("rep", r.id); }
    void product(const Product& r) override { note("product", r.id); }
    void customer(const Customer& r) override { note("customer", r.id); }
    void opportunity(const Opportunity& r) override { note("opp", r.id); }
    void stageEntry(const std::string& id, int seq, const StageEntry& e) override
    {
        note("stage", id + "/" + std::to_string(seq) + "/" + e.stage);
    }
    void order(const Order& r) override { note("order", r.id); }
    void orderCredit(const OrderCredit& r) override { note("credit", r.orderId); }
    void payment(const Payment& r) override { note("payment", r.id); }
    void activity(const Activity& r) override { note("activity", r.id + (r.note ? "+" + *r.note : "")); }
    void target(const Target& r) override { note("target", r.period); }
    void kpiValue(const KpiValue& r) override { note("kpi", r.code); }
    void review(const Review& r) override { note("review", r.subjectRepId); }
    void opportunityChange(const OpportunityChange& c) override { note("change", c.opportunityId + "=" + c.newValue); }

private:
    void note(const char* kind, const std::string& id)
    {
        thread = std::this_thread::get_id();
        seen.push_back(std::string(kind) + ":" + id);
    }
};

} // namespace

TEST_CASE("ImportPipeline: every row reaches the writer once, in the order it was put", "[import]")
{
    ImportPipeline pipeline(3, 2); // small batches, two waiting at most: the reader waits for the writer often
    std::vector<std::string> expected;
    std::thread reader([&] {
        pipeline.orgUnit(OrgUnit{"U1", std::nullopt, "Root", OrgKind::Company});
        pipeline.progress(0.25, "org_units.csv");
        for (int i = 0; i < 500; ++i) {
            Opportunity o;
            o.id = "OPP" + std::to_string(i);
            pipeline.opportunity(o);
            pipeline.stageEntry(o.id, 0, StageEntry{"lead", Date::fromYmd(2026, 1, 1)});
            Activity a;
            a.id = "ACT" + std::to_string(i);
            a.note = std::string(40, 'n'); // longer than a short-string buffer: moved across threads intact
            pipeline.activity(a);
        }
        OpportunityChange c;
        c.opportunityId = "OPP7";
        c.newValue = "won";
        pipeline.opportunityChange(c);
        pipeline.close();
    });
    expected.push_back("org:U1");
    for (int i = 0; i < 500; ++i) {
        expected.push_back("opp:OPP" + std::to_string(i));
        expected.push_back("stage:OPP" + std::to_string(i) + "/0/lead");
        expected.push_back("activity:ACT" + std::to_string(i) + "+" + std::string(40, 'n'));
    }
    expected.push_back("change:OPP7=won");

    RecordingSink sink;
    std::vector<std::pair<double, std::string>> progress;
    int polls = 0;
    pipeline.drainInto(sink, [&] {
        ++polls;
        if (auto p = pipeline.takeProgress())
            progress.push_back(*p);
    });
    reader.join();
    CHECK(sink.seen == expected);
    CHECK(sink.thread == std::this_thread::get_id()); // rows are written on the draining thread
    CHECK(polls > 0);
    if (auto p = pipeline.takeProgress()) // taken during the drain, or still waiting: either way once
        progress.push_back(*p);
    REQUIRE(progress.size() == 1);
    CHECK(progress.front() == std::make_pair(0.25, std::string("org_units.csv")));
}

TEST_CASE("ImportPipeline: a writer that gives up never leaves the reader waiting", "[import]")
{
    ImportPipeline pipeline(1, 1); // one row per batch, one batch waiting: the second row already waits
    std::atomic_int put{0};
    std::thread reader([&] {
        for (int i = 0; i < 100; ++i) {
            Payment p;
            p.id = "PAY" + std::to_string(i);
            pipeline.payment(p);
            ++put;
        }
        pipeline.close();
    });
    while (put.load() < 1)
        std::this_thread::yield();
    pipeline.abandon(); // as importFolder does when writing failed
    reader.join();      // would hang if the reader still waited for room
    CHECK(put.load() == 100);

    RecordingSink sink;
    pipeline.drainInto(sink, {});
    CHECK(sink.seen.empty()); // nothing queued is written after the writer gave up
}
