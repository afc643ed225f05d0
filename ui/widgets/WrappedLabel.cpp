#include "widgets/WrappedLabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QStyle>
#include <QTextDocument>

#include <algorithm>

namespace credit::ui {

WrappedLabel::WrappedLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
}

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

bool WrappedLabel::measuredWithCurrentContent() const
{
    // QString and QFont compare their shared data first, so an unchanged label costs a few
    // pointer comparisons here, not a text comparison.
    return m_measuredWrap == wordWrap() && m_measuredFormat == textFormat() &&
           m_measuredIndent == indent() && m_measuredMargin == margin() &&
           m_measuredMargins == contentsMargins() && m_measuredFont == font() &&
           m_measuredText == text();
}

void WrappedLabel::forgetMeasurements() const
{
    m_heights.forget();
    m_hintsValid = false;
    m_oneLineHeight = -1;
    m_oneLineFrom = QWIDGETSIZE_MAX;
}

void WrappedLabel::forgetHeights() const
{
    forgetMeasurements();
    m_measuredText = text();
    m_measuredFont = font();
    m_measuredMargins = contentsMargins();
    m_measuredIndent = indent();
    m_measuredMargin = margin();
    m_measuredWrap = wordWrap();
    m_measuredFormat = textFormat();
}

int WrappedLabel::heightForWidth(int width) const
{
    if (!measuredWithCurrentContent())
        forgetHeights();
    if (const auto remembered = m_heights.find(width))
        return *remembered;
    // A text that fits on one line at some width fits on one line at any larger width: word
    // wrapping never adds a line as the line grows. Most facts ("33 ans") are one line, and a
    // form layout asks for several widths, each a layout of the label's text document.
    if (width >= m_oneLineFrom)
        return m_oneLineHeight;
    if (m_oneLineHeight < 0)
        m_oneLineHeight = QLabel::heightForWidth(QWIDGETSIZE_MAX);
    const int height = QLabel::heightForWidth(width);
    if (height == m_oneLineHeight)
        m_oneLineFrom = std::min(m_oneLineFrom, width);
    m_heights.remember(width, height);
    return height;
}

bool WrappedLabel::hintsFromFontMetrics() const
{
    const bool rich = textFormat() == Qt::RichText ||
                      (textFormat() == Qt::AutoText && Qt::mightBeRichText(text()));
    return !rich && buddy() == nullptr && wordWrap();
}

QSize WrappedLabel::plainTextSize(int width) const
{
    // As QLabel does for a label without text interaction (QLabelPrivate::sizeForWidth).
    const QFontMetrics metrics = fontMetrics();
    const int flags = (QStyle::visualAlignment(layoutDirection(), alignment()) &
                       ~(Qt::AlignVCenter | Qt::AlignHCenter)) |
                      Qt::TextWordWrap;
    int horizontalExtra = 2 * margin();
    if (indent() > 0 && (alignment() & (Qt::AlignLeft | Qt::AlignRight)))
        horizontalExtra += indent();
    const int marginsWidth = contentsMargins().left() + contentsMargins().right();
    const bool natural = width < 0;
    if (natural)
        width = std::min(metrics.averageCharWidth() * 80, maximumSize().width());
    width -= horizontalExtra + marginsWidth;
    QRect box = metrics.boundingRect(0, 0, width, 2000, flags, text());
    // A short text on a narrower line rather than one long line: QLabel's "natural" width.
    if (natural && box.height() < 4 * metrics.lineSpacing() && box.width() > width / 2)
        box = metrics.boundingRect(0, 0, width / 2, 2000, flags, text());
    if (natural && box.height() < 2 * metrics.lineSpacing() && box.width() > width / 4)
        box = metrics.boundingRect(0, 0, width / 4, 2000, flags, text());
    const QSize content(box.width() + horizontalExtra, box.height() + 2 * margin());
    const QSize margins(marginsWidth, contentsMargins().top() + contentsMargins().bottom());
    return (content + margins).expandedTo(minimumSize());
}

void WrappedLabel::measureHints() const
{
    ensurePolished();
    if (!measuredWithCurrentContent())
        forgetHeights();
    if (m_hintsValid)
        return;
    m_sizeHint = plainTextSize(-1);
    // As wide as the longest word, as high as one line (QLabel::minimumSizeHint).
    m_minimumSizeHint =
        QSize(plainTextSize(0).width(),
              std::min(plainTextSize(QWIDGETSIZE_MAX).height(), m_sizeHint.height()));
    m_hintsValid = true;
}

QSize WrappedLabel::sizeHint() const
{
    if (!hintsFromFontMetrics())
        return QLabel::sizeHint();
    measureHints();
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    if (!hintsFromFontMetrics())
        return QLabel::minimumSizeHint();
    measureHints();
    return m_minimumSizeHint;
}

void WrappedLabel::setSelectableWhenPointed(bool selectable)
{
    m_selectableWhenPointed = selectable;
    const bool selectableNow = selectable && underMouse();
    setTextInteractionFlags(selectableNow ? Qt::TextSelectableByMouse : Qt::NoTextInteraction);
}

void WrappedLabel::enterEvent(QEnterEvent* event)
{
    if (m_selectableWhenPointed)
        setTextInteractionFlags(Qt::TextSelectableByMouse);
    QLabel::enterEvent(event);
}

void WrappedLabel::leaveEvent(QEvent* event)
{
    // A selection stays until the advisor has copied it (or selected elsewhere).
    if (m_selectableWhenPointed && !hasSelectedText())
        setTextInteractionFlags(Qt::NoTextInteraction);
    QLabel::leaveEvent(event);
}

void WrappedLabel::changeEvent(QEvent* event)
{
    // A style sheet or a screen change can change the text's metrics without changing font().
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::PaletteChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::ScreenChangeInternal:
        forgetMeasurements();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace credit::ui
