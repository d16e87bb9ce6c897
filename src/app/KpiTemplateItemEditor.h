#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "domain/Settings.h"
#endif

#include <QWidget>

#include <array>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sd::app {

// The form of one KPI template item in the template editor: KPI, weight, balanced-scorecard perspective, target
// source, scoring rule with its floor, cap, threshold or bands, and the behaviour anchors of an anchored item.
// Holds a copy of the item; every accepted edit updates it and emits itemEdited(). A number field keeps the
// last number typed in it: text that is not a number turns the field red and is put back when the field is left.
class KpiTemplateItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit KpiTemplateItemEditor(QWidget* parent = nullptr);

    // The KPIs the KPI field offers: the built-in ones and the library's manual ones.
    void setLibrary(const WorkspaceSettings& settings);
    void setItem(const KpiTemplateItem& item);
    const KpiTemplateItem& item() const { return m_item; }
    void retranslate();

Q_SIGNALS:
    void itemEdited();

private:
    void build();
    void fillCombos();
    void load();
    void updateVisibility();
    void edited();
    void numberEdited(QLineEdit* edit, Rational* field);
    void numberFinished(QLineEdit* edit, const Rational* field);
    void bandEdited(int row, int column);
    void addBand();
    void removeBand();
    void fillBands();
    QLineEdit* numberEdit(const QString& objectName);

    WorkspaceSettings m_library;
    KpiTemplateItem m_item;
    bool m_loading = false;

    QComboBox* m_kpiCombo = nullptr;
    QLineEdit* m_weightEdit = nullptr;
    QComboBox* m_perspectiveCombo = nullptr;
    QComboBox* m_targetCombo = nullptr;
    QLineEdit* m_fixedTargetEdit = nullptr;
    QLabel* m_unitLabel = nullptr;
    QComboBox* m_ruleCombo = nullptr;
    QLabel* m_ruleLabel = nullptr;
    QLineEdit* m_floorEdit = nullptr;
    QLineEdit* m_capEdit = nullptr;
    QLineEdit* m_thresholdEdit = nullptr;
    QGroupBox* m_itemBox = nullptr;
    QGroupBox* m_ruleBox = nullptr;
    QGroupBox* m_bandsBox = nullptr;
    QTableWidget* m_bandsTable = nullptr;
    QPushButton* m_addBandButton = nullptr;
    QPushButton* m_removeBandButton = nullptr;
    QGroupBox* m_anchorsBox = nullptr;
    std::array<QLineEdit*, 5> m_anchorEdits{};
    std::array<QLabel*, 5> m_anchorLabels{};
    QLabel* m_kpiLabel = nullptr;
    QLabel* m_weightLabel = nullptr;
    QLabel* m_perspectiveLabel = nullptr;
    QLabel* m_targetLabel = nullptr;
    QLabel* m_fixedTargetLabel = nullptr;
    QLabel* m_ruleTypeLabel = nullptr;
    QLabel* m_floorLabel = nullptr;
    QLabel* m_capLabel = nullptr;
    QLabel* m_thresholdLabel = nullptr;
};

} // namespace sd::app
