#include "app/PlaceholderPanel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace sd::app {

PlaceholderPanel::PlaceholderPanel(Section section, QWidget* parent)
    : QWidget(parent)
    , m_section(section)
{
    setObjectName(SectionInfo::key(section) + QStringLiteral("PlaceholderPanel"));

    m_iconLabel = new QLabel(this);
    m_iconLabel->setObjectName(QStringLiteral("iconLabel"));
    m_iconLabel->setPixmap(SectionInfo::icon(section).pixmap(64, 64));
    m_iconLabel->setAlignment(Qt::AlignCenter);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setAlignment(Qt::AlignCenter);
    m_summaryLabel->setWordWrap(true);
    QFont summaryFont = m_summaryLabel->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summaryLabel->setFont(summaryFont);

    m_featuresLabel = new QLabel(this);
    m_featuresLabel->setObjectName(QStringLiteral("featuresLabel"));
    m_featuresLabel->setWordWrap(true);
    m_featuresLabel->setTextFormat(Qt::RichText);

    m_comingLabel = new QLabel(this);
    m_comingLabel->setObjectName(QStringLiteral("comingLabel"));
    m_comingLabel->setAlignment(Qt::AlignCenter);
    m_comingLabel->setWordWrap(true);
    m_comingLabel->setEnabled(false);

    auto* column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(m_iconLabel);
    column->addSpacing(8);
    column->addWidget(m_titleLabel);
    column->addWidget(m_summaryLabel);
    column->addSpacing(16);
    column->addWidget(m_featuresLabel);
    column->addSpacing(16);
    column->addWidget(m_comingLabel);
    column->addStretch(3);

    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    retranslateUi();
}

void PlaceholderPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlaceholderPanel::retranslateUi()
{
    m_titleLabel->setText(SectionInfo::title(m_section));
    m_summaryLabel->setText(SectionInfo::summary(m_section));
    QString html = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString& feature : SectionInfo::features(m_section))
        html
            += QStringLiteral("<li style=\"margin-bottom: 6px;\">") + feature.toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    m_featuresLabel->setText(html);
    m_comingLabel->setText(tr("This section is being built; it will work on the data of the open workspace."));
}

} // namespace sd::app
