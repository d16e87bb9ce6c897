#pragma once

#include <QStyledItemDelegate>

namespace sd::app {

// Paints attainment as a bar under its number: green from 100 %, amber from 80 %, red below; the bar is capped at
// 150 % so one outlier does not flatten the rest.
class AttainmentDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AttainmentDelegate(int permilleRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace sd::app
