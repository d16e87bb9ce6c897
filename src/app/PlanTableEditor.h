#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

class QPushButton;
class QTableWidget;

namespace sd::app {

// An editable table of a plan field (tiers, multipliers, steps, coefficients, prizes): text cells, Add row and Remove
// row. rows() gives the rows that are not entirely empty, with their 1-based row numbers as shown.
class PlanTableEditor : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        int number = 0; // 1-based, as shown
        QStringList cells;
    };

    PlanTableEditor(const QString& objectName, int columns, QWidget* parent = nullptr);

    void setHeaders(const QStringList& headers);
    void setButtonTexts(const QString& add, const QString& remove);
    void setRows(const std::vector<QStringList>& rows);
    std::vector<Row> rows() const;
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void addRow();
    void removeRow();
    void fitHeight();

    QTableWidget* m_table;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    bool m_filling = false;
};

} // namespace sd::app
