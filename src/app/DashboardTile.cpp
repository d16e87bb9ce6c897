#include "app/DashboardTile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::app {

DashboardTile::DashboardTile(const QString& name, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(name + QStringLiteral("Tile"));
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QStringLiteral("sd--app--DashboardTile { background: #ffffff; border: 1px solid #d7dee8;"
                                 " border-radius: 8px; }"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 10);
    auto* head = new QHBoxLayout;
    m_title = new QLabel;
    m_title->setObjectName(name + QStringLiteral("TitleLabel"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt; color: #1e3a8a;"));
    m_openButton = new QPushButton;
    m_openButton->setObjectName(name + QStringLiteral("OpenButton"));
    m_openButton->setFlat(true);
    m_openButton->setCursor(Qt::PointingHandCursor);
    connect(m_openButton, &QPushButton::clicked, this, &DashboardTile::openRequested);
    head->addWidget(m_title, 1);
    head->addWidget(m_openButton);
    outer->addLayout(head);
    m_body = new QVBoxLayout;
    m_body->setSpacing(4);
    outer->addLayout(m_body, 1);
}

void DashboardTile::setTitle(const QString& title)
{
    m_title->setText(title);
}

void DashboardTile::setOpenText(const QString& text)
{
    m_openButton->setText(text);
}

void DashboardTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT openRequested();
    QFrame::mouseReleaseEvent(event);
}

} // namespace sd::app
