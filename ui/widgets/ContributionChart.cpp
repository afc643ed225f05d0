#include "widgets/ContributionChart.h"

#include "accessibility/AccessibleFactory.h"
#include "models/ContributionTableModel.h"
#include "models/DisplayFormat.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace credit::ui {

ContributionChart::ContributionChart(QWidget* parent) : BarListChart(parent)
{
    setAccessibleName(tr("Contributions des variables au score"));
}

void ContributionChart::setRows(std::vector<ContributionRow> rows, const QString& language)
{
    m_rows = std::move(rows);
    m_language = language;
    rowsReplaced();
}

void ContributionChart::setTheme(const Theme& theme)
{
    m_theme = theme;
    update();
}

QString ContributionChart::rowName(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return {};
    const ContributionRow& entry = m_rows[static_cast<std::size_t>(row)];
    return entry.clientValue.isEmpty() ? entry.label
                                       : tr("%1 (%2)").arg(entry.label, entry.clientValue);
}

QString ContributionChart::rowValue(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return {};
    const ContributionRow& entry = m_rows[static_cast<std::size_t>(row)];
    return tr("%1, %2").arg(formatSignedPoints(entry.points, localeForLanguage(m_language)),
                            ContributionTableModel::directionText(entry).toLower());
}

int ContributionChart::rowHeight() const
{
    return fontMetrics().height() * 8 / 5;
}

int ContributionChart::headerHeight() const
{
    return fontMetrics().height() * 3 / 2;
}

QRect ContributionChart::rowRect(int row) const
{
    return QRect(0, headerHeight() + row * rowHeight(), width(), rowHeight());
}

QSize ContributionChart::sizeHint() const
{
    const int rows = std::max<int>(1, static_cast<int>(m_rows.size()));
    return {fontMetrics().averageCharWidth() * 80, headerHeight() + rows * rowHeight() + 4};
}

QSize ContributionChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 36, sizeHint().height()};
}

void ContributionChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.base);
    const QFontMetrics metrics(font());
    const QLocale locale = localeForLanguage(m_language);

    if (m_rows.empty()) {
        painter.setPen(m_theme.mutedText);
        painter.drawText(rect(), Qt::AlignCenter, tr("Aucune explication à afficher."));
        return;
    }

    // Label column as wide as the longest name, but never more than 40 % of the widget.
    int labelWidth = 0;
    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(rowName(row)));
    const int padding = metrics.averageCharWidth();
    labelWidth = std::min(labelWidth + padding, width() * 2 / 5);
    double largest = 0.0;
    for (const ContributionRow& row : m_rows)
        largest = std::max(largest, std::abs(row.points));
    if (largest <= 0.0)
        largest = 1.0;
    const int valueWidth =
        metrics.horizontalAdvance(formatSignedPoints(-largest, locale)) + padding;
    const int plotLeft = labelWidth + padding;
    const int plotRight = width() - padding;
    const int zeroX = plotLeft + (plotRight - plotLeft) / 2;
    const int halfWidth = std::max(1, (plotRight - plotLeft) / 2 - valueWidth);

    // Direction header, in words, over each half.
    painter.setPen(m_theme.mutedText);
    const QRect header(0, 0, width(), headerHeight());
    painter.drawText(QRect(plotLeft, 0, zeroX - plotLeft - padding, header.height()),
                     Qt::AlignRight | Qt::AlignVCenter, tr("\u25C0 Diminue le risque"));
    painter.drawText(QRect(zeroX + padding, 0, plotRight - zeroX - padding, header.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Augmente le risque \u25B6"));

    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row) {
        const ContributionRow& entry = m_rows[static_cast<std::size_t>(row)];
        const QRect line = rowRect(row);
        painter.setPen(m_theme.text);
        painter.drawText(QRect(0, line.top(), labelWidth, line.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(rowName(row), Qt::ElideMiddle, labelWidth));

        const int length =
            static_cast<int>(std::lround(std::abs(entry.points) / largest * halfWidth));
        const int barHeight = line.height() * 3 / 5;
        const int barTop = line.top() + (line.height() - barHeight) / 2;
        const QString value = formatSignedPoints(entry.points, locale);
        if (entry.adverse()) {
            const QRect bar(zeroX, barTop, std::max(length, 2), barHeight);
            painter.fillRect(bar, m_theme.adverse);
            painter.fillRect(bar, QBrush(m_theme.hatch, Qt::BDiagPattern));
            painter.setPen(m_theme.text);
            painter.drawText(
                QRect(bar.right() + padding / 2, line.top(), valueWidth, line.height()),
                Qt::AlignLeft | Qt::AlignVCenter, value);
        } else {
            const QRect bar(zeroX - std::max(length, 2), barTop, std::max(length, 2), barHeight);
            painter.fillRect(bar, m_theme.favourable);
            painter.setPen(m_theme.text);
            painter.drawText(
                QRect(bar.left() - padding / 2 - valueWidth, line.top(), valueWidth, line.height()),
                Qt::AlignRight | Qt::AlignVCenter, value);
        }
    }

    // Zero line last so it sits over the bar ends.
    painter.setPen(QPen(m_theme.axis, 2));
    painter.drawLine(zeroX, header.bottom(), zeroX,
                     rowRect(static_cast<int>(m_rows.size()) - 1).bottom());

    drawFocusFrame(painter, m_theme.focus);
}

QString ContributionChart::accessibleItemsDescription() const
{
    return tr("Barres à droite : augmentent le risque ; à gauche : le "
              "diminuent. Flèches haut et bas pour parcourir.");
}

} // namespace credit::ui
