#pragma once

#ifndef Q_MOC_RUN
#include "domain/Dataset.h"
#include "domain/TargetDecomposition.h"
#include "domain/TargetLifecycle.h"
#endif

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sd::app {

class WorkspaceDocument;

// Decomposes an owner's target over the org, the fiscal months and the segments with the domain's TargetDecomposer
// (the same figures as `salesctl targets decompose`), previews the result in a table and, on Apply, hands back the
// draft targets to store. The computation runs off the GUI thread.
class DecompositionDialog : public QDialog
{
    Q_OBJECT

public:
    // A notice of the decomposition engine, translated (its four known shapes; any other as it is).
    static QString noticeText(const std::string& notice);
    DecompositionDialog(WorkspaceDocument* document, OwnerRef owner, QString ownerName, Metric metric, int fiscalYear,
                        std::optional<std::int64_t> currentAmount, QWidget* parent = nullptr);
    ~DecompositionDialog() override;

    // Computes the preview (asynchronously; previewReady() when done).
    void preview();
    bool hasPreview() const { return m_result != nullptr; }
    const Decomposition* result() const { return m_result.get(); }
    // The organisation the weights table lists (the panel's; read from the workspace when not given).
    void setOrganisation(std::shared_ptr<const Dataset> org);
    // The per-child weights of the `weights` method (rows: the nodes split, in tree order) and the per-month weights
    // of the `weights` seasonality (one row, a column per month of the period).
    QTableWidget* weightsTable() const { return m_weightsTable; }
    QTableWidget* monthWeightsTable() const { return m_monthWeightsTable; }
    // The targets Apply stores: every node below the owner (period, months, segments), and the owner's own rows
    // when it had no target for the period (`ownerHadTarget`).
    std::vector<TargetPlan> drafts(bool ownerHadTarget) const;

Q_SIGNALS:
    void previewReady();
    void previewFailed(const QString& message);

private:
    DecompositionRequest readRequest(QString& error) const;
    bool readWeights(DecompositionRequest& req, QString& error) const;
    bool readMonthWeights(DecompositionRequest& req, QString& error) const;
    void updateWeightInputs();
    void rebuildWeights();
    void rebuildMonthWeights();
    QString ownerName(const OwnerRef& owner) const;
    void showResult();
    void showError(const QString& message);
    void retranslateUi();

    WorkspaceDocument* m_document;
    OwnerRef m_owner;
    QString m_ownerName;
    Metric m_metric;
    int m_fiscalYear;
    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const Decomposition> m_result;
    QComboBox* m_periodCombo;
    QLineEdit* m_amountEdit;
    QComboBox* m_methodCombo;
    QComboBox* m_seasonalityCombo;
    QLineEdit* m_overAssignEdit;
    QLineEdit* m_existingShareEdit;
    QCheckBox* m_toRepsCheck;
    QPushButton* m_previewButton;
    QPushButton* m_applyButton;
    QTableWidget* m_table;
    QLabel* m_weightsLabel;
    QTableWidget* m_weightsTable;
    QLabel* m_monthWeightsLabel;
    QTableWidget* m_monthWeightsTable;
    std::shared_ptr<const Dataset> m_org;
    QString m_weightsKey; // period and depth the weights table was built for
    QLabel* m_messageLabel;
    bool m_running = false;
};

} // namespace sd::app
