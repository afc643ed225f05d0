#include "widgets/ScoreGauge.h"

#include "accessibility/AccessibleFactory.h"
#include "explain/ExplanationSummary.h"
#include "models/DisplayFormat.h"
#include "models/LogOddsScale.h"
#include "widgets/DecisionIcon.h"

#include <QAccessible>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace credit::ui {

struct ScoreGauge::Geometry {
    int margin = 0;
    QRect thresholdLabelRow;
    QRect tickRow; // round percentages of the log-odds scale, just above the track
    QRect track;
    QRect clientRow;
    QRect decisionRow;
    QRect interpretationRow;
    int totalHeight = 0;
};

ScoreGauge::ScoreGauge(QWidget* parent) : QWidget(parent)
{
    installAccessibleFactory();
    setFocusPolicy(Qt::StrongFocus); // a tab stop, so keyboard and screen-reader users land on it
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Jauge de probabilité de défaut"));
}

void ScoreGauge::setExplanation(const explain::Explanation& explanation)
{
    m_explanation = explain::summaryOf(explanation); // no contributions shown here
    contentChanged();
    notifyAccessibility();
}

void ScoreGauge::clear()
{
    m_explanation.reset();
    contentChanged();
    notifyAccessibility();
}

void ScoreGauge::setLanguage(const QString& language)
{
    m_language = language;
    setAccessibleName(tr("Jauge de probabilité de défaut"));
    contentChanged();
    notifyAccessibility();
}

void ScoreGauge::setTheme(const Theme& theme)
{
    m_theme = theme;
    update();
}

double ScoreGauge::probabilityPercent() const
{
    return m_explanation ? m_explanation->probability * 100.0 : 0.0;
}

double ScoreGauge::thresholdPercent() const
{
    return m_explanation ? m_explanation->threshold * 100.0 : 0.0;
}

QString ScoreGauge::valueText() const
{
    if (!m_explanation)
        return tr("Aucun client sélectionné");
    return formatPercent(m_explanation->probability, localeForLanguage(m_language));
}

QString ScoreGauge::decisionText() const
{
    if (!m_explanation)
        return {};
    return m_explanation->decision == explain::Decision::Grant ? tr("Crédit accordé")
                                                               : tr("Crédit refusé");
}

QString ScoreGauge::distanceText() const
{
    if (!m_explanation)
        return {};
    const QLocale locale = localeForLanguage(m_language);
    const double distance = m_explanation->distancePoints;
    const QString amount = locale.toString(std::abs(distance), 'f', 1);
    if (std::abs(distance) < 0.05)
        return tr("exactement au seuil");
    return distance > 0 ? tr("%1 points au-dessus du seuil").arg(amount)
                        : tr("%1 points en dessous du seuil").arg(amount);
}

QString ScoreGauge::interpretationText() const
{
    if (!m_explanation)
        return tr("Sélectionnez un client dans la liste pour afficher son score.");
    return QString::fromStdString(m_explanation->interpretation.in(m_language.toStdString()));
}

QString ScoreGauge::summaryText() const
{
    if (!m_explanation)
        return interpretationText();
    const QLocale locale = localeForLanguage(m_language);
    return tr("Probabilité de défaut %1, seuil %2. %3, %4. %5")
        .arg(valueText(), formatPercent(m_explanation->threshold, locale), decisionText(),
             distanceText(), interpretationText());
}

ScoreGauge::Geometry ScoreGauge::geometryFor(int width) const
{
    const QFontMetrics metrics(font());
    QFont decisionFont = font();
    decisionFont.setPointSizeF(decisionFont.pointSizeF() * 1.4);
    decisionFont.setBold(true);
    const QFontMetrics decisionMetrics(decisionFont);

    Geometry geometry;
    geometry.margin = metrics.height() / 2;
    const int left = geometry.margin + metrics.horizontalAdvance(QStringLiteral("100 %")) + 4;
    const int right = width - left;
    int y = geometry.margin;
    geometry.thresholdLabelRow = QRect(left, y, right - left, metrics.height());
    y += metrics.height() + metrics.height() / 4;
    geometry.tickRow = QRect(left, y, right - left, metrics.height() + metrics.height() / 4);
    y += geometry.tickRow.height();
    geometry.track = QRect(left, y, std::max(10, right - left), metrics.height());
    y += geometry.track.height();
    const int markerSize = metrics.height();
    geometry.clientRow = QRect(left, y, right - left, markerSize + metrics.height());
    y += geometry.clientRow.height() + metrics.height() / 2;
    geometry.decisionRow = QRect(geometry.margin, y, width - 2 * geometry.margin,
                                 std::max(decisionMetrics.height(), metrics.height()) + 4);
    y += geometry.decisionRow.height() + metrics.height() / 3;
    const QRect textBox(geometry.margin, y, std::max(10, width - 2 * geometry.margin), 10000);
    const int interpretationHeight =
        metrics.boundingRect(textBox, Qt::TextWordWrap, interpretationText()).height();
    geometry.interpretationRow = QRect(textBox.left(), y, textBox.width(), interpretationHeight);
    y += interpretationHeight + geometry.margin;
    geometry.totalHeight = y;
    return geometry;
}

QSize ScoreGauge::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 70;
    return {width, heightForWidth(width)};
}

QSize ScoreGauge::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 35;
    return {width, heightForWidth(width)};
}

int ScoreGauge::heightForWidth(int width) const
{
    if (const auto remembered = m_heights.find(width))
        return *remembered;
    const int height = geometryFor(width).totalHeight;
    m_heights.remember(width, height);
    return height;
}

void ScoreGauge::contentChanged()
{
    m_heights.forget();
    updateGeometry();
    update();
}

void ScoreGauge::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), m_theme.base);
    const Geometry geometry = geometryFor(width());
    const QFontMetrics metrics(font());
    const QLocale locale = localeForLanguage(m_language);

    // Log-odds scale centred on the threshold (models/LogOddsScale): the region around a 9 %
    // threshold gets as much room as the rest, and the threshold is always in the same place.
    const LogOddsScale scale(m_explanation ? m_explanation->threshold : 0.1);
    const auto xFor = [&](double probability) {
        return geometry.track.left() + static_cast<int>(std::lround(scale.positionOf(probability) *
                                                                    geometry.track.width()));
    };
    const int thresholdX = xFor(scale.threshold());

    if (!m_explanation) {
        painter.setPen(QPen(m_theme.mutedText, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(geometry.track);
    } else {
        // Grant zone plain, refusal zone hatched: the two sides differ by pattern, not only hue.
        const QRect grantZone(geometry.track.left(), geometry.track.top(),
                              thresholdX - geometry.track.left(), geometry.track.height());
        const QRect refuseZone(thresholdX, geometry.track.top(),
                               geometry.track.right() - thresholdX + 1, geometry.track.height());
        painter.fillRect(grantZone, m_theme.favourable);
        painter.fillRect(refuseZone, m_theme.adverse);
        painter.fillRect(refuseZone, QBrush(m_theme.hatch, Qt::BDiagPattern));
        paintTicks(painter, geometry, scale, thresholdX);

        // Threshold mark with a halo of the background colour so it stays visible where it
        // crosses either zone, in every theme.
        const int markTop = geometry.thresholdLabelRow.bottom() - 2;
        const int markBottom = geometry.track.bottom() + metrics.height() / 3;
        painter.setPen(QPen(m_theme.base, 7, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(thresholdX, markTop, thresholdX, markBottom);
        painter.setPen(QPen(m_theme.axis, 3, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(thresholdX, markTop, thresholdX, markBottom);

        const QString thresholdLabel =
            tr("Seuil %1").arg(formatPercent(m_explanation->threshold, locale));
        const int thresholdLabelWidth = metrics.horizontalAdvance(thresholdLabel) + 6;
        const int thresholdLabelLeft =
            std::clamp(thresholdX - thresholdLabelWidth / 2, 0, width() - thresholdLabelWidth);
        painter.setPen(m_theme.text);
        painter.drawText(QRect(thresholdLabelLeft, geometry.thresholdLabelRow.top(),
                               thresholdLabelWidth, metrics.height()),
                         Qt::AlignCenter, thresholdLabel);

        // Client marker: an upward triangle whose tip touches the track, and a label beside it.
        const int clientX = xFor(m_explanation->probability);
        const int markerSize = metrics.height();
        QPainterPath triangle;
        const int tipY = geometry.track.bottom() + 2;
        triangle.moveTo(clientX, tipY);
        triangle.lineTo(clientX - markerSize / 2.0, tipY + markerSize);
        triangle.lineTo(clientX + markerSize / 2.0, tipY + markerSize);
        triangle.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_theme.clientMarker);
        painter.drawPath(triangle);

        const QString clientLabel = tr("Ce client : %1").arg(valueText());
        const int clientLabelWidth = metrics.horizontalAdvance(clientLabel) + 6;
        int clientLabelLeft = clientX + markerSize / 2 + 4;
        if (clientLabelLeft + clientLabelWidth > width())
            clientLabelLeft = clientX - markerSize / 2 - 4 - clientLabelWidth;
        painter.setPen(m_theme.text);
        painter.drawText(QRect(clientLabelLeft, tipY + markerSize - metrics.height(),
                               clientLabelWidth, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, clientLabel);

        // Decision: icon + words + distance, so the outcome reads without colour.
        const bool granted = m_explanation->decision == explain::Decision::Grant;
        const int iconSize = geometry.decisionRow.height();
        const QRect iconRect(geometry.decisionRow.left(), geometry.decisionRow.top(), iconSize,
                             iconSize);
        paintDecisionIcon(painter, iconRect, granted, m_theme);
        QFont decisionFont = font();
        decisionFont.setPointSizeF(decisionFont.pointSizeF() * 1.4);
        decisionFont.setBold(true);
        painter.setFont(decisionFont);
        painter.setPen(m_theme.text);
        const QString decision = decisionText();
        const QRect decisionTextRect(iconRect.right() + metrics.height() / 2,
                                     geometry.decisionRow.top(), geometry.decisionRow.width(),
                                     geometry.decisionRow.height());
        painter.drawText(decisionTextRect, Qt::AlignLeft | Qt::AlignVCenter, decision);
        const int decisionWidth = QFontMetrics(decisionFont).horizontalAdvance(decision);
        painter.setFont(font());
        // In a narrow pane at large text the distance is shortened with an ellipsis rather than
        // cut at the edge: the interpretation below states it in full.
        const QRect distanceRect =
            decisionTextRect.adjusted(decisionWidth + metrics.height() / 2, 0, 0, 0)
                .intersected(QRect(0, 0, width(), height()));
        painter.drawText(distanceRect, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(QStringLiteral("\u2014 ") + distanceText(),
                                            Qt::ElideRight, distanceRect.width()));
    }

    painter.setFont(font());
    painter.setPen(m_theme.text);
    painter.drawText(geometry.interpretationRow, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                     interpretationText());

    if (hasFocus()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_theme.focus, 2));
        painter.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void ScoreGauge::paintTicks(QPainter& painter, const Geometry& geometry, const LogOddsScale& scale,
                            int thresholdX) const
{
    // Round percentages above the track, each with a short mark down to it. A label that would
    // touch the threshold mark or its left neighbour is left out (its mark stays), so at 200 %
    // text the scale thins out instead of overlapping.
    const QFontMetrics metrics(font());
    const QLocale locale = localeForLanguage(m_language);
    const int gap = metrics.averageCharWidth();
    const int markHeight = metrics.height() / 4;
    const int labelBottom = geometry.tickRow.bottom() - markHeight;
    int previousRight = std::numeric_limits<int>::min();
    for (const auto& tick : scale.ticks()) {
        const int x = geometry.track.left() +
                      static_cast<int>(std::lround(tick.position * geometry.track.width()));
        painter.setPen(QPen(m_theme.mutedText, 1));
        painter.drawLine(x, labelBottom + 1, x, geometry.track.top() - 1);
        const QString label = formatTickPercent(tick.probability, locale);
        const int labelWidth = metrics.horizontalAdvance(label);
        const int left = x - labelWidth / 2;
        const bool touchesThreshold =
            left - gap < thresholdX + 4 && left + labelWidth + gap > thresholdX - 4;
        if (touchesThreshold || left < previousRight + gap)
            continue;
        painter.drawText(
            QRect(left, labelBottom - metrics.height() + 1, labelWidth, metrics.height()),
            Qt::AlignCenter, label);
        previousRight = left + labelWidth;
    }
}

void ScoreGauge::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        contentChanged();
    QWidget::changeEvent(event);
}

void ScoreGauge::notifyAccessibility()
{
    if (!QAccessible::isActive())
        return;
    QAccessibleValueChangeEvent valueChange(this, probabilityPercent());
    QAccessible::updateAccessibility(&valueChange);
    QAccessibleEvent descriptionChange(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&descriptionChange);
}

} // namespace credit::ui
