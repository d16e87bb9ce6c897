#include "app/PlanTableEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd::app {

PlanTableEditor::PlanTableEditor(const QString& objectName, int columns, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, columns, this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    setObjectName(objectName + QStringLiteral("Editor"));
    m_table->setObjectName(objectName);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_addButton->setObjectName(objectName + QStringLiteral("AddButton"));
    m_removeButton->setObjectName(objectName + QStringLiteral("RemoveButton"));
    connect(m_addButton, &QPushButton::clicked, this, &PlanTableEditor::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &PlanTableEditor::removeRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setButtonTexts(tr("Add row"), tr("Remove row"));
    fitHeight();
}

void PlanTableEditor::setHeaders(const QStringList& headers)
{
    m_table->setHorizontalHeaderLabels(headers);
}

void PlanTableEditor::setButtonTexts(const QString& add, const QString& remove)
{
    m_addButton->setText(add);
    m_removeButton->setText(remove);
}

void PlanTableEditor::setRows(const std::vector<QStringList>& rows)
{
    m_filling = true;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r)
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(c < rows[size_t(r)].size() ? rows[size_t(r)][c] : QString()));
    m_filling = false;
    fitHeight();
}

std::vector<PlanTableEditor::Row> PlanTableEditor::rows() const
{
    std::vector<Row> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Row row{r + 1, {}};
        bool empty = true;
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const QTableWidgetItem* item = m_table->item(r, c);
            row.cells << (item ? item->text().trimmed() : QString());
            empty = empty && row.cells.back().isEmpty();
        }
        if (!empty)
            out.push_back(std::move(row));
    }
    return out;
}

void PlanTableEditor::addRow()
{
    const int r = m_table->rowCount();
    m_filling = true;
    m_table->insertRow(r);
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setItem(r, c, new QTableWidgetItem);
    m_filling = false;
    fitHeight();
    m_table->setCurrentCell(r, 0);
    m_table->editItem(m_table->item(r, 0));
    Q_EMIT changed();
}

void PlanTableEditor::removeRow()
{
    const int r = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
    if (r < 0)
        return;
    m_table->removeRow(r);
    fitHeight();
    Q_EMIT changed();
}

void PlanTableEditor::fitHeight()
{
    // The whole table is shown (the form scrolls), with room for at least two rows.
    const int minimum = 2 * m_table->verticalHeader()->defaultSectionSize();
    const int height = m_table->horizontalHeader()->sizeHint().height()
        + std::max(minimum, m_table->verticalHeader()->length()) + 2 * m_table->frameWidth() + 6;
    m_table->setFixedHeight(height);
}

} // namespace sd::app
