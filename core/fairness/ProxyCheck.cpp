#include "fairness/ProxyCheck.h"

#include "data/Table.h"
#include "fairness/SplitMix64.h"
#include "model/Booster.h"
#include "model/DMatrix.h"
#include "model/Metrics.h"
#include "model/ParallelTasks.h"
#include "model/StratifiedKFold.h"
#include "model/TrainingParameters.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace credit::fairness {

namespace {

struct Target {
    std::string description;
    std::vector<float> labels; // per applicant row: 1, 0, or NaN when the attribute is missing
};

// The yes/no question a proxy would answer for `column`.
std::optional<Target> targetOf(const data::Column& column)
{
    Target target;
    target.labels.assign(column.size(), std::numeric_limits<float>::quiet_NaN());
    if (column.isCategory()) {
        std::vector<std::size_t> counts(column.levels().size(), 0);
        for (const auto code : column.codes())
            if (code >= 0 && column.levels()[static_cast<std::size_t>(code)] != "XNA")
                ++counts[static_cast<std::size_t>(code)];
        const auto top = static_cast<std::int32_t>(std::max_element(counts.begin(), counts.end()) -
                                                   counts.begin());
        if (counts.empty() || counts[static_cast<std::size_t>(top)] == 0)
            return std::nullopt;
        target.description = column.name() + " = " + column.levels()[static_cast<std::size_t>(top)];
        for (std::size_t row = 0; row < column.size(); ++row) {
            const auto code = column.code(row);
            if (code >= 0 && column.levels()[static_cast<std::size_t>(code)] != "XNA")
                target.labels[row] = code == top ? 1.0f : 0.0f;
        }
        return target;
    }
    std::vector<double> present;
    for (const double value : column.numbers())
        if (!std::isnan(value))
            present.push_back(value);
    if (present.empty())
        return std::nullopt;
    std::nth_element(present.begin(), present.begin() + static_cast<long>(present.size() / 2),
                     present.end());
    const double median = present[present.size() / 2];
    std::string text = std::to_string(median);
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    target.description = column.name() + " >= " + text;
    for (std::size_t row = 0; row < column.size(); ++row)
        if (!std::isnan(column.number(row)))
            target.labels[row] = column.number(row) >= median ? 1.0f : 0.0f;
    return target;
}

// Seeded sample of all applicants, ascending: one sample for every attribute, so each feature
// is sorted once for the univariate AUCs of all of them.
std::vector<std::size_t> sampleRows(std::size_t rows, std::size_t wanted, std::uint64_t seed)
{
    std::vector<std::size_t> sample(rows);
    std::iota(sample.begin(), sample.end(), std::size_t{0});
    if (rows > wanted) {
        SplitMix64 random(seed);
        for (std::size_t i = 0; i < wanted; ++i)
            std::swap(sample[i], sample[i + random.below(rows - i)]);
        sample.resize(wanted);
        std::sort(sample.begin(), sample.end());
    }
    return sample;
}

// Each feature's non-missing sample positions in ascending value order, with where tie blocks end.
struct SortedFeature {
    std::vector<std::uint32_t> positions;
    std::vector<char> blockEnds;
};

std::vector<SortedFeature> sortFeatures(const features::FeatureValues& sample)
{
    std::vector<SortedFeature> sorted(static_cast<std::size_t>(sample.cols()));
    for (Eigen::Index column = 0; column < sample.cols(); ++column) {
        auto& feature = sorted[static_cast<std::size_t>(column)];
        for (Eigen::Index row = 0; row < sample.rows(); ++row)
            if (!std::isnan(sample(row, column)))
                feature.positions.push_back(static_cast<std::uint32_t>(row));
        std::stable_sort(feature.positions.begin(), feature.positions.end(),
                         [&](std::uint32_t a, std::uint32_t b) {
                             return sample(a, column) < sample(b, column);
                         });
        feature.blockEnds.resize(feature.positions.size());
        for (std::size_t i = 0; i < feature.positions.size(); ++i)
            feature.blockEnds[i] =
                i + 1 == feature.positions.size() ||
                sample(feature.positions[i + 1], column) != sample(feature.positions[i], column);
    }
    return sorted;
}

features::FeatureValues selectRows(const features::FeatureValues& values,
                                   const std::vector<std::size_t>& rows)
{
    features::FeatureValues selected(static_cast<Eigen::Index>(rows.size()), values.cols());
    for (std::size_t i = 0; i < rows.size(); ++i)
        selected.row(static_cast<Eigen::Index>(i)) = values.row(static_cast<Eigen::Index>(rows[i]));
    return selected;
}

double crossValidatedAuc(const features::FeatureValues& values, const std::vector<float>& labels,
                         const ProxyOptions& options)
{
    std::vector<float> outOfFold(labels.size(), 0.0f);
    for (const auto& fold : model::stratifiedKFold(labels, options.folds, options.seed)) {
        std::vector<float> trainLabels;
        for (const auto row : fold.trainRows)
            trainLabels.push_back(labels[row]);
        model::DMatrix train(selectRows(values, fold.trainRows));
        train.setLabels(trainLabels);
        model::DMatrix validation(selectRows(values, fold.validationRows));
        model::Booster booster({&train});
        // Small, fast trees: the question is whether the attribute is recoverable at all, not
        // the best possible predictor of it.
        for (const auto& [name, value] : std::vector<std::pair<std::string, std::string>>{
                 {"objective", "binary:logistic"},
                 {"tree_method", "hist"},
                 {"max_depth", "3"},
                 {"eta", "0.3"},
                 {"subsample", "0.8"},
                 {"colsample_bytree", "0.5"},
                 {"max_bin", "32"},
                 {"nthread", "1"},
                 {"seed", std::to_string(options.seed)}})
            booster.setParameter(name, value);
        for (int round = 0; round < options.rounds; ++round)
            booster.updateOneIter(round, train);
        const auto predicted = booster.predictProbability(validation);
        for (std::size_t i = 0; i < fold.validationRows.size(); ++i)
            outOfFold[fold.validationRows[i]] = predicted[i];
    }
    return model::rocAuc(labels, outOfFold);
}

// Every feature's univariate AUC for `labels` (1, 0 or NaN per sample position; NaN rows and
// missing values left out), folded to >= 0.5; the strongest `kept`, largest first.
std::vector<ProxyFeature> strongestProxies(const std::vector<SortedFeature>& sorted,
                                           const std::vector<float>& labels,
                                           const std::vector<std::string>& names, std::size_t kept)
{
    std::vector<ProxyFeature> proxies;
    for (std::size_t column = 0; column < sorted.size(); ++column) {
        const auto& feature = sorted[column];
        double positives = 0, negatives = 0, numerator = 0;
        double blockPositives = 0, blockNegatives = 0;
        for (std::size_t i = 0; i < feature.positions.size(); ++i) {
            const float label = labels[feature.positions[i]];
            if (label == 1.0f)
                ++blockPositives;
            else if (label == 0.0f)
                ++blockNegatives;
            if (!feature.blockEnds[i])
                continue;
            numerator += blockPositives * (negatives + 0.5 * blockNegatives);
            positives += blockPositives;
            negatives += blockNegatives;
            blockPositives = blockNegatives = 0;
        }
        if (positives < 20 || negatives < 20)
            continue; // too few rows for an AUC that means anything
        const double auc = numerator / (positives * negatives);
        proxies.push_back({names[column], std::max(auc, 1.0 - auc)});
    }
    std::stable_sort(proxies.begin(), proxies.end(),
                     [](const auto& a, const auto& b) { return a.auc > b.auc; });
    if (proxies.size() > kept)
        proxies.resize(kept);
    return proxies;
}

} // namespace

std::vector<ProxyCheck> checkProxies(const features::FeatureValues& features,
                                     const std::vector<std::string>& featureNames,
                                     const data::Table& applications,
                                     const std::vector<std::string>& excluded,
                                     const ProxyOptions& options)
{
    const auto rows =
        sampleRows(static_cast<std::size_t>(features.rows()), options.sampleRows, options.seed);
    const auto sample = selectRows(features, rows);
    const auto sorted = sortFeatures(sample);
    std::vector<ProxyCheck> checks(excluded.size());
    // One attribute per task: the boosters are single-threaded, the attributes independent.
    model::runTasks(
        excluded.size(), options.threads > 0 ? options.threads : model::hardwareThreads(),
        [&](std::size_t index) {
            ProxyCheck& check = checks[index];
            check.column = excluded[index];
            const data::Column* values = applications.find(check.column);
            if (values == nullptr) {
                check.crossValidatedAuc =
                    Estimate::missing("not a column of the application table");
                return;
            }
            const auto target = targetOf(*values);
            if (!target) {
                check.crossValidatedAuc =
                    Estimate::missing("the attribute is missing on every row");
                return;
            }
            check.target = target->description;
            std::vector<float> sampleLabels(rows.size());
            std::vector<std::size_t> known; // sample positions where the attribute is given
            std::vector<float> knownLabels;
            for (std::size_t i = 0; i < rows.size(); ++i) {
                sampleLabels[i] = target->labels[rows[i]];
                if (!std::isnan(sampleLabels[i])) {
                    known.push_back(i);
                    knownLabels.push_back(sampleLabels[i]);
                }
            }
            check.rows = known.size();
            const auto positives =
                static_cast<std::size_t>(std::count(knownLabels.begin(), knownLabels.end(), 1.0f));
            const auto folds = static_cast<std::size_t>(options.folds);
            if (positives < folds || knownLabels.size() - positives < folds) {
                check.crossValidatedAuc =
                    Estimate::missing("too few rows on one side of " + check.target);
                return;
            }
            check.crossValidatedAuc.value =
                crossValidatedAuc(selectRows(sample, known), knownLabels, options);
            check.strongest =
                strongestProxies(sorted, sampleLabels, featureNames, options.strongest);
        });
    return checks;
}

} // namespace credit::fairness
