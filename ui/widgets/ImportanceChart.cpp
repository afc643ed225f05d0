#include "widgets/ImportanceChart.h"

#include "accessibility/AccessibleFactory.h"
#include "models/DisplayFormat.h"

#include <QAccessible>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace credit::ui {

ImportanceChart::ImportanceChart(QWidget* parent) : BarListChart(parent)
{
    setAccessibleName(tr("Importance globale des variables"));
}

void ImportanceChart::setEntries(std::vector<ImportanceEntry> entries, const QString& language)
{
    m_entries = std::move(entries);
    m_language = language;
    rowsReplaced();
}

void ImportanceChart::setLanguage(const QString& language)
{
    m_language = language;
    setAccessibleName(tr("Importance globale des variables"));
    updateGeometry();
    update();
}

void ImportanceChart::setTheme(const Theme& theme)
{
    m_theme = theme;
    update();
}

QString ImportanceChart::rowName(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_entries.size()))
        return {};
    return m_entries[static_cast<std::size_t>(row)].label(m_language);
}

QString ImportanceChart::rowValue(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_entries.size()))
        return {};
    const double value = m_entries[static_cast<std::size_t>(row)].meanAbsShap;
    return tr("%1 (effet moyen, en log-odds)")
        .arg(localeForLanguage(m_language).toString(value, 'f', 3));
}

QRect ImportanceChart::rowRect(int row) const
{
    return stackedRowRect(row);
}

QSize ImportanceChart::sizeHint() const
{
    return stackedRowsSize(70);
}

QSize ImportanceChart::minimumSizeHint() const
{
    return stackedRowsSize(40);
}

void ImportanceChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.base);
    const QFontMetrics metrics(font());
    if (m_entries.empty()) {
        painter.setPen(m_theme.mutedText);
        painter.drawText(rect(), Qt::AlignCenter, tr("Aucun modèle chargé."));
        return;
    }
    const QLocale locale = localeForLanguage(m_language);
    const int padding = metrics.averageCharWidth();
    int labelWidth = 0;
    for (int row = 0; row < static_cast<int>(m_entries.size()); ++row)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(rowName(row)));
    labelWidth = std::min(labelWidth + padding, width() * 2 / 5);
    double largest = 0.0;
    for (const ImportanceEntry& entry : m_entries)
        largest = std::max(largest, entry.meanAbsShap);
    if (largest <= 0.0)
        largest = 1.0;
    const int valueWidth = metrics.horizontalAdvance(locale.toString(largest, 'f', 3)) + padding;
    const int plotLeft = labelWidth + padding;
    const int plotWidth = std::max(1, width() - plotLeft - valueWidth - padding);

    for (int row = 0; row < static_cast<int>(m_entries.size()); ++row) {
        const ImportanceEntry& entry = m_entries[static_cast<std::size_t>(row)];
        const QRect line = rowRect(row);
        painter.setPen(m_theme.text);
        painter.drawText(QRect(0, line.top(), labelWidth, line.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(rowName(row), Qt::ElideMiddle, labelWidth));
        const int length =
            std::max(2, static_cast<int>(std::lround(entry.meanAbsShap / largest * plotWidth)));
        const int barHeight = line.height() * 3 / 5;
        const QRect bar(plotLeft, line.top() + (line.height() - barHeight) / 2, length, barHeight);
        painter.fillRect(bar, m_theme.favourable);
        painter.drawText(QRect(bar.right() + padding / 2, line.top(), valueWidth, line.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         locale.toString(entry.meanAbsShap, 'f', 3));
    }
    painter.setPen(QPen(m_theme.axis, 2));
    painter.drawLine(plotLeft, 0, plotLeft,
                     rowRect(static_cast<int>(m_entries.size()) - 1).bottom());

    drawFocusFrame(painter, m_theme.focus);
}

QString ImportanceChart::accessibleItemsDescription() const
{
    return tr("Effet moyen de chaque variable sur le score, de la plus "
              "importante à la moins importante. Flèches haut et bas pour "
              "parcourir.");
}

} // namespace credit::ui
