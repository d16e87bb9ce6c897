#include "app/AboutDialog.h"

#include "app/SectionInfo.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

namespace sd::app {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_titleLabel(new QLabel(this))
    , m_infoLabel(new QLabel(this))
    , m_licenceLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_infoLabel->setObjectName(QStringLiteral("infoLabel"));
    m_licenceLabel->setObjectName(QStringLiteral("licenceLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_infoLabel->setWordWrap(true);
    m_infoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_licenceLabel->setWordWrap(true);
    m_licenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("iconLabel"));
    icon->setPixmap(SectionInfo::icon(Section::Dashboard).pixmap(48, 48));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(m_titleLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_infoLabel);
    layout->addWidget(m_licenceLabel);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    retranslateUi();
}

QString AboutDialog::licenceText()
{
    return QStringLiteral(
        "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software "
        "and associated documentation files (the \"Software\"), to deal in the Software without restriction, "
        "including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, "
        "and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, "
        "subject to the following conditions: the above copyright notice and this permission notice shall be "
        "included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED \"AS IS\", "
        "WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.");
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Salesdesk"));
    m_titleLabel->setText(tr("Salesdesk %1").arg(QStringLiteral(SALESDESK_VERSION)));
    m_infoLabel->setText(tr("Sales management for teams: targets, funnel, KPI and appraisal, incentives and "
                            "customers.\n\nBuilt with Qt %1, running on Qt %2.")
                             .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    m_licenceLabel->setText(tr("Released under the MIT licence:") + QStringLiteral("\n\n") + licenceText());
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sd::app
