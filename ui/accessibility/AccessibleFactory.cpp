#include "accessibility/AccessibleFactory.h"

#include "accessibility/ItemListAccessible.h"
#include "accessibility/ScoreGaugeAccessible.h"
#include "widgets/ContributionChart.h"
#include "widgets/DensityGridChart.h"
#include "widgets/DistributionChart.h"
#include "widgets/FairnessChart.h"
#include "widgets/ImportanceChart.h"
#include "widgets/ScoreGauge.h"

#include <QAccessible>

namespace credit::ui {
namespace {

// Qt takes ownership of the interface returned here (QAccessibleCache deletes it with the
// widget), which is why this is a bare new.
QAccessibleInterface* createAccessibleInterface(const QString&, QObject* object)
{
    if (auto* gauge = qobject_cast<ScoreGauge*>(object))
        return new ScoreGaugeAccessible(gauge);
    // Every chart drawn as a list of items reads as a list of those items.
    if (auto* chart = qobject_cast<ContributionChart*>(object))
        return new ItemListAccessible(chart, chart);
    if (auto* chart = qobject_cast<ImportanceChart*>(object))
        return new ItemListAccessible(chart, chart);
    if (auto* chart = qobject_cast<FairnessChart*>(object))
        return new ItemListAccessible(chart, chart);
    if (auto* distribution = qobject_cast<DistributionChart*>(object))
        return new ItemListAccessible(distribution, distribution);
    if (auto* density = qobject_cast<DensityGridChart*>(object))
        return new ItemListAccessible(density, density);
    return nullptr;
}

} // namespace

void installAccessibleFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(&createAccessibleInterface);
        return true;
    }();
    (void)installed;
}

} // namespace credit::ui
