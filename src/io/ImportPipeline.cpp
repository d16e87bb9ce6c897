#include "io/ImportPipeline.h"

#include <chrono>

namespace sd::io {

namespace {

template <class... F>
struct Overloaded : F...
{
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

} // namespace

ImportPipeline::ImportPipeline(size_t batchRows, size_t maxBatches)
    : m_batchRows(batchRows == 0 ? 1 : batchRows)
    , m_maxBatches(maxBatches == 0 ? 1 : maxBatches)
{
    m_filling.reserve(m_batchRows);
}

void ImportPipeline::stageEntry(const std::string& opportunityId, int seq, const StageEntry& entry)
{
    m_filling.emplace_back(std::in_place_type<StageRow>, StageRow{opportunityId, seq, entry});
    if (m_filling.size() >= m_batchRows)
        handOver();
}

void ImportPipeline::handOver()
{
    Batch next;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_abandoned || m_full.size() < m_maxBatches; });
        if (m_abandoned) {
            m_filling.clear();
            return;
        }
        m_full.push_back(std::move(m_filling));
        if (!m_spare.empty()) {
            next = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    m_changed.notify_all();
    m_filling = std::move(next);
    m_filling.clear();
    m_filling.reserve(m_batchRows);
}

void ImportPipeline::progress(double fraction, const std::string& phase)
{
    std::lock_guard lock(m_mutex);
    m_progress = std::make_pair(fraction, phase);
}

void ImportPipeline::close()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_abandoned && !m_filling.empty())
            m_full.push_back(std::move(m_filling));
        m_filling = Batch();
        m_closed = true;
    }
    m_changed.notify_all();
}

void ImportPipeline::abandon()
{
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_full.clear();
        m_spare.clear();
    }
    m_changed.notify_all();
}

std::optional<std::pair<double, std::string>> ImportPipeline::takeProgress()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_progress, std::nullopt);
}

void ImportPipeline::write(ImportSink& target, Row& row)
{
    std::visit(Overloaded{
                   [&](const OrgUnit& r) { target.orgUnit(r); },
                   [&](const Rep& r) { target.rep(r); },
                   [&](const Product& r) { target.product(r); },
                   [&](const Customer& r) { target.customer(r); },
                   [&](const Opportunity& r) { target.opportunity(r); },
                   [&](const StageRow& r) { target.stageEntry(r.opportunityId, r.seq, r.entry); },
                   [&](const Order& r) { target.order(r); },
                   [&](const OrderCredit& r) { target.orderCredit(r); },
                   [&](const Payment& r) { target.payment(r); },
                   [&](const Activity& r) { target.activity(r); },
                   [&](const Target& r) { target.target(r); },
                   [&](const KpiValue& r) { target.kpiValue(r); },
                   [&](const Review& r) { target.review(r); },
                   [&](const OpportunityChange& r) { target.opportunityChange(r); },
               },
               row);
}

void ImportPipeline::drainInto(ImportSink& target, const std::function<void()>& poll)
{
    for (;;) {
        if (poll)
            poll();
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            if (!m_changed.wait_for(lock, std::chrono::milliseconds(50), [&] { return m_closed || !m_full.empty(); }))
                continue;
            if (m_full.empty())
                return; // closed and everything written
            batch = std::move(m_full.front());
            m_full.pop_front();
        }
        m_changed.notify_all(); // room for the reader
        for (Row& row : batch)
            write(target, row);
        batch.clear();
        std::lock_guard lock(m_mutex);
        if (!m_abandoned && m_spare.size() < m_maxBatches)
            m_spare.push_back(std::move(batch));
    }
}

} // namespace sd::io
