#pragma once

#include "common/LocalizedText.h"
#include "population/GroupFilter.h"
#include "theme/Theme.h"
#include "widgets/DensityGridChart.h"

#include <QString>
#include <QWidget>

#include <map>
#include <memory>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace credit::data {
class Table;
}
namespace credit::population {
class PopulationQueryCache;
class Population;
class ReferenceStatistics;
struct ComparisonVariable;
struct Distribution;
struct SuppressedDistribution;
struct SuppressedDensity;
} // namespace credit::population

namespace credit::ui {

struct ComparisonSeries;
class ComparisonTableModel;
class DistributionChart;

// "Comparer": the client against all clients or a group of similar clients, on one variable
// (histogram or bar chart with the client's bin marked and the percentile in words) or two
// (density grid). Reads portfolio rows through population::Population when the app has them;
// otherwise the model bundle's ReferenceStatistics (all clients, no filters, said on screen).
// In server mode the rows stay on the bank's server: the view asks for the group's aggregates
// (distributionWanted, densityWanted), a presenter fetches them, and the answer functions show
// them, hidden small counts as "fewer than N clients"; an answer to an older request is dropped.
// Every chart has a data-table twin one tab away.
class ComparisonView : public QWidget {
    Q_OBJECT
public:
    enum class Filter {
        Gender,
        AgeBand,
        IncomeBand,
        ContractType,
        Education,
        FamilyStatus,
        Housing
    };

    explicit ComparisonView(QWidget* parent = nullptr);
    ~ComparisonView() override;

    // Neither is owned; both must outlive the view or be replaced first. The population wins.
    void setPopulation(const population::Population* population);
    void setReference(const population::ReferenceStatistics* reference);
    // The client's application row (a one-row application table).
    void setClient(const data::Table& clientApplication);
    void setLanguage(const QString& language);
    void setTheme(const Theme& theme);

    void selectVariable(const QString& key);
    // Sets a filter by the item's data ("" = everyone); false when the value is not offered.
    bool setFilter(Filter filter, const QString& value);
    void clearFilters();
    // Sets every filter to the client's own value: "clients like this one".
    void filterLikeClient();
    void setSplitByOutcome(bool split);

    // Server mode: aggregates come from the server (population and reference are then unused).
    void setServerAggregates(bool on);
    bool serverAggregates() const { return m_server; }
    // The levels a categorical filter offers in server mode (as written in the data).
    void setFilterLevels(Filter filter, const std::vector<std::string>& levels);
    // The comparison variable holding a categorical filter's levels ("" for the age and income
    // bands, which are fixed).
    static QString filterVariable(Filter filter);
    void showDistribution(quint64 request, const population::SuppressedDistribution& answer);
    void showDensity(quint64 request, const population::SuppressedDensity& answer);
    void showAggregatesProblem(quint64 request, const LocalizedText& problem);

    // What the view shows. Read while the view is hidden behind another tab, they bring it up to
    // date first (it defers its work until shown: see refresh()).
    std::size_t groupSize() const;
    QString finding() const;
    DistributionChart* chart() const;
    DensityGridChart* densityChart() const;
    ComparisonTableModel* tableModel() const;
    QTableView* table() const { return m_table; }
    QComboBox* filterBox(Filter filter) const;
    QComboBox* variableBox() const { return m_variable; }
    QLabel* groupLabel() const { return m_groupLabel; }

signals:
    void findingChanged(const QString& finding);
    // Server mode: the aggregates the view needs now; answer with the show* functions.
    void distributionWanted(quint64 request, const QString& variable,
                            const population::GroupFilter& group);
    void densityWanted(quint64 request, const QString& x, const QString& y,
                       const population::GroupFilter& group);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    // A level as written in the data, in the advisor's language (the facts panel's words).
    QString levelLabel(const std::string& column, const QString& level) const;
    void rebuildFilterChoices();
    // Recomputes the group, the charts and the table, or only notes that they are out of date
    // when the view sits in a shown window behind another tab: a new client then costs the
    // Explanation tab nothing here (issue 24); showEvent() catches up before the first paint.
    void refresh();
    void recompute();
    void bringUpToDate() const;
    void refreshDensity();
    // From the group's distribution to the chart, its table and the finding in words. With
    // `suppression` (the server's answer), hidden counts are flagged and the finding names the
    // client's bin instead of a percentile the bins cannot give.
    void presentSeries(const population::ComparisonVariable& variable,
                       const population::Distribution& distribution, double percentile,
                       const QString& groupWords, ComparisonSeries series, bool available,
                       const population::SuppressedDistribution* suppression);
    // The density grid's labels and the client's position, without the counts.
    DensityGridChart::Grid densityFrame(const population::ComparisonVariable& x,
                                        const population::ComparisonVariable& y) const;
    population::GroupFilter currentFilter() const;
    bool filtersActive() const;
    QString variableLabel(const population::ComparisonVariable& variable) const;

    const population::Population* m_population = nullptr;
    // The last group, distribution and density grid asked of m_population (null without one).
    std::unique_ptr<population::PopulationQueryCache> m_queries;
    const population::ReferenceStatistics* m_reference = nullptr;
    std::map<std::string, double> m_clientNumbers;     // comparison variable key -> value
    std::map<std::string, QString> m_clientCategories; // column -> level as written in the data
    QString m_language = QStringLiteral("fr");
    Theme m_theme = Theme::forId(ThemeId::Default);
    std::size_t m_groupSize = 0;
    bool m_outOfDate = false;
    bool m_server = false;
    quint64 m_requests = 0; // numbers both kinds of request, so an answer names one of them
    quint64 m_distributionRequest = 0;
    quint64 m_densityRequest = 0;
    std::map<Filter, std::vector<std::string>> m_serverLevels;

    QComboBox* m_variable = nullptr;
    std::map<Filter, QComboBox*> m_filters;
    std::map<Filter, QLabel*> m_filterLabels;
    QLabel* m_variableLabel = nullptr;
    QLabel* m_xAxisLabel = nullptr;
    QLabel* m_yAxisLabel = nullptr;
    QPushButton* m_likeClient = nullptr;
    QPushButton* m_everyone = nullptr;
    QCheckBox* m_split = nullptr;
    QLabel* m_groupLabel = nullptr;
    QLabel* m_findingLabel = nullptr;
    QTabWidget* m_views = nullptr;
    DistributionChart* m_chart = nullptr;
    ComparisonTableModel* m_tableModel = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_xVariable = nullptr;
    QComboBox* m_yVariable = nullptr;
    DensityGridChart* m_density = nullptr;
    QLabel* m_densityNote = nullptr;
};

} // namespace credit::ui
