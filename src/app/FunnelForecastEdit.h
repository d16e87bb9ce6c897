#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "storage/FunnelChangeRepository.h"
#endif

#include <QUndoCommand>

#include <functional>
#include <optional>
#include <string>

class QWidget;

namespace sd::app {

class WorkspaceDocument;

// A rep's forecast submission for a period, or the manager's adjustment of it, each kept with who and when
// (forecast_submissions). Undo puts the submission back exactly as it was (no row, or the earlier one with its
// adjustment). Built with create(), which applies it once, so a refused change never lands on the undo stack.
class FunnelForecastEdit : public QUndoCommand
{
public:
    enum class Kind
    {
        Submit,
        Adjust
    };
    // Applies the change (throws std::exception with the reason, nothing written) and returns the command to push;
    // its first redo() does nothing. `changed` runs after every redo and undo.
    static FunnelForecastEdit* create(WorkspaceDocument* document, QWidget* window, Kind kind, std::string repId,
                                      std::string period, Money amount, std::function<void()> changed);

    void undo() override;
    void redo() override;

private:
    FunnelForecastEdit(WorkspaceDocument* document, QWidget* window, Kind kind, std::string repId, std::string period,
                       Money amount, std::function<void()> changed);
    void apply() const;
    void fail(const std::exception& e);

    WorkspaceDocument* m_document;
    QWidget* m_window;
    Kind m_kind;
    std::string m_repId;
    std::string m_period;
    Money m_amount;
    std::string m_by;
    std::string m_at;
    std::optional<storage::ForecastSubmission> m_before;
    std::function<void()> m_changed;
    bool m_applied = true;
};

} // namespace sd::app
