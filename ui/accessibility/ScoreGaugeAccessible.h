#pragma once

#include <QAccessibleWidget>

namespace credit::ui {

class ScoreGauge;

// Exposes the gauge as a read-only progress-bar-like value (0-100, the probability of default in
// percent) with its summary sentence as description, so a screen reader announces
// "Jauge de probabilité de défaut, 23,1 %" and can read the decision and distance.
class ScoreGaugeAccessible : public QAccessibleWidget, public QAccessibleValueInterface {
public:
    explicit ScoreGaugeAccessible(ScoreGauge* gauge);

    QString text(QAccessible::Text type) const override;
    void* interface_cast(QAccessible::InterfaceType type) override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant& value) override; // read-only: ignored
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override;

private:
    ScoreGauge* gauge() const;
};

} // namespace credit::ui
