#pragma once

#include "widgets/HeightsByWidth.h"

#include <QFont>
#include <QLabel>
#include <QSize>
#include <QString>
#include <QWidget>

namespace credit::ui {

// A word-wrapped QLabel that remembers its height for the last few widths it was asked about,
// until its text, font, style or margins change. Why: one relayout of the window asks every
// wrapped label for its height several times, at several widths (the box, grid and form layouts
// each ask, nested ones again), and QLabel lays its text out anew for every question, including
// labels whose text did not change. That was a quarter of the time from a client's selection to
// its frame (docs/performance.md, "One frame per client", step 5).
//
// Its size hints for plain text come from the font's metrics, as QLabel computes them for a label
// without text interaction. QLabel computes them for a selectable label by laying a QTextDocument
// out three times (at no width, at its natural width and on one line), once per text change:
// another fifth of a selection, for a hint whose height the layouts replace by heightForWidth
// anyway. The height a layout gives the label still comes from QLabel's own heightForWidth, so
// the text is never clipped.
//
// Text the advisor may want to copy (reasons, facts) is selectable only while the pointer is over
// it (setSelectableWhenPointed): a selectable QLabel lays its text out through a QTextDocument,
// several times slower than the font metrics a plain label uses, for the same heights.
class WrappedLabel : public QLabel {
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget* parent = nullptr);
    explicit WrappedLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // On: the text becomes selectable with the mouse (drag, Copy in the context menu) when the
    // pointer enters the label, and plain again when it leaves without a selection.
    void setSelectableWhenPointed(bool selectable);
    bool isSelectableWhenPointed() const { return m_selectableWhenPointed; }

protected:
    void changeEvent(QEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    // What the remembered heights were measured with; any difference forgets them all.
    bool measuredWithCurrentContent() const;
    // Forgets every measurement and notes the content they will be measured with.
    void forgetHeights() const;
    // Forgets every measurement (heights, one-line height, hints).
    void forgetMeasurements() const;
    // False for rich text or a mnemonic: QLabel's own hints then.
    bool hintsFromFontMetrics() const;
    // The text's size laid out in `width` pixels of content (-1: QLabel's choice of a width).
    QSize plainTextSize(int width) const;
    void measureHints() const;

    mutable HeightsByWidth m_heights;
    bool m_selectableWhenPointed = false;
    mutable bool m_hintsValid = false;
    // The height of the text on one line (-1: not measured) and the narrowest width seen to give
    // it.
    mutable int m_oneLineHeight = -1;
    mutable int m_oneLineFrom = QWIDGETSIZE_MAX;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable QString m_measuredText;
    mutable QFont m_measuredFont;
    mutable QMargins m_measuredMargins;
    mutable int m_measuredIndent = 0;
    mutable int m_measuredMargin = 0;
    mutable bool m_measuredWrap = false;
    mutable Qt::TextFormat m_measuredFormat = Qt::AutoText;
};

} // namespace credit::ui
