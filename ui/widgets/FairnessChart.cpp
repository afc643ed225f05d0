#include "widgets/FairnessChart.h"

#include "models/DisplayFormat.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace credit::ui {

FairnessChart::FairnessChart(QWidget* parent) : BarListChart(parent)
{
    setAccessibleName(tr("Taux d'acceptation par groupe"));
}

void FairnessChart::setSummary(const FairnessSummary& summary, const QString& language)
{
    m_rows = summary.groups;
    m_language = language;
    rowsReplaced();
}

void FairnessChart::clear()
{
    m_rows.clear();
    rowsReplaced();
}

void FairnessChart::setLanguage(const QString& language)
{
    m_language = language;
    setAccessibleName(tr("Taux d'acceptation par groupe"));
    updateGeometry();
    update();
}

void FairnessChart::setTheme(const Theme& theme)
{
    m_theme = theme;
    update();
}

QString FairnessChart::rowName(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return {};
    const auto& group = m_rows[static_cast<std::size_t>(row)];
    return tr("%1 : %2").arg(group.groupingLabel(m_language), group.label(m_language));
}

QString FairnessChart::rowValue(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return {};
    const auto& group = m_rows[static_cast<std::size_t>(row)];
    if (!group.approvalRate)
        return tr("non calculable (aucun client dans ce groupe)");
    const QLocale locale = localeForLanguage(m_language);
    QString text = tr("%1 acceptés").arg(formatPercent(*group.approvalRate, locale));
    if (group.approvalLow && group.approvalHigh)
        text += tr(", intervalle de confiance à 95 % de %1 à %2")
                    .arg(formatPercent(*group.approvalLow, locale),
                         formatPercent(*group.approvalHigh, locale));
    if (group.approvalRatio)
        text += tr(", rapport %1 au groupe le plus accepté")
                    .arg(locale.toString(*group.approvalRatio, 'f', 2));
    if (group.flagged)
        text += tr(", sous le seuil d'alerte");
    return text;
}

QRect FairnessChart::rowRect(int row) const
{
    return stackedRowRect(row);
}

QSize FairnessChart::sizeHint() const
{
    return stackedRowsSize(70);
}

QSize FairnessChart::minimumSizeHint() const
{
    return stackedRowsSize(40);
}

void FairnessChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.base);
    const QFontMetrics metrics(font());
    if (m_rows.empty()) {
        painter.setPen(m_theme.mutedText);
        painter.drawText(rect(), Qt::AlignCenter, tr("Aucune analyse d'équité dans ce modèle."));
        return;
    }
    const QLocale locale = localeForLanguage(m_language);
    const int padding = metrics.averageCharWidth();
    int labelWidth = 0;
    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(rowName(row)));
    labelWidth = std::min(labelWidth + padding, width() * 2 / 5);
    const int valueWidth =
        metrics.horizontalAdvance(QStringLiteral("⚠ ") + formatPercent(1.0, locale)) + padding;
    const int plotLeft = labelWidth + padding;
    const int plotWidth = std::max(1, width() - plotLeft - valueWidth - padding);
    const auto xOf = [&](double share) {
        return plotLeft + static_cast<int>(std::lround(std::clamp(share, 0.0, 1.0) * plotWidth));
    };

    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row) {
        const FairnessGroupRow& group = m_rows[static_cast<std::size_t>(row)];
        const QRect line = rowRect(row);
        painter.setPen(m_theme.text);
        painter.drawText(QRect(0, line.top(), labelWidth, line.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(rowName(row), Qt::ElideMiddle, labelWidth));
        if (!group.approvalRate) {
            painter.setPen(m_theme.mutedText);
            painter.drawText(QRect(plotLeft + padding, line.top(), plotWidth, line.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, tr("non calculable"));
            continue;
        }
        const int barHeight = line.height() * 3 / 5;
        const QRect bar(plotLeft, line.top() + (line.height() - barHeight) / 2,
                        std::max(2, xOf(*group.approvalRate) - plotLeft), barHeight);
        if (group.flagged) {
            painter.fillRect(bar, m_theme.adverse);
            painter.fillRect(bar, QBrush(m_theme.hatch, Qt::BDiagPattern));
        } else {
            painter.fillRect(bar, m_theme.favourable);
        }
        if (group.approvalLow && group.approvalHigh) {
            painter.setPen(QPen(m_theme.axis, 2));
            const int y = bar.center().y();
            const int low = xOf(*group.approvalLow), high = xOf(*group.approvalHigh);
            painter.drawLine(low, y, high, y);
            painter.drawLine(low, y - barHeight / 3, low, y + barHeight / 3);
            painter.drawLine(high, y - barHeight / 3, high, y + barHeight / 3);
        }
        painter.setPen(m_theme.text);
        const int textLeft =
            std::max(bar.right(), group.approvalHigh ? xOf(*group.approvalHigh) : 0);
        painter.drawText(QRect(textLeft + padding / 2, line.top(), valueWidth, line.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         (group.flagged ? QStringLiteral("⚠ ") : QString()) +
                             formatPercent(*group.approvalRate, locale));
    }
    painter.setPen(QPen(m_theme.axis, 2));
    painter.drawLine(plotLeft, 0, plotLeft, rowRect(static_cast<int>(m_rows.size()) - 1).bottom());

    drawFocusFrame(painter, m_theme.focus);
}

QString FairnessChart::accessibleItemsDescription() const
{
    return tr("Part des clients acceptés dans chaque groupe, avec son intervalle de confiance. "
              "Flèches haut et bas pour parcourir.");
}

} // namespace credit::ui
