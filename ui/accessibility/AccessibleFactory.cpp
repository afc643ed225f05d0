#include "accessibility/AccessibleFactory.h"

#include "accessibility/ContributionChartAccessible.h"
#include "accessibility/DensityGridChartAccessible.h"
#include "accessibility/DistributionChartAccessible.h"
#include "accessibility/ImportanceChartAccessible.h"
#include "accessibility/ScoreGaugeAccessible.h"
#include "widgets/ContributionChart.h"
#include "widgets/DensityGridChart.h"
#include "widgets/DistributionChart.h"
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
    if (auto* chart = qobject_cast<ContributionChart*>(object))
        return new ContributionChartAccessible(chart);
    if (auto* chart = qobject_cast<ImportanceChart*>(object))
        return new ImportanceChartAccessible(chart);
    if (auto* distribution = qobject_cast<DistributionChart*>(object))
        return new DistributionChartAccessible(distribution);
    if (auto* density = qobject_cast<DensityGridChart*>(object))
        return new DensityGridChartAccessible(density);
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
