#include "app/FunnelForecastEdit.h"

#include "app/DialogHooks.h"
#include "app/WorkspaceDocument.h"
#include "storage/ForecastSubmissionRestore.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/SqlTargetPlanRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <stdexcept>

namespace sd::app {

FunnelForecastEdit::FunnelForecastEdit(WorkspaceDocument* document, QWidget* window, Kind kind, std::string repId,
                                       std::string period, Money amount, std::function<void()> changed)
    : m_document(document)
    , m_window(window)
    , m_kind(kind)
    , m_repId(std::move(repId))
    , m_period(std::move(period))
    , m_amount(amount)
    , m_by(storage::SqlTargetPlanRepository::currentUser())
    , m_at(storage::SqlTargetPlanRepository::nowUtc())
    , m_changed(std::move(changed))
{
    setText(kind == Kind::Submit ? QCoreApplication::translate("FunnelForecastEdit", "Submit the forecast of %1 for %2")
                                       .arg(QString::fromStdString(m_repId), QString::fromStdString(m_period))
                                 : QCoreApplication::translate("FunnelForecastEdit", "Adjust the forecast of %1 for %2")
                                       .arg(QString::fromStdString(m_repId), QString::fromStdString(m_period)));
}

FunnelForecastEdit* FunnelForecastEdit::create(WorkspaceDocument* document, QWidget* window, Kind kind,
                                               std::string repId, std::string period, Money amount,
                                               std::function<void()> changed)
{
    if (!document->isOpen())
        throw std::runtime_error(
            QCoreApplication::translate("FunnelForecastEdit", "No workspace is open.").toStdString());
    if (amount.isNegative())
        throw std::runtime_error(
            QCoreApplication::translate("FunnelForecastEdit", "A forecast cannot be negative.").toStdString());
    auto* edit = new FunnelForecastEdit(document, window, kind, std::move(repId), std::move(period), amount,
                                        std::move(changed));
    try {
        const storage::SqlFunnelChangeRepository repo(*document->workspace());
        for (const storage::ForecastSubmission& s : repo.submissions(edit->m_period))
            if (s.repId == edit->m_repId)
                edit->m_before = s;
        if (kind == Kind::Adjust && !edit->m_before)
            throw std::runtime_error(
                QCoreApplication::translate("FunnelForecastEdit",
                                            "%1 has not submitted a forecast for %2: a manager "
                                            "adjusts a submitted forecast.")
                    .arg(QString::fromStdString(edit->m_repId), QString::fromStdString(edit->m_period))
                    .toStdString());
        edit->apply();
    } catch (...) {
        delete edit;
        throw;
    }
    if (edit->m_changed)
        edit->m_changed();
    return edit;
}

void FunnelForecastEdit::apply() const
{
    storage::SqlFunnelChangeRepository repo(*m_document->workspace());
    if (m_kind == Kind::Submit)
        repo.submitForecast(storage::ForecastSubmission{m_repId, m_period, m_amount, m_by, m_at, std::nullopt, {}, {}});
    else
        repo.adjustForecast(m_repId, m_period, m_amount, m_by, m_at);
}

void FunnelForecastEdit::fail(const std::exception& e)
{
    spdlog::warn("forecast change failed: {}", e.what());
    DialogHooks::warning(m_window, QCoreApplication::translate("FunnelForecastEdit", "Forecast"),
                         QString::fromUtf8(e.what()));
    setObsolete(true);
}

void FunnelForecastEdit::redo()
{
    if (m_applied) {
        m_applied = false; // applied by create()
        return;
    }
    try {
        apply();
    } catch (const std::exception& e) {
        fail(e);
        return;
    }
    if (m_changed)
        m_changed();
}

void FunnelForecastEdit::undo()
{
    try {
        storage::restoreForecastSubmission(*m_document->workspace(), m_repId, m_period, m_before);
    } catch (const std::exception& e) {
        fail(e);
        return;
    }
    if (m_changed)
        m_changed();
}

} // namespace sd::app
