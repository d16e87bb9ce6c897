#pragma once

#include "app/SectionInfo.h"

#include <QWidget>

class QLabel;

namespace sd::app {

// What a section that is not built yet shows: its icon, title and the features it will bring, never an empty pane.
class PlaceholderPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPanel(Section section, QWidget* parent = nullptr);
    Section section() const { return m_section; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Section m_section;
    QLabel* m_iconLabel = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_featuresLabel = nullptr;
    QLabel* m_comingLabel = nullptr;
};

} // namespace sd::app
