#include "app/AttainmentDelegate.h"

#include <QPainter>

#include <algorithm>

namespace sd::app {

AttainmentDelegate::AttainmentDelegate(int permilleRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(permilleRole)
{
}

void AttainmentDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant v = index.data(m_role);
    if (v.isValid()) {
        const int permille = v.toInt();
        const QRect r = option.rect.adjusted(3, option.rect.height() - 7, -3, -2);
        const int width = r.width() * std::clamp(permille, 0, 1500) / 1500;
        const QColor color = permille >= 1000 ? QColor(0x4c, 0xaf, 0x50)
                                              : (permille >= 800 ? QColor(0xf0, 0xa2, 0x02) : QColor(0xe0, 0x4f, 0x3f));
        painter->save();
        painter->fillRect(r, QColor(0xe8, 0xe8, 0xe8));
        painter->fillRect(QRect(r.left(), r.top(), width, r.height()), color);
        // The 100 % mark.
        const int full = r.left() + r.width() * 1000 / 1500;
        painter->setPen(QColor(0x60, 0x60, 0x60));
        painter->drawLine(full, r.top() - 1, full, r.bottom() + 1);
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace sd::app
