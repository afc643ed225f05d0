#include "widgets/DistributionChart.h"

#include "models/DisplayFormat.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace credit::ui {

DistributionChart::DistributionChart(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Graphique de comparaison"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void DistributionChart::setSeries(ComparisonSeries series)
{
    m_series = std::move(series);
    m_currentBin = m_series.bins.empty() ? -1 : std::max(0, m_series.clientBin);
    setAccessibleName(tr("Répartition : %1, %2").arg(m_series.variableLabel, m_series.groupLabel));
    setAccessibleDescription(m_series.finding);
    update();
    QAccessibleEvent reset(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&reset);
}

void DistributionChart::setSplitByOutcome(bool split)
{
    m_split = split;
    update();
}

void DistributionChart::setTheme(const Theme& theme)
{
    m_theme = theme;
    update();
}

void DistributionChart::setCurrentBin(int bin)
{
    if (bin < 0 || bin >= binCount() || bin == m_currentBin)
        return;
    m_currentBin = bin;
    update();
    notifyAccessibility();
}

QString DistributionChart::binName(int bin) const
{
    if (bin < 0 || bin >= binCount())
        return {};
    const QString label = m_series.bins[static_cast<std::size_t>(bin)].label;
    return bin == m_series.clientBin ? tr("%1 (tranche du client)").arg(label) : label;
}

QString DistributionChart::binValue(int bin) const
{
    if (bin < 0 || bin >= binCount())
        return {};
    const auto& entry = m_series.bins[static_cast<std::size_t>(bin)];
    const QLocale numbers = this->locale();
    const double total = m_series.total();
    if (entry.clientsSuppressed)
        return tr("moins de %1 clients (nombre masqué pour protéger les données)")
            .arg(m_series.suppressedBelow);
    QString value =
        tr("%1 clients, %2 % du groupe")
            .arg(numbers.toString(entry.clients, 'f', 0),
                 numbers.toString(total > 0 ? 100.0 * entry.clients / total : 0.0, 'f', 1));
    if (m_series.hasOutcome && entry.outcomesSuppressed)
        value += tr(" ; remboursé et en difficulté masqués (l'un compte moins de %1 clients)")
                     .arg(m_series.suppressedBelow);
    else if (m_series.hasOutcome)
        value += tr(" ; %1 ont remboursé, %2 en difficulté")
                     .arg(numbers.toString(entry.repaid, 'f', 0),
                          numbers.toString(entry.difficulties, 'f', 0));
    return value;
}

QRect DistributionChart::plotRect() const
{
    const int line = fontMetrics().height();
    // Room above for the client's label, below for the axis labels and the caption.
    return rect().adjusted(line * 3, line * 2 + 8, -line, -(line * 3 + 8));
}

QRect DistributionChart::binRect(int bin) const
{
    if (bin < 0 || bin >= binCount())
        return {};
    const QRect plot = plotRect();
    const double width = static_cast<double>(plot.width()) / binCount();
    return QRect(plot.left() + static_cast<int>(bin * width), plot.top(),
                 std::max(1, static_cast<int>(width)), plot.height());
}

QSize DistributionChart::sizeHint() const
{
    return {640, 320};
}
QSize DistributionChart::minimumSizeHint() const
{
    return {320, 200};
}

void DistributionChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_theme.base);
    const QRect plot = plotRect();
    const QLocale numbers = this->locale();
    const int line = fontMetrics().height();

    bool anyShown = false;
    for (const auto& bin : m_series.bins)
        anyShown = anyShown || bin.clients > 0 || bin.clientsSuppressed;
    if (!anyShown || m_series.total() <= 0) {
        painter.setPen(m_theme.text);
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_series.finding.isEmpty() ? tr("Aucun client dans ce groupe.")
                                                    : m_series.finding);
        return;
    }

    const bool split = splitByOutcome();
    double repaidTotal = 0, difficultiesTotal = 0;
    for (const auto& bin : m_series.bins) {
        repaidTotal += bin.repaid;
        difficultiesTotal += bin.difficulties;
    }
    // Shares within each series, so both outcomes read on the same scale despite an 8 % rate.
    const auto share = [](double count, double total) { return total > 0 ? count / total : 0.0; };
    double highest = 0.0;
    for (const auto& bin : m_series.bins) {
        highest = std::max(highest, share(bin.clients, m_series.total()));
        if (split)
            highest = std::max({highest, share(bin.repaid, repaidTotal),
                                share(bin.difficulties, difficultiesTotal)});
    }
    highest = std::max(highest, 1e-9);

    // Axis and horizontal scale (share of group).
    painter.setPen(QPen(m_theme.axis, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.setPen(m_theme.mutedText);
    for (int tick = 0; tick <= 4; ++tick) {
        const double value = highest * tick / 4.0;
        const int y = plot.bottom() - static_cast<int>(plot.height() * tick / 4.0);
        painter.drawText(QRect(0, y - line / 2, plot.left() - 4, line),
                         Qt::AlignRight | Qt::AlignVCenter, formatTickPercent(value, numbers));
    }

    QBrush hatch(m_theme.hatch, Qt::BDiagPattern);
    const QBrush hidden(m_theme.mutedText, Qt::Dense6Pattern);
    const QString fewer = tr("< %1").arg(m_series.suppressedBelow);
    for (int index = 0; index < binCount(); ++index) {
        const auto& bin = m_series.bins[static_cast<std::size_t>(index)];
        const QRect slot = binRect(index).adjusted(1, 0, -1, 0);
        const auto barAt = [&](QRect area, double fraction) {
            const int height = static_cast<int>(plot.height() * fraction / highest);
            return QRect(area.left(), plot.bottom() - height, area.width(), height);
        };
        // A count the server hid: a dotted, outlined stub at the foot of the slot with "< N"
        // above it. Its height is fixed, not a count: no number is drawn where none is known.
        const auto hiddenBar = [&](QRect area) {
            const int height = std::max(line / 2, 6);
            const QRect stub(area.left(), plot.bottom() - height, area.width(), height);
            painter.fillRect(stub, hidden);
            painter.setPen(QPen(m_theme.mutedText, 1, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(stub.adjusted(0, 0, -1, -1));
            if (fontMetrics().horizontalAdvance(fewer) <= area.width() + 8) {
                painter.setPen(m_theme.mutedText);
                painter.drawText(QRect(area.center().x() - 40, stub.top() - line - 2, 80, line),
                                 Qt::AlignCenter, fewer);
            }
        };
        if (bin.clientsSuppressed || (split && bin.outcomesSuppressed)) {
            hiddenBar(slot);
            continue;
        }
        if (split) {
            const QRect left(slot.left(), slot.top(), slot.width() / 2, slot.height());
            const QRect right(slot.left() + slot.width() / 2, slot.top(),
                              slot.width() - slot.width() / 2, slot.height());
            painter.fillRect(barAt(left, share(bin.repaid, repaidTotal)), m_theme.favourable);
            const QRect adverse = barAt(right, share(bin.difficulties, difficultiesTotal));
            painter.fillRect(adverse, m_theme.adverse);
            painter.fillRect(adverse, hatch);
        } else {
            painter.fillRect(barAt(slot, share(bin.clients, m_series.total())),
                             index == m_series.clientBin ? m_theme.clientMarker
                                                         : m_theme.highlight);
        }
    }

    // Bin labels: as many as fit without overlapping.
    painter.setPen(m_theme.mutedText);
    const int labelWidth = std::max(1, binRect(0).width());
    int widest = 1;
    for (const auto& bin : m_series.bins)
        widest = std::max(widest, fontMetrics().horizontalAdvance(bin.label) + 8);
    const int step = std::max(1, (widest + labelWidth - 1) / labelWidth);
    for (int index = 0; index < binCount(); index += step) {
        const QRect slot = binRect(index);
        const QRect textRect(slot.center().x() - widest / 2, plot.bottom() + 4, widest, line);
        painter.drawText(textRect, Qt::AlignCenter,
                         m_series.bins[static_cast<std::size_t>(index)].label);
    }

    // The client's bin: dashed outline, diamond above, label: position without colour.
    if (m_series.clientBin >= 0 && m_series.clientBin < binCount()) {
        const QRect slot = binRect(m_series.clientBin);
        painter.setPen(QPen(m_theme.mutedText, 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(slot.adjusted(0, 0, -1, 0));
        const QPoint top(slot.center().x(), plot.top() - 4);
        QPainterPath diamond;
        diamond.moveTo(top.x(), top.y() - 12);
        diamond.lineTo(top.x() + 6, top.y() - 6);
        diamond.lineTo(top.x(), top.y());
        diamond.lineTo(top.x() - 6, top.y() - 6);
        diamond.closeSubpath();
        painter.setPen(QPen(m_theme.text, 1));
        painter.setBrush(m_theme.clientMarker);
        painter.drawPath(diamond);
        const int textWidth = fontMetrics().horizontalAdvance(m_series.clientLabel) + 8;
        int textLeft = std::clamp(top.x() - textWidth / 2, 0, std::max(0, width() - textWidth));
        painter.setPen(m_theme.text);
        painter.drawText(QRect(textLeft, top.y() - 14 - line, textWidth, line), Qt::AlignCenter,
                         m_series.clientLabel);
    }

    // Caption: what the bars are, and the legend when split.
    painter.setPen(m_theme.text);
    QString caption = m_series.variableLabel + QStringLiteral(" — ") + m_series.groupLabel;
    if (split)
        caption += tr(
            " ; barres pleines : ont remboursé, hachurées : en difficulté (part de chaque groupe)");
    if (m_series.suppressedBelow > 0)
        caption +=
            tr(" ; « < %1 » : moins de %1 clients, nombre masqué").arg(m_series.suppressedBelow);
    painter.drawText(QRect(8, plot.bottom() + line + 8, width() - 16, line * 2),
                     Qt::AlignLeft | Qt::TextWordWrap, caption);

    if (hasFocus() && m_currentBin >= 0) {
        painter.setPen(QPen(m_theme.focus, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(binRect(m_currentBin).adjusted(1, 1, -2, -2));
    }
}

void DistributionChart::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentBin(m_currentBin - 1);
        break;
    case Qt::Key_Right:
        setCurrentBin(m_currentBin + 1);
        break;
    case Qt::Key_Home:
        setCurrentBin(0);
        break;
    case Qt::Key_End:
        setCurrentBin(binCount() - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DistributionChart::mousePressEvent(QMouseEvent* event)
{
    for (int index = 0; index < binCount(); ++index)
        if (binRect(index).contains(event->position().toPoint()))
            setCurrentBin(index);
    QWidget::mousePressEvent(event);
}

void DistributionChart::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    notifyAccessibility();
}

void DistributionChart::notifyAccessibility()
{
    if (m_currentBin < 0)
        return;
    QAccessibleEvent focus(this, QAccessible::Focus);
    focus.setChild(m_currentBin);
    QAccessible::updateAccessibility(&focus);
}

QString DistributionChart::accessibleItemsDescription() const
{
    return m_series.finding + QLatin1Char(' ') +
           tr("Flèches gauche et droite pour parcourir les tranches.");
}

} // namespace credit::ui
