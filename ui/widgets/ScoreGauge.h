#pragma once

#include "explain/Explanation.h"
#include "theme/Theme.h"
#include "widgets/HeightsByWidth.h"

#include <QWidget>

#include <optional>

class QPainter;

namespace credit::ui {

class LogOddsScale;

// The probability of payment difficulties on a log-odds scale centred on the decision threshold
// (models/LogOddsScale: the threshold always mid-track, ticks at round percentages), the
// client's position (a triangle and a label, never colour alone), the decision in words with a
// check or cross symbol, the distance to the threshold and core's interpretation sentence.
// Painted from the theme and the font so it follows high contrast and the text-size setting.
// Screen readers get the value through ScoreGaugeAccessible.
class ScoreGauge : public QWidget {
    Q_OBJECT
public:
    explicit ScoreGauge(QWidget* parent = nullptr);

    void setExplanation(const explain::Explanation& explanation);
    void clear();
    void setLanguage(const QString& language);
    void setTheme(const Theme& theme);

    bool hasScore() const { return m_explanation.has_value(); }
    double probabilityPercent() const; // 0 when no client is shown
    double thresholdPercent() const;
    // What a screen reader says about the gauge: value, threshold, decision, distance.
    QString valueText() const;
    QString decisionText() const;
    QString distanceText() const;
    QString interpretationText() const;
    QString summaryText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Geometry; // row positions derived from the font, shared by painting and sizing
    Geometry geometryFor(int width) const;
    void paintTicks(QPainter& painter, const Geometry& geometry, const LogOddsScale& scale,
                    int thresholdX) const;
    void notifyAccessibility();
    // The text, the language or the font changed: heights measured before no longer hold.
    void contentChanged();

    std::optional<explain::Explanation> m_explanation;
    // Heights for the last widths a layout asked about: one relayout of the window asks the
    // gauge several times, at several widths, and each answer lays out the wrapped
    // interpretation sentence (~5 % of a selection, docs/performance.md step 5).
    mutable HeightsByWidth m_heights;
    QString m_language = QStringLiteral("fr");
    Theme m_theme = Theme::forId(ThemeId::Default);
};

} // namespace credit::ui
