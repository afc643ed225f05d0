#pragma once

#include "accessibility/AccessibleItemSource.h"

#include <QWidget>

class QPainter;

namespace credit::ui {

// A chart of horizontal bars, one per row, that the advisor walks with Up/Down/Home/End or a
// click: the current row is shown by a focus frame and reported to screen readers (which list
// the rows through AccessibleItemSource). The contribution and importance charts share this and
// differ only in what they paint and say.
class BarListChart : public QWidget, public AccessibleItemSource {
    Q_OBJECT
public:
    int currentAccessibleItem() const override { return m_currentRow; }

    int currentRow() const { return m_currentRow; }
    // Clamped to the rows; nothing happens without rows or when the row is already current.
    void setCurrentRow(int row);

signals:
    void currentRowChanged(int row);

protected:
    explicit BarListChart(QWidget* parent);

    // After new rows: the first one current (none when empty), geometry and screen readers told.
    void rowsReplaced();
    void drawFocusFrame(QPainter& painter, const QColor& colour) const;
    // Rows of 1.6 text lines stacked from the top over the full width (the importance and
    // fairness charts), and the size that shows every row at `characters` average characters
    // wide (one empty row when there is none, for the "nothing to show" text).
    int stackedRowHeight() const;
    QRect stackedRowRect(int row) const;
    QSize stackedRowsSize(int characters) const;

    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    void notifyAccessibility();

    int m_currentRow = -1;
};

} // namespace credit::ui
