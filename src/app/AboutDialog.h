#pragma once

#include <QDialog>

class QLabel;

namespace sd::app {

// Help ▸ About: the version, the MIT licence and the Qt version the application runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString licenceText();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_titleLabel;
    QLabel* m_infoLabel;
    QLabel* m_licenceLabel;
};

} // namespace sd::app
