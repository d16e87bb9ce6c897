#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace sd::app {

// One tile of the dashboard: a title, a body the panel fills, and an "Open" button (or a click anywhere on the
// tile) that asks for the section behind it.
class DashboardTile : public QFrame
{
    Q_OBJECT
public:
    // `name` prefixes the children's object names ("attainment" → attainmentTile, attainmentOpenButton).
    DashboardTile(const QString& name, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setOpenText(const QString& text);
    QVBoxLayout* bodyLayout() const { return m_body; }
    QPushButton* openButton() const { return m_openButton; }

Q_SIGNALS:
    void openRequested();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QLabel* m_title;
    QPushButton* m_openButton;
    QVBoxLayout* m_body;
};

} // namespace sd::app
