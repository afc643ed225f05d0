#include "accessibility/ScoreGaugeAccessible.h"

#include "widgets/ScoreGauge.h"

namespace credit::ui {

ScoreGaugeAccessible::ScoreGaugeAccessible(ScoreGauge* gauge)
    : QAccessibleWidget(gauge, QAccessible::ProgressBar)
{}

ScoreGauge* ScoreGaugeAccessible::gauge() const
{
    return static_cast<ScoreGauge*>(widget());
}

QString ScoreGaugeAccessible::text(QAccessible::Text type) const
{
    switch (type) {
    case QAccessible::Name:
        return gauge()->accessibleName();
    case QAccessible::Value:
        return gauge()->valueText();
    case QAccessible::Description:
        return gauge()->summaryText();
    default:
        return QAccessibleWidget::text(type);
    }
}

void* ScoreGaugeAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ValueInterface)
        return static_cast<QAccessibleValueInterface*>(this);
    return QAccessibleWidget::interface_cast(type);
}

QVariant ScoreGaugeAccessible::currentValue() const
{
    return gauge()->probabilityPercent();
}

void ScoreGaugeAccessible::setCurrentValue(const QVariant&) {}

QVariant ScoreGaugeAccessible::maximumValue() const
{
    return 100.0;
}

QVariant ScoreGaugeAccessible::minimumValue() const
{
    return 0.0;
}

QVariant ScoreGaugeAccessible::minimumStepSize() const
{
    return 0.1;
}

} // namespace credit::ui
