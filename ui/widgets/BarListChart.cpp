#include "widgets/BarListChart.h"

#include "accessibility/AccessibleFactory.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace credit::ui {

BarListChart::BarListChart(QWidget* parent) : QWidget(parent)
{
    installAccessibleFactory();
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void BarListChart::setCurrentRow(int row)
{
    const int rows = accessibleItemCount();
    if (rows == 0)
        return;
    row = std::clamp(row, 0, rows - 1);
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    update();
    emit currentRowChanged(row);
    notifyAccessibility();
}

void BarListChart::rowsReplaced()
{
    m_currentRow = accessibleItemCount() == 0 ? -1 : 0;
    updateGeometry();
    update();
    if (QAccessible::isActive()) {
        QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&reorder);
    }
}

void BarListChart::drawFocusFrame(QPainter& painter, const QColor& colour) const
{
    if (!hasFocus() || m_currentRow < 0)
        return;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(colour, 2));
    painter.drawRect(accessibleItemRect(m_currentRow).adjusted(1, 1, -2, -2));
}

int BarListChart::stackedRowHeight() const
{
    return fontMetrics().height() * 8 / 5;
}

QRect BarListChart::stackedRowRect(int row) const
{
    return QRect(0, row * stackedRowHeight(), width(), stackedRowHeight());
}

QSize BarListChart::stackedRowsSize(int characters) const
{
    const int rows = std::max(1, accessibleItemCount());
    return {fontMetrics().averageCharWidth() * characters, rows * stackedRowHeight() + 4};
}

void BarListChart::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        setCurrentRow(m_currentRow + 1);
        break;
    case Qt::Key_Up:
        setCurrentRow(m_currentRow - 1);
        break;
    case Qt::Key_Home:
        setCurrentRow(0);
        break;
    case Qt::Key_End:
        setCurrentRow(accessibleItemCount() - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void BarListChart::mousePressEvent(QMouseEvent* event)
{
    for (int row = 0; row < accessibleItemCount(); ++row) {
        if (accessibleItemRect(row).contains(event->position().toPoint())) {
            setCurrentRow(row);
            break;
        }
    }
    QWidget::mousePressEvent(event);
}

void BarListChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry(); // row heights follow the font
    QWidget::changeEvent(event);
}

void BarListChart::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    notifyAccessibility();
}

void BarListChart::notifyAccessibility()
{
    if (!QAccessible::isActive() || m_currentRow < 0 || !hasFocus())
        return;
    QAccessibleEvent focus(this, QAccessible::Focus);
    focus.setChild(m_currentRow);
    QAccessible::updateAccessibility(&focus);
}

} // namespace credit::ui
