#include "widgets/ComparisonView.h"

#include "data/Table.h"
#include "explain/FeatureLabels.h"
#include "models/ComparisonTableModel.h"
#include "models/DisplayFormat.h"
#include "population/ComparisonVariable.h"
#include "population/GroupFilter.h"
#include "population/Population.h"
#include "population/PopulationQueryCache.h"
#include "population/ReferenceStatistics.h"
#include "population/SimilarGroupBands.h"
#include "population/SuppressedAggregates.h"
#include "widgets/DensityGridChart.h"
#include "widgets/DistributionChart.h"
#include "widgets/WrappedLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace credit::ui {

namespace {

using population::ComparisonVariable;

// The bands live in core so the server's population endpoints filter on the very same groups.
using population::ageBands;
using population::incomeBands;

std::optional<population::Band> findBand(const std::vector<population::Band>& bands,
                                         const QString& key)
{
    return population::findBand(bands, key.toStdString());
}

const char* filterColumn(ComparisonView::Filter filter)
{
    switch (filter) {
    case ComparisonView::Filter::Gender:
        return "CODE_GENDER";
    case ComparisonView::Filter::ContractType:
        return "NAME_CONTRACT_TYPE";
    case ComparisonView::Filter::Education:
        return "NAME_EDUCATION_TYPE";
    case ComparisonView::Filter::FamilyStatus:
        return "NAME_FAMILY_STATUS";
    case ComparisonView::Filter::Housing:
        return "NAME_HOUSING_TYPE";
    default:
        return nullptr;
    }
}

// Bin bounds short enough to sit under a bar: "135 k", "34", "0,12".
QString compactNumber(double value, const QLocale& locale)
{
    if (std::abs(value) >= 10000)
        return locale.toString(value / 1000.0, 'f', 0) + QStringLiteral(" k");
    if (std::abs(value) >= 10)
        return locale.toString(value, 'f', 0);
    return locale.toString(value, 'f', 2);
}

QString ordinalPercentile(double percentile, const QString& language)
{
    const int rounded = std::clamp(static_cast<int>(std::lround(percentile)), 0, 100);
    if (language == QStringLiteral("en")) {
        const int lastTwo = rounded % 100;
        const char* suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th"
                             : rounded % 10 == 1              ? "st"
                             : rounded % 10 == 2              ? "nd"
                             : rounded % 10 == 3              ? "rd"
                                                              : "th";
        return QString::number(rounded) + QLatin1String(suffix);
    }
    return QString::number(rounded) + (rounded == 1 ? QStringLiteral("er") : QStringLiteral("e"));
}

} // namespace

ComparisonView::ComparisonView(QWidget* parent) : QWidget(parent), m_language(interfaceLanguage())
{
    auto* layout = new QVBoxLayout(this);

    auto* top = new QFormLayout;
    m_variable = new QComboBox(this);
    m_variableLabel = new QLabel(this);
    m_variableLabel->setBuddy(m_variable);
    top->addRow(m_variableLabel, m_variable);
    layout->addLayout(top);

    auto* filters = new QGridLayout;
    int column = 0;
    for (const Filter filter :
         {Filter::Gender, Filter::AgeBand, Filter::IncomeBand, Filter::ContractType,
          Filter::Education, Filter::FamilyStatus, Filter::Housing}) {
        auto* box = new QComboBox(this);
        auto* label = new QLabel(this);
        label->setBuddy(box);
        filters->addWidget(label, (column / 4) * 2, column % 4);
        filters->addWidget(box, (column / 4) * 2 + 1, column % 4);
        m_filters[filter] = box;
        m_filterLabels[filter] = label;
        connect(box, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
        ++column;
    }
    m_likeClient = new QPushButton(this);
    m_everyone = new QPushButton(this);
    filters->addWidget(m_likeClient, 3, 3);
    filters->addWidget(m_everyone, 3, 2);
    connect(m_likeClient, &QPushButton::clicked, this, &ComparisonView::filterLikeClient);
    connect(m_everyone, &QPushButton::clicked, this, &ComparisonView::clearFilters);
    layout->addLayout(filters);

    auto* status = new QHBoxLayout;
    m_groupLabel = new WrappedLabel(this);
    m_split = new QCheckBox(this);
    status->addWidget(m_groupLabel, 1);
    status->addWidget(m_split);
    layout->addLayout(status);
    connect(m_split, &QCheckBox::toggled, this, &ComparisonView::setSplitByOutcome);

    m_findingLabel = new WrappedLabel(this);
    m_findingLabel->setTextInteractionFlags(Qt::TextSelectableByKeyboard |
                                            Qt::TextSelectableByMouse);
    QFont bold = m_findingLabel->font();
    bold.setBold(true);
    m_findingLabel->setFont(bold);
    layout->addWidget(m_findingLabel);

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("comparisonViews"));
    m_chart = new DistributionChart(this);
    m_views->addTab(m_chart, QString());
    m_tableModel = new ComparisonTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_tableModel);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false);
    m_views->addTab(m_table, QString());

    auto* densityPage = new QWidget(this);
    auto* densityLayout = new QVBoxLayout(densityPage);
    auto* axes = new QFormLayout;
    m_xVariable = new QComboBox(densityPage);
    m_yVariable = new QComboBox(densityPage);
    m_xAxisLabel = new QLabel(densityPage);
    m_yAxisLabel = new QLabel(densityPage);
    m_xAxisLabel->setBuddy(m_xVariable);
    m_yAxisLabel->setBuddy(m_yVariable);
    axes->addRow(m_xAxisLabel, m_xVariable);
    axes->addRow(m_yAxisLabel, m_yVariable);
    densityLayout->addLayout(axes);
    m_density = new DensityGridChart(densityPage);
    densityLayout->addWidget(m_density, 1);
    m_densityNote = new WrappedLabel(densityPage);
    densityLayout->addWidget(m_densityNote);
    m_views->addTab(densityPage, QString());
    layout->addWidget(m_views, 1);

    for (const auto& variable : population::comparisonVariables()) {
        m_variable->addItem(variableLabel(variable), QString::fromStdString(variable.key));
        if (!variable.categorical) {
            m_xVariable->addItem(variableLabel(variable), QString::fromStdString(variable.key));
            m_yVariable->addItem(variableLabel(variable), QString::fromStdString(variable.key));
        }
    }
    m_xVariable->setCurrentIndex(m_xVariable->findData(QStringLiteral("age_years")));
    m_yVariable->setCurrentIndex(m_yVariable->findData(QStringLiteral("AMT_INCOME_TOTAL")));
    connect(m_variable, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_xVariable, &QComboBox::currentIndexChanged, this, [this] { refreshDensity(); });
    connect(m_yVariable, &QComboBox::currentIndexChanged, this, [this] { refreshDensity(); });
    m_chart->setLocale(localeForLanguage(m_language));
    m_density->setLocale(localeForLanguage(m_language));
    m_tableModel->setLocale(localeForLanguage(m_language));
    retranslateUi();
    rebuildFilterChoices();
    refresh();
}

void ComparisonView::retranslateUi()
{
    setAccessibleName(tr("Comparer le client"));
    m_variableLabel->setText(tr("Variable :"));
    m_variable->setAccessibleName(tr("Variable comparée"));
    const std::map<Filter, QString> filterNames{
        {Filter::Gender, tr("Genre")},      {Filter::AgeBand, tr("Âge")},
        {Filter::IncomeBand, tr("Revenu")}, {Filter::ContractType, tr("Contrat")},
        {Filter::Education, tr("Études")},  {Filter::FamilyStatus, tr("Famille")},
        {Filter::Housing, tr("Logement")},
    };
    for (const auto& [filter, name] : filterNames) {
        m_filterLabels.at(filter)->setText(name);
        m_filters.at(filter)->setAccessibleName(name);
    }
    m_likeClient->setText(tr("Clients similaires"));
    m_likeClient->setToolTip(tr("Règle chaque filtre sur la valeur du client"));
    m_everyone->setText(tr("Tous les clients"));
    m_split->setText(tr("Séparer remboursé / en difficulté"));
    m_views->setAccessibleName(tr("Vues de la comparaison"));
    m_views->setTabText(0, tr("Graphique"));
    m_views->setTabText(1, tr("Tableau de données"));
    m_views->setTabText(2, tr("Deux variables"));
    m_table->setAccessibleName(tr("Tableau de la répartition"));
    m_xAxisLabel->setText(tr("Axe horizontal :"));
    m_yAxisLabel->setText(tr("Axe vertical :"));
    m_xVariable->setAccessibleName(tr("Variable horizontale"));
    m_yVariable->setAccessibleName(tr("Variable verticale"));
}

void ComparisonView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setLanguage(interfaceLanguage());
    QWidget::changeEvent(event);
}

QString ComparisonView::levelLabel(const std::string& column, const QString& level) const
{
    return QString::fromStdString(
        explain::categoryLevelLabel(column, level.toStdString()).in(m_language.toStdString()));
}

ComparisonView::~ComparisonView() = default;

QString ComparisonView::variableLabel(const ComparisonVariable& variable) const
{
    return QString::fromStdString(variable.label.in(m_language.toStdString()));
}

void ComparisonView::setPopulation(const population::Population* population)
{
    m_population = population;
    m_queries =
        population ? std::make_unique<population::PopulationQueryCache>(*population) : nullptr;
    rebuildFilterChoices();
    refresh();
}

void ComparisonView::setReference(const population::ReferenceStatistics* reference)
{
    m_reference = reference;
    rebuildFilterChoices();
    refresh();
}

void ComparisonView::setClient(const data::Table& clientApplication)
{
    m_clientNumbers.clear();
    m_clientCategories.clear();
    if (clientApplication.rowCount() == 0) {
        refresh();
        return;
    }
    for (const auto& variable : population::comparisonVariables()) {
        if (variable.categorical) {
            const auto* column = clientApplication.find(variable.column);
            if (column && column->isCategory() && !column->isMissing(0))
                m_clientCategories[variable.column] =
                    QString::fromStdString(std::string(column->text(0)));
        } else {
            const double value = variable.value(clientApplication, 0);
            if (!std::isnan(value))
                m_clientNumbers[variable.key] = value;
        }
    }
    refresh();
}

void ComparisonView::setLanguage(const QString& language)
{
    m_language = language;
    retranslateUi();
    const QLocale locale = localeForLanguage(language);
    m_chart->setLocale(locale);
    m_density->setLocale(locale);
    m_tableModel->setLocale(locale);
    rebuildFilterChoices();
    for (QComboBox* box : {m_variable, m_xVariable, m_yVariable})
        for (int index = 0; index < box->count(); ++index)
            if (const auto* variable = population::findComparisonVariable(
                    box->itemData(index).toString().toStdString()))
                box->setItemText(index, variableLabel(*variable));
    // Not deferred: a language switch is rare, and no text of the other language should be left
    // in the window, shown or not.
    recompute();
}

void ComparisonView::setTheme(const Theme& theme)
{
    m_theme = theme;
    m_chart->setTheme(theme);
    m_density->setTheme(theme);
}

void ComparisonView::selectVariable(const QString& key)
{
    const int index = m_variable->findData(key);
    if (index >= 0)
        m_variable->setCurrentIndex(index);
}

QComboBox* ComparisonView::filterBox(Filter filter) const
{
    return m_filters.at(filter);
}

void ComparisonView::rebuildFilterChoices()
{
    // Filters need client rows (here or on the server): the bundle's reference statistics only
    // describe everyone.
    const bool rows = m_population != nullptr || m_server;
    for (auto& [filter, box] : m_filters) {
        const QSignalBlocker blocker(box);
        const QString previous = box->currentData().toString();
        box->clear();
        box->addItem(tr("Tous"), QString());
        if (filter == Filter::AgeBand) {
            for (const auto& band : ageBands())
                box->addItem(tr("%1 à %2 ans").arg(band.minimum).arg(band.maximum),
                             QString::fromStdString(band.key));
        } else if (filter == Filter::IncomeBand) {
            const QLocale locale = localeForLanguage(m_language);
            for (const auto& band : incomeBands())
                box->addItem(band.maximum >= 1e12
                                 ? tr("%1 et plus").arg(locale.toString(band.minimum, 'f', 0))
                                 : tr("%1 à %2").arg(locale.toString(band.minimum, 'f', 0),
                                                     locale.toString(band.maximum, 'f', 0)),
                             QString::fromStdString(band.key));
        } else if (m_server) {
            const auto levels = m_serverLevels.find(filter);
            if (levels != m_serverLevels.end())
                for (const auto& level : levels->second)
                    box->addItem(levelLabel(filterColumn(filter), QString::fromStdString(level)),
                                 QString::fromStdString(level));
        } else if (rows) {
            if (const auto* column = m_population->applications().find(filterColumn(filter)))
                for (const auto& level : column->levels())
                    box->addItem(levelLabel(filterColumn(filter), QString::fromStdString(level)),
                                 QString::fromStdString(level));
        }
        const int kept = box->findData(previous);
        box->setCurrentIndex(kept >= 0 ? kept : 0);
        box->setEnabled(rows);
    }
}

bool ComparisonView::setFilter(Filter filter, const QString& value)
{
    QComboBox* box = m_filters.at(filter);
    const int index = box->findData(value);
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}

void ComparisonView::clearFilters()
{
    for (auto& [filter, box] : m_filters) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    refresh();
}

void ComparisonView::filterLikeClient()
{
    for (auto& [filter, box] : m_filters) {
        const QSignalBlocker blocker(box);
        QString value;
        if (filter == Filter::AgeBand || filter == Filter::IncomeBand) {
            const auto found =
                m_clientNumbers.find(filter == Filter::AgeBand ? "age_years" : "AMT_INCOME_TOTAL");
            if (found != m_clientNumbers.end())
                for (const auto& band : filter == Filter::AgeBand ? ageBands() : incomeBands())
                    if (found->second >= band.minimum && found->second < band.maximum)
                        value = QString::fromStdString(band.key);
        } else {
            const auto found = m_clientCategories.find(filterColumn(filter));
            if (found != m_clientCategories.end())
                value = found->second;
        }
        const int index = box->findData(value);
        box->setCurrentIndex(index >= 0 ? index : 0);
    }
    refresh();
}

void ComparisonView::setSplitByOutcome(bool split)
{
    if (m_split->isChecked() != split)
        m_split->setChecked(split);
    m_chart->setSplitByOutcome(split);
}

population::GroupFilter ComparisonView::currentFilter() const
{
    population::GroupFilter filter;
    const auto text = [this](Filter which) -> std::optional<std::string> {
        const QString value = m_filters.at(which)->currentData().toString();
        if (value.isEmpty())
            return std::nullopt;
        return value.toStdString();
    };
    filter.gender = text(Filter::Gender);
    filter.contractType = text(Filter::ContractType);
    filter.education = text(Filter::Education);
    filter.familyStatus = text(Filter::FamilyStatus);
    filter.housing = text(Filter::Housing);
    if (const auto band =
            findBand(ageBands(), m_filters.at(Filter::AgeBand)->currentData().toString()))
        filter.ageYears = population::GroupFilter::Range{band->minimum, band->maximum};
    if (const auto band =
            findBand(incomeBands(), m_filters.at(Filter::IncomeBand)->currentData().toString()))
        filter.income = population::GroupFilter::Range{band->minimum, band->maximum};
    return filter;
}

bool ComparisonView::filtersActive() const
{
    return !currentFilter().selectsEveryone();
}

std::size_t ComparisonView::groupSize() const
{
    bringUpToDate();
    return m_groupSize;
}

QString ComparisonView::finding() const
{
    bringUpToDate();
    return m_chart->series().finding;
}

DistributionChart* ComparisonView::chart() const
{
    bringUpToDate();
    return m_chart;
}

DensityGridChart* ComparisonView::densityChart() const
{
    bringUpToDate();
    return m_density;
}

ComparisonTableModel* ComparisonView::tableModel() const
{
    bringUpToDate();
    return m_tableModel;
}

void ComparisonView::refresh()
{
    // A view never shown (a test, a print) always computes; so does one on screen.
    if (!isVisible() && window()->isVisible()) {
        m_outOfDate = true;
        return;
    }
    recompute();
}

void ComparisonView::bringUpToDate() const
{
    // Logically const: what the view shows does not change, only when it was computed.
    if (m_outOfDate)
        const_cast<ComparisonView*>(this)->recompute();
}

void ComparisonView::showEvent(QShowEvent* event)
{
    bringUpToDate();
    QWidget::showEvent(event);
}

void ComparisonView::recompute()
{
    m_outOfDate = false;
    const auto* variable =
        population::findComparisonVariable(m_variable->currentData().toString().toStdString());
    if (!variable)
        return;
    if (m_server) {
        // The chart keeps the previous group until the answer: no blank flash on every filter.
        m_findingLabel->setText(tr("Demande de la répartition au serveur…"));
        m_distributionRequest = ++m_requests;
        emit distributionWanted(m_distributionRequest, QString::fromStdString(variable->key),
                                currentFilter());
        refreshDensity();
        return;
    }
    const QLocale locale = localeForLanguage(m_language);
    ComparisonSeries series;
    series.variableLabel = variableLabel(*variable);

    population::Distribution distribution;
    double percentile = std::nan("");
    const auto clientNumber = m_clientNumbers.find(variable->key);
    const bool hasNumber = clientNumber != m_clientNumbers.end();
    bool available = true;
    QString groupWords;
    if (m_population) {
        // The group and its distribution do not depend on the client: asked again for each
        // client, they come from the cache; only the client's percentile is computed.
        const population::GroupFilter filter = currentFilter();
        m_groupSize = m_queries->select(filter).size();
        distribution = m_queries->distribution(*variable, filter);
        if (hasNumber && !variable->categorical)
            percentile = m_population->percentile(*variable, clientNumber->second,
                                                  m_queries->select(filter));
        groupWords =
            filtersActive() ? tr("des clients similaires") : tr("de l'ensemble des clients");
        series.groupLabel =
            filtersActive()
                ? tr("clients similaires (%1)").arg(locale.toString(qulonglong(m_groupSize)))
                : tr("tous les clients (%1)").arg(locale.toString(qulonglong(m_groupSize)));
        m_groupLabel->setText(filtersActive()
                                  ? tr("Groupe : %n client(s) correspondent aux filtres.", nullptr,
                                       static_cast<int>(m_groupSize))
                                  : tr("Groupe : tous les clients du portefeuille (%1).")
                                        .arg(locale.toString(qulonglong(m_groupSize))));
        m_split->setEnabled(m_population->hasOutcome());
    } else if (m_reference) {
        const auto* found = m_reference->distribution(variable->key);
        available = found != nullptr;
        if (found)
            distribution = *found;
        m_groupSize = m_reference->clients();
        if (hasNumber && !variable->categorical)
            percentile = m_reference->percentile(variable->key, clientNumber->second);
        groupWords = tr("des clients de référence");
        series.groupLabel =
            tr("clients de référence du modèle (%1)").arg(locale.toString(qulonglong(m_groupSize)));
        m_groupLabel->setText(
            tr("Groupe : les %1 clients sur lesquels le modèle a été entraîné. Sans données "
               "de portefeuille chargées, les filtres ne sont pas disponibles.")
                .arg(locale.toString(qulonglong(m_groupSize))));
        m_split->setEnabled(distribution.hasOutcome());
    } else {
        available = false;
        m_groupSize = 0;
        m_groupLabel->setText(
            tr("Aucune donnée de comparaison : chargez un portefeuille ou un modèle."));
        m_split->setEnabled(false);
    }
    presentSeries(*variable, distribution, percentile, groupWords, std::move(series), available,
                  nullptr);
}

void ComparisonView::presentSeries(const ComparisonVariable& variableRef,
                                   const population::Distribution& distribution, double percentile,
                                   const QString& groupWords, ComparisonSeries series,
                                   bool available,
                                   const population::SuppressedDistribution* suppression)
{
    const auto* variable = &variableRef;
    const QLocale locale = localeForLanguage(m_language);
    const std::string language = m_language.toStdString();
    const auto clientNumber = m_clientNumbers.find(variable->key);
    const bool hasNumber = clientNumber != m_clientNumbers.end();
    series.hasOutcome = distribution.hasOutcome();
    const auto flagged = [](const std::vector<bool>& flags, std::size_t bin) {
        return bin < flags.size() && flags[bin];
    };

    for (std::size_t bin = 0; bin < distribution.bins(); ++bin) {
        ComparisonBin entry;
        if (distribution.categorical)
            entry.label =
                levelLabel(variable->column, QString::fromStdString(distribution.levels[bin]));
        else
            entry.label = compactNumber(distribution.edges[bin], locale) + QStringLiteral(" – ") +
                          compactNumber(distribution.edges[bin + 1], locale);
        entry.clients = distribution.all[bin];
        if (series.hasOutcome) {
            entry.repaid = distribution.repaid[bin];
            entry.difficulties = distribution.difficulties[bin];
        }
        if (suppression) {
            entry.clientsSuppressed = flagged(suppression->allSuppressed, bin);
            entry.outcomesSuppressed = flagged(suppression->outcomesSuppressed, bin);
        }
        series.bins.push_back(entry);
    }
    if (suppression) {
        series.suppressedBelow = suppression->minCellCount;
        // Shares of the group's clients with a value: hidden bins must not shrink the base.
        if (!suppression->clientsSuppressed)
            series.knownTotal =
                static_cast<double>(distribution.clients) -
                (suppression->missingSuppressed ? 0.0 : static_cast<double>(distribution.missing));
    }
    const auto clientBinHidden = [&] {
        return series.clientBin >= 0 &&
               series.bins[static_cast<std::size_t>(series.clientBin)].clientsSuppressed;
    };

    const QString unit = QString::fromStdString(variable->unit.in(language));
    if (variable->categorical) {
        const auto level = m_clientCategories.find(variable->column);
        if (level != m_clientCategories.end()) {
            series.clientLabel =
                tr("◆ Client : %1").arg(levelLabel(variable->column, level->second));
            for (std::size_t bin = 0; bin < distribution.levels.size(); ++bin)
                if (QString::fromStdString(distribution.levels[bin]) == level->second)
                    series.clientBin = static_cast<int>(bin);
        }
    } else if (hasNumber && distribution.bins() > 0) {
        series.clientBin = static_cast<int>(distribution.binOf(clientNumber->second));
        const double value = clientNumber->second;
        series.clientLabel =
            tr("◆ Client : %1")
                .arg((std::abs(value) >= 1000
                          ? locale.toString(value, 'f', 0)
                          : locale.toString(value, 'f', std::abs(value) < 10 ? 2 : 0)) +
                     (unit.isEmpty() ? QString() : QStringLiteral(" ") + unit));
    }

    if (!available) {
        series.finding =
            tr("%1 : pas de données de comparaison disponibles.").arg(series.variableLabel);
    } else if (suppression && suppression->groupSuppressed) {
        series.finding =
            tr("Moins de %1 clients correspondent à ces filtres : le serveur ne montre pas la "
               "répartition d'un si petit groupe, pour protéger leurs données. Élargissez un "
               "filtre pour comparer.")
                .arg(suppression->minCellCount);
    } else if (m_groupSize == 0 || series.total() <= 0) {
        series.finding =
            tr("Aucun client ne correspond à ces filtres : élargissez-en un (par exemple "
               "la tranche d'âge ou de revenu) pour comparer.");
    } else if (series.clientBin >= 0 && clientBinHidden()) {
        series.finding =
            variable->categorical
                ? tr("%1 : moins de %2 clients du groupe ont la même valeur que le client (%3).")
                      .arg(series.variableLabel)
                      .arg(series.suppressedBelow)
                      .arg(levelLabel(variable->column, m_clientCategories[variable->column]))
                : tr("%1 : le client est dans la tranche %2, où se trouvent moins de %3 clients "
                     "du groupe.")
                      .arg(series.variableLabel,
                           series.bins[static_cast<std::size_t>(series.clientBin)].label)
                      .arg(series.suppressedBelow);
    } else if (variable->categorical) {
        if (series.clientBin >= 0) {
            const double share = 100.0 *
                                 series.bins[static_cast<std::size_t>(series.clientBin)].clients /
                                 series.total();
            series.finding =
                tr("%1 : %2 % %3 ont la même valeur que le client (%4).")
                    .arg(series.variableLabel, locale.toString(share, 'f', 0), groupWords,
                         levelLabel(variable->column, m_clientCategories[variable->column]));
        } else {
            series.finding =
                tr("%1 : la valeur du client n'est pas connue.").arg(series.variableLabel);
        }
    } else if (!std::isnan(percentile)) {
        series.finding =
            tr("%1 : le client est au %2 centile %3.")
                .arg(series.variableLabel, ordinalPercentile(percentile, m_language), groupWords);
    } else if (suppression && series.clientBin >= 0) {
        // The server gives bins, not the rows a percentile needs.
        const auto& bin = series.bins[static_cast<std::size_t>(series.clientBin)];
        series.finding =
            tr("%1 : le client est dans la tranche %2, où se trouvent %3 % %4.")
                .arg(series.variableLabel, bin.label,
                     locale.toString(100.0 * bin.clients / series.total(), 'f', 0), groupWords);
    } else {
        series.finding = tr("%1 : la valeur du client n'est pas connue.").arg(series.variableLabel);
    }

    m_findingLabel->setText(series.finding);
    m_tableModel->setSeries(series);
    m_chart->setSeries(std::move(series));
    setAccessibleDescription(finding());
    refreshDensity();
    emit findingChanged(finding());
}

DensityGridChart::Grid ComparisonView::densityFrame(const ComparisonVariable& x,
                                                    const ComparisonVariable& y) const
{
    DensityGridChart::Grid grid;
    grid.xLabel = variableLabel(x);
    grid.yLabel = variableLabel(y);
    grid.xUnit = QString::fromStdString(x.unit.in(m_language.toStdString()));
    grid.yUnit = QString::fromStdString(y.unit.in(m_language.toStdString()));
    const auto cx = m_clientNumbers.find(x.key);
    const auto cy = m_clientNumbers.find(y.key);
    grid.hasClient = cx != m_clientNumbers.end() && cy != m_clientNumbers.end();
    if (grid.hasClient) {
        grid.clientX = cx->second;
        grid.clientY = cy->second;
    }
    return grid;
}

void ComparisonView::refreshDensity()
{
    const auto* x =
        population::findComparisonVariable(m_xVariable->currentData().toString().toStdString());
    const auto* y =
        population::findComparisonVariable(m_yVariable->currentData().toString().toStdString());
    if (!x || !y)
        return;
    if (m_server) {
        m_densityRequest = ++m_requests;
        emit densityWanted(m_densityRequest, QString::fromStdString(x->key),
                           QString::fromStdString(y->key), currentFilter());
        return;
    }
    auto grid = densityFrame(*x, *y);
    if (!m_population) {
        grid.binning = tr("La vue à deux variables a besoin des lignes clients d'un portefeuille ; "
                          "les statistiques du modèle ne décrivent qu'une variable à la fois.");
        m_densityNote->setText(grid.binning);
        m_density->setGrid(grid);
        return;
    }
    constexpr int kBins = 40;
    const auto& scatter = m_queries->scatter(*x, *y, currentFilter(), kBins);
    grid.xEdges = scatter.xEdges;
    grid.yEdges = scatter.yEdges;
    grid.counts = scatter.counts;
    grid.points = scatter.points;
    const QLocale locale = localeForLanguage(m_language);
    grid.binning =
        tr("Grille de %1 × %2 cases (teinte : nombre de clients par case, échelle racine "
           "carrée) ; %3 clients avec les deux valeurs.")
            .arg(kBins)
            .arg(kBins)
            .arg(locale.toString(qulonglong(scatter.points)));
    if (scatter.beyondAxes > 0)
        grid.binning += QLatin1Char(' ') +
                        tr("Les axes couvrent du 1er au 99e centile : %1 clients au-delà sont "
                           "comptés dans les cases du bord.")
                            .arg(locale.toString(qulonglong(scatter.beyondAxes)));
    m_densityNote->setText(
        grid.hasClient ? tr("Le client est marqué d'un cercle barré « Client ».")
                       : tr("Une des deux valeurs du client est inconnue : il n'est pas placé."));
    m_density->setGrid(grid);
}

void ComparisonView::setServerAggregates(bool on)
{
    if (m_server == on)
        return;
    m_server = on;
    m_serverLevels.clear();
    m_distributionRequest = m_densityRequest = ++m_requests; // older answers are dropped
    rebuildFilterChoices();
    refresh();
}

QString ComparisonView::filterVariable(Filter filter)
{
    const char* column = filterColumn(filter);
    return column ? QString::fromLatin1(column) : QString();
}

void ComparisonView::setFilterLevels(Filter filter, const std::vector<std::string>& levels)
{
    m_serverLevels[filter] = levels;
    rebuildFilterChoices();
}

void ComparisonView::showDistribution(quint64 request,
                                      const population::SuppressedDistribution& answer)
{
    const auto* variable = population::findComparisonVariable(answer.distribution.variable);
    if (!m_server || request != m_distributionRequest || !variable)
        return; // an older question, or one from before a mode change
    const QLocale locale = localeForLanguage(m_language);
    const int fewer = answer.minCellCount;
    m_groupSize = answer.clientsSuppressed ? 0 : answer.distribution.clients;
    const QString groupWords =
        filtersActive() ? tr("des clients similaires") : tr("de l'ensemble des clients");
    ComparisonSeries series;
    series.variableLabel = variableLabel(*variable);
    const bool tooSmall = answer.clientsSuppressed || answer.groupSuppressed;
    const QString size = tooSmall ? tr("moins de %1").arg(fewer)
                                  : locale.toString(qulonglong(answer.distribution.clients));
    series.groupLabel = filtersActive() ? tr("clients similaires (%1)").arg(size)
                                        : tr("tous les clients (%1)").arg(size);
    if (tooSmall)
        m_groupLabel->setText(tr("Groupe : moins de %1 clients correspondent aux filtres "
                                 "(serveur de la banque).")
                                  .arg(fewer));
    else
        m_groupLabel->setText(
            filtersActive()
                ? tr("Groupe : %n client(s) correspondent aux filtres (serveur de la banque).",
                     nullptr, static_cast<int>(answer.distribution.clients))
                : tr("Groupe : tous les clients du serveur de la banque (%1).").arg(size));
    m_split->setEnabled(answer.distribution.hasOutcome());
    presentSeries(*variable, answer.distribution, std::nan(""), groupWords, std::move(series), true,
                  &answer);
}

void ComparisonView::showDensity(quint64 request, const population::SuppressedDensity& answer)
{
    const auto* x =
        population::findComparisonVariable(m_xVariable->currentData().toString().toStdString());
    const auto* y =
        population::findComparisonVariable(m_yVariable->currentData().toString().toStdString());
    if (!m_server || request != m_densityRequest || !x || !y)
        return;
    auto grid = densityFrame(*x, *y);
    const QLocale locale = localeForLanguage(m_language);
    const int fewer = answer.minCellCount;
    if (answer.groupSuppressed) {
        grid.binning = tr("Moins de %1 clients dans ce groupe : le serveur ne montre pas leur "
                          "grille, pour protéger leurs données.")
                           .arg(fewer);
        m_densityNote->setText(grid.binning);
        m_density->setGrid(grid);
        return;
    }
    grid.xEdges = answer.xEdges;
    grid.yEdges = answer.yEdges;
    grid.counts = answer.counts;
    grid.suppressed = answer.countsSuppressed;
    grid.suppressedBelow = fewer;
    grid.points = static_cast<std::size_t>(answer.points);
    const int xBins = std::max(0, static_cast<int>(answer.xEdges.size()) - 1);
    const int yBins = std::max(0, static_cast<int>(answer.yEdges.size()) - 1);
    grid.binning =
        tr("Grille de %1 × %2 cases calculée par le serveur (teinte : nombre de clients par case, "
           "échelle racine carrée) ; %3 clients avec les deux valeurs.")
            .arg(xBins)
            .arg(yBins)
            .arg(answer.pointsSuppressed ? tr("moins de %1").arg(fewer)
                                         : locale.toString(qulonglong(answer.points)));
    grid.binning += QLatin1Char(' ') + tr("Cases hachurées : moins de %1 clients, nombre masqué "
                                          "pour protéger leurs données.")
                                           .arg(fewer);
    if (answer.beyondAxes > 0 || answer.beyondAxesSuppressed)
        grid.binning +=
            QLatin1Char(' ') +
            tr("Les axes couvrent du 1er au 99e centile : %1 clients au-delà sont "
               "comptés dans les cases du bord.")
                .arg(answer.beyondAxesSuppressed ? tr("moins de %1").arg(fewer)
                                                 : locale.toString(qulonglong(answer.beyondAxes)));
    m_densityNote->setText(
        grid.hasClient ? tr("Le client est marqué d'un cercle barré « Client ».")
                       : tr("Une des deux valeurs du client est inconnue : il n'est pas placé."));
    m_density->setGrid(grid);
}

void ComparisonView::showAggregatesProblem(quint64 request, const LocalizedText& problem)
{
    if (!m_server || (request != m_distributionRequest && request != m_densityRequest))
        return;
    const QString words = tr("La comparaison n'a pas pu être demandée au serveur : %1")
                              .arg(QString::fromStdString(problem.in(m_language.toStdString())));
    if (request == m_distributionRequest) {
        m_findingLabel->setText(words);
        setAccessibleDescription(words);
    } else {
        m_densityNote->setText(words);
    }
}

} // namespace credit::ui
